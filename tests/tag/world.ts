/**
 * A small registry in the registry format (docs/registry-format.md), built through the real loader: offices with
 * words, people with terms, summits over the years. For the tagger's time-, office- and summit-aware rules.
 */
import { buildRegistry, type Registry } from "../../src/registry/index.ts";
import { compileTagger } from "../../src/tag/index.ts";
import type { Tagger, TagInput } from "../../src/tag/types.ts";
import { parsedRegistry } from "../helpers/project.ts";

const OFFICES = `
kz-head-of-state: { of: KZ, role: head-of-state, title: President of Kazakhstan, words: { en: [President], de: [Präsident, Staatschef] }, leads: true }
az-head-of-state: { of: AZ, role: head-of-state, title: President of Azerbaijan, words: { en: [President], de: [Präsident] }, leads: true }
us-head-of-state: { of: US, role: head-of-state, title: President of the United States, words: { en: [President], de: [Präsident] }, leads: true }
cn-head-of-state: { of: CN, role: head-of-state, title: President of China, words: { en: [President], de: [Präsident, Staatspräsident] }, leads: true }
gb-head-of-government: { of: GB, role: head-of-government, title: Prime Minister, words: { en: [Prime Minister], de: [Premierminister] }, leads: true }
gb-foreign-minister: { of: GB, role: foreign-minister, title: Foreign Secretary, words: { en: [Foreign Secretary, Foreign Minister], de: [Außenminister] } }
de-head-of-government: { of: DE, role: head-of-government, title: Chancellor of Germany, words: { en: [Chancellor], de: [Bundeskanzler, Kanzler] }, leads: true }
at-head-of-government: { of: AT, role: head-of-government, title: Chancellor of Austria, words: { en: [Chancellor], de: [Bundeskanzler, Kanzler] }, leads: true }
un-secretary-general: { of: un, role: leader, title: UN Secretary-General, words: { en: [Secretary-General], de: [Generalsekretär] }, aliases: [UN-Generalsekretär] }
nato-secretary-general: { of: nato, role: leader, title: NATO Secretary General, words: { en: [Secretary General], de: [Generalsekretär] }, leads: true }
`;

const PEOPLE = `
tokayev:
  name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }
  short: [Tokayev, Tokajew]
  offices: [{ office: kz-head-of-state, from: "2019-03-20" }]
nazarbayev:
  name: { en: Nursultan Nazarbayev, de: Nursultan Nasarbajew }
  offices: [{ office: kz-head-of-state, from: "1991-12-16", to: "2019-03-20" }]
ilham-aliyev:
  name: { en: Ilham Aliyev, de: Ilham Alijew }
  offices: [{ office: az-head-of-state, from: "2003-10-31" }]
heydar-aliyev:
  name: { en: Heydar Aliyev, de: Heydar Alijew }
  died: "2003-12-12"
  offices: [{ office: az-head-of-state, from: "1993-10", to: "2003-10-31" }]
george-w-bush:
  name: George W. Bush
  offices: [{ office: us-head-of-state, from: "2001-01-20", to: "2009-01-20" }]
george-h-w-bush:
  name: George H. W. Bush
  died: "2018-11-30"
  offices: [{ office: us-head-of-state, from: "1989-01-20", to: "1993-01-20" }]
trump:
  name: Donald Trump
  offices: [{ office: us-head-of-state, from: "2025-01-20" }]
xi-jinping:
  name: Xi Jinping
  short: [Xi]
  offices: [{ office: cn-head-of-state, from: "2013-03-14" }]
putin:
  name: { en: Vladimir Putin, de: Wladimir Putin }
modi:
  name: Narendra Modi
lammy:
  name: David Lammy
  offices: [{ office: gb-foreign-minister, from: "2024-07-05", to: "2025-09-05" }]
cameron:
  name: David Cameron
  offices: [{ office: gb-foreign-minister, from: "2023-11-13", to: "2024-07-05" }]
merz:
  name: Friedrich Merz
  offices: [{ office: de-head-of-government, from: "2025-05-06" }]
scholz:
  name: Olaf Scholz
  offices: [{ office: de-head-of-government, from: "2021-12-08", to: "2025-05-06" }]
guterres:
  name: António Guterres
  country: PT
  offices: [{ office: un-secretary-general, from: "2017-01-01" }]
rutte:
  name: Mark Rutte
  offices: [{ office: nato-secretary-general, from: "2024-10-01" }]
stoltenberg:
  name: Jens Stoltenberg
  offices: [{ office: nato-secretary-general, from: "2014-10-01", to: "2024-10-01" }]
abiy-ahmed:
  name: Abiy Ahmed
  aliases: [Abiy Ahmed Ali]
youssouf:
  name: Mahmoud Ali Youssouf
`;

const ORGANISATIONS = `
g7: { name: Group of Seven, acronym: G7, members: [US, GB, FR, DE, IT, JP, CA] }
g8: { name: Group of Eight, acronym: G8 }
nato: { name: North Atlantic Treaty Organization, acronym: NATO }
un: { name: { en: United Nations, de: Vereinte Nationen }, acronym: UN }
eu: { name: { en: European Union, de: Europäische Union }, acronym: EU }
au: { name: { en: African Union, de: Afrikanische Union }, acronym: AU }
european-council: { name: { en: European Council, de: Europäischer Rat }, parent: eu, membersOf: eu }
c5-plus-1: { name: C5+1, members: [KZ, KG, TJ, TM, UZ, US] }
`;

const summit = (id: string, org: string, city: string, country: string, start: string, end = start) =>
  `${id}: { name: "${id}", organisation: ${org}, year: ${start.slice(0, 4)}, city: ${city}, country: ${country}, start: "${start}", end: "${end}", timeZone: UTC }\n`;

const SUMMITS = [
  summit("g7-2016-ise-shima", "g7", "Ise-Shima", "JP", "2016-05-26", "2016-05-27"),
  summit("g7-2018-charlevoix", "g7", "Charlevoix", "CA", "2018-06-08", "2018-06-09"),
  summit("g7-2023-hiroshima", "g7", "Hiroshima", "JP", "2023-05-19", "2023-05-21"),
  summit("g7-2025-kananaskis", "g7", "Kananaskis", "CA", "2025-06-15", "2025-06-17"),
  summit("g8-2002-kananaskis", "g8", "Kananaskis", "CA", "2002-06-26", "2002-06-27"),
  summit("g8-2004-sea-island", "g8", "Sea Island", "US", "2004-06-08", "2004-06-10"),
  summit("nato-2024-washington", "nato", "Washington", "US", "2024-07-09", "2024-07-11"),
  summit("nato-2025-the-hague", "nato", "The Hague", "NL", "2025-06-24", "2025-06-25"),
  summit("european-council-2025-06-brussels", "european-council", "Brussels", "BE", "2025-06-26"),
  summit("c5-plus-1-2025-washington", "c5-plus-1", "Washington", "US", "2025-11-06"),
].join("");

/** The registry above. */
export function timeRegistry(): Registry {
  const { value, diagnostics } = buildRegistry(
    parsedRegistry({
      "content/registry/offices.yaml": OFFICES,
      "content/registry/people.yaml": PEOPLE,
      "content/registry/organisations.yaml": ORGANISATIONS,
      "content/registry/summits.yaml": SUMMITS,
    }),
  );
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => `${d.line}: ${d.message}`).join("\n"));
  return value;
}

let tagger: Tagger | undefined;

/** Tags one body text on a date: the keys found (summits included) and the rest of the result. */
export function tagOn(lang: "de" | "en", date: string, body: string, extra: Partial<TagInput> = {}) {
  tagger ??= compileTagger(timeRegistry());
  const r = tagger.tag({
    lang,
    date: `${date}T12:00:00+00:00`,
    title: "",
    summary: "",
    body,
    frontMatter: [],
    exclude: [],
    ...extra,
  });
  return {
    ...r,
    keys: r.entities.map((e) => e.key).sort(),
    people: r.entities.filter((e) => e.type === "person").map((e) => e.id),
    surfaces: (id: string) => r.entities.find((e) => e.id === id)?.mentions.map((m) => m.surface) ?? [],
    met: (r.meetings ?? []).map((m) => `${m.a}+${m.b}`),
  };
}
