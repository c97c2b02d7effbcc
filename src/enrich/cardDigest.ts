/**
 * A digest of an article as every page but its own shows it: the published article (title, dates, summary,
 * authors, entities with their salience, meetings, summit) without its body. Incremental builds fingerprint
 * lists, entity pages and site-wide files with it (src/incremental), so an edit of the text that tags the same
 * entities renders none of them again. Computed once per content, where the article is made, and kept with its
 * cached outcome: hashing every article's JSON on every build would cost more than the pages it saves.
 */
import { createHash } from "node:crypto";
import type { Article } from "./types.ts";

export function cardDigest(article: Article): string {
  return createHash("sha256").update(JSON.stringify(article)).digest("base64url");
}
