/** A small site written inline: registry YAML and articles, run through the real pipeline into a SiteModel. */
import type { ContentFiles } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import type { SiteModel } from "../../src/site/types.ts";
import { registrySources } from "../helpers/project.ts";

const SITE = `title: { de: Gipfeldienst, en: Summit Desk }
url: https://news.example.org
defaultLang: de
timeZone: Europe/Berlin
pageSize: 1
`;

const OFFICES = `kz-head-of-state:
  of: KZ
  role: head-of-state
  title: { en: President of Kazakhstan, de: Präsident Kasachstans }
  leads: true
cn-head-of-state:
  of: CN
  role: head-of-state
  title: { en: President of China, de: Staatspräsident Chinas }
  leads: true
ru-head-of-state:
  of: RU
  role: head-of-state
  title: { en: President of Russia, de: Präsident Russlands }
  leads: true
`;

const PEOPLE = `tokayev:
  name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }
  short: [Tokayev, Tokajew]
  country: KZ
  offices: [{ office: kz-head-of-state, from: "2019-03-20" }]
  wikidata: Q1361950
xi-jinping:
  name: Xi Jinping
  short: [Xi]
  country: CN
  offices: [{ office: cn-head-of-state, from: "2013-03-14" }]
  wikidata: Q15031
putin:
  name: { en: Vladimir Putin, de: Wladimir Putin }
  country: RU
  offices: [{ office: ru-head-of-state, from: "2012-05-07" }]
heydar-aliyev:
  name: { en: Heydar Aliyev, de: Heydar Alijew }
  short: [Heydar Aliyev]
  country: AZ
  died: "2003-12-12"
`;

const ORGANISATIONS = `sco:
  name: { en: Shanghai Cooperation Organisation, de: Shanghaier Organisation für Zusammenarbeit }
  acronym: { en: SCO, de: SOZ }
  members: [CN, RU, KZ]
  founded: 2001
`;

export const SUMMITS = `sco-2025-tianjin:
  name: { en: SCO Summit 2025 in Tianjin, de: SOZ-Gipfel 2025 in Tianjin }
  organisation: sco
  year: 2025
  city: { en: Tianjin, de: Tianjin }
  country: CN
  start: "2025-08-31"
  end: "2025-09-01"
  timeZone: Asia/Shanghai
`;

/** One article file; front matter keys as YAML lines. */
export function article(
  path: string,
  front: Record<string, string>,
  body = "Text.",
): { path: string; text: string } {
  const lines = Object.entries(front).map(([k, v]) => `${k}: ${v}`);
  return { path: `content/articles/${path}`, text: `---\n${lines.join("\n")}\n---\n${body}\n` };
}

/** The default articles: a translated pair at the summit, a later one, and an unrelated one. */
export const ARTICLES = [
  article(
    "tokajew-trifft-xi.md",
    {
      title: '"Tokajew trifft Xi"',
      date: "2025-08-31 09:30",
      lang: "de",
      author: "[Anna Becker, Timur Sadykov]",
      summary: '"Kasachstans Präsident trifft Chinas Staatschef."',
      people: "[tokayev, xi-jinping]",
      countries: "[KZ, CN]",
      summit: "sco-2025-tianjin",
      translation: "meeting",
    },
    "Tokajew & Xi <sprachen> über Handel.",
  ),
  article("tokayev-meets-xi.md", {
    title: '"Tokayev meets Xi"',
    date: "2025-08-31 10:00",
    lang: "en",
    people: "[tokayev, xi-jinping]",
    summit: "sco-2025-tianjin",
    translation: "meeting",
  }),
  article("putin-und-xi.md", {
    title: '"Putin und Xi"',
    date: "2025-09-01 12:00",
    lang: "de",
    people: "[putin, xi-jinping]",
    summit: "sco-2025-tianjin",
  }),
  article("kasachstan-wahl.md", {
    title: '"Wahl in Kasachstan"',
    date: "2025-06-01",
    lang: "de",
    updated: "2025-06-02 08:00",
    countries: "[KZ]",
  }),
];

/** Runs the pipeline over the inline site; fails the test on any error. */
export function buildModel(
  articles = ARTICLES,
  options: { now?: number; pinned?: boolean; summits?: string } = {},
): SiteModel {
  const files: ContentFiles = {
    site: { path: "content/site.yaml", text: SITE },
    registry: registrySources({
      "content/registry/offices.yaml": OFFICES,
      "content/registry/people.yaml": PEOPLE,
      "content/registry/organisations.yaml": ORGANISATIONS,
      "content/registry/summits.yaml": options.summits ?? SUMMITS,
    }),
    articles,
  };
  const result = runPipeline(files, {
    dev: false,
    now: options.now ?? Date.parse("2030-01-01T00:00:00Z"),
  });
  if (!result.model) {
    throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n"));
  }
  return result.model;
}
