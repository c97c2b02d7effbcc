/** Adjectives and demonyms per country, parsed once from the hand-written table in demonyms-table.ts. */
import { DEMONYM_TABLE } from "./demonyms-table.ts";

/** The demonym data of one country. */
export interface Demonyms {
  /** German adjective stems without ending: "kasachisch". */
  readonly deAdjectives: readonly string[];
  /** German demonym nouns, masculine singular: "Kasache". */
  readonly deNouns: readonly string[];
  /** English adjectives and demonyms: "Kazakh", "Kazakhstani". */
  readonly en: readonly string[];
}

function list(field: string | undefined): string[] {
  return (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Demonyms keyed by ISO alpha-2 code. */
export const DEMONYMS: ReadonlyMap<string, Demonyms> = new Map(
  DEMONYM_TABLE.split("\n")
    .filter((line) => line.includes("|"))
    .map((line): [string, Demonyms] => {
      const [code = "", de, nouns, en] = line.split("|");
      return [code.trim(), { deAdjectives: list(de), deNouns: list(nouns), en: list(en) }];
    }),
);
