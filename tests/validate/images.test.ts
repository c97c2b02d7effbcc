/** Pictures as written: lead image fields and `![alt](src "Caption | Credit")` in the body, checked before any file is read. */
import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/load/index.ts";
import { splitCaption, validateArticle } from "../../src/validate/index.ts";

const FILE = "content/articles/2025/bilder.md";
const ctx = { timeZone: "Europe/Berlin", defaultLang: "de" } as const;

function validate(front: string, body = "Text.") {
  const parsed = parseArticleFile({
    path: FILE,
    text: `---\ntitle: Bilder\ndate: 2025-08-31\n${front}---\n${body}\n`,
  });
  if (!parsed.value) throw new Error(JSON.stringify(parsed.diagnostics));
  return validateArticle(parsed.value, ctx);
}

const found = (r: ReturnType<typeof validate>) =>
  r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);

describe("the lead image", () => {
  it("keeps alt, caption and credit and where src is written", () => {
    const r = validate(
      'image:\n  src: /images/tianjin.jpg\n  alt: "Delegationen in Tianjin"\n  caption: Vor dem Tagungszentrum.\n  credit: "Foto: Anna Becker"\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.image).toEqual({
      src: "/images/tianjin.jpg",
      alt: "Delegationen in Tianjin",
      caption: "Vor dem Tagungszentrum.",
      credit: "Foto: Anna Becker",
      role: "lead",
      line: 5,
      column: 8,
    });
  });

  it("needs a credit for a file from content/images/, not for an https picture", () => {
    expect(found(validate("image: { src: /images/a.jpg, alt: A }\n"))).toEqual([
      `${FILE}:4:1 image/missing-credit`,
    ]);
    expect(found(validate("image: { src: 'https://example.org/a.jpg', alt: A }\n"))).toEqual([]);
  });

  it("refuses an empty alt (also one of spaces) at its line", () => {
    const r = validate("image:\n  src: /images/a.jpg\n  alt: '  '\n  credit: X\n");
    expect(found(r)).toEqual([`${FILE}:6:8 frontmatter/invalid-field`]);
    expect(r.diagnostics[0]?.message).toContain("must describe the image");
  });

  it("takes width and height for https pictures and refuses them for local files", () => {
    const remote = validate(
      "image: { src: 'https://example.org/a.jpg', alt: A, width: 1600, height: 900 }\n",
    );
    expect(remote.value?.image).toMatchObject({ width: 1600, height: 900 });
    expect(found(validate("image: { src: /images/a.jpg, alt: A, credit: X, width: 1600 }\n"))).toEqual([
      `${FILE}:4:56 frontmatter/invalid-field`,
    ]);
  });

  it("names the fields it knows when one is misspelt", () => {
    const r = validate("image: { src: /images/a.jpg, alt: A, credits: X }\n");
    expect(r.diagnostics.find((d) => d.ruleId === "frontmatter/unknown-field")?.hint).toBe(
      'Did you mean "credit"?',
    );
  });
});

describe("pictures in the body", () => {
  it("finds each picture with its caption, credit and file position", () => {
    const body = [
      "Erster Absatz.",
      "",
      '![Karte der Mitglieder](/images/karte.png "Die zehn Mitglieder. | Grafik: summitdesk")',
      "",
      'Text mit \\![keinem Bild] und ![zweites Bild](https://example.org/b.jpg "Nur Titel") darin.',
    ].join("\n");
    const r = validate("", body);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.bodyImages).toEqual([
      {
        src: "/images/karte.png",
        alt: "Karte der Mitglieder",
        caption: "Die zehn Mitglieder.",
        credit: "Grafik: summitdesk",
        role: "body",
        line: 7,
        column: 1,
      },
      {
        src: "https://example.org/b.jpg",
        alt: "zweites Bild",
        caption: "Nur Titel",
        role: "body",
        line: 9,
        column: 30,
      },
    ]);
  });

  it("reports a missing alt, a missing credit and a path outside /images/, each where it is written", () => {
    const body = [
      '![](/images/a.jpg "Caption | Foto: X")',
      "",
      "Text ![Alt](/images/b.jpg)",
      "",
      '![Alt](../secret.jpg "x | y") ![Alt](http://example.org/c.jpg)',
    ].join("\n");
    const r = validate("", body);
    expect(found(r)).toEqual([
      `${FILE}:5:1 image/missing-alt`,
      `${FILE}:7:6 image/missing-credit`,
      `${FILE}:9:1 image/unsafe-path`,
      `${FILE}:9:31 image/unsafe-path`,
    ]);
    expect(r.diagnostics.find((d) => d.column === 31)?.hint).toBe("Use the https:// address of the picture.");
  });

  it("leaves images with a refused scheme to the renderer, which shows them as text", () => {
    expect(found(validate("", "![x](javascript:alert(1)) ![y](data:image/png;base64,AA)"))).toEqual([]);
  });
});

describe("splitCaption", () => {
  it("splits at the last bar and drops empty parts", () => {
    expect(splitCaption("Caption | Foto: A | B")).toEqual({ caption: "Caption | Foto: A", credit: "B" });
    expect(splitCaption(" | Foto: A")).toEqual({ credit: "Foto: A" });
    expect(splitCaption("Only caption")).toEqual({ caption: "Only caption" });
    expect(splitCaption(undefined)).toEqual({});
  });
});
