/** Offsets in a text as the 1-based line and column editors see. */

/** The line and column of `offset` in `text`; `firstLine` is the file line the text starts on. */
export function positionAt(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
