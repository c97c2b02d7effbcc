/**
 * The registry in time: who held an office on a day, which offices a person held, who was a member of an
 * organisation. "Certainly" everywhere: a term or membership whose dates leave the day in doubt does not count,
 * because what these answers feed (participants, a person's country, an office reference) is stated as fact.
 */
import { maybeWithin, surelyWithin } from "./dates.ts";
import type { Membership, Office, OfficeRole, Person, Registry, Term } from "./types.ts";

/** A term together with its holder. */
export interface Tenure {
  readonly person: Person;
  readonly term: Term;
}

/** Lookup tables derived once per registry. */
interface Index {
  /** Office id → its holders' terms, by start. */
  readonly tenures: ReadonlyMap<string, readonly Tenure[]>;
  /** State (ISO) or organisation id → its offices. */
  readonly officesOf: ReadonlyMap<string, readonly Office[]>;
  /** Organisation id → the bodies that belong to it (`parent`): eu → European Commission, European Council. */
  readonly bodiesOf: ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<Registry, Index>();

function indexOf(registry: Registry): Index {
  let index = indexes.get(registry);
  if (index !== undefined) return index;
  const tenures = new Map<string, Tenure[]>();
  for (const person of registry.people.values()) {
    for (const term of person.offices) {
      const list = tenures.get(term.office);
      if (list) list.push({ person, term });
      else tenures.set(term.office, [{ person, term }]);
    }
  }
  for (const list of tenures.values())
    list.sort((a, b) => (a.term.from?.lo ?? -Infinity) - (b.term.from?.lo ?? -Infinity));
  const officesOf = new Map<string, Office[]>();
  for (const office of registry.offices.values()) {
    const list = officesOf.get(office.of.id);
    if (list) list.push(office);
    else officesOf.set(office.of.id, [office]);
  }
  const bodiesOf = new Map<string, string[]>();
  for (const org of registry.organisations.values()) {
    if (org.parent === undefined) continue;
    const list = bodiesOf.get(org.parent);
    if (list) list.push(org.id);
    else bodiesOf.set(org.parent, [org.id]);
  }
  index = { tenures, officesOf, bodiesOf };
  indexes.set(registry, index);
  return index;
}

/** Every term of an office, by start. */
export function tenuresOf(registry: Registry, officeId: string): readonly Tenure[] {
  return indexOf(registry).tenures.get(officeId) ?? [];
}

/** The offices of a state (ISO code) or organisation (id). */
export function officesOf(registry: Registry, of: string): readonly Office[] {
  return indexOf(registry).officesOf.get(of) ?? [];
}

/**
 * The offices whose holders attend leaders' summits for an organisation: its own with `leads`, and those of the
 * bodies belonging to it (the EU: the presidents of the European Commission and of the European Council).
 */
export function leadingOfficesOf(registry: Registry, orgId: string): Office[] {
  const out = officesOf(registry, orgId).filter((o) => o.leads);
  for (const body of indexOf(registry).bodiesOf.get(orgId) ?? [])
    for (const o of officesOf(registry, body)) if (o.leads && !out.includes(o)) out.push(o);
  return out;
}

/**
 * The one person certainly in the office on `day`, or undefined (nobody known, or it is unclear). On a handover
 * day (the predecessor's `to` is the successor's `from`) the successor holds it. A regular holder wins over an
 * acting one.
 */
export function holderOn(registry: Registry, officeId: string, day: number): Person | undefined {
  let found: Tenure[] = [];
  for (const t of tenuresOf(registry, officeId)) if (surelyWithin(t.term, day)) found.push(t);
  if (found.length > 1) found = found.filter((t) => !t.term.acting);
  if (found.length > 1) found = found.filter((t) => t.term.to === undefined || t.term.to.lo > day);
  return found.length === 1 ? found[0]?.person : undefined;
}

/** The terms a person certainly held on `day`. */
export function termsOn(person: Person, day: number): Term[] {
  return person.offices.filter((t) => surelyWithin(t, day));
}

/** The terms a person may have held on `day` (dates in doubt count). */
export function maybeTermsOn(person: Person, day: number): Term[] {
  return person.offices.filter((t) => maybeWithin(t, day));
}

/** True when the person had certainly died before `day`. */
export function diedBefore(person: Person, day: number): boolean {
  return person.died !== undefined && person.died.hi < day;
}

/**
 * The members of an organisation certainly in it on `day`: its own members, or for a body such as the European
 * Council those of the organisation it takes them from (`membersOf`).
 */
export function membersOn(registry: Registry, orgId: string, day: number, depth = 0): Membership[] {
  const org = registry.organisations.get(orgId);
  if (org === undefined || depth > 4) return [];
  if (org.membersOf !== undefined) return membersOn(registry, org.membersOf, day, depth + 1);
  return org.members.filter((m) => surelyWithin(m, day, "always"));
}

/**
 * The countries whose offices a person certainly held on `day`: President of Kazakhstan → KZ; the UN
 * Secretary-General → none (an organisation's office). Citizenship never counts.
 */
export function countriesServedOn(registry: Registry, person: Person, day: number): string[] {
  const out: string[] = [];
  for (const term of termsOn(person, day)) {
    const office = registry.offices.get(term.office);
    if (office?.of.type === "country" && !out.includes(office.of.id)) out.push(office.of.id);
  }
  return out;
}

/** The person's terms by start, earliest first (terms without a known start first). */
export function termsByStart(person: Person): Term[] {
  return [...person.offices].sort((a, b) => (a.from?.lo ?? -Infinity) - (b.from?.lo ?? -Infinity));
}

/** Which of several offices held at once names a person best: the leading one, then by rank of role. */
const ROLE_RANK: Readonly<Record<OfficeRole, number>> = {
  "head-of-state": 0,
  "head-of-government": 1,
  leader: 2,
  "deputy-head-of-government": 3,
  "foreign-minister": 4,
  "defence-minister": 5,
  "finance-minister": 6,
  other: 7,
};

/**
 * The office that names a person on `day` ("President of Kazakhstan"), as lists and cards show it: the leading
 * office if they hold one, else the highest-ranking; undefined when they certainly held none that day.
 */
export function roleOn(registry: Registry, person: Person, day: number): Office | undefined {
  let best: Office | undefined;
  for (const term of termsOn(person, day)) {
    const office = registry.offices.get(term.office);
    if (office === undefined) continue;
    if (
      best === undefined ||
      (office.leads && !best.leads) ||
      (office.leads === best.leads && ROLE_RANK[office.role] < ROLE_RANK[best.role])
    )
      best = office;
  }
  return best;
}

/**
 * True when `office` leads its state (or organisation) at a summit of `body` on `day`: always with `leads: true`,
 * else when one of its `leads` rules covers the day (certainly) and the body.
 */
export function leadsAt(office: Office, body: string, day: number): boolean {
  if (!office.leads) return false;
  if (office.leadsWhen === undefined) return true;
  return office.leadsWhen.some(
    (rule) =>
      (rule.from === undefined || rule.from.hi <= day) &&
      (rule.to === undefined || rule.to.lo > day) &&
      (rule.organisations === undefined || rule.organisations.includes(body)) &&
      !(rule.except ?? []).includes(body),
  );
}
