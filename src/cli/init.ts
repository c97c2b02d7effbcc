/**
 * `summitdesk init`: a new site in an empty folder (or one with only package.json and node_modules, after
 * `npm i -D summitdesk`). Non-interactive: everything comes from flags, with documented defaults. It never
 * overwrites a file: when any file it would create exists, it writes nothing; package.json and .gitignore, which
 * a folder may already have, only get what they lack.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { readSiteConfig, defaults as siteDefaults } from "../config/index.ts";
import { MAX_SITE_TITLE, MAX_SITE_URL } from "../limits/index.ts";
import { parseYaml } from "../load/index.ts";
import { isZone, LANGS, type Lang } from "../registry/index.ts";
import { slugify } from "../text/index.ts";
import { version } from "./commands.js";
import { shown } from "./project.ts";
import { referenceTime } from "./run.ts";

/** What `init` was asked for, as typed (checked here). */
export interface InitOptions {
  readonly cwd: string;
  /** --root, relative to cwd (default: cwd); created when missing. */
  readonly root?: string;
  /** --content, relative to cwd (default: ROOT/content). */
  readonly content?: string;
  readonly title?: string;
  readonly languages?: string;
  readonly defaultLanguage?: string;
  readonly timeZone?: string;
  readonly url?: string;
}

/** The npm scripts a site gets (each only where package.json has no script of that name). */
const SCRIPTS: Readonly<Record<string, string>> = {
  build: "summitdesk build",
  start: "summitdesk dev",
  dev: "summitdesk dev",
  check: "summitdesk check",
};

/** What a site's .gitignore needs: the output (a link and its versions), the build cache, installed packages. */
const IGNORED = ["node_modules/", "_site", "_site.*", ".cache/"];

export function init(options: InitOptions): number {
  const settings = settingsOf(options);
  if ("error" in settings) {
    process.stderr.write(`${settings.error}\n`);
    return 2;
  }
  const root = resolve(options.cwd, options.root ?? ".");
  const content =
    options.content === undefined ? join(root, "content") : resolve(options.cwd, options.content);
  const now = DateTime.fromMillis(referenceTime(), { zone: settings.timeZone }).startOf("minute");
  const files = new Map<string, string>([
    [join(content, "site.yaml"), siteYaml(settings)],
    [join(content, "registry", "README.md"), REGISTRY_README],
    [join(root, "eleventy.config.js"), ELEVENTY_CONFIG],
  ]);
  for (const lang of settings.languages) {
    files.set(
      join(content, "articles", String(now.year), `${STARTER[lang].slug}.md`),
      starterArticle(lang, settings, now),
    );
  }
  const taken = [...files.keys()].filter((path) => existsSync(path));
  if (taken.length > 0) {
    process.stderr.write(
      `${taken.map((p) => shown(options.cwd, p)).join(", ")} already ${taken.length === 1 ? "exists" : "exist"}; nothing was written. ` +
        "summitdesk init makes a new site: run it in an empty folder, or give --root DIR.\n",
    );
    return 1;
  }
  const written: string[] = [];
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: "wx" });
    written.push(shown(options.cwd, path));
  }
  const notes: string[] = [];
  const gitignore = join(root, ".gitignore");
  if (existsSync(gitignore)) {
    const lines = new Set(
      readFileSync(gitignore, "utf8")
        .split("\n")
        .map((l) => l.trim()),
    );
    const missing = IGNORED.filter((entry) => !lines.has(entry));
    if (missing.length > 0) notes.push(`Your .gitignore was kept; add ${missing.join(", ")} to it.`);
  } else {
    writeFileSync(gitignore, `${IGNORED.join("\n")}\n`, { flag: "wx" });
    written.push(shown(options.cwd, gitignore));
  }
  const scripts = addScripts(root, content);
  if (scripts) written.push(scripts);
  const site = shown(options.cwd, root);
  const go = site === "." ? "" : `cd ${site} && `;
  process.stdout.write(
    [
      `Created a summitdesk site in ${site === "." ? "this folder" : site}:`,
      ...written.map((w) => `  ${w}`),
      ...notes,
      "",
      `Next: ${go}npx summitdesk dev   (the site on http://localhost:8080, live)`,
      `      ${go}npx summitdesk build (the site in _site/)`,
      ...(settings.url === siteDefaults.url
        ? [
            `Set url: in ${shown(options.cwd, join(content, "site.yaml"))} to the site's address before publishing.`,
          ]
        : []),
      "",
    ].join("\n"),
  );
  return 0;
}

/** The site's settings from the flags. */
interface Settings {
  readonly title?: string;
  readonly languages: readonly Lang[];
  readonly defaultLang: Lang;
  readonly timeZone: string;
  readonly url: string;
}

/** Checks the flags; one line saying what to type instead when one is wrong. */
function settingsOf(options: InitOptions): Settings | { error: string } {
  const listed = (options.languages ?? LANGS.join(","))
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  const unknown = listed.filter((l) => !(LANGS as readonly string[]).includes(l));
  if (listed.length === 0 || unknown.length > 0) {
    return { error: `--languages ${options.languages ?? ""}: give de, en or de,en (comma-separated).` };
  }
  const languages = LANGS.filter((l) => listed.includes(l));
  const defaultLang = (options.defaultLanguage ?? listed[0]) as Lang;
  if (!languages.includes(defaultLang)) {
    return { error: `--default-language ${defaultLang} is not among --languages ${languages.join(",")}.` };
  }
  const timeZone = options.timeZone ?? localZone();
  if (!isZone(timeZone)) {
    return {
      error: `--time-zone ${timeZone} is not an IANA time zone; write it like Europe/Berlin or America/New_York.`,
    };
  }
  const url = options.url ?? siteDefaults.url;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url) || url.length > MAX_SITE_URL) {
    return { error: `--url ${url}: give the site's absolute address, e.g. https://news.example.org` };
  }
  const title = options.title?.trim();
  if (options.title !== undefined && (!title || title.length > MAX_SITE_TITLE)) {
    return { error: `--title needs a name for the site of 1 to ${MAX_SITE_TITLE} characters.` };
  }
  const settings: Settings = { ...(title ? { title } : {}), languages, defaultLang, timeZone, url };
  // The file init writes must pass the checks a build makes: validate it the same way.
  const parsed = parseYaml(siteYaml(settings), "content/site.yaml", 1);
  const config =
    parsed.data === undefined
      ? undefined
      : readSiteConfig({
          file: { path: "content/site.yaml", text: "" },
          data: parsed.data,
          locate: parsed.locate,
        });
  const problem = [...parsed.diagnostics, ...(config?.diagnostics ?? [])][0];
  if (problem) return { error: `These settings would make an invalid content/site.yaml: ${problem.message}` };
  return settings;
}

/** This computer's IANA zone, or UTC when it has none (a container's TZ can be unset). */
function localZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isZone(zone) ? zone : "UTC";
}

/** content/site.yaml: every setting spelled out, so editors see what they can change. */
function siteYaml(s: Settings): string {
  const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
  // One text for every language, or one per language (site.yaml takes either; a map needs both).
  const perLanguage = (texts: Readonly<Record<Lang, string>>) =>
    s.languages.length === 1
      ? ` ${scalar(texts[s.languages[0] as Lang])}`
      : `\n  de: ${scalar(texts.de)}\n  en: ${scalar(texts.en)}`;
  const { before, after } = siteDefaults.summitWindow;
  return [
    "# Site settings, read by summitdesk; EDITING.md explains each one.",
    `title:${s.title === undefined ? perLanguage(siteDefaults.title) : ` ${scalar(s.title)}`}`,
    `description:${perLanguage(siteDefaults.description)}`,
    `url: ${scalar(s.url)}`,
    `languages: [${s.languages.join(", ")}]`,
    `defaultLang: ${s.defaultLang}`,
    `timeZone: ${scalar(s.timeZone)}`,
    `pageSize: ${siteDefaults.pageSize}`,
    `summitWindow: { before: ${before}, after: ${after} }`,
    "",
  ].join("\n");
}

/** The starter article of each language: what it says is true of any summitdesk site. */
const STARTER: Readonly<
  Record<Lang, { slug: string; title: (site: string) => string; summary: string; body: string }>
> = {
  de: {
    slug: "willkommen",
    title: (site) => `Willkommen bei ${site}`,
    summary: "Ein erster Artikel, damit die Website etwas zeigt. Bearbeiten oder löschen Sie ihn.",
    body: `Diese Website berichtet über internationale Gipfeltreffen. Jeder Artikel nennt die Personen, Länder,
Organisationen und Gipfel, um die es geht; summitdesk verlinkt jede und jeden auf eine eigene Seite – so wie
dieser Artikel die G7, die G20 und die NATO.

Neue Artikel legen Sie mit \`npx summitdesk new "Titel"\` an. Was in einen Artikel gehört, steht in EDITING.md
von summitdesk.
`,
  },
  en: {
    slug: "welcome",
    title: (site) => `Welcome to ${site}`,
    summary: "A first article, so that the site shows something. Edit it or delete it.",
    body: `This site reports on international summits. Every article names the people, countries, organisations
and summits it is about; summitdesk links each of them to a page of its own, as this article links the G7,
the G20 and NATO.

Start a new article with \`npx summitdesk new "Title"\`. What goes into an article is explained in summitdesk's
EDITING.md.
`,
  },
};

function starterArticle(lang: Lang, s: Settings, now: DateTime): string {
  const starter = STARTER[lang];
  const site = s.title ?? siteDefaults.title[lang];
  const frontMatter = {
    title: starter.title(site),
    date: now.toFormat("yyyy-MM-dd HH:mm"),
    lang,
    author: lang === "de" ? "Redaktion" : "The editors",
    summary: starter.summary,
    organisations: ["g7", "g20", "nato"],
    ...(s.languages.length > 1 ? { translation: "welcome" } : {}),
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0, flowCollectionPadding: false })}---\n${starter.body}`;
}

/**
 * The npm scripts, added to package.json where it has none of that name (an existing script is never changed);
 * a package.json is written when there is none. Returns what to report, or undefined when nothing changed.
 */
function addScripts(root: string, content: string): string | undefined {
  const path = join(root, "package.json");
  const contentFlag =
    relative(root, content) === "content" ? "" : ` --content ${relative(root, content).split(sep).join("/")}`;
  const wanted = Object.fromEntries(Object.entries(SCRIPTS).map(([k, v]) => [k, `${v}${contentFlag}`]));
  if (!existsSync(path)) {
    const manifest = {
      name: slugify(basename(root)) || "summit-site",
      private: true,
      type: "module",
      scripts: wanted,
      devDependencies: { summitdesk: `^${version()}` },
    };
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
    return "package.json";
  }
  let manifest: { scripts?: Record<string, string> } & Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
  const scripts = manifest.scripts ?? {};
  const added = Object.keys(wanted).filter((name) => !(name in scripts));
  // A site's JavaScript layouts are ES modules (`import … from "summitdesk"`); say so where nothing says otherwise.
  const typed = manifest.type === undefined;
  if (added.length === 0 && !typed) return undefined;
  if (typed) manifest.type = "module";
  manifest.scripts = { ...scripts, ...Object.fromEntries(added.map((name) => [name, wanted[name] ?? ""])) };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  const what = [
    ...(added.length > 0 ? [`scripts ${added.join(", ")}`] : []),
    ...(typed ? ['"type": "module"'] : []),
  ];
  return `package.json (${what.join(" and ")} added)`;
}

/** content/registry/README.md: how the site's own entries sit over the bundled world registry. */
const REGISTRY_README = `# This site's registry

summitdesk comes with a world registry: countries, offices and who held them, people, organisations and
their members over time, and summits with their attendance. It is in the summitdesk package
(node_modules/summitdesk/registry/) and is updated with the package.

This folder is your own layer over it. Add a file here named after a kind of entry (\`people.yaml\`,
\`offices.yaml\`, \`organisations.yaml\`, \`summits.yaml\`, \`countries.yaml\`) or a folder of that name
holding such files, and write entries in the same format:

- an entry with an id the world registry does not have adds a person, an organisation, a summit …;
- an entry with the id of a world entry of the same kind replaces that entry as a whole (write all of it);
- \`places.yaml\` here adds host cities' positions for the maps.

\`npx summitdesk check\` reports any mistake with its file, line and column. The format of every kind of
entry is in summitdesk's docs/registry-format.md; EDITING.md shows how to add a person or a summit.
`;

/**
 * eleventy.config.js: Eleventy's own command in this folder says in one line what to run instead. summitdesk
 * runs Eleventy itself (checked content, an atomic output folder, search, pictures, redirects); Eleventy's
 * command would write half of that into the live site. Plain script (no import or export), so it runs as it is
 * whether package.json says "type": "module" or not.
 */
const ELEVENTY_CONFIG = `// This folder is a summitdesk site: summitdesk runs Eleventy itself, with its own plugin, so that a build is
// checked, written atomically, searchable and keeps every old URL. Eleventy's own command would skip all that.
console.error(
  "This is a summitdesk site: build it with \`npx summitdesk build\`, serve it with \`npx summitdesk dev\` (not npx @11ty/eleventy).",
);
process.exit(1);
`;
