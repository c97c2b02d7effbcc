/** Summit forms: the summit's own names, and its host city as a signal for summit inference. */
import type { Summit } from "../../registry/types.ts";
import { LANGS } from "../../registry/types.ts";
import { addAnyLang, addName, type Lexicons } from "./lexicons.ts";

/** "SCO Summit 2025" tags the summit; "Tianjin", "Tianjins" only count towards inferring it. */
export function addSummit(lex: Lexicons, summit: Summit): void {
  const target = `summit:${summit.id}`;
  for (const lang of LANGS) addName(lex, lang, summit.name[lang], target, "full");
  for (const alias of summit.aliases) addAnyLang(lex, alias, target, "full");
  for (const lang of LANGS) addAnyLang(lex, summit.city[lang], `city:${summit.id}`, "city");
}
