/**
 * A summit's participants, derived from data (docs/registry-format.md): for every member at the first day, the
 * holders of its leading offices that day, minus the registered absences (with who came instead), plus the
 * registered guests. Only for a summit whose attendance was checked; otherwise nobody is stated to have attended.
 */
import { dayOf } from "./dates.ts";
import { holderOn, leadingOfficesOf, leadsAt, membersOn, officesOf } from "./timeline.ts";
import type { Membership, Person, Registry, Summit } from "./types.ts";

/** One person at (or, for an absence, expected at) a summit. */
export interface Participant {
  readonly person: Person;
  /** leader: holds a member's leading office; representative: came in a leader's place; guest: invited. */
  readonly role: "leader" | "representative" | "guest";
  /** present in person; remote: by video; absent: did not take part. */
  readonly status: "present" | "remote" | "absent";
  /** The member (state or organisation) a leader or representative stood for. */
  readonly member?: Membership;
  /** For a leader who was absent or remote: who attended in their place. */
  readonly representedBy?: Person;
  /** For a representative: the leader they stood in for. */
  readonly represents?: Person;
}

/** What the registry says about who took part in a summit. */
export interface SummitFacts {
  /** True when the summit's attendance was checked: only then are people stated as participants. */
  readonly checked: boolean;
  /** Members on the summit's first day (states and organisations). */
  readonly members: readonly Membership[];
  /** Leaders, representatives and guests; empty when not checked. */
  readonly participants: readonly Participant[];
}

/**
 * The leaders of a summit on its first day, each with whom they lead for: the holder of each member state's leading
 * office; the leading officers of each member organisation (the EU's two presidents at the G7); and the summit
 * body's own (NATO's secretary general, the European Council's president, the EU's for a European Council).
 */
export function leadersAt(registry: Registry, summit: Summit): { person: Person; member: Membership }[] {
  const day = dayOf(summit.start);
  if (day === undefined) return [];
  const out: { person: Person; member: Membership }[] = [];
  const add = (officeIds: readonly string[], member: Membership) => {
    for (const id of officeIds) {
      const person = holderOn(registry, id, day);
      if (person !== undefined && !out.some((l) => l.person.id === person.id)) out.push({ person, member });
    }
  };
  for (const member of membersOn(registry, summit.organisation, day)) {
    const offices =
      member.type === "country"
        ? officesOf(registry, member.id).filter(
            (o) => o.of.type === "country" && leadsAt(o, summit.organisation, day),
          )
        : leadingOfficesOf(registry, member.id);
    add(
      offices.map((o) => o.id),
      member,
    );
  }
  const body = registry.organisations.get(summit.organisation);
  for (const org of [summit.organisation, body?.membersOf]) {
    if (org === undefined) continue;
    add(
      leadingOfficesOf(registry, org).map((o) => o.id),
      { type: "organisation", id: org },
    );
  }
  return out;
}

/** The facts of one summit. */
export function summitFacts(registry: Registry, summit: Summit): SummitFacts {
  const day = dayOf(summit.start);
  const members = day === undefined ? [] : membersOn(registry, summit.organisation, day);
  const attendance = summit.attendance;
  if (attendance === undefined) return { checked: false, members, participants: [] };
  const participants: Participant[] = [];
  const seen = new Set<string>();
  const add = (p: Participant) => {
    if (seen.has(p.person.id)) return;
    seen.add(p.person.id);
    participants.push(p);
  };
  for (const { person, member } of leadersAt(registry, summit)) {
    const absence = attendance.absent.find((a) => a.person === person.id);
    const substitute =
      absence?.representedBy === undefined ? undefined : registry.people.get(absence.representedBy);
    add({
      person,
      role: "leader",
      status: absence === undefined ? "present" : absence.remote ? "remote" : "absent",
      member,
      ...(substitute ? { representedBy: substitute } : {}),
    });
    if (substitute)
      add({ person: substitute, role: "representative", status: "present", member, represents: person });
  }
  for (const id of attendance.guests) {
    const person = registry.people.get(id);
    if (person) add({ person, role: "guest", status: "present" });
  }
  return { checked: true, members, participants };
}
