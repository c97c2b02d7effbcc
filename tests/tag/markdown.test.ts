import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import { maskMarkdown } from "../../src/tag/mask-markdown.ts";
import { article, keysIn, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const en = (text: string) => keysIn(tagger, "en", text);

describe("Markdown syntax is skipped, prose is kept", () => {
  it("keeps the length of the text", () => {
    const md = "A `b` [c](http://d) <!-- e --> <f g='h'>";
    expect(maskMarkdown(md)).toHaveLength(md.length);
  });
  it("skips fenced and indented code", () => {
    expect(en("Text.\n\n```\nRussia\n```\n\n~~~js\nChina\n~~~\n")).toEqual([]);
    expect(en("Text.\n\n    Russia in code\n\nIran in prose.")).toEqual(["country:IR"]);
  });
  it("skips inline code, with longer backtick runs too", () => {
    expect(en("The `Iran` variable and ``China ` code`` here.")).toEqual([]);
    expect(en("An unclosed ` backtick before Iran.")).toEqual(["country:IR"]);
  });
  it("counts link text, not link destinations or titles", () => {
    expect(
      en('[Kyrgyzstan](https://x.example/kazakhstan "Russia") and [ref][1]\n\n[1]: https://china.example'),
    ).toEqual(["country:KG"]);
  });
  it("skips autolinks, bare URLs, HTML comments and tag attributes", () => {
    expect(en("See <https://russia.example> or https://www.china.example/iran now.")).toEqual([]);
    expect(en('<!-- Turkmenistan --> <span title="Oman">Chad</span>')).toEqual(["country:TD"]);
    expect(en("An unclosed <!-- comment about Iran")).toEqual([]);
  });
  it("keeps mention offsets pointing into the original body", () => {
    const body = "`x` [Kyrgyzstan](http://y) **Iran**";
    for (const e of tagger.tag(article("en", { body })).entities) {
      for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.surface);
    }
  });
});
