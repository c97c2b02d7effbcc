/**
 * Consistency of the merged registry, each problem located where it was written: references that do not
 * resolve, dates out of order, two holders of one office at once, terms after a person's death, summits outside
 * their year, absences of people who were no leader.
 */
import { closest, type Diagnostic, show } from "../diagnostics/index.ts";
import type { ParsedRegistryFile, RegistryKind } from "../load/index.ts";
import { dayOf } from "./dates.ts";
import { HINTS } from "./entries.ts";
import { leadersAt } from "./participants.ts";
import type { Person, Registry, Summit, Term } from "./types.ts";
import { isZone } from "./zone.ts";

type Path = readonly (string | number)[];

/** Every consistency problem of the registry. */
export function checkRegistry(registry: Registry, files: readonly ParsedRegistryFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An entity's fields are located in the file it was read from (its `source`); the locator of that file.
  const byPath = new Map(files.map((f) => [f.file.path, f]));
  // Located when reported, not before: most places are never reported, and locating one inside a file parsed
  // ahead (src/load/preparsed.ts) parses that file.
  const at = (source: { file: string } | undefined, id: string, path: Path) => {
    const file = source === undefined ? undefined : byPath.get(source.file);
    if (file === undefined) return { file: source?.file ?? "registry", line: 0, column: 0 };
    let place: { line: number; column: number } | undefined;
    const locate = () => {
      place ??= file.locate([id, ...path]);
      return place;
    };
    return {
      file: file.file.path,
      get line() {
        return locate().line;
      },
      get column() {
        return locate().column;
      },
    };
  };
  const report = (
    where: { file: string; line: number; column: number },
    ruleId: string,
    message: string,
    hint: string,
  ) => out.push({ ...where, severity: "error", ruleId, message, hint });
  const dangling = (
    where: { file: string; line: number; column: number },
    what: string,
    ref: string,
    kind: RegistryKind,
    known: Iterable<string>,
  ) => {
    const suggestion = closest(ref, known);
    report(
      where,
      "registry/dangling-ref",
      `${what} "${show(ref)}" is not in the registry.`,
      suggestion ? `Did you mean "${suggestion}"?` : `Add it to ${kind} in the registry, or correct the id.`,
    );
  };
  const countryRef = (where: { file: string; line: number; column: number }, what: string, code: string) => {
    if (registry.countries.has(code)) return;
    report(
      where,
      "registry/dangling-ref",
      `${what} "${show(code)}" is not an ISO 3166-1 country code.`,
      HINTS.country as string,
    );
  };

  // Offices: whose they are, and one leading office per state.
  const leading = new Map<string, string>();
  for (const office of registry.offices.values()) {
    const where = at(office.source, office.id, ["of"]);
    if (office.of.type === "country") countryRef(where, "Country", office.of.id);
    else if (!registry.organisations.has(office.of.id))
      dangling(where, "Organisation", office.of.id, "organisations", registry.organisations.keys());
    // Limited leads (`leads: [{ from, to, organisations, except }]`) hand over between offices: not checked here.
    if (office.leads && office.leadsWhen === undefined && office.of.type === "country") {
      const other = leading.get(office.of.id);
      if (other !== undefined)
        report(
          at(office.source, office.id, ["leads"]),
          "registry/invalid-field",
          `Both "${other}" and "${office.id}" lead ${office.of.id} at summits.`,
          "Exactly one office per state has `leads: true`: the one whose holder sits at the table of leaders' summits.",
        );
      else leading.set(office.of.id, office.id);
    }
  }

  // People: their country, and each term against the office, the other dates of the term and of the person.
  for (const person of registry.people.values()) {
    if (person.country) countryRef(at(person.source, person.id, ["country"]), "Country", person.country);
    if (person.born && person.died && person.died.hi < person.born.lo)
      report(
        at(person.source, person.id, ["died"]),
        "registry/date-order",
        `${person.id} died (${person.died.text}) before being born (${person.born.text}).`,
        "Correct one of the dates.",
      );
    person.offices.forEach((term, i) => {
      const where = (field: string) => at(person.source, person.id, ["offices", i, field]);
      if (!registry.offices.has(term.office))
        dangling(where("office"), "Office", term.office, "offices", registry.offices.keys());
      if (term.from && term.to && term.to.hi < term.from.lo)
        report(
          where("to"),
          "registry/date-order",
          `The term in ${term.office} ends (${term.to.text}) before it starts (${term.from.text}).`,
          "Swap the dates or correct the typo.",
        );
      if (person.died) {
        const died = person.died;
        if (term.from && term.from.lo > died.hi)
          report(
            where("from"),
            "registry/after-death",
            `${person.id} holds ${term.office} from ${term.from.text}, after dying on ${died.text}.`,
            "Correct the term's dates or the date of death.",
          );
        else if (term.to === undefined)
          report(
            at(person.source, person.id, ["offices", i]),
            "registry/after-death",
            `${person.id} died on ${died.text} but is still in office as ${term.office} (no \`to:\`).`,
            `Give the term its end: \`to: "${died.text}"\` at the latest.`,
          );
        else if (term.to.lo > died.hi)
          report(
            where("to"),
            "registry/after-death",
            `${person.id} holds ${term.office} until ${term.to.text}, after dying on ${died.text}.`,
            "A term ends on the day of death at the latest.",
          );
      }
      if (person.born && term.from && term.from.hi < person.born.lo)
        report(
          where("from"),
          "registry/date-order",
          `${person.id} holds ${term.office} from ${term.from.text}, before being born (${person.born.text}).`,
          "Correct the term's dates or the date of birth.",
        );
    });
  }
  for (const d of overlappingTerms(registry, at)) out.push(d);

  // Organisations: the bodies they refer to, their members and the members' dates.
  for (const org of registry.organisations.values()) {
    for (const field of ["parent", "membersOf"] as const) {
      const ref = org[field];
      if (ref !== undefined && !registry.organisations.has(ref))
        dangling(
          at(org.source, org.id, [field]),
          "Organisation",
          ref,
          "organisations",
          registry.organisations.keys(),
        );
    }
    if (org.membersOf !== undefined && org.members.length > 0)
      report(
        at(org.source, org.id, ["membersOf"]),
        "registry/invalid-field",
        `${org.id} has both \`members\` and \`membersOf\`.`,
        "A body takes its members from another organisation (`membersOf`) or lists its own (`members`), not both.",
      );
    org.members.forEach((m, i) => {
      const where = at(org.source, org.id, ["members", i]);
      if (m.type === "country") countryRef(where, "Member", m.id);
      else if (!registry.organisations.has(m.id))
        dangling(where, "Member organisation", m.id, "organisations", registry.organisations.keys());
      if (m.from && m.to && m.to.hi < m.from.lo)
        report(
          at(org.source, org.id, ["members", i, "to"]),
          "registry/date-order",
          `${m.id} leaves ${org.id} (${m.to.text}) before joining (${m.from.text}).`,
          "Swap the dates or correct the typo.",
        );
    });
  }

  for (const summit of registry.summits.values())
    for (const d of checkSummit(registry, summit, at)) out.push(d);
  return out;
}

type At = (
  source: { file: string } | undefined,
  id: string,
  path: Path,
) => { file: string; line: number; column: number };

function checkSummit(registry: Registry, s: Summit, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const where = (...path: Path) => at(s.source, s.id, path);
  const report = (w: ReturnType<At>, ruleId: string, message: string, hint: string) =>
    out.push({ ...w, severity: "error", ruleId, message, hint });
  if (!registry.countries.has(s.country))
    report(
      where("country"),
      "registry/dangling-ref",
      `Host country "${show(s.country)}" is not an ISO 3166-1 country code.`,
      HINTS.country as string,
    );
  if (!registry.organisations.has(s.organisation)) {
    const suggestion = closest(s.organisation, registry.organisations.keys());
    report(
      where("organisation"),
      "registry/dangling-ref",
      `Summit "${s.id}" names the organisation "${show(s.organisation)}", which is not in the registry.`,
      suggestion
        ? `Did you mean "${suggestion}"?`
        : "Add the organisation to the registry's organisations or correct the id.",
    );
  }
  if (!isZone(s.timeZone))
    report(
      where("timeZone"),
      "registry/invalid-field",
      `"${show(s.timeZone)}" is not a time zone.`,
      HINTS.timeZone as string,
    );
  const start = dayOf(s.start);
  const end = dayOf(s.end);
  if (start === undefined || end === undefined) {
    report(
      where(start === undefined ? "start" : "end"),
      "registry/invalid-date",
      `Summit "${s.id}" has a day that does not exist (${start === undefined ? s.start : s.end}).`,
      "Check the day and month.",
    );
    return out;
  }
  if (end < start)
    report(
      where("end"),
      "registry/date-order",
      `Summit "${s.id}" ends (${s.end}) before it starts (${s.start}).`,
      "Swap the dates or correct the typo.",
    );
  if (Number(s.start.slice(0, 4)) !== s.year)
    report(
      where("year"),
      "registry/summit-year",
      `Summit "${s.id}" is of the year ${s.year} but starts on ${s.start}.`,
      "The year is the year of the first day; correct one of them.",
    );
  const attendance = s.attendance;
  if (attendance === undefined) return out;
  const leaders = new Set(leadersAt(registry, s).map((l) => l.person.id));
  attendance.absent.forEach((a, i) => {
    if (!registry.people.has(a.person))
      report(
        where("attendance", "absent", i, "person"),
        "registry/dangling-ref",
        `Person "${show(a.person)}" is not in the registry.`,
        suggest(a.person, registry),
      );
    else if (!leaders.has(a.person))
      report(
        where("attendance", "absent", i, "person"),
        "registry/not-a-leader",
        `${a.person} did not lead a member of ${s.organisation} on ${s.start}, so cannot be absent from "${s.id}".`,
        "List as absent only holders of a member's leading office (`leads: true`) that day; check the person's terms and the organisation's members.",
      );
    if (a.representedBy !== undefined && !registry.people.has(a.representedBy))
      report(
        where("attendance", "absent", i, "representedBy"),
        "registry/dangling-ref",
        `Person "${show(a.representedBy)}" is not in the registry.`,
        suggest(a.representedBy, registry),
      );
  });
  attendance.guests.forEach((g, i) => {
    if (!registry.people.has(g))
      report(
        where("attendance", "guests", i),
        "registry/dangling-ref",
        `Person "${show(g)}" is not in the registry.`,
        suggest(g, registry),
      );
  });
  return out;
}

function suggest(id: string, registry: Registry): string {
  const suggestion = closest(id, registry.people.keys());
  return suggestion
    ? `Did you mean "${suggestion}"?`
    : "Add the person to the registry's people, or correct the id.";
}

/**
 * Two regular (non-acting) holders of one office at once: each term must end (`to`) on or before the day the
 * next one starts. Only certain overlaps count: a term ending "2019-03" and one starting "2019-03-20" may touch.
 */
function overlappingTerms(registry: Registry, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byOffice = new Map<string, { person: Person; term: Term }[]>();
  for (const person of registry.people.values())
    for (const term of person.offices) {
      if (term.acting) continue;
      const list = byOffice.get(term.office);
      if (list) list.push({ person, term });
      else byOffice.set(term.office, [{ person, term }]);
    }
  for (const [office, list] of byOffice) {
    list.sort((a, b) => (a.term.from?.lo ?? -Infinity) - (b.term.from?.lo ?? -Infinity));
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1] as { person: Person; term: Term };
      const next = list[k] as { person: Person; term: Term };
      if (next.term.from === undefined) continue;
      const overlap = prev.term.to === undefined || next.term.from.hi < prev.term.to.lo;
      if (!overlap) continue;
      out.push({
        ...at(next.person.source, next.person.id, [
          "offices",
          next.person.offices.indexOf(next.term),
          "from",
        ]),
        severity: "error",
        ruleId: "registry/overlapping-terms",
        message: `${office} has two holders at once: ${next.person.id} from ${next.term.from.text}, while ${prev.person.id} holds it ${span(prev.term)}.`,
        hint: "Terms of one office follow each other: give the earlier term its `to:` date (the successor's `from:` or before), or mark an interim holder `acting: true`.",
      });
    }
  }
  return out;
}

function span(term: Term): string {
  const from = term.from?.text ?? "…";
  return term.to === undefined ? `since ${from} (no \`to:\`)` : `from ${from} to ${term.to.text}`;
}
