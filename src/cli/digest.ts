/**
 * The global part of every page fingerprint (src/incremental): everything besides the content that any page's
 * bytes may depend on. Any change here makes an incremental build render every page again ("never less").
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contextKey } from "../cache/index.ts";
import { shownRegistryDigest } from "../incremental/index.ts";
import type { ContentFiles } from "../load/index.ts";
import { PACKAGE_ROOT } from "../package/index.ts";
import type { Registry } from "../registry/index.ts";
import { SHARD_PAGES } from "../search/index.ts";

/**
 * The folder holding the running code's src/ and layouts/: the repository in a checkout, dist/ in an installed
 * package (whose static layout files, layouts/assets/ and layouts/static/, stay in the package root).
 */
const CODE = fileURLToPath(new URL("../../", import.meta.url));

let code: string | undefined;

/**
 * summitdesk's own files (src/ and layouts/, every file: templates, styles, scripts, workers), the version of
 * every dependency it has installed, and the ICU, Unicode and time-zone data of this Node (month and zone names).
 */
export function codeDigest(): string {
  if (code !== undefined) return code;
  const hash = createHash("sha256");
  hashFolder(hash, join(CODE, "src"), "src");
  hashFolder(hash, join(CODE, "layouts"), "layouts");
  if (join(PACKAGE_ROOT, "layouts") !== join(CODE, "layouts")) {
    hashFolder(hash, join(PACKAGE_ROOT, "layouts"), "package/layouts");
  }
  const manifestFile = join(PACKAGE_ROOT, "package.json");
  hash.update(readFileSync(manifestFile));
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const require = createRequire(manifestFile);
  for (const dep of Object.keys(manifest.dependencies ?? {}).sort()) {
    hash.update(`${dep}@${installedVersion(require, dep)}\u0000`);
  }
  const { icu, unicode, tz, cldr } = process.versions as Record<string, string | undefined>;
  hash.update(`icu ${icu} unicode ${unicode} tz ${tz} cldr ${cldr}`);
  code = hash.digest("base64url");
  return code;
}

/**
 * The global digest of a build of `files` for the site in `root`: the code, the search shards' size (see
 * src/search/shards.ts: SUMMITDESK_SEARCH_SHARD_PAGES), the site config, what of the `registry` (parsed from
 * `files`) a page may show (src/incremental/registryDigest.ts), the places files, the site's UI strings
 * (content/strings.yaml: labels on every page), and the site's own look — every file of its layouts/ folder (a
 * layout of any engine, and the partials and parent layouts it includes) and of its assets/ folder (site.css is
 * linked from every page when it exists; a layout may read any of them).
 *
 * A site with layouts of its own takes the registry's files whole instead, as does a caller without the parsed
 * registry: its layouts see every page's data, and we cannot know which fields they show.
 */
export function globalDigest(
  files: ContentFiles,
  registry: Registry | undefined,
  dev: boolean,
  root: string,
  pagesPerShard = SHARD_PAGES,
): string {
  const ownLayouts = existsSync(join(root, "layouts"));
  const registryPart =
    registry && !ownLayouts ? `shown ${shownRegistryDigest(registry)}` : `files ${contextKey(files)}`;
  const site = files.site ? `${files.site.path}\u0000${files.site.text.length}\u0000${files.site.text}` : "-";
  const hash = createHash("sha256").update(
    `${codeDigest()}\u0000${dev}\u0000${site}\u0000${registryPart}\u0000`,
  );
  // The search page lists the shards, and their number follows the pages a shard may hold.
  hash.update(`shard pages ${pagesPerShard}\u0000`);
  for (const file of [...(files.places ?? []), ...(files.strings ? [files.strings] : [])]) {
    hash.update(`${file.path}\u0000${file.text.length}\u0000`).update(file.text);
  }
  hash.update("\u0000strings?\u0000").update(files.strings ? "1" : "0");
  for (const folder of ["layouts", "assets"]) {
    hash.update(`\u0000site ${folder}\u0000`);
    hashFolder(hash, join(root, folder), folder);
  }
  return hash.digest("base64url");
}

/**
 * Every file below `dir` (none when it does not exist), by its path under `label` and its bytes. Links are
 * followed, as Eleventy and the static copy follow them.
 */
function hashFolder(hash: ReturnType<typeof createHash>, dir: string, label: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return;
  }
  if (!isDir) return;
  for (const file of filesBelow(dir)) {
    const bytes = readFileSync(join(dir, file));
    hash.update(`${label}/${file}\u0000${bytes.length}\u0000`).update(bytes);
  }
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
      const stat = statSync(join(dir, rel), { throwIfNoEntry: false });
      // A dangling link is nothing any build can read.
      if (!stat) return [];
      return stat.isDirectory() ? filesBelow(dir, rel) : stat.isFile() ? [rel] : [];
    });
}
