/**
 * Helpers for the adversarial corpus: inline fixture projects (on top of tests/helpers/project.ts), the pipeline
 * run in-process, a build through the real writer, and a scanner that lists anything in HTML that could execute.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.ts";
import { writeSite } from "../../src/eleventy/build.ts";
import { parseArticleFile, readContent, readImages } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import type { SiteModel } from "../../src/site/types.ts";
import { removeProject, writeProject } from "../helpers/project.ts";

/** The repository's own layouts/ folder, linked into fixture projects that are built. */
export const LAYOUTS = fileURLToPath(new URL("../../layouts", import.meta.url));

/** Reference time of every fixture build: after every fixture date, so nothing is "scheduled". */
export const NOW = Date.parse("2026-01-01T00:00:00Z");

const shared: string[] = [];

/**
 * Writes a fixture project (with a `layouts` link so it can be built). Inside a test it is removed when the
 * test ends; in a `beforeAll` it lives until `removeSharedProjects()` (call that in `afterAll`).
 */
export function project(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = writeProject(files);
  symlinkSync(LAYOUTS, join(root, "layouts"), "dir");
  try {
    onTestFinished(() => removeProject(root));
  } catch {
    shared.push(root);
  }
  return root;
}

/** Removes the projects written outside a test. */
export function removeSharedProjects(): void {
  for (const root of shared.splice(0)) removeProject(root);
}

/** Reads `content/` and runs the whole pipeline in-process, as `summitdesk check` does. */
export function check(root: string): { diagnostics: Diagnostic[]; model?: SiteModel } {
  const files = readContent(root);
  const result = runPipeline(files.value, {
    dev: false,
    now: NOW,
    images: readImages(root),
  });
  const diagnostics = [...files.diagnostics, ...result.diagnostics];
  // As in `summitdesk build`: an error while reading (too large, not UTF-8) stops the build too.
  const ok = result.model && !diagnostics.some((d) => d.severity === "error");
  return { diagnostics, ...(ok && result.model ? { model: result.model } : {}) };
}

/** Only the errors, as `[file:line:column, ruleId]` pairs: the part of a diagnostic tests pin exactly. */
export function errors(diagnostics: readonly Diagnostic[]): [string, string][] {
  return diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => [`${d.file}:${d.line}:${d.column}`, d.ruleId]);
}

/** Parses one article text (no file system) and returns its diagnostics. */
export function parse(text: string, path = "content/articles/a.md") {
  return parseArticleFile({ path, text });
}

/** Builds a fixture project with the real writer (Eleventy, atomic swap) into `<root>/_site`. */
export async function build(root: string): Promise<{ model: SiteModel; out: string }> {
  const { model, diagnostics } = check(root);
  if (!model) throw new Error(`fixture has errors:\n${JSON.stringify(errors(diagnostics), null, 2)}`);
  await writeSite(root, "_site", model);
  return { model, out: join(root, "_site") };
}

/** Every file below `dir` as relative path → sha256 (an exact snapshot of an output folder). */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs), createHash("sha256").update(readFileSync(abs)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

/** The HTML files of a built site, relative path → text. */
export function htmlFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of hashTree(dir).keys()) {
    if (path.endsWith(".html")) out.set(path, readFileSync(join(dir, path), "utf8"));
  }
  return out;
}

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRS = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "srcset",
  "poster",
  "xlink:href",
  "data",
  "ping",
]);
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** Decodes the character references a browser would decode in an attribute value. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) || 0xfffd))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The scheme a browser would see in a URL attribute (after entity decoding and dropping control characters). */
export function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside schemes
  const compact = decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/**
 * Lists everything in an HTML document that could run code or load foreign active content: inline scripts,
 * scripts from elsewhere, event-handler attributes, inline styles, frames and plugins, <base>, meta refresh,
 * and URL attributes with a scheme other than http(s)/mailto. An empty list means the page is inert.
 */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = (tag[1] ?? "").toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (tag[2] ?? "").matchAll(ATTR)) {
      attrs.set((a[1] ?? "").toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    }
    const where = tag[0].slice(0, 80);
    if (name === "script") {
      const type = attrs.get("type")?.toLowerCase();
      const src = attrs.get("src");
      if (type === "application/ld+json" || type === "application/json") continue;
      if (src === undefined) problems.push(`inline script: ${where}`);
      else if (!src.startsWith("/") || src.startsWith("//")) problems.push(`script from elsewhere: ${where}`);
    }
    if (["iframe", "frame", "object", "embed", "applet", "base", "style"].includes(name)) {
      problems.push(`<${name}> element: ${where}`);
    }
    if (name === "meta" && attrs.get("http-equiv")?.toLowerCase() === "refresh")
      problems.push(`meta refresh: ${where}`);
    for (const [attr, value] of attrs) {
      if (attr.startsWith("on")) problems.push(`event handler ${attr}: ${where}`);
      if (attr === "style") problems.push(`style attribute: ${where}`);
      if (URL_ATTRS.has(attr)) {
        const scheme = schemeOf(value);
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme))
          problems.push(`${scheme}: URL in ${attr}: ${where}`);
      }
    }
  }
  return problems;
}
