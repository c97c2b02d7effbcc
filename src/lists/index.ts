/** List pages' orderings: A–Z grouped by letter. */
export { byLetter, initialOf, type LetterGroup } from "./alphabet.ts";
