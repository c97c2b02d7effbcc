/** Types of the render glue that page data exposes (kept apart so that declarations stay small). */
import type { Dictionary } from "./i18n.ts";

/** The UI strings of one language: every key of i18n.ts, and the plural names of the entity kinds. */
export type UiStrings = Dictionary & {
  readonly countries: string;
  readonly people: string;
  readonly organisations: string;
  readonly summits: string;
};
