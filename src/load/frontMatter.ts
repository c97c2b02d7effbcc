/**
 * Splits an article into YAML front matter and Markdown body.
 * gray-matter does the split, but only after we have checked the delimiters ourselves: it would otherwise
 * run `---js` front matter as JavaScript and accept `----` as a closing line. Its YAML engine is ours
 * (the `yaml` package, core schema, located errors): the site has one YAML parser, never js-yaml.
 */
import matter from "gray-matter";
import type { Diagnostic } from "../diagnostics/index.ts";
import { MAX_FRONT_MATTER } from "../limits/index.ts";
import { positionAt } from "../text/index.ts";
import type { ParsedArticleFile, SourceFile } from "./types.ts";
import { parseYaml } from "./yaml.ts";

/** Engines gray-matter must never use. Objects, not functions: gray-matter deep-merges its defaults (TOOLS.md). */
const refuse = {
  parse(): never {
    throw new Error("summitdesk accepts YAML front matter only");
  },
};
const REFUSED = {
  js: refuse,
  javascript: refuse,
  jsLegacy: refuse,
  json: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  toml: refuse,
};

const OPENER = /^---[ \t]*$/;

/** Parses one article file. Returns undefined (plus diagnostics) when its front matter cannot be read at all. */
export function parseArticleFile(file: SourceFile): { value?: ParsedArticleFile; diagnostics: Diagnostic[] } {
  const text = file.text;
  const firstBreak = text.indexOf("\n");
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  const at = (line: number, column: number) => ({ file: file.path, line, column });
  if (text.trim() === "") {
    return {
      diagnostics: [
        {
          ...at(0, 0),
          severity: "error",
          ruleId: "frontmatter/missing",
          message: "The file is empty.",
          hint: "Start the article with front matter between two `---` lines (title and date at least), or delete the file.",
        },
      ],
    };
  }
  if (!OPENER.test(firstLine)) {
    const lang = /^---\s*([A-Za-z]\w*)/.exec(firstLine)?.[1];
    return {
      diagnostics: [
        lang
          ? {
              ...at(1, 4),
              severity: "error",
              ruleId: "frontmatter/not-yaml",
              message: `Front matter in "${lang}" is not allowed; only YAML is read.`,
              hint: "Replace the first line by a plain `---` and write the fields as YAML (`title: …`).",
            }
          : {
              ...at(1, 1),
              severity: "error",
              ruleId: "frontmatter/missing",
              message: "The file does not start with front matter.",
              hint: "Put a line `---`, the fields (title, date, …) and another `---` at the very top of the file.",
            },
      ],
    };
  }
  // The closing delimiter: the first later line that starts with "---". It must be exactly "---".
  const close = /\n---([^\n]*)(\n|$)/.exec(text.slice(firstBreak === -1 ? text.length : firstBreak));
  const closeOffset = close ? (firstBreak as number) + close.index + 1 : -1;
  if (!close || closeOffset < 0) {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          severity: "error",
          ruleId: "frontmatter/unclosed",
          message: "The front matter is never closed.",
          hint: "Add a line containing only `---` after the last front-matter field, before the article text.",
        },
      ],
    };
  }
  const closeLine = positionAt(text, closeOffset).line;
  if ((close[1] ?? "").trim() !== "") {
    return {
      diagnostics: [
        {
          ...at(closeLine, 1),
          severity: "error",
          ruleId: "frontmatter/unclosed",
          message: `This line closes the front matter but is "${clipped(`---${close[1]}`)}", not "---".`,
          hint: "The closing line must contain only `---`.",
        },
      ],
    };
  }
  // A news article's front matter is a few hundred bytes; the YAML parser costs ten times what the rest of
  // the pipeline does per byte, so a megabyte of it is refused before it is parsed.
  const yamlLength = closeOffset - (firstBreak as number);
  if (yamlLength > MAX_FRONT_MATTER) {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          severity: "error",
          ruleId: "limits/front-matter",
          message: `The front matter is ${Math.ceil(yamlLength / 1024)} kB long; the limit is ${MAX_FRONT_MATTER / 1024} kB.`,
          hint: "Front matter holds the article's fields only; move long texts into the body.",
        },
      ],
    };
  }
  let split: { matter: string; content: string };
  // gray-matter hands the YAML between the delimiters to this engine; it skips a block of only comments.
  let yaml: ReturnType<typeof parseYaml> | undefined;
  const engines = {
    ...REFUSED,
    yaml: {
      parse: (source: string) => {
        yaml = parseYaml(source, file.path, 1);
        return yaml.data ?? {};
      },
      stringify: () => "",
    },
  };
  try {
    split = matter(text, { language: "yaml", delimiters: "---", engines } as never) as never;
  } catch {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          severity: "error",
          ruleId: "frontmatter/not-yaml",
          message: "The front matter could not be split from the body.",
          hint: "Use a plain `---` line before and after the YAML fields.",
        },
      ],
    };
  }
  const yamlText = text.slice(firstBreak, closeOffset);
  const bodyStart = Math.min(text.length, closeOffset + 4 + (close[1] ?? "").length);
  const body = text.slice(bodyStart);
  // gray-matter and our own scan must agree; if they ever disagree, trust neither silently.
  if (split.matter.trim() !== yamlText.trim()) {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          severity: "error",
          ruleId: "frontmatter/unclosed",
          message: "The front matter delimiters are ambiguous.",
          hint: "Use exactly one `---` line before and one after the front matter.",
        },
      ],
    };
  }
  // Its block starts after the opening line, as ours does, so its line 1 is the file's line 1.
  const parsed = yaml ?? { data: null, diagnostics: [], locate: () => ({ line: 1, column: 1 }) };

  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const data = parsed.data;
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    return {
      diagnostics: [
        {
          ...at(2, 1),
          severity: "error",
          ruleId: "frontmatter/not-a-map",
          message:
            data === null || data === undefined
              ? "The front matter is empty."
              : "The front matter must be a list of `key: value` fields.",
          hint: "Write at least `title: …` and `date: …` between the `---` lines.",
        },
      ],
    };
  }
  return {
    value: { file, data, body, bodyLine: closeLine + 1, locate: parsed.locate },
    diagnostics: [],
  };
}

function clipped(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
