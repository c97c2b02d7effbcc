import { describe, expect, it } from "vitest";
import {
  buildNameIndex,
  buildRegistry,
  countriesServedOn,
  dayOf,
  holderOn,
  leadsAt,
  membersOn,
  summitFacts,
} from "../../src/registry/index.ts";
import { parsedRegistry, REGISTRY } from "../helpers/project.ts";

/** Builds a registry from `{ path: yaml }` (world files under registry/, local ones under content/registry/). */
function build(files: Record<string, string>) {
  return buildRegistry(parsedRegistry(files));
}

/** The diagnostics of a registry as `line:col ruleId`, with the message and hint for the first. */
function problems(files: Record<string, string>): string[] {
  return build(files)
    .diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)
    .sort();
}

const day = (iso: string) => dayOf(iso) as number;

describe("buildRegistry", () => {
  it("has every ISO country built in with German and English names", () => {
    const { value, diagnostics } = build(REGISTRY);
    expect(diagnostics).toEqual([]);
    expect(value.countries.size).toBe(250);
    expect(value.countries.get("KZ")?.name).toEqual({ de: "Kasachstan", en: "Kazakhstan" });
    expect(value.countries.get("RU")?.name).toEqual({ de: "Russland", en: "Russia" });
  });

  it("fills a one-language name into both languages", () => {
    const { value } = build(REGISTRY);
    expect(value.people.get("xi-jinping")?.name).toEqual({ de: "Xi Jinping", en: "Xi Jinping" });
  });

  it("reports dangling references with a suggestion", () => {
    const files = {
      ...REGISTRY,
      "content/registry/summits.yaml": REGISTRY["content/registry/summits.yaml"]
        .replace("organisation: sco", "organisation: sko")
        .replace("country: CN", "country: XX"),
    };
    const { diagnostics } = build(files);
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.hint])).toEqual([
      [6, "registry/dangling-ref", "Use the ISO 3166-1 alpha-2 code, e.g. KZ for Kazakhstan."],
      [3, "registry/dangling-ref", 'Did you mean "sco"?'],
    ]);
  });

  it("refuses ids that are not URL-safe", () => {
    const { diagnostics } = build({
      ...REGISTRY,
      "content/registry/people.yaml": "Wladimir Putin:\n  name: Wladimir Putin\n",
    });
    expect(diagnostics[0]).toMatchObject({
      line: 1,
      ruleId: "registry/invalid-id",
      hint: expect.stringContaining('"wladimir-putin"'),
    });
  });

  it("refuses a file that is a list instead of a map of ids, and says how to write one", () => {
    const { diagnostics } = build({ ...REGISTRY, "content/registry/people.yaml": "- putin\n" });
    expect(diagnostics).toContainEqual({
      file: "content/registry/people.yaml",
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "registry/not-a-map",
      message: "A registry file must be a map of `id:` entries.",
      hint: "Start each entry with its id at the left margin, e.g. `tokayev:`, and indent its fields.",
    });
  });
});

describe("registry layers", () => {
  const world = {
    "registry/offices.yaml": REGISTRY["content/registry/offices.yaml"],
    "registry/people/asia.yaml": REGISTRY["content/registry/people.yaml"],
    "registry/organisations.yaml": REGISTRY["content/registry/organisations.yaml"],
    "registry/summits.yaml": REGISTRY["content/registry/summits.yaml"],
  };

  it("reads a kind from files in a folder and from a file named after it", () => {
    const { value, diagnostics } = build({
      ...world,
      "content/registry/people.yaml": "merz:\n  name: Friedrich Merz\n  country: DE\n",
    });
    expect(diagnostics).toEqual([]);
    expect([...value.people.keys()]).toEqual(["merz", "tokayev", "xi-jinping"]);
  });

  it("lets a local entry replace the world entry with its id, as a whole", () => {
    const { value } = build({
      ...world,
      "content/registry/people.yaml": "tokayev:\n  name: Tokayev (local)\n",
    });
    expect(value.people.get("tokayev")?.name.en).toBe("Tokayev (local)");
    expect(value.people.get("tokayev")?.offices).toEqual([]);
    expect(value.people.get("tokayev")?.source?.file).toBe("content/registry/people.yaml");
  });

  it("reports an id defined twice in one layer with both places", () => {
    const { diagnostics } = build({
      ...world,
      "registry/people/more.yaml": "\nxi-jinping:\n  name: Xi Jinping\n",
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`)).toEqual([
      'registry/people/more.yaml:2 registry/duplicate-id Person "xi-jinping" is defined twice: here and in registry/people/asia.yaml:7.',
    ]);
  });
});

describe("registry checks", () => {
  const people = (yaml: string) => ({ ...REGISTRY, "content/registry/people.yaml": yaml });

  it("reports an unknown field with did-you-mean, also inside a term", () => {
    const { diagnostics } = build(
      people(`merz:
  name: Friedrich Merz
  offices:
    - { office: kz-head-of-state, fom: "2025-05-06" }
  contry: DE
`),
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId, d.hint])).toEqual([
      [4, 40, "registry/unknown-field", 'Did you mean "from"?'],
      [5, 11, "registry/unknown-field", 'Did you mean "country"?'],
    ]);
  });

  it("reports a date that does not exist, where it is written", () => {
    expect(
      problems(
        people(`merz:
  name: Friedrich Merz
  died: "2025-02-30"
  offices:
    - { office: kz-head-of-state, from: "2025-13" }
`),
      ),
    ).toEqual([
      "content/registry/people.yaml:3:9 registry/invalid-date",
      "content/registry/people.yaml:5:41 registry/invalid-date",
    ]);
  });

  it("accepts a month or a year where the day is not certain", () => {
    const { value, diagnostics } = build(
      people(`merz:
  name: Friedrich Merz
  born: 1955
  offices:
    - { office: kz-head-of-state, from: "2031-05", to: "2032" }
`),
    );
    expect(diagnostics).toEqual([]);
    expect(value.people.get("merz")?.offices[0]?.from?.text).toBe("2031-05");
    expect(value.people.get("merz")?.born?.text).toBe("1955");
  });

  it("reports an unknown office with did-you-mean", () => {
    const { diagnostics } = build(
      people(`merz:
  name: Friedrich Merz
  offices: [{ office: kz-head-of-stat, from: "2025-05-06" }]
`),
    );
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.hint])).toEqual([
      [3, "registry/dangling-ref", 'Did you mean "kz-head-of-state"?'],
    ]);
  });

  it("reports two holders of one office at once (not an acting one), at the later term", () => {
    const yaml = `${REGISTRY["content/registry/people.yaml"]}nazarbayev:
  name: Nursultan Nazarbayev
  offices:
    - { office: kz-head-of-state, from: "1991-12-10" }
`;
    expect(problems(people(yaml))).toEqual(["content/registry/people.yaml:6:41 registry/overlapping-terms"]);
    const fixed = yaml.replace('from: "1991-12-10" }', 'from: "1991-12-10", to: "2019-03-20" }');
    expect(problems(people(fixed))).toEqual([]);
    const acting = `${REGISTRY["content/registry/people.yaml"]}smailov:
  name: Alikhan Smailov
  offices:
    - { office: kz-head-of-state, from: "2020-01-01", to: "2020-01-02", acting: true }
`;
    expect(problems(people(acting))).toEqual([]);
  });

  it("reports a term ending before it starts, and offices after death", () => {
    expect(
      problems(
        people(`heydar:
  name: Heydar Aliyev
  died: "2003-12-12"
  offices:
    - { office: kz-head-of-state, from: "1993-10", to: "1990" }
    - { office: cn-head-of-state, from: "2004-01-01", to: "2004-02-01" }
`),
      ),
    ).toEqual([
      "content/registry/people.yaml:5:56 registry/date-order",
      "content/registry/people.yaml:6:41 registry/after-death",
    ]);
    const open = build(
      people(`heydar:
  name: Heydar Aliyev
  died: "2003-12-12"
  offices: [{ office: kz-head-of-state, from: "1993-10" }]
`),
    ).diagnostics;
    expect(open.map((d) => [d.ruleId, d.hint])).toEqual([
      ["registry/after-death", 'Give the term its end: `to: "2003-12-12"` at the latest.'],
    ]);
  });

  it("reports a summit outside its year, ending before it starts, and a day that does not exist", () => {
    const summits = (start: string, end: string) => ({
      ...REGISTRY,
      "content/registry/summits.yaml": REGISTRY["content/registry/summits.yaml"]
        .replace('start: "2025-08-31"', `start: "${start}"`)
        .replace('end: "2025-09-01"', `end: "${end}"`),
    });
    expect(problems(summits("2024-08-31", "2024-09-01"))).toEqual([
      "content/registry/summits.yaml:4:9 registry/summit-year",
    ]);
    expect(problems(summits("2025-09-02", "2025-09-01"))).toEqual([
      "content/registry/summits.yaml:8:8 registry/date-order",
    ]);
    expect(problems(summits("2025-02-30", "2025-03-01"))).toEqual([
      "content/registry/summits.yaml:7:10 registry/invalid-date",
    ]);
  });

  it("reports a member leaving before joining, and unknown members", () => {
    const orgs = `sco:
  name: SCO
  members: [CN, XX, { country: IN, from: "2017-06-09", to: "2016" }, { organisation: eu }]
`;
    expect(problems({ ...REGISTRY, "content/registry/organisations.yaml": orgs })).toEqual([
      "content/registry/organisations.yaml:3:17 registry/dangling-ref",
      "content/registry/organisations.yaml:3:60 registry/date-order",
      "content/registry/organisations.yaml:3:70 registry/dangling-ref",
    ]);
  });

  it("reports an absence of someone who led no member that day", () => {
    const summits = `${REGISTRY["content/registry/summits.yaml"]}  attendance:
    absent: [{ person: tokayev, representedBy: xi-jinpin }]
`;
    const { diagnostics } = build({
      ...REGISTRY,
      "content/registry/organisations.yaml": "sco:\n  name: SCO\n  members: [CN]\n",
      "content/registry/summits.yaml": summits,
    });
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.hint?.slice(0, 22)])).toEqual([
      [11, "registry/not-a-leader", "List as absent only ho"],
      [11, "registry/dangling-ref", 'Did you mean "xi-jinpi'],
    ]);
  });

  it("reports two leading offices of one state", () => {
    const offices = `${REGISTRY["content/registry/offices.yaml"]}kz-head-of-government:
  of: KZ
  role: head-of-government
  title: Prime Minister of Kazakhstan
  leads: true
`;
    expect(problems({ ...REGISTRY, "content/registry/offices.yaml": offices })).toEqual([
      "content/registry/offices.yaml:6:10 registry/invalid-field",
    ]);
  });
});

describe("the registry in time", () => {
  const { value: registry } = build({
    ...REGISTRY,
    "content/registry/offices.yaml": `${REGISTRY["content/registry/offices.yaml"]}un-secretary-general:
  of: un
  role: leader
  title: UN Secretary-General
kz-head-of-government:
  of: KZ
  role: head-of-government
  title: Prime Minister of Kazakhstan
`,
    "content/registry/people.yaml": `${REGISTRY["content/registry/people.yaml"].replace(
      '    - { office: kz-head-of-state, from: "2019-03-20" }',
      '    - { office: kz-head-of-government, from: "1999-10-01", to: "2002-01-28" }\n    - { office: kz-head-of-state, from: "2019-03-20" }',
    )}nazarbayev:
  name: Nursultan Nazarbayev
  offices: [{ office: kz-head-of-state, from: "1991-12", to: "2019-03-20" }]
guterres:
  name: António Guterres
  country: PT
  offices: [{ office: un-secretary-general, from: "2017-01-01" }]
`,
    "content/registry/organisations.yaml": `${REGISTRY["content/registry/organisations.yaml"]}un:
  name: United Nations
`,
  });

  it("knows who held an office on a day; the successor on the handover day; nobody when unsure", () => {
    expect(holderOn(registry, "kz-head-of-state", day("2010-01-01"))?.id).toBe("nazarbayev");
    expect(holderOn(registry, "kz-head-of-state", day("2019-03-20"))?.id).toBe("tokayev");
    expect(holderOn(registry, "kz-head-of-state", day("2025-09-01"))?.id).toBe("tokayev");
    // "1991-12": on 5 December 1991 the term may not have begun.
    expect(holderOn(registry, "kz-head-of-state", day("1991-12-05"))).toBeUndefined();
  });

  it("gives a person's countries from their offices that day, never from citizenship", () => {
    const tokayev = registry.people.get("tokayev");
    const guterres = registry.people.get("guterres");
    if (!tokayev || !guterres) throw new Error("fixture");
    expect(countriesServedOn(registry, tokayev, day("2000-06-01"))).toEqual(["KZ"]);
    expect(countriesServedOn(registry, tokayev, day("2010-06-01"))).toEqual([]);
    expect(countriesServedOn(registry, guterres, day("2025-06-01"))).toEqual([]);
  });

  it("lists the members on a day", () => {
    const founders = ["CN", "RU", "KZ", "KG", "TJ", "UZ"];
    expect(membersOn(registry, "sco", day("2016-01-01")).map((m) => m.id)).toEqual(founders);
    expect(membersOn(registry, "sco", day("2023-01-01")).map((m) => m.id)).toEqual([...founders, "IN", "PK"]);
    expect(membersOn(registry, "sco", day("2025-01-01")).map((m) => m.id)).toEqual([
      ...founders,
      "IN",
      "PK",
      "IR",
      "BY",
    ]);
  });
});

describe("summit participants", () => {
  const files = {
    ...REGISTRY,
    "content/registry/offices.yaml": `${REGISTRY["content/registry/offices.yaml"]}cn-head-of-government:
  of: CN
  role: head-of-government
  title: Premier of China
`,
    "content/registry/people.yaml": `${REGISTRY["content/registry/people.yaml"]}li-qiang:
  name: Li Qiang
  offices: [{ office: cn-head-of-government, from: "2023-03-11" }]
guterres:
  name: António Guterres
`,
  };

  it("without checked attendance: members only, never people", () => {
    const { value } = build(files);
    const facts = summitFacts(value, value.summits.get("sco-2025-tianjin") as never);
    expect(facts.checked).toBe(false);
    expect(facts.participants).toEqual([]);
    expect(facts.members.map((m) => m.id)).toEqual([
      "CN",
      "RU",
      "KZ",
      "KG",
      "TJ",
      "UZ",
      "IN",
      "PK",
      "IR",
      "BY",
    ]);
  });

  it("with attendance: members' leaders that day, less absences (with stand-ins), plus guests", () => {
    const { value, diagnostics } = build({
      ...files,
      "content/registry/summits.yaml": `${REGISTRY["content/registry/summits.yaml"]}  attendance:
    absent: [{ person: xi-jinping, representedBy: li-qiang }]
    guests: [guterres]
`,
    });
    expect(diagnostics).toEqual([]);
    const facts = summitFacts(value, value.summits.get("sco-2025-tianjin") as never);
    expect(
      facts.participants.map((p) => [p.person.id, p.role, p.status, p.representedBy?.id ?? p.represents?.id]),
    ).toEqual([
      ["xi-jinping", "leader", "absent", "li-qiang"],
      ["li-qiang", "representative", "present", "xi-jinping"],
      ["tokayev", "leader", "present", undefined],
      ["guterres", "guest", "present", undefined],
    ]);
  });
});

describe("buildNameIndex", () => {
  const names = buildNameIndex(build(REGISTRY).value);
  it.each([
    ["person", "Tokajew", "tokayev"],
    ["person", "kassym-jomart tokayev", "tokayev"],
    ["organisation", "SOZ", "sco"],
    ["organisation", "Shanghai Cooperation Organisation", "sco"],
    ["country", "Kasachstan", "KZ"],
    ["country", "KAZ", "KZ"],
    ["country", "Russische Föderation", "RU"],
    ["country", "USA", "US"],
    ["summit", "SOZ-Gipfel 2025 in Tianjin", "sco-2025-tianjin"],
  ] as const)("resolves %s %j", (type, name, id) => {
    const r = names.resolve(type, name);
    expect(r.kind === "found" && r.entity.id).toBe(id);
  });

  it("suggests the closest name for a typo", () => {
    const r = names.resolve("person", "Tokayew");
    expect(r.kind === "unknown" && r.suggestion?.id).toBe("tokayev");
  });
});

describe("offices that lead only at some summits or for a time", () => {
  const files = {
    "registry/offices/x.yaml": `pl-head-of-state: { of: PL, role: head-of-state, title: President of Poland, leads: [{ organisations: [nato] }] }
pl-head-of-government: { of: PL, role: head-of-government, title: Prime Minister of Poland, leads: [{ except: [nato] }] }
tg-head-of-state: { of: TG, role: head-of-state, title: President of Togo, leads: [{ to: "2025-05-03" }] }
tg-head-of-government: { of: TG, role: head-of-government, title: President of the Council of Ministers of Togo, leads: [{ from: "2025-05-03" }] }
`,
    "registry/people/x.yaml": `duda:
  name: Andrzej Duda
  offices: [{ office: pl-head-of-state, from: "2015-08-06", to: "2025-08-06" }]
tusk:
  name: Donald Tusk
  offices: [{ office: pl-head-of-government, from: "2023-12-13" }]
gnassingbe:
  name: Faure Gnassingbé
  offices: [{ office: tg-head-of-state, from: "2005-05-04", to: "2025-05-03" }, { office: tg-head-of-government, from: "2025-05-03" }]
`,
    "registry/organisations/x.yaml": `nato: { name: NATO, members: [PL] }
eu: { name: European Union, members: [PL] }
european-council: { name: European Council, membersOf: eu }
au: { name: African Union, members: [TG] }
`,
    "registry/summits/x.yaml": `nato-2024-washington: { name: NATO Summit 2024, organisation: nato, year: 2024, city: Washington, country: US, start: "2024-07-09", end: "2024-07-11", timeZone: America/New_York, attendance: { absent: [] } }
european-council-2024-06-brussels: { name: European Council June 2024, organisation: european-council, year: 2024, city: Brussels, country: BE, start: "2024-06-27", end: "2024-06-28", timeZone: Europe/Brussels, attendance: { absent: [] } }
au-2025-malabo: { name: AU mid-year meeting 2025, organisation: au, year: 2025, city: Malabo, country: GQ, start: "2025-07-13", end: "2025-07-13", timeZone: Africa/Malabo, attendance: { absent: [] } }
`,
  };
  const participants = (summit: string) => {
    const { value } = build(files);
    const s = value.summits.get(summit);
    if (!s) throw new Error(summit);
    return summitFacts(value, s).participants.map((p) => p.person.id);
  };

  it("takes Poland's president to NATO and its prime minister to the European Council", () => {
    expect(build(files).diagnostics).toEqual([]);
    expect(participants("nato-2024-washington")).toEqual(["duda"]);
    expect(participants("european-council-2024-06-brussels")).toEqual(["tusk"]);
  });

  it("hands Togo's seat from the president to the head of government on the day the constitution changed it", () => {
    expect(participants("au-2025-malabo")).toEqual(["gnassingbe"]);
    const { value } = build(files);
    const office = value.offices.get("tg-head-of-government");
    expect(office && leadsAt(office, "au", day("2025-05-02"))).toBe(false);
    expect(office && leadsAt(office, "au", day("2025-05-04"))).toBe(true);
  });
});
