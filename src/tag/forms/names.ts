/** Turns ISO-style names into the forms news text uses. */

/**
 * "Syrien, Arabische Republik" → "Arabische Republik Syrien"; "The Gambia" → also "Gambia";
 * "Holy See (Vatican City State)" → "Holy See", "Vatican City State"; "Netherlands (Kingdom of the)" → "Netherlands".
 * The part before a comma alone is not used ("Korea, Republic of" must not make "Korea" South Korea).
 */
export function cleanName(name: string): string[] {
  const out = new Set<string>();
  let base = name.trim();
  // Found with indexOf, not a pattern like /^(.*?)\s*\((.*)\)/: those backtrack polynomially on long names.
  const open = base.indexOf("(");
  const close = open < 0 ? -1 : base.indexOf(")", open);
  if (close >= 0) {
    const inner = base.slice(open + 1, close);
    base = `${base.slice(0, open).trimEnd()} ${base.slice(close + 1).trimStart()}`.trim();
    if (inner.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) out.add(inner);
  }
  const comma = base.indexOf(",");
  const tail = comma > 0 ? base.slice(comma + 1).trimStart() : "";
  if (tail !== "") base = `${tail} ${base.slice(0, comma)}`;
  out.add(base);
  if (/^(?:The|the)\s/u.test(base)) out.add(base.slice(4));
  return [...out].filter((n) => n.length > 0);
}
