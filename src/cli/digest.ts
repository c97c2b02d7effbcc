/**
 * The global part of every page fingerprint (src/incremental): everything besides the content that any page's
 * bytes may depend on. Any change here makes an incremental build render every page again ("never less").
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contextKey } from "../cache/index.ts";
import type { ContentFiles } from "../load/index.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

let code: string | undefined;

/**
 * summitdesk's own files (src/ and layouts/, every file: templates, styles, scripts, workers), the version of
 * every dependency it has installed, and the ICU, Unicode and time-zone data of this Node (month and zone names).
 */
export function codeDigest(): string {
  if (code !== undefined) return code;
  const hash = createHash("sha256");
  for (const folder of ["src", "layouts"]) {
    for (const file of filesBelow(join(REPO, folder))) {
      hash.update(`${folder}/${file}\u0000`).update(readFileSync(join(REPO, folder, file)));
    }
  }
  const manifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const require = createRequire(join(REPO, "package.json"));
  for (const dep of Object.keys(manifest.dependencies ?? {}).sort()) {
    hash.update(`${dep}@${installedVersion(require, dep)}\u0000`);
  }
  const { icu, unicode, tz, cldr } = process.versions as Record<string, string | undefined>;
  hash.update(`icu ${icu} unicode ${unicode} tz ${tz} cldr ${cldr}`);
  code = hash.digest("base64url");
  return code;
}

/** The global digest of a build of `files`: the code, the site config, registry and places files. */
export function globalDigest(files: ContentFiles, dev: boolean): string {
  const hash = createHash("sha256").update(`${codeDigest()}\u0000${contextKey(files)}\u0000${dev}\u0000`);
  for (const file of files.places ?? []) {
    hash.update(`${file.path}\u0000${file.text.length}\u0000`).update(file.text);
  }
  return hash.digest("base64url");
}

function installedVersion(require: NodeJS.Require, dep: string): string {
  try {
    return (require(`${dep}/package.json`) as { version: string }).version;
  } catch {
    try {
      const entry = require.resolve(dep);
      for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
        try {
          const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
            name?: string;
            version?: string;
          };
          if (pkg.name === dep) return pkg.version ?? "?";
        } catch {
          // no package.json here
        }
      }
    } catch {
      // not resolvable: "?"
    }
    return "?";
  }
}

function filesBelow(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory() ? filesBelow(dir, rel) : [rel];
    });
}
