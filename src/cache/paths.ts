/** Where a project's cache lives, relative to its root (ignored by git; CI may keep it between runs). */
export const CACHE_DIR = ".cache/summitdesk";
