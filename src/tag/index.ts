/** The entity tagger: finds countries, people, organisations and summits in articles. See README.md. */

export { surnameOf } from "./build/people.ts";
export { compileTagger, type LexiconStore } from "./compile.ts";
export { type Lexicon, type LexiconData, lexiconData, lexiconFromData } from "./lexicon.ts";
export { maskMarkdown } from "./mask-markdown.ts";
export { defaultTagOptions } from "./options.ts";
export type {
  Field,
  Meeting,
  Mention,
  Salience,
  TaggedEntity,
  Tagger,
  TagInput,
  TagOptions,
  TagResult,
  TextMatch,
} from "./types.ts";
