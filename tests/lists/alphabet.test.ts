import { describe, expect, it } from "vitest";
import { byLetter, initialOf } from "../../src/lists/index.ts";

describe("A–Z lists", () => {
  it("puts umlauts and accents under their base letter and everything else under #, last", () => {
    expect(initialOf("Ägypten")).toBe("Ä".normalize("NFKD").charAt(0));
    expect(initialOf("Élysée")).toBe("E");
    expect(initialOf("7-Staaten")).toBe("#");
    const groups = byLetter(
      ["Österreich", "Oman", "Ägypten", "Albanien", "Zypern", "Ölland", "1990er"],
      (s) => s,
      "de",
    );
    expect(groups.map((g) => [g.letter, g.anchor, g.items])).toEqual([
      ["A", "a", ["Ägypten", "Albanien"]],
      ["O", "o", ["Ölland", "Oman", "Österreich"]],
      ["Z", "z", ["Zypern"]],
      ["#", "other", ["1990er"]],
    ]);
  });
});
