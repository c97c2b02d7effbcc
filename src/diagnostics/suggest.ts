/** "Did you mean …" suggestions for misspelt names, keys and ids. */
import { distance } from "fastest-levenshtein";

/** Normalises a name for fuzzy comparison: case and accents do not count as typos. */
function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Returns the closest candidate to `input`, or undefined when none is close enough.
 * "Close" allows about one typo per four characters, so "Tokayew" finds "Tokayev" but "Merkel" finds nothing in a list of presidents.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = fold(input);
  const budget = Math.max(1, Math.floor(needle.length / 4));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(needle, fold(candidate));
    // Ties go to the alphabetically first candidate, so suggestions are deterministic.
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= budget ? best : undefined;
}
