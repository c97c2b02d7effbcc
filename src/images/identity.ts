/**
 * The identities of what makes our pictures: part of every output's name, so a new version never reuses old
 * files. Pictures and cards have one each: a faster card encoder or a new font renames the cards only, and an
 * archive's pictures (AVIF is seconds a file) are not encoded again for it.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { CARD, ENCODE, PROCESSING_VERSION, SMALLER, SOCIAL_WIDTH } from "./options.ts";

/** Bump when the card drawing or its PNG changes (layout, colours, wrapping, compression). */
export const CARD_VERSION = 3;

/** The packages whose output we name by their version: those resizing and encoding pictures, those drawing cards. */
const PICTURE_PACKAGES = ["sharp", "@11ty/eleventy-img"];
const CARD_PACKAGES = ["@resvg/resvg-js", "@expo-google-fonts/source-sans-3", "opentype.js"];

/** What an output name is made for: a resized picture or a drawn card. */
type OutputKind = "picture" | "card";

const identities = new Map<OutputKind, string>();

/** A digest of the package versions and settings that decide the bytes of one kind of output. */
function identity(kind: OutputKind): string {
  const known = identities.get(kind);
  if (known !== undefined) return known;
  const require = createRequire(import.meta.url);
  const versions = (kind === "picture" ? PICTURE_PACKAGES : CARD_PACKAGES).map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  const settings =
    kind === "picture" ? { ENCODE, SMALLER, SOCIAL_WIDTH, PROCESSING_VERSION } : { CARD, CARD_VERSION };
  const digest = createHash("sha256").update(JSON.stringify({ kind, versions, settings })).digest("hex");
  identities.set(kind, digest);
  return digest;
}

/** A short hex digest of `parts` and the identity of `kind`'s encoders. */
export function outputKey(kind: OutputKind, ...parts: readonly string[]): string {
  const hash = createHash("sha256").update(identity(kind));
  for (const part of parts) hash.update(`\u0000${part}`);
  return hash.digest("hex").slice(0, 12);
}
