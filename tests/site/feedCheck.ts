/** Feed checks shared by the unit and whole-site tests: Atom well-formed with its required elements; JSON Feed against our schema. */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(new URL("./jsonfeed.schema.json", import.meta.url), "utf8")) as object;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true, strictRequired: false }));
const validateJsonFeed = ajv.compile(schema);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Problems with an Atom document (empty when it is fine). RFC 4287 §4.1.1–4.1.2 required elements. */
export function atomProblems(text: string): string[] {
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} at line ${wellFormed.err.line}`];
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["entry", "link", "author", "category"].includes(name),
  });
  const doc = parser.parse(text) as { feed?: Record<string, unknown> };
  const feed = doc.feed;
  if (!feed) return ["root element is not <feed>"];
  const problems: string[] = [];
  if (feed["@_xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("feed lacks the Atom namespace");
  for (const el of ["id", "title", "updated"]) if (!feed[el]) problems.push(`feed lacks <${el}>`);
  if (!RFC3339.test(String(feed.updated)))
    problems.push(`feed <updated> is not RFC 3339: ${String(feed.updated)}`);
  const links = (feed.link ?? []) as Record<string, string>[];
  if (!links.some((l) => l["@_rel"] === "self")) problems.push("feed lacks <link rel=self>");
  const feedAuthor = ((feed.author ?? []) as unknown[]).length > 0;
  for (const [i, entry] of ((feed.entry ?? []) as Record<string, unknown>[]).entries()) {
    for (const el of ["id", "title", "updated"]) if (!entry[el]) problems.push(`entry ${i} lacks <${el}>`);
    for (const el of ["updated", "published"]) {
      if (entry[el] && !RFC3339.test(String(entry[el]))) problems.push(`entry ${i} <${el}> is not RFC 3339`);
    }
    if (!feedAuthor && ((entry.author ?? []) as unknown[]).length === 0)
      problems.push(`entry ${i} has no author`);
    const entryLinks = (entry.link ?? []) as Record<string, string>[];
    if (!entryLinks.some((l) => l["@_rel"] === "alternate"))
      problems.push(`entry ${i} lacks <link rel=alternate>`);
  }
  return problems;
}

/** Problems with a JSON Feed document (empty when it is fine). */
export function jsonFeedProblems(text: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  if (validateJsonFeed(doc)) return [];
  return (validateJsonFeed.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
