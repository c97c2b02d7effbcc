/** `summitdesk new "Title" [--lang de|en] [--summit ID] [--people A,B]`: a new article file, never overwriting one. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { readContent } from "../load/index.ts";
import { runRegistry } from "../pipeline.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { slugify } from "../text/index.ts";
import { referenceTime } from "./run.ts";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function create(root: string, args: readonly string[]): number {
  const valued = new Set(["--lang", "--summit", "--people", "--organisations", "--countries"]);
  const title = args.find((a, i) => !a.startsWith("--") && !valued.has(args[i - 1] ?? ""));
  if (!title?.trim()) {
    process.stderr.write(
      'usage: summitdesk new "Title of the article" [--lang de|en] [--summit ID] [--people A,B]\n',
    );
    return 2;
  }
  const { config, names } = runRegistry(readContent(root).value);
  const lang = (option(args, "--lang") ?? config.defaultLang) as Lang;
  if (!LANGS.includes(lang)) {
    process.stderr.write(`--lang must be one of ${LANGS.join(", ")}.\n`);
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
  const list = (flag: string, type: "person" | "organisation" | "country") =>
    (option(args, flag) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((n) => resolve(type, n));
  const people = list("--people", "person");
  const organisations = list("--organisations", "organisation");
  const countries = list("--countries", "country");
  const summitName = option(args, "--summit");
  const summit = summitName ? resolve("summit", summitName) : undefined;
  if (problems.length > 0) {
    process.stderr.write(`${problems.join("\n")}\nNo file was written.\n`);
    return 1;
  }
  const now = DateTime.fromMillis(referenceTime(), { zone: config.timeZone });
  const slug = slugify(title);
  const path = join("content", "articles", String(now.year), `${slug}.md`);
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
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: "wx" });
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
