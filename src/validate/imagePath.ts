/** Which picture addresses an article may use: https URLs, or files below content/images/ written as /images/…. */

/** Images are https URLs or site paths under /images/ without any "..", backslash or scheme tricks. */
export function isSafeImage(src: string): boolean {
  if (/^https:\/\/[^\s"'<>\\]+$/i.test(src)) return true;
  return /^\/images\/[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(src) && !src.includes("..") && !src.includes("//");
}
