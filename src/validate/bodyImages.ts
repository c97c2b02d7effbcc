/**
 * The pictures of an article body, `![alt](/images/x.jpg "Caption | Credit")`, found with the same Markdown
 * parser settings the renderer uses, each with its file position; and what can be checked without the files.
 */
import MarkdownIt from "markdown-it";
import type { Diagnostic } from "../diagnostics/index.ts";
import { MAX_IMAGES } from "../limits/index.ts";
import { isSafeLink } from "../text/index.ts";
import { isSafeImage } from "./imagePath.ts";
import { type ImageRef, isLocalImage } from "./types.ts";

type Markdown = InstanceType<typeof MarkdownIt>;
let parser: Markdown | undefined;

/** Caption and credit from a picture's title: "Caption | Credit" (the part after the last "|" is the credit). */
export function splitCaption(title: string | undefined): { caption?: string; credit?: string } {
  if (title === undefined) return {};
  const bar = title.lastIndexOf("|");
  const caption = (bar === -1 ? title : title.slice(0, bar)).trim();
  const credit = bar === -1 ? "" : title.slice(bar + 1).trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** Every picture in `body` (which starts on file line `bodyLine`), and the problems found in how it is written. */
export function bodyImages(
  body: string,
  bodyLine: number,
  file: string,
): { images: ImageRef[]; diagnostics: Diagnostic[] } {
  if (!body.includes("![")) return { images: [], diagnostics: [] };
  if (!parser) {
    parser = new MarkdownIt({ html: false, linkify: true, typographer: false });
    parser.validateLink = isSafeLink;
  }
  const md = parser;
  const lines = body.split("\n");
  const images: ImageRef[] = [];
  const diagnostics: Diagnostic[] = [];
  const blocks = md.parse(body, {});
  // A body over the image limit is refused as a whole (limits/images, at the first picture too many): one error,
  // not one per picture.
  let count = 0;
  for (const block of blocks) {
    for (const token of block.children ?? []) if (token.type === "image") count++;
  }
  if (count > MAX_IMAGES) return { images: [], diagnostics: [] };
  for (const block of blocks) {
    if (block.type !== "inline" || !block.map || !block.children) continue;
    const pictures = block.children.filter((t) => t.type === "image");
    if (pictures.length === 0) continue;
    const starts = imageStarts(lines, block.map[0], block.map[1]);
    pictures.forEach((token, k) => {
      const at = starts[k] ?? { line: block.map?.[0] ?? 0, column: 0 };
      const where = { file, line: bodyLine + at.line, column: at.column + 1 };
      const src = String(token.attrGet("src") ?? "");
      const alt = md.renderer.renderInlineAsText(token.children ?? [], md.options, {}).trim();
      const title = token.attrGet("title");
      const { caption, credit } = splitCaption(title === null ? undefined : String(title));
      if (!isSafeImage(src)) {
        diagnostics.push({
          ...where,
          severity: "error",
          ruleId: "image/unsafe-path",
          message: `The picture "${src}" is neither an https URL nor a path below /images/.`,
          hint: src.startsWith("http://")
            ? "Use the https:// address of the picture."
            : "Put the file in content/images/ and write ![What it shows](/images/name.jpg), or use an https:// address.",
        });
        return;
      }
      if (alt === "") {
        diagnostics.push({
          ...where,
          severity: "error",
          ruleId: "image/missing-alt",
          message: `The picture "${src}" has no text alternative.`,
          hint: "Describe what the picture shows between the brackets: ![Delegations outside the venue in Tianjin](…).",
        });
      }
      if (isLocalImage(src) && !credit) {
        diagnostics.push({
          ...where,
          severity: "error",
          ruleId: "image/missing-credit",
          message: `The picture "${src}" has no credit.`,
          hint: 'Name who made it after a "|" in the title: ![…](/images/name.jpg "Caption | Foto: Anna Becker").',
        });
      }
      images.push({
        src,
        alt,
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
        role: "body",
        line: where.line,
        column: where.column,
      });
    });
  }
  return { images, diagnostics };
}

/** 0-based line and column of each unescaped "![" in lines [from, to), in order. */
function imageStarts(lines: readonly string[], from: number, to: number): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i] ?? "";
    for (let at = text.indexOf("!["); at !== -1; at = text.indexOf("![", at + 2)) {
      let slashes = 0;
      while (text[at - 1 - slashes] === "\\") slashes++;
      if (slashes % 2 === 0) out.push({ line: i, column: at });
    }
  }
  return out;
}
