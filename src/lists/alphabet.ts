/**
 * A–Z lists grouped by initial letter, as readers of each language expect: umlauts and accents under their base
 * letter (Ägypten under A, Élysée under E), anything not A–Z under "#". Each group has an anchor for the letter bar.
 */
import type { Lang } from "../registry/index.ts";
import { compareNames } from "../stats/index.ts";

export interface LetterGroup<T> {
  /** "A"…"Z" or "#". */
  readonly letter: string;
  /** Fragment id for the letter bar: "a"…"z", "other". */
  readonly anchor: string;
  readonly items: readonly T[];
}

/** The initial of a name folded to A–Z, or "#". */
export function initialOf(name: string): string {
  const first = name.trim().normalize("NFKD").replace(/\p{M}/gu, "").charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

/** Sorts items by name in the language's collation and groups them by initial; "#" comes last. */
export function byLetter<T>(items: readonly T[], nameOf: (item: T) => string, lang: Lang): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b), lang));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = initialOf(nameOf(item));
    const group = groups.get(letter) ?? [];
    group.push(item);
    groups.set(letter, group);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : 1))
    .map((letter) => ({
      letter,
      anchor: letter === "#" ? "other" : letter.toLowerCase(),
      items: groups.get(letter) ?? [],
    }));
}
