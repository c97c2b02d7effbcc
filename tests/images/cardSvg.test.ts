/** The social card's layout: long German headlines wrap and shrink, overlong ones are cut with "…", text is escaped. */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { measure } from "../../src/images/cardFont.ts";
import { cardSvg, layoutHeadline, truncate, wrap } from "../../src/images/cardSvg.ts";

/** Every character half as wide as the font size: layouts a test can reason about. */
const half = (text: string, size: number) => [...text].length * size * 0.5;
const LINE = 1056; // the card's text width

describe("the card's headline", () => {
  it("stays at the largest size when it fits in three lines", () => {
    const { lines, size } = layoutHeadline("Tokajew trifft Xi in Tianjin", half);
    expect(size).toBe(68);
    expect(lines).toEqual(["Tokajew trifft Xi in Tianjin"]);
  });

  it("shrinks for a long headline and keeps every word", () => {
    const headline =
      "Zentralasien und Belarus: Die kleineren Mitglieder melden sich beim Gipfel der Shanghaier Organisation für Zusammenarbeit zu Wort";
    const { lines, size } = layoutHeadline(headline, half);
    expect(size).toBeLessThan(68);
    expect(lines.join(" ")).toBe(headline);
    for (const line of lines) expect(half(line, size)).toBeLessThanOrEqual(LINE);
  });

  it("cuts a headline too long for any size with an ellipsis after a whole word", () => {
    const headline = Array.from({ length: 60 }, (_, i) => `Wort${i}`).join(" ");
    const { lines, size } = layoutHeadline(headline, half);
    expect(size).toBe(46);
    expect(lines.at(-1)).toMatch(/Wort\d+…$/);
    for (const line of lines) expect(half(line, size)).toBeLessThanOrEqual(LINE);
  });

  it("splits a compound wider than the card with a hyphen", () => {
    const lines = wrap(["Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"], 600, (s) =>
      half(s, 68),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith("-"))).toBe(true);
    expect(lines.join("").replaceAll("-", "")).toBe(
      "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
    );
  });

  it("measures with the real font: every line of a long German headline fits the card", () => {
    const { lines, size } = layoutHeadline(
      "Größter SOZ-Gipfel der Geschichte beginnt in Tianjin: Staats- und Regierungschefs aus über zwanzig Ländern erwartet",
      measure,
    );
    for (const line of lines) expect(measure(line, size, 700)).toBeLessThanOrEqual(LINE);
  });
});

describe("truncate", () => {
  it("leaves text that fits alone and cuts the rest at a word", () => {
    expect(truncate("Kurz", 100, (s) => half(s, 10))).toBe("Kurz");
    expect(truncate("Präsident der Republik Kasachstan", 100, (s) => half(s, 10))).toBe("Präsident der…");
  });
});

describe("cardSvg", () => {
  it("escapes hostile text and stays well-formed XML", () => {
    const svg = cardSvg(
      {
        lang: "en",
        headline: `</text><script>alert(1)</script> & "quotes" \u0007`,
        kicker: "<b>kick</b>",
        date: "1 September 2025",
        site: "Summit & Desk",
      },
      half,
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;/text&gt;&lt;script&gt;alert(1)");
    expect(svg).not.toContain("\u0007");
    expect(svg).toContain("&lt;B&gt;KICK&lt;/B&gt;");
  });

  it("writes the kicker in capitals as the card's language has them", () => {
    const svg = cardSvg({ lang: "de", headline: "H", kicker: "Gipfel in Den Haag", site: "S" }, half);
    expect(svg).toContain(">GIPFEL IN DEN HAAG<");
  });
});
