/** Tagger options and their defaults. */
import type { TagOptions } from "./types.ts";

/** Defaults: an article up to a week before or after a summit counts as its coverage. */
export const defaultTagOptions = {
  summitDaysBefore: 7,
  summitDaysAfter: 7,
} as const satisfies TagOptions;

/** Mentions that make an entity "main" without front matter, title or summary. */
export const MAIN_MENTION_THRESHOLD = 3;

/** Merges partial options over the defaults; a non-finite or negative number falls back to the default. */
export function resolveTagOptions(options: Partial<TagOptions> | undefined): TagOptions {
  const pick = (value: number | undefined, fallback: number): number =>
    typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
  return {
    summitDaysBefore: pick(options?.summitDaysBefore, defaultTagOptions.summitDaysBefore),
    summitDaysAfter: pick(options?.summitDaysAfter, defaultTagOptions.summitDaysAfter),
  };
}
