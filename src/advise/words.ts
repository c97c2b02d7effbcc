/**
 * The words of a text with what separates them, in one linear pass. The name heuristics in unknownNames.ts
 * look at a few neighbouring words at a time, so no pattern ever scans a whitespace run more than once: the
 * regular expressions they replace looked behind over `\s+` from every position and took minutes on an
 * article with a megabyte of blank space.
 */

/** A word: a maximal run of letters, marks, digits, apostrophes and hyphens. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What separates it from the previous word: whitespace only, a comma or full stop then whitespace, or else. */
  readonly gap: "space" | "comma" | "dot" | "other";
  /** The character just before the whitespace in front of this word ("" when no whitespace precedes it). */
  readonly lead: string;
}

const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;

/** Every word of `text`, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    // The whitespace at the end of the gap: each gap is read once, so the whole pass stays linear.
    let spaceFrom = start;
    while (spaceFrom > previousEnd && isSpace(text.charCodeAt(spaceFrom - 1))) spaceFrom--;
    const spaced = spaceFrom < start && previousEnd > 0;
    const mark = spaceFrom === previousEnd + 1 ? text[previousEnd] : undefined;
    const gap =
      spaced && spaceFrom === previousEnd
        ? "space"
        : spaced && mark === ","
          ? "comma"
          : spaced && mark === "."
            ? "dot"
            : "other";
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      gap,
      lead: spaceFrom < start ? (text[spaceFrom - 1] ?? "") : "",
    });
    previousEnd = start + m[0].length;
  }
  return out;
}

/** Whitespace as `\s` in a regular expression defines it. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
