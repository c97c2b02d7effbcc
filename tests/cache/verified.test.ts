/**
 * The build cache is verified, not trusted: a damaged entry or kept search bundle is detected on read, rebuilt
 * and rewritten; with SUMMITDESK_CACHE_KEY an entry written by anyone but the build is detected too; a cache
 * that cannot be read or written costs time, never the build, and never hangs it.
 */

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { article, builtCopies, readTree, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);
const CACHE = ".cache/summitdesk";
const KEY = { SUMMITDESK_CACHE_KEY: "k".repeat(48) };

const files = {
  "content/articles/2025/tokajew.md": article(
    "title: Tokajew in Tianjin\ndate: 2025-08-31 09:30\nlang: de\npeople: [Tokajew]",
    "Kasachstans Präsident Tokajew sprach in Tianjin mit Xi Jinping.",
  ),
  "content/articles/2025/xi.md": article(
    "title: Xi hosts the SCO\ndate: 2025-08-31 18:00\nlang: en",
    "Xi Jinping welcomed the SCO leaders in Tianjin.",
  ),
};

interface Built {
  status: number | null;
  stderr: string;
  hits: string;
  reused: string;
  site: Map<string, string>;
}

function build(root: string, env: Record<string, string> = {}, ...flags: string[]): Built {
  // 60 s: a build that hangs on the cache fails here instead of stalling the suite.
  const run = runCli(root, ["build", ...flags], { SUMMITDESK_TIMINGS: "1", ...env }, 60_000);
  return {
    status: run.status,
    stderr: run.stderr,
    hits: /cache (\d+ of \d+) articles/.exec(run.stderr)?.[1] ?? "",
    reused: /search index reused: (.*)/.exec(run.stderr)?.[1] ?? "",
    site: existsSync(join(root, "_site")) ? readTree(join(root, "_site")) : new Map(),
  };
}

/** Copies of the project built once cold, without a key and with one: most tests here begin there. */
const built = builtCopies(project, files, (root) => build(root));
const builtWithKey = builtCopies(project, files, (root) => build(root, KEY));

/**
 * Removes the last build's output, so that the next build cannot keep its files (src/incremental) and takes
 * what the cache gives it: the tests of what the cache is trusted with go through the cache alone.
 */
function withoutPreviousSite(root: string): void {
  rmSync(join(root, "_site"), { force: true });
}

/** Every file below `dir`, relative, sorted (directories walked, links not followed). */
function list(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink() || e.isFIFO())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const bucketDir = (root: string) => join(root, CACHE, "articles");
const buckets = (root: string) => list(bucketDir(root)).filter((n) => n.endsWith(".v8"));
const bodyDir = (root: string) => join(root, CACHE, "bodies");

/**
 * Stores `payload` in `file` as someone with write access to the cache can: with the header line the format
 * has (if any) carrying a plain SHA-256 of the new payload, which anyone can compute. Only a key they do not
 * have tells the build the file is not its own. `name` is the file's path below .cache/summitdesk.
 */
function reseal(file: string, name: string, edit: (payload: Buffer) => Buffer): void {
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 32).toString("latin1");
  const newline = head.startsWith("summitdesk-cache/") ? bytes.indexOf(0x0a) : -1;
  const payload = edit(bytes.subarray(newline + 1));
  if (newline < 0) {
    writeFileSync(file, payload);
    return;
  }
  const version = head.slice(0, head.indexOf(" "));
  const tag = createHash("sha256").update(`${name}\u0000`).update(payload).digest("hex");
  writeFileSync(file, Buffer.concat([Buffer.from(`${version} sha256 ${tag}\n`), payload]));
}

/** Changes every cached body in a bucket, keeping the bucket well-formed. */
/**
 * Rewrites every body a bucket refers to as a forger would: a body kept in its own file is edited there and its
 * digest in the bucket set to match, then the bucket is sealed again (without the build's key).
 */
function forge(file: string, edit: (body: string) => string): void {
  const bodies = join(file, "../../bodies");
  reseal(file, `articles/${file.split("/").pop()}`, (payload) => {
    const bucket = deserialize(payload) as { entries: Map<string, { body?: string; bodyFile?: string }> };
    for (const [key, outcome] of bucket.entries) {
      if (outcome.body) outcome.body = edit(outcome.body);
      if (!outcome.bodyFile) continue;
      const path = join(bodies, `${key}.html`);
      const body = edit(readFileSync(path, "utf8"));
      writeFileSync(path, body);
      outcome.bodyFile = createHash("sha256").update(body).digest("base64url");
    }
    return serialize(bucket);
  });
}

/** A byte changed in place (in a cached text when one is found): what a bad disk or a broken copy leaves. */
function flipByte(file: string): void {
  const bytes = readFileSync(file);
  const at = [Buffer.from("Tianjin", "latin1"), Buffer.from("Tianjin", "utf16le")]
    .map((needle) => bytes.indexOf(needle))
    .find((i) => i > 0);
  const i = at ?? Math.floor(bytes.length / 2);
  bytes[i] = (bytes[i] ?? 0) ^ 0x04;
  writeFileSync(file, bytes);
}

const DAMAGE: [string, (file: string) => void][] = [
  ["not a cache", (f) => writeFileSync(f, "not a cache")],
  ["empty", (f) => writeFileSync(f, "")],
  ["truncated", (f) => writeFileSync(f, readFileSync(f).subarray(0, 200))],
  ["one byte changed", flipByte],
  ["another version", (f) => writeFileSync(f, serialize({ format: 3, code: "old", entries: new Map() }))],
];

describe("a verified build cache", () => {
  it(`detects every kind of damaged bucket (${DAMAGE.length} kinds), rebuilds it and rewrites it`, () => {
    const { root, built: cold } = built();
    expect(cold.status).toBe(0);
    for (const [kind, damage] of DAMAGE) {
      for (const name of buckets(root)) damage(join(bucketDir(root), name));
      const damaged = new Map(buckets(root).map((n) => [n, readFileSync(join(bucketDir(root), n))]));
      const again = build(root);
      expect(again.status, kind).toBe(0);
      expect(again.hits, kind).toBe("0 of 2");
      expect(again.site, kind).toEqual(cold.site);
      // Rewritten, not left to persist.
      const same = buckets(root).filter((n) =>
        damaged.get(n)?.equals(readFileSync(join(bucketDir(root), n))),
      );
      expect(same, kind).toEqual([]);
    }
    expect(build(root).hits).toBe("2 of 2");
  });

  it("with a key, detects an entry written by anyone but the build, even one carrying a valid hash", () => {
    const { root, built: cold } = builtWithKey();
    for (const name of buckets(root)) {
      forge(join(bucketDir(root), name), (body) => `${body}<script>alert(document.cookie)</script>`);
    }
    const again = build(root, KEY);
    expect(again.status).toBe(0);
    expect(again.hits).toBe("0 of 2");
    expect(again.site).toEqual(cold.site);
    expect([...again.site.values()].some((text) => text.includes("<script>alert"))).toBe(false);
    // The poisoned buckets and bodies were replaced by the build's own.
    for (const name of buckets(root)) {
      expect(readFileSync(join(bucketDir(root), name)).includes("<script>alert")).toBe(false);
    }
    for (const name of readdirSync(bodyDir(root))) {
      expect(readFileSync(join(bodyDir(root), name), "utf8")).not.toContain("<script>alert");
    }
    expect(build(root, KEY).hits).toBe("2 of 2");
  });

  it("with a key, ignores entries written without it (or with another key) and starts cold", () => {
    const { root } = built();
    expect(build(root, KEY).hits).toBe("0 of 2");
    expect(build(root, KEY).hits).toBe("2 of 2");
    expect(build(root, { SUMMITDESK_CACHE_KEY: "another key of enough length!!" }).hits).toBe("0 of 2");
  });

  it("without a key, is as trusted as the repository: a forged entry with a valid hash is used", () => {
    // Pinned so that SECURITY.md's plain statement stays true: set SUMMITDESK_CACHE_KEY where others can write.
    const { root } = built();
    for (const name of buckets(root)) forge(join(bucketDir(root), name), (body) => `${body}<p>forged</p>`);
    withoutPreviousSite(root);
    expect(build(root).site.get("en/2025/xi/index.html")).toContain("<p>forged</p>");
  });
});

/** The kept search bundle of a language (the files Pagefind wrote), below the cache. */
function keptBundle(root: string, lang: string): string {
  const base = join(root, CACHE, "search", lang);
  const entry = list(base).find((f) => f.endsWith("pagefind-entry.json"));
  expect(entry).toBeDefined();
  return join(base, entry ?? "", "..");
}

/** Ways a kept body file can be other than the build left it, with its bucket untouched. */
const BODY_DAMAGE: [string, (file: string, root: string) => void][] = [
  ["removed", (f) => rmSync(f)],
  ["one byte changed", flipByte],
  ["rewritten", (f) => writeFileSync(f, `${readFileSync(f, "utf8")}<script>alert(1)</script>`)],
  [
    "a FIFO",
    (f) => {
      rmSync(f);
      execFileSync("mkfifo", [f]);
    },
  ],
  [
    "a link to a file elsewhere",
    (f, root) => {
      const elsewhere = join(root, "elsewhere.html");
      writeFileSync(elsewhere, `${readFileSync(f, "utf8")}<p>linked</p>`);
      rmSync(f);
      symlinkSync(elsewhere, f);
    },
  ],
];

describe("kept bodies", () => {
  it("keep every body in a file of its own, and no body in the buckets", () => {
    const { root, built: cold } = built();
    expect(cold.status).toBe(0);
    expect(list(bodyDir(root))).toHaveLength(2);
    for (const name of buckets(root)) {
      expect(readFileSync(join(bucketDir(root), name)).includes("Tianjin</a>")).toBe(false);
    }
    // A deleted article's body goes with it.
    rmSync(join(root, "content/articles/2025/xi.md"));
    expect(build(root).status).toBe(0);
    expect(list(bodyDir(root))).toHaveLength(1);
  });

  it.each(BODY_DAMAGE)(
    "renders a body whose file is %s again, the same, and puts a true file back",
    (kind, damage) => {
      const { root, built: cold } = built();
      const names = list(bodyDir(root));
      for (const name of names) damage(join(bodyDir(root), name), root);
      withoutPreviousSite(root);
      const again = build(root);
      expect(again.status, kind).toBe(0);
      // The buckets are intact: their entries are used, and only the bodies are made again.
      expect(again.hits, kind).toBe("2 of 2");
      expect(again.site, kind).toEqual(cold.site);
      for (const name of names) {
        const file = join(bodyDir(root), name);
        expect(lstatSync(file).isFile(), kind).toBe(true);
        expect(readFileSync(file, "utf8"), kind).not.toMatch(/<script>|<p>linked/);
      }
    },
  );
});

describe("the kept search index", () => {
  const SEARCH_DAMAGE: [string, (bundle: string) => void][] = [
    ["a truncated pagefind-entry.json", (b) => writeFileSync(join(b, "pagefind-entry.json"), '{"version":')],
    ["code appended to pagefind.js", (b) => appendFileSync(join(b, "pagefind.js"), "\nfetch('//evil');\n")],
    ["a file added", (b) => writeFileSync(join(b, "evil.js"), "alert(1)")],
    ["a file removed", (b) => rmSync(join(b, "pagefind.js"))],
    [
      "a file replaced by a link to a secret",
      (b) => {
        rmSync(join(b, "pagefind.js"));
        symlinkSync("/etc/hostname", join(b, "pagefind.js"));
      },
    ],
  ];

  it(`detects every kind of damaged bundle (${SEARCH_DAMAGE.length} kinds), indexes again, publishes the true index`, () => {
    const { root } = built();
    expect(build(root, {}, "--output", "_fresh", "--no-cache").status).toBe(0);
    const fresh = readTree(join(root, "_fresh"));
    for (const [kind, damage] of SEARCH_DAMAGE) {
      damage(keptBundle(root, "de-00"));
      withoutPreviousSite(root);
      const again = build(root);
      expect(again.status, kind).toBe(0);
      expect(again.reused, kind).toBe("en-00");
      expect(again.site, kind).toEqual(fresh);
    }
    // The kept bundle was replaced each time: the next build reuses both languages.
    expect(build(root).reused).toBe("de-00 en-00");
    // Eight builds: 39 s alone on a slow machine, 61 s beside the rest of the suite (past the default 60 s).
  }, 240_000);

  it("with a key, detects a bundle changed by someone who also fixed up its hashes", () => {
    const { root } = builtWithKey();
    const bundle = keptBundle(root, "de-00");
    appendFileSync(join(bundle, "pagefind.js"), "\nfetch('//evil');\n");
    // Fix up the kept hashes, as a writer without the key could: the file's, then the list's own.
    const base = join(root, CACHE, "search", "de-00");
    const sum = createHash("sha256")
      .update(readFileSync(join(bundle, "pagefind.js")))
      .digest("hex");
    const manifest = list(base).find((f) => !f.includes("/") && f.startsWith("manifest"));
    expect(manifest).toBeDefined();
    reseal(join(base, manifest ?? ""), `search/de-00/${manifest}`, (payload) =>
      Buffer.from(payload.toString("utf8").replace(/("pagefind\.js":\s*")[0-9a-f]{64}/, `$1${sum}`)),
    );
    withoutPreviousSite(root);
    const again = build(root, KEY);
    expect(again.reused).toBe("en-00");
    expect(again.site.get("pagefind/de-00/pagefind.js")).not.toContain("evil");
  });
});

describe("a cache that cannot be used", () => {
  const BLOCKED: [string, (root: string) => void][] = [
    ["a file where the cache folder should be", (r) => replaceByFile(join(r, CACHE))],
    ["a file where the articles folder should be", (r) => replaceByFile(join(r, CACHE, "articles"))],
    ["a file where the search folder should be", (r) => replaceByFile(join(r, CACHE, "search"))],
    [
      "a FIFO in place of a bucket",
      (r) => {
        const name = buckets(r)[0] ?? "0-x.v8";
        rmSync(join(bucketDir(r), name));
        execFileSync("mkfifo", [join(bucketDir(r), name)]);
      },
    ],
    [
      "a FIFO in place of a kept search file",
      (r) => {
        const file = join(keptBundle(r, "de-00"), "pagefind-entry.json");
        rmSync(file);
        execFileSync("mkfifo", [file]);
      },
    ],
    [
      "FIFOs in place of every search cache file",
      (r) => {
        for (const f of list(join(r, CACHE, "search"))) {
          rmSync(join(r, CACHE, "search", f));
          execFileSync("mkfifo", [join(r, CACHE, "search", f)]);
        }
      },
    ],
  ];

  it.each(BLOCKED)("builds with %s, and says nothing untrue", (_, block) => {
    const { root, built: cold } = built();
    block(root);
    const again = build(root);
    expect(again.stderr).not.toMatch(/nothing was written|is unchanged/i);
    expect(again.status).toBe(0);
    expect(again.site).toEqual(cold.site);
  });

  it("never follows a symbolic link in the cache, for reading or writing", () => {
    const { root } = built();
    const outside = join(root, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "keep.txt"), "untouched");
    rmSync(join(root, CACHE, "search"), { recursive: true });
    symlinkSync(outside, join(root, CACHE, "search"));
    const again = build(root);
    expect(again.status).toBe(0);
    expect(list(outside)).toEqual(["keep.txt"]);
    expect(readFileSync(join(outside, "keep.txt"), "utf8")).toBe("untouched");
    expect(again.stderr).toContain("symbolic link");
  });

  it("warns and builds when the cache folder is read-only", (ctx) => {
    const { root, built: cold } = built();
    const dir = join(root, CACHE);
    const undo = readOnly(dir);
    try {
      try {
        writeFileSync(join(dir, "probe"), "");
        rmSync(join(dir, "probe"));
        ctx.skip(); // this machine cannot make a folder read-only for the test's user
      } catch {
        // read-only, as intended
      }
      writeFileSync(
        join(root, "content/articles/2025/neu.md"),
        article("title: Neu\ndate: 2025-09-01\nlang: de"),
      );
      const again = build(root);
      expect(again.status).toBe(0);
      expect(again.stderr).toContain("warning: could not keep the build cache");
      expect(again.stderr).not.toMatch(/nothing was written|is unchanged/i);
      expect(again.site.has("de/2025/neu/index.html")).toBe(true);
      expect(again.site.size).toBeGreaterThan(cold.site.size);
    } finally {
      undo();
    }
  });

  it("removes temp files an interrupted build left in the cache", () => {
    const { root } = built();
    // PID 2^22+1 is above Linux's pid_max: no process has it.
    writeFileSync(join(bucketDir(root), "3-abc.v8.tmp-4194305"), "half");
    mkdirSync(join(root, CACHE, "search", "de-00.tmp-4194305"));
    build(root);
    expect(list(bucketDir(root)).filter((n) => n.includes(".tmp-"))).toEqual([]);
    expect(readdirSync(join(root, CACHE, "search")).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });
});

function replaceByFile(path: string): void {
  rmSync(path, { recursive: true, force: true });
  writeFileSync(path, "x");
}

/** Makes `dir` read-only for this process (chmod; as root also the immutable flag); returns the undo. */
function readOnly(dir: string): () => void {
  execFileSync("chmod", ["-R", "a-w", dir]);
  let immutable = false;
  if (process.getuid?.() === 0) {
    try {
      execFileSync("chattr", ["-R", "+i", dir], { stdio: "ignore" });
      immutable = true;
    } catch {
      // no immutable flag here: the test skips itself
    }
  }
  return () => {
    if (immutable) execFileSync("chattr", ["-R", "-i", dir]);
    execFileSync("chmod", ["-R", "u+w", dir]);
  };
}
