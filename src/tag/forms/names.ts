/** Turns ISO-style names into the forms news text uses. */

/**
 * "Syrien, Arabische Republik" → "Arabische Republik Syrien"; "The Gambia" → also "Gambia";
 * "Holy See (Vatican City State)" → "Holy See", "Vatican City State"; "Netherlands (Kingdom of the)" → "Netherlands".
 * The part before a comma alone is not used ("Korea, Republic of" must not make "Korea" South Korea).
 */
export function cleanName(name: string): string[] {
  const out = new Set<string>();
  let base = name.trim();
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/u.exec(base);
  if (paren !== null) {
    const [, before = "", inner = "", after = ""] = paren;
    base = `${before} ${after}`.trim();
    if (inner.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) out.add(inner);
  }
  const comma = /^([^,]+),\s*(.+)$/u.exec(base);
  if (comma !== null) {
    const [, head = "", tail = ""] = comma;
    base = `${tail} ${head}`;
  }
  out.add(base);
  if (/^(?:The|the)\s/u.test(base)) out.add(base.slice(4));
  return [...out].filter((n) => n.length > 0);
}
