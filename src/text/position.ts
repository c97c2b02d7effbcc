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

/**
 * Positions of many offsets in one text: the line starts are found once, each lookup is a binary search.
 * positionAt reads the text from the start on every call, which is quadratic over thousands of offsets.
 */
export function lineLocator(
  text: string,
  firstLine = 1,
): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = starts[lo - 1] ?? 0;
    return { line: firstLine + lo - 1, column: offset - lineStart + 1 };
  };
}
