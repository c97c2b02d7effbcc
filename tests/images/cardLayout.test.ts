/** The social card's layout (read through its SVG form): long German headlines wrap and shrink, overlong ones are cut with "…", text is escaped. */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { measure, typesetter } from "../../src/images/cardFont.ts";
import {
  type CardScene,
  cardScene,
  layoutHeadline,
  type Typesetter,
  truncate,
  wrap,
} from "../../src/images/cardLayout.ts";
import { cardSvg as svgOfScene } from "../../src/images/cardSvg.ts";
import type { CardText } from "../../src/images/types.ts";

/** Every character half as wide as the font size: layouts a test can reason about. */
const half = (text: string, size: number) => [...text].length * size * 0.5;
const LINE = 1056; // the card's text width
/** The same, as a typesetter whose glyphs are named after their characters. */
const halves: Typesetter = {
  measure: half,
  unitsPerEm: 1000,
  place: (text, size) => [...text].map((c, i) => ({ id: `c${c.codePointAt(0)}`, x: i * size * 0.5 })),
  outline: (id) => (id === "c32" ? "" : "M0 0h500v-700h-500z"),
  bounds: (id) => (id === "c32" ? undefined : { x1: 0, y1: -700, x2: 500, y2: 0 }),
};

/** The card's scene as SVG: what a reader of a failing test can look at. */
function cardSvg(text: CardText, type: Typesetter): string {
  const scene: CardScene = cardScene(text, type);
  return svgOfScene(scene, type);
}

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
  it("draws text as glyph outlines: hostile text never reaches the SVG, which stays well-formed", () => {
    const svg = cardSvg(
      {
        lang: "en",
        headline: `</text><script>alert(1)</script> & "quotes" \u0007`,
        kicker: "<b>kick</b>",
        date: "1 September 2025",
        site: "Summit & Desk",
      },
      halves,
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<text|script|alert|quotes|kick/i);
    // "<" as a glyph, placed with <use>: the kicker's first character.
    expect(svg).toContain(`<use href="#c${"<".codePointAt(0)}"`);
  });

  it("defines each glyph once and places the site name flush right", () => {
    const svg = cardSvg({ lang: "en", headline: "aaa", kicker: "k", site: "Site" }, halves);
    expect(svg.match(/<path id="c97"/g)).toHaveLength(1);
    // "Site" at 30 px is 60 px wide in this typesetter: it starts 72 + 60 px from the right edge.
    expect(svg).toContain('<use href="#c83" transform="translate(1068 596) scale(0.03)"/>');
  });

  it("draws with the real font: every glyph used has an outline", () => {
    const svg = cardSvg(
      {
        lang: "de",
        headline: "Größter SOZ-Gipfel",
        kicker: "Gipfel",
        date: "1. September 2025",
        site: "Gipfeldienst",
      },
      typesetter,
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    const used = new Set([...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...svg.matchAll(/<path id="([^"]+)" d="M/g)].map((m) => m[1]));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  });

  it("writes the kicker in capitals as the card's language has them", () => {
    const placed: string[] = [];
    const spy: Typesetter = {
      ...halves,
      place: (text, ...rest) => {
        placed.push(text);
        return halves.place(text, ...rest);
      },
    };
    cardSvg({ lang: "de", headline: "H", kicker: "Gipfel in Den Haag", site: "S" }, spy);
    expect(placed[0]).toBe("GIPFEL IN DEN HAAG");
  });
});
