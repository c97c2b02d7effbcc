/** `summitdesk new "Title" [--lang de|en] [--summit ID] [--people A,B]`: a new article file, never overwriting one. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { readContent } from "../load/index.ts";
import { runRegistry } from "../pipeline.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { slugify } from "../text/index.ts";
import { type Project, shown } from "./project.ts";
import { referenceTime } from "./run.ts";

/** What `new` was asked to create (parsed by args.ts; names are resolved here). */
export interface NewOptions {
  readonly title: string;
  readonly lang?: string;
  readonly summit?: string;
  /** Comma-separated names or ids, as typed. */
  readonly people?: string;
  readonly organisations?: string;
  readonly countries?: string;
}

export function create(project: Project, options: NewOptions): number {
  const { title } = options;
  if (!title.trim()) {
    process.stderr.write('summitdesk new needs a title: summitdesk new "Title of the article"\n');
    return 2;
  }
  const { config, names } = runRegistry(readContent(project.root, project.content).value);
  const lang = (options.lang ?? config.defaultLang) as Lang;
  if (!LANGS.includes(lang) || !config.languages.includes(lang)) {
    process.stderr.write(`--lang must be one of the site's languages: ${config.languages.join(", ")}.\n`);
    return 2;
  }
  const problems: string[] = [];
  const resolve = (type: "person" | "summit" | "organisation" | "country", name: string): string => {
    const r = names.resolve(type, name);
    if (r.kind === "found") return r.entity.id;
    problems.push(
      r.kind === "unknown"
        ? `Unknown ${type} "${name}".${r.suggestion ? ` Did you mean "${r.suggestion.id}"?` : ""}`
        : `"${name}" could be ${r.entities.map((e) => e.id).join(" or ")}; use the id.`,
    );
    return name;
  };
  const list = (given: string | undefined, type: "person" | "organisation" | "country") =>
    (given ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((n) => resolve(type, n));
  const people = list(options.people, "person");
  const organisations = list(options.organisations, "organisation");
  const countries = list(options.countries, "country");
  const summitName = options.summit;
  const summit = summitName ? resolve("summit", summitName) : undefined;
  if (problems.length > 0) {
    process.stderr.write(`${problems.join("\n")}\nNo file was written.\n`);
    return 1;
  }
  const now = DateTime.fromMillis(referenceTime(), { zone: config.timeZone });
  const slug = slugify(title);
  const abs = join(project.content, "articles", String(now.year), `${slug}.md`);
  const path = shown(project.cwd, abs);
  const frontMatter = {
    title: title.trim(),
    date: now.toFormat("yyyy-MM-dd HH:mm"),
    lang,
    author: "",
    summary: "",
    ...(people.length ? { people } : {}),
    ...(organisations.length ? { organisations } : {}),
    ...(countries.length ? { countries } : {}),
    ...(summit ? { summit } : {}),
    draft: true,
  };
  const text = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${lang === "de" ? "Text des Artikels." : "Article text."}\n`;
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      process.stderr.write(
        `${path} already exists; nothing was overwritten. Choose another title, or edit that file.\n`,
      );
      return 1;
    }
    throw error;
  }
  process.stdout.write(`Created ${path} (draft: true; remove that line to publish).\n`);
  return 0;
}
