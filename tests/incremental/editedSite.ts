/**
 * The small site the incremental property tests edit, and the edits they apply to it: every kind of change an
 * editor or a developer makes (article text, front matter — language, draft, countries among it —, added, deleted
 * and renamed articles, a picture file, the registry and an alias in it, site.yaml, layouts, stylesheet, UI
 * strings, the clock), each seeded, each changing some output.
 * Shared by the test of one-shot builds (property.test.ts) and the one of a build kept running
 * (watch-property.test.ts).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRng } from "../../scripts/bench/prng.ts";
import { encodePng } from "../../src/images/png.ts";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(REPO, "bin/summitdesk.js");
/** The builds' time to start with (SUMMITDESK_NOW, as the golden test pins it); the `clock` edit moves it on. */
export const NOW = Date.parse("2025-09-02T12:00:00Z");

/** Seeded (scripts/bench/prng.ts): the same seed gives the same sequence on every machine. */
export function random(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

/** The site being edited: its root and the random source every choice comes from. */
export interface Site {
  readonly root: string;
  readonly rand: () => number;
  /** Counts edits, so that every edit writes text no earlier one wrote. */
  n: number;
  /** The time both builds of a step run at (ms). */
  now: number;
}

export const pick = <T>(site: Site, list: readonly T[]): T =>
  list[Math.floor(site.rand() * list.length)] as T;
export const ARTICLES = "content/articles/2025";
/** The picture the one pictured article of the small site shows (the `picture` edit redraws it). */
const PICTURE = "content/images/nato-five-percent.png";
export const articles = (site: Site) =>
  readdirSync(join(site.root, ARTICLES))
    .filter((f) => f.endsWith(".md"))
    .sort();
/** One of the site's articles, seeded: its file name and its path from the root. */
const pickArticle = (site: Site) => {
  const file = pick(site, articles(site));
  return { file, rel: `${ARTICLES}/${file}` };
};
const read = (site: Site, rel: string) => readFileSync(join(site.root, rel), "utf8");
const write = (site: Site, rel: string, text: string | Uint8Array) => {
  mkdirSync(dirname(join(site.root, rel)), { recursive: true });
  writeFileSync(join(site.root, rel), text);
};

/** Replaces (or adds after the date) one front-matter field of an article. */
function setField(text: string, field: string, value: string | undefined): string {
  const end = text.indexOf("\n---", 3);
  let head = text.slice(0, end);
  const body = text.slice(end);
  const line = new RegExp(`^${field}:.*$`, "m");
  if (value === undefined) head = head.replace(new RegExp(`^${field}:.*\\n`, "m"), "");
  else if (line.test(head)) head = head.replace(line, `${field}: ${value}`);
  else head = head.replace(/^(date:.*)$/m, `$1\n${field}: ${value}`);
  return head + body;
}

/** Sets a front-matter field to one of `values` it does not have already (an edit that changes nothing tests nothing). */
function setOther(
  site: Site,
  rel: string,
  field: string,
  values: readonly (string | undefined)[],
): string | undefined {
  const text = read(site, rel);
  const other = values.filter((v) => setField(text, field, v) !== text);
  const value = pick(site, other);
  write(site, rel, setField(text, field, value));
  return value;
}

function generated(n: number, lang: "de" | "en"): string {
  const day = String(1 + (n % 28)).padStart(2, "0");
  return lang === "en"
    ? `---\ntitle: "Generated report ${n} from the SCO summit"\ndate: 2025-08-${day} 09:30\nlang: en\nauthor: Test Writer\nsummary: "Report ${n}: leaders talk trade in Tianjin."\norganisations: [SCO]\npeople: [xi-jinping]\nsummit: sco-2025-tianjin\n---\nChina's President Xi Jinping met Kazakhstan's President Tokayev in Tianjin. Report ${n} says the talks went on.\n`
    : `---\ntitle: "Bericht ${n} vom SOZ-Gipfel"\ndate: 2025-07-${day} 11:00\nlang: de\nauthor: Test Autorin\nsummary: "Bericht ${n}: In Tianjin wird über Handel gesprochen."\norganisations: [SOZ]\npeople: [putin]\nsummit: sco-2025-tianjin\n---\nRusslands Präsident Wladimir Putin sprach in Tianjin mit Xi Jinping. Bericht ${n} nennt Einzelheiten.\n`;
}

/** One kind of edit: applies itself to the site and says what it did. */
export type Op = (site: Site) => string;

export const OPS: Record<string, Op> = {
  body(site) {
    // With a place the tagger knows or with no name at all: its tags change, or only its text does.
    const where = pick(site, [" in Tianjin", ""]);
    const { file, rel } = pickArticle(site);
    write(
      site,
      rel,
      `${read(site, rel).trimEnd()}\n\nNachtrag ${site.n}: Die Gespräche${where} gingen weiter.\n`,
    );
    return `body of ${file}${where}`;
  },
  mention(site) {
    // Within the text, not at its end: a new mention, and the ones after it move.
    const { file, rel } = pickArticle(site);
    const text = read(site, rel);
    const end = text.indexOf("\n---", 3) + 4;
    const cut = text.indexOf("\n\n", end + 1);
    const at = cut > 0 ? cut : text.length;
    const who = pick(site, [
      "Narendra Modi",
      "Recep Tayyip Erdoğan",
      "Luiz Inácio Lula da Silva",
      "Mark Rutte",
      // Not a name the registry knows until the `alias` edit adds it as Queen Máxima's alias.
      "Máxima Zorreguieta",
    ]);
    write(site, rel, `${text.slice(0, at)}\n\nAuch ${who} äußerte sich (${site.n}).${text.slice(at)}`);
    return `${who} named in ${file}`;
  },
  title(site) {
    const { file, rel } = pickArticle(site);
    write(site, rel, setField(read(site, rel), "title", `"Neue Überschrift ${site.n} zum Gipfel"`));
    return `title of ${file}`;
  },
  date(site) {
    const { file, rel } = pickArticle(site);
    // Now and then two days ahead: scheduled, it appears once the clock passes it.
    const date =
      site.rand() < 0.25
        ? `${new Date(site.now + 2 * 86_400_000).toISOString().slice(0, 19)}+00:00`
        : `2025-0${6 + Math.floor(site.rand() * 3)}-${String(1 + Math.floor(site.rand() * 28)).padStart(2, "0")} 12:00`;
    let text = setField(read(site, rel), "date", date);
    // An update older than the new date is a content error (the build stops): a rescheduled article drops it.
    const updated = /^updated: (.*)$/m.exec(text)?.[1];
    const later =
      updated !== undefined && Date.parse(updated.replace(" ", "T")) < Date.parse(date.replace(" ", "T"));
    if (later) text = setField(text, "updated", undefined);
    write(site, rel, text);
    return `date of ${file} to ${date}${later ? " (its update line removed)" : ""}`;
  },
  summit(site) {
    const { file, rel } = pickArticle(site);
    const summit = [
      "sco-2025-tianjin",
      "g7-2025-kananaskis",
      "brics-2025-rio-de-janeiro",
      "nato-2025-the-hague",
      undefined,
    ];
    return `summit of ${file} to ${setOther(site, rel, "summit", summit) ?? "none"}`;
  },
  people(site) {
    const { file, rel } = pickArticle(site);
    const people = ["[putin]", "[modi, lula]", "[tokayev, xi-jinping]", "[maxima]", undefined];
    return `people of ${file} to ${setOther(site, rel, "people", people) ?? "none"}`;
  },
  lang(site) {
    // The article moves to the other edition: its pages, lists, feeds and search shard change language.
    const { file, rel } = pickArticle(site);
    const text = read(site, rel);
    const lang = /^lang: de$/m.test(text) ? "en" : "de";
    write(site, rel, setField(text, "lang", lang));
    return `lang of ${file} to ${lang}`;
  },
  draft(site) {
    // A draft is built nowhere: its pages, its place in every list and its search entry go, and come back.
    const { file, rel } = pickArticle(site);
    return `draft of ${file} to ${setOther(site, rel, "draft", ["true", undefined]) ?? "none"}`;
  },
  countries(site) {
    const { file, rel } = pickArticle(site);
    const countries = ["[KZ, CN]", "[Indien]", "[Brazil, Niederlande]", undefined];
    return `countries of ${file} to ${setOther(site, rel, "countries", countries) ?? "none"}`;
  },
  picture(site) {
    // The picture file itself changes, not the article: every size made of it and the page showing it.
    // As wide as a lead picture must be (1200 px); two colours, one of them new.
    const [width, height] = [1200, 640];
    const shade = (site.n * 37) % 256;
    const pixels = Uint8Array.from({ length: width * height }, (_, i) => (i % width < width / 3 ? 0 : 1));
    const palette = Uint8Array.from([shade, 90, 160, 240, 240 - shade, 30]);
    write(site, PICTURE, encodePng({ width, height, palette, pixels }));
    return `${PICTURE} redrawn (${shade})`;
  },
  add(site) {
    const lang = pick(site, ["de", "en"] as const);
    const file = `generiert-${site.n}.md`;
    write(site, `${ARTICLES}/${file}`, generated(site.n, lang));
    return `added ${file} (${lang})`;
  },
  delete(site) {
    const list = articles(site);
    if (list.length <= 8) return OPS.add?.(site) ?? "";
    const file = pick(site, list);
    unlinkSync(join(site.root, ARTICLES, file));
    return `deleted ${file}`;
  },
  rename(site) {
    const file = pick(site, articles(site));
    const to = `${file.slice(0, -3).replace(/-umbenannt-\d+$/, "")}-umbenannt-${site.n}.md`;
    renameSync(join(site.root, ARTICLES, file), join(site.root, ARTICLES, to));
    return `renamed ${file} to ${to}`;
  },
  alias(site) {
    // A name taught to the tagger, or taken back: no page shows an alias but her articles' search names,
    // and an article that names her so (the `mention` edit) is tagged anew.
    const rel = "content/registry/people.yaml";
    const text = read(site, rel);
    const alias = "  aliases: [Máxima Zorreguieta]\n";
    const short = "  short: [Máxima, Maxima]\n";
    write(
      site,
      rel,
      text.includes(alias) ? text.replace(alias, "") : text.replace(short, `${short}${alias}`),
    );
    return `registry: Máxima's alias ${text.includes(alias) ? "removed" : "added"}`;
  },
  registry(site) {
    const rel = "content/registry/people.yaml";
    const text = read(site, rel);
    if (site.rand() < 0.5) {
      write(
        site,
        rel,
        text.replace(
          /name: \{ en: Queen Máxima[^,]*, de: [^}]*\}/,
          `name: { en: Queen Máxima ${site.n}, de: Königin Máxima ${site.n} }`,
        ),
      );
      return "registry: Máxima's name";
    }
    write(
      site,
      rel,
      // Both languages: she has a page only in the editions whose articles name her.
      text
        .replace(/^( {4}en: ")[^"]*(")/m, `$1Queen consort of the Netherlands (revised ${site.n}).$2`)
        .replace(/^( {4}de: ")[^"]*(")/m, `$1Königin der Niederlande (überarbeitet ${site.n}).$2`),
    );
    return "registry: Máxima's description";
  },
  site(site) {
    const rel = "content/site.yaml";
    write(
      site,
      rel,
      read(site, rel).replace(
        /^title: .*$/m,
        `title: { de: Gipfeldienst ${site.n}, en: Summit Desk ${site.n} }`,
      ),
    );
    return "site.yaml title";
  },
  layout(site) {
    if (site.rand() < 0.25 && existsSync(join(site.root, "layouts/article.njk"))) {
      rmSync(join(site.root, "layouts"), { recursive: true });
      return "layouts/article.njk removed (our layout again)";
    }
    if (site.rand() < 0.5 || !existsSync(join(site.root, "layouts/article.njk"))) {
      write(
        site,
        "layouts/article.njk",
        `<!doctype html>\n<html lang="{{ pageData.lang }}"><head><meta charset="utf-8"><title>{{ pageData.head.title }}</title>\n{% for href in pageData.head.stylesheets %}<link rel="stylesheet" href="{{ href }}">{% endfor %}</head>\n<body class="own-{{ ${site.n} }}"><article data-pagefind-body><h1>{{ pageData.title }}</h1>\n{{ content | safe }}\n{{ pageData.article.searchData | safe }}\n{% include "partials/note.njk" %}</article></body></html>\n`,
      );
    }
    write(
      site,
      "layouts/partials/note.njk",
      `<p class="note">Note ${site.n}: {{ pageData.site.title }}</p>\n`,
    );
    return "layouts/article.njk and its partial";
  },
  strings(site) {
    if (site.rand() < 0.25 && existsSync(join(site.root, "content/strings.yaml"))) {
      unlinkSync(join(site.root, "content/strings.yaml"));
      return "content/strings.yaml removed";
    }
    write(
      site,
      "content/strings.yaml",
      `en:\n  latest: "Latest ${site.n}"\nde:\n  search: "Finden ${site.n}"\n`,
    );
    return "content/strings.yaml";
  },
  clock(site) {
    // Days to months later: the news sitemap's two days, offices held "today", scheduled articles.
    const days = pick(site, [1, 3, 40, 200]);
    site.now += days * 86_400_000;
    return `${days} days later (${new Date(site.now).toISOString().slice(0, 10)})`;
  },
  stylesheet(site) {
    if (site.rand() < 0.25 && existsSync(join(site.root, "assets/site.css"))) {
      unlinkSync(join(site.root, "assets/site.css"));
      return "assets/site.css removed";
    }
    write(
      site,
      "assets/site.css",
      `.note { color: #${(0x100000 + site.n * 7919).toString(16).slice(-6)} }\n`,
    );
    return "assets/site.css";
  },
};

/** Each kind of breakage: the file it breaks and what it makes of that file's text. */
const BREAKAGES: readonly {
  kind: string;
  file: (site: Site) => string;
  broken: (text: string, site: Site) => string;
}[] = [
  {
    kind: "date",
    file: (site) => pickArticle(site).rel,
    broken: (text) => setField(text, "date", "2025-13-45 10:00"),
  },
  {
    kind: "registry",
    file: () => "content/registry/people.yaml",
    broken: (text, site) => `${text}\nbroken-${site.n}: [never closed\n`,
  },
  {
    kind: "site",
    file: () => "content/site.yaml",
    broken: (text) => text.replace(/^timeZone: .*$/m, "timeZone: Europe/Atlantis"),
  },
];

/** Content a build must refuse, and how to take it back byte for byte. */
export interface Breakage {
  /** What was broken, for the failure message. */
  readonly what: string;
  /** The file the build's error must name. */
  readonly file: string;
  readonly undo: () => void;
}

/**
 * Breaks the site the way an editor does now and then — an impossible date, a registry file that is no longer
 * YAML, a time zone that does not exist — so that the build stops with an error; the `nth` breakage of a run
 * is of the kind after the last one's. Taken back with `undo`.
 */
export function breakSite(site: Site, nth: number): Breakage {
  const breakage = BREAKAGES[nth % BREAKAGES.length] as (typeof BREAKAGES)[number];
  const rel = breakage.file(site);
  const text = read(site, rel);
  write(site, rel, breakage.broken(text, site));
  return { what: `${breakage.kind} in ${rel}`, file: rel, undo: () => write(site, rel, text) };
}

/** The sample site cut to a small one: its first eight articles and one of their pictures, and three generated. */
const SAMPLE_ARTICLES = 8;
const PICTURED = "nato-allies-commit-to-five-percent.md";

export function smallSite(site: Site): void {
  cpSync(join(REPO, "content"), join(site.root, "content"), { recursive: true });
  // Pictures are most of a clean build's time (AVIF): one is enough to cover them.
  for (const [i, file] of articles(site).entries()) {
    const rel = `${ARTICLES}/${file}`;
    if (i >= SAMPLE_ARTICLES) unlinkSync(join(site.root, rel));
    else if (file !== PICTURED)
      write(
        site,
        rel,
        read(site, rel)
          .replace(/^image:\n(?: {2}.*\n)+/m, "")
          .replace(/^!\[.*\]\(\/images\/.*\)\n/gm, ""),
      );
  }
  for (let i = 0; i < 3; i++)
    write(site, `${ARTICLES}/generiert-g${i}.md`, generated(100 + i, i % 2 ? "en" : "de"));
}

/** Runs the CLI without blocking, so the incremental and the clean build run side by side. */
export function cli(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, TZ: "UTC", ...env },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (status) => done({ status, out }));
  });
}

export interface FileState {
  readonly hash: string;
  readonly ino: number;
  readonly mtimeMs: number;
}

/** Every file of a built site (following the _site link), by path. */
export function listing(dir: string): Map<string, FileState> {
  const top = realpathSync(dir);
  const out = new Map<string, FileState>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const stat = statSync(abs);
      if (stat.isDirectory()) walk(abs);
      else {
        const hash = createHash("sha256").update(readFileSync(abs)).digest("hex");
        out.set(relative(top, abs), { hash, ino: stat.ino, mtimeMs: stat.mtimeMs });
      }
    }
  };
  walk(top);
  return out;
}

/** A copy of the site's inputs (no output, no cache) in the fresh folder `copy`, for the clean build. */
export function inputsCopy(root: string, copy: string): string {
  for (const part of ["content", "layouts", "assets", "urls.json"]) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(copy, part), { recursive: true });
  }
  return copy;
}

/** The files whose bytes differ between the built site `got` and the clean one `want`, saying where one is missing. */
export function differences(
  got: ReadonlyMap<string, FileState>,
  want: ReadonlyMap<string, FileState>,
  gotName: string,
): string[] {
  return [...new Set([...got.keys(), ...want.keys()])]
    .filter((rel) => got.get(rel)?.hash !== want.get(rel)?.hash)
    .map((rel) => `${rel}${got.has(rel) ? (want.has(rel) ? "" : ` (only ${gotName})`) : " (only clean)"}`);
}

/** The files with the same bytes as `before` that are no longer the same file (another inode or mtime). */
export function rewritten(
  before: ReadonlyMap<string, FileState>,
  now: ReadonlyMap<string, FileState>,
): string[] {
  return [...now]
    .filter(([rel, state]) => {
      const then = before.get(rel);
      return then?.hash === state.hash && (then.ino !== state.ino || then.mtimeMs !== state.mtimeMs);
    })
    .map(([rel]) => rel);
}

/**
 * The edits of a run, one list per build: every kind of `kinds` once in a seeded order (or `given` as it is),
 * then random kinds up to SUMMITDESK_PROPERTY_STEPS edits in all, SUMMITDESK_PROPERTY_EDITS (2) a build.
 */
export function editPlan(site: Site, kinds: readonly string[], given?: readonly string[]): string[][] {
  const plan = [...(given ?? kinds)];
  for (let i = given ? 0 : plan.length - 1; i > 0; i--) {
    const j = Math.floor(site.rand() * (i + 1));
    [plan[i], plan[j]] = [plan[j] as string, plan[i] as string];
  }
  const extra = Number(process.env.SUMMITDESK_PROPERTY_STEPS ?? plan.length) - plan.length;
  for (let i = 0; i < extra; i++) plan.push(pick(site, kinds));
  const perBuild = Math.max(1, Number(process.env.SUMMITDESK_PROPERTY_EDITS ?? 2));
  return Array.from({ length: Math.ceil(plan.length / perBuild) }, (_, k) =>
    plan.slice(k * perBuild, (k + 1) * perBuild),
  );
}

/** Applies the edits of one build to the site; says what they did. */
export function applyEdits(site: Site, kinds: readonly string[]): string {
  return kinds
    .map((kind) => {
      site.n++;
      return OPS[kind]?.(site) ?? "";
    })
    .join(" + ");
}
