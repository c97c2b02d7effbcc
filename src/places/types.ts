/** Types of the places registry (registry/places.yaml): where summits' host cities lie. */
import type { Localized } from "../registry/index.ts";

/** A city (or resort) with its position, to the hundredth of a degree. */
export interface Place {
  /** kebab-case id: the English name's slug ("rio-de-janeiro"), with "-<country>" added only to tell two apart. */
  readonly id: string;
  readonly name: Localized;
  /** ISO 3166-1 alpha-2 of the country it lies in. */
  readonly country: string;
  /** Degrees north (negative: south) and east (negative: west). */
  readonly lat: number;
  readonly lon: number;
  /** Where the position was checked (optional). */
  readonly sources: readonly string[];
  readonly source: { readonly file: string; readonly line: number };
}

/** Places by id, in id order. */
export type Places = ReadonlyMap<string, Place>;
