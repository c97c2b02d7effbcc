/** The identity of the encoders and card renderer: part of every output's name, so a new version never reuses old files. */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { CARD, ENCODE, PROCESSING_VERSION, SMALLER, SOCIAL_WIDTH } from "./options.ts";

/** Bump when the card drawing changes (layout, colours, wrapping). */
export const CARD_VERSION = 2;

/** The packages whose output we name by their version. */
const PACKAGES = [
  "sharp",
  "@11ty/eleventy-img",
  "@resvg/resvg-js",
  "@expo-google-fonts/source-sans-3",
  "opentype.js",
];

let identity: string | undefined;

/** A digest of the settings and package versions that decide an output's bytes. */
export function encoderIdentity(): string {
  if (identity !== undefined) return identity;
  const require = createRequire(import.meta.url);
  const versions = PACKAGES.map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  identity = createHash("sha256")
    .update(
      JSON.stringify({ versions, ENCODE, SMALLER, SOCIAL_WIDTH, CARD, PROCESSING_VERSION, CARD_VERSION }),
    )
    .digest("hex");
  return identity;
}

/** A short hex digest of `parts` and the encoder identity. */
export function outputKey(...parts: readonly string[]): string {
  const hash = createHash("sha256").update(encoderIdentity());
  for (const part of parts) hash.update(`\u0000${part}`);
  return hash.digest("hex").slice(0, 12);
}
