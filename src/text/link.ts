/** Which link and image targets a reader may follow: shared by the Markdown renderer and the checks of article bodies. */

/** Link schemes a reader can safely follow; everything else (javascript:, vbscript:, data:, file:…) is dropped. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** True when a link target is safe: an allowed scheme, or a relative URL. Control characters and spaces are stripped first, as browsers do. */
export function isSafeLink(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside schemes, so must we
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
