/**
 * Blanks out Markdown syntax whose text is no prose, keeping every offset: fenced and indented code,
 * inline code, link destinations, reference definitions, autolinks, bare URLs, HTML comments and tags.
 * Link text stays: "[Kasachstan](https://x.kz/russland)" yields "Kasachstan" only.
 */

/** The blanking character: the tokenizer treats it as a sentence break, so no name spans a blanked region. */
const BLANK = "\u0000";

/**
 * Each pattern with the literals one of which any match contains: a text without them (most prose) is not
 * searched with the pattern at all (a native substring search is many times faster than the regex engine).
 */
const INLINE_PATTERNS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/<!--[\s\S]*?(?:-->|$)/gu, ["<!--"]],
  [/\]\((?:[^()\n]|\([^()\n]*\))*\)/gu, ["]("]],
  [/<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gu, ["<"]],
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu, ["<"]],
  [/\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gu, ["http", "www."]],
];

/** Returns `md` with the same length, syntax regions replaced by BLANK. */
export function maskMarkdown(md: string): string {
  if (md.length === 0) return md;
  const mask = new Uint8Array(md.length);
  maskBlocks(md, mask);
  maskInlineCode(md, mask);
  for (const [re, literals] of INLINE_PATTERNS) {
    if (!literals.some((l) => md.includes(l))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(md); m !== null; m = re.exec(md)) {
      // Link destinations keep their "](" opener masked too; a zero-length match cannot occur.
      mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  return applyMask(md, mask);
}

/** Fenced code (``` or ~~~), indented code after a blank line, reference definitions "[x]: https://…". */
function maskBlocks(md: string, mask: Uint8Array): void {
  let fence: string | undefined;
  let prevBlank = true;
  let inIndented = false;
  let pos = 0;
  while (pos < md.length) {
    let eol = md.indexOf("\n", pos);
    if (eol < 0) eol = md.length;
    const line = md.slice(pos, eol);
    const blank = line.trim().length === 0;
    if (fence !== undefined) {
      mask.fill(1, pos, eol);
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/gu, "") === "") fence = undefined;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
      if (open?.[1] !== undefined) {
        fence = open[1];
        mask.fill(1, pos, eol);
      } else if (!blank && /^(?: {4}|\t)/u.test(line) && (prevBlank || inIndented)) {
        inIndented = true;
        mask.fill(1, pos, eol);
      } else {
        if (!blank) inIndented = false;
        const ref = /^ {0,3}\[[^\]]+\]:\s*/u.exec(line);
        if (ref !== null) mask.fill(1, pos + ref[0].length, eol);
      }
    }
    prevBlank = blank;
    pos = eol + 1;
  }
}

/** `code` spans: a run of n backticks closes at the next run of exactly n. Linear: one pass over runs. */
function maskInlineCode(md: string, mask: Uint8Array): void {
  const runs: { start: number; len: number }[] = [];
  const re = /`+/gu;
  for (let m = re.exec(md); m !== null; m = re.exec(md)) runs.push({ start: m.index, len: m[0].length });
  // For each run, the index of the next run of the same length.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastByLen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i] as { start: number; len: number };
    nextSame[i] = lastByLen.get(r.len) ?? -1;
    lastByLen.set(r.len, i);
  }
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i] as { start: number; len: number };
    if (mask[open.start] === 1) continue;
    const j = nextSame[i] as number;
    if (j < 0) continue;
    const close = runs[j] as { start: number; len: number };
    mask.fill(1, open.start, close.start + close.len);
    i = j;
  }
}

/** `md` itself when nothing is masked (most prose): no copy, and the tokenizer reads a flat string. */
function applyMask(md: string, mask: Uint8Array): string {
  let i = mask.indexOf(1);
  if (i < 0) return md;
  const parts: string[] = [md.slice(0, i)];
  while (i < md.length) {
    let j = mask.indexOf(0, i);
    if (j < 0) j = md.length;
    parts.push(BLANK.repeat(j - i));
    if (j === md.length) break;
    i = mask.indexOf(1, j);
    if (i < 0) i = md.length;
    parts.push(md.slice(j, i));
  }
  return parts.join("");
}
