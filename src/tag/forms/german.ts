/** German inflection of names, adjectives and demonym nouns, derived by rule so editors list base forms only. */

/** Adjective endings: "kasachisch" → "kasachische", "kasachischen", "kasachischer"… */
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"] as const;
/** An inflected adjective in a name: root ending in -isch, -lich, -ig, -al, -iv, -t, -är, -ar + ending. */
const NAME_ADJECTIVE = /^(.{3,}?(?:isch|lich|ig|al|iv|t|är|ar))(e|en|er|es|em)$/u;
/** Cap on variants of one name, so a long official name cannot explode combinatorially. */
const MAX_VARIANTS = 64;

/** Every inflected form of an adjective stem: "die kasachische Regierung", "des russischen Präsidenten". */
export function adjectiveForms(stem: string): string[] {
  return ADJECTIVE_ENDINGS.map((ending) => stem + ending);
}

/**
 * Forms of a demonym noun: "Kasache" → Kasachen, Kasachin, Kasachinnen; "Amerikaner" → Amerikanern, Amerikanerin.
 * Over-generation ("Saudin") is harmless: such words never occur.
 */
export function nounForms(noun: string): string[] {
  if (noun.endsWith("e")) {
    const root = noun.slice(0, -1);
    return [noun, `${noun}n`, `${root}in`, `${root}innen`];
  }
  if (noun.endsWith("er")) return [noun, `${noun}n`, `${noun}s`, `${noun}in`, `${noun}innen`];
  return [noun, `${noun}n`, `${noun}en`, `${noun}s`, `${noun}in`, `${noun}innen`];
}

/**
 * Inflected forms of a multi-word name: adjectives take every ending, all the same one as German grammar
 * wants ("der Europäischen Union", "den Vereinigten Staaten", "des Obersten Eurasischen Wirtschaftsrates"), the
 * last word a genitive -s/-es ("Kasachstans", "des Vereinigten Königreichs") or a dative plural -n ("in den
 * Niederlanden").
 */
export function nameForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const inner = words.slice(0, -1);
  const last = words[words.length - 1] as string;
  const roots = inner.map((w) => {
    const m = NAME_ADJECTIVE.exec(w);
    return m === null || m[1] === undefined ? undefined : m[1];
  });
  const hasAdjective = roots.some((r) => r !== undefined);
  const endings = hasAdjective ? ADJECTIVE_ENDINGS.filter((e) => e !== "") : [""];
  const out = new Set<string>([name]);
  for (const ending of endings) {
    const prefix = inner.map((w, i) => (roots[i] === undefined ? w : `${roots[i]}${ending}`));
    for (const form of lastWordForms(last)) {
      out.add([...prefix, form].join(" "));
      if (out.size >= MAX_VARIANTS) return [...out];
    }
  }
  return [...out];
}

/**
 * "Russland" → Russlands; "Niederlande" → Niederlanden; "Europäischer Rat" → "des Europäischen Rates";
 * "Laos" stays; acronyms stay ("der EU").
 */
function lastWordForms(word: string): string[] {
  if (word === word.toUpperCase()) return [word];
  const forms = [word];
  if (!/[sßxz]$/u.test(word)) forms.push(`${word}s`);
  if (/[td]$/u.test(word) && /^\p{Lu}/u.test(word)) forms.push(`${word}es`);
  if (word.endsWith("e")) forms.push(`${word}n`);
  return forms;
}
