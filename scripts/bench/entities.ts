/**
 * The entities the synthetic corpus writes about: a subset of content/registry/*.yaml (ids must exist there),
 * with the inflected forms a journalist would use, so the tagger has real work ("Kasachstans",
 * "des kasachischen Präsidenten Tokajew", "Kazakhstan's", "Chinese").
 */

/** A country with its German and English forms. */
export interface Country {
  /** ISO 3166-1 alpha-2 code (the registry id). */
  readonly id: string;
  /** Nominative, genitive and adjective stem: Kasachstan, Kasachstans, kasachisch. */
  readonly de: { readonly name: string; readonly gen: string; readonly adj: string };
  /** Name, possessive and adjective: Kazakhstan, Kazakhstan's, Kazakh. */
  readonly en: { readonly name: string; readonly poss: string; readonly adj: string };
  /** Capital, for local colour. */
  readonly capital: { readonly de: string; readonly en: string };
}

/** A person of the registry. */
export interface Person {
  readonly id: string;
  readonly country: string;
  readonly female?: boolean;
  /** Full name, the short form used on second mention, the office and its oblique (dative/genitive) form. */
  readonly de: {
    readonly full: string;
    readonly short: string;
    readonly role: string;
    readonly roleObl: string;
  };
  readonly en: { readonly full: string; readonly short: string; readonly role: string };
}

/** An organisation of the registry. */
export interface Organisation {
  readonly id: string;
  /** Short name, long name with its genitive ("der Europäischen Union"), and the summit compound. */
  readonly de: {
    readonly short: string;
    readonly long: string;
    readonly gen: string;
    readonly summit: string;
  };
  /** `the` when the short name takes the article in English ("the SCO", but "NATO"). */
  readonly en: {
    readonly short: string;
    readonly long: string;
    readonly summit: string;
    readonly the: boolean;
  };
}

/** A summit of the registry, with its dates (ISO, inclusive). */
export interface Summit {
  readonly id: string;
  readonly organisation: string;
  readonly country: string;
  readonly city: { readonly de: string; readonly en: string };
  readonly start: string;
  readonly end: string;
}

const c = (
  id: string,
  de: [string, string, string],
  en: [string, string, string],
  capital: [string, string],
): Country => ({
  id,
  de: { name: de[0], gen: de[1], adj: de[2] },
  en: { name: en[0], poss: en[1], adj: en[2] },
  capital: { de: capital[0], en: capital[1] },
});

export const COUNTRIES: readonly Country[] = [
  c(
    "KZ",
    ["Kasachstan", "Kasachstans", "kasachisch"],
    ["Kazakhstan", "Kazakhstan's", "Kazakh"],
    ["Astana", "Astana"],
  ),
  c("CN", ["China", "Chinas", "chinesisch"], ["China", "China's", "Chinese"], ["Peking", "Beijing"]),
  c("RU", ["Russland", "Russlands", "russisch"], ["Russia", "Russia's", "Russian"], ["Moskau", "Moscow"]),
  c("IN", ["Indien", "Indiens", "indisch"], ["India", "India's", "Indian"], ["Neu-Delhi", "New Delhi"]),
  c(
    "PK",
    ["Pakistan", "Pakistans", "pakistanisch"],
    ["Pakistan", "Pakistan's", "Pakistani"],
    ["Islamabad", "Islamabad"],
  ),
  c("IR", ["Iran", "Irans", "iranisch"], ["Iran", "Iran's", "Iranian"], ["Teheran", "Tehran"]),
  c(
    "UZ",
    ["Usbekistan", "Usbekistans", "usbekisch"],
    ["Uzbekistan", "Uzbekistan's", "Uzbek"],
    ["Taschkent", "Tashkent"],
  ),
  c(
    "KG",
    ["Kirgisistan", "Kirgisistans", "kirgisisch"],
    ["Kyrgyzstan", "Kyrgyzstan's", "Kyrgyz"],
    ["Bischkek", "Bishkek"],
  ),
  c(
    "TJ",
    ["Tadschikistan", "Tadschikistans", "tadschikisch"],
    ["Tajikistan", "Tajikistan's", "Tajik"],
    ["Duschanbe", "Dushanbe"],
  ),
  c(
    "BR",
    ["Brasilien", "Brasiliens", "brasilianisch"],
    ["Brazil", "Brazil's", "Brazilian"],
    ["Brasília", "Brasília"],
  ),
  c(
    "ZA",
    ["Südafrika", "Südafrikas", "südafrikanisch"],
    ["South Africa", "South Africa's", "South African"],
    ["Pretoria", "Pretoria"],
  ),
  c("FR", ["Frankreich", "Frankreichs", "französisch"], ["France", "France's", "French"], ["Paris", "Paris"]),
  c(
    "DE",
    ["Deutschland", "Deutschlands", "deutsch"],
    ["Germany", "Germany's", "German"],
    ["Berlin", "Berlin"],
  ),
  c("IT", ["Italien", "Italiens", "italienisch"], ["Italy", "Italy's", "Italian"], ["Rom", "Rome"]),
  c(
    "GB",
    ["Großbritannien", "Großbritanniens", "britisch"],
    ["Britain", "Britain's", "British"],
    ["London", "London"],
  ),
  c("CA", ["Kanada", "Kanadas", "kanadisch"], ["Canada", "Canada's", "Canadian"], ["Ottawa", "Ottawa"]),
  c("JP", ["Japan", "Japans", "japanisch"], ["Japan", "Japan's", "Japanese"], ["Tokio", "Tokyo"]),
  c("EG", ["Ägypten", "Ägyptens", "ägyptisch"], ["Egypt", "Egypt's", "Egyptian"], ["Kairo", "Cairo"]),
  c(
    "ID",
    ["Indonesien", "Indonesiens", "indonesisch"],
    ["Indonesia", "Indonesia's", "Indonesian"],
    ["Jakarta", "Jakarta"],
  ),
];

const PRESIDENT = { role: "Präsident", roleObl: "Präsidenten" };
const STATE_PRESIDENT = { role: "Staatspräsident", roleObl: "Staatspräsidenten" };
const PM_DE = { role: "Premierminister", roleObl: "Premierminister" };
const MP_DE = { role: "Ministerpräsident", roleObl: "Ministerpräsidenten" };

const p = (
  id: string,
  country: string,
  de: [string, string, { role: string; roleObl: string }],
  en: [string, string, string],
  female = false,
): Person => ({
  id,
  country,
  ...(female ? { female } : {}),
  de: { full: de[0], short: de[1], ...de[2] },
  en: { full: en[0], short: en[1], role: en[2] },
});

export const PEOPLE: readonly Person[] = [
  p("xi-jinping", "CN", ["Xi Jinping", "Xi", STATE_PRESIDENT], ["Xi Jinping", "Xi", "President"]),
  p("li-qiang", "CN", ["Li Qiang", "Li Qiang", MP_DE], ["Li Qiang", "Li Qiang", "Premier"]),
  p("putin", "RU", ["Wladimir Putin", "Putin", PRESIDENT], ["Vladimir Putin", "Putin", "President"]),
  p(
    "mishustin",
    "RU",
    ["Michail Mischustin", "Mischustin", MP_DE],
    ["Mikhail Mishustin", "Mishustin", "Prime Minister"],
  ),
  p("modi", "IN", ["Narendra Modi", "Modi", PM_DE], ["Narendra Modi", "Modi", "Prime Minister"]),
  p(
    "shehbaz-sharif",
    "PK",
    ["Shehbaz Sharif", "Shehbaz Sharif", PM_DE],
    ["Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister"],
  ),
  p(
    "pezeshkian",
    "IR",
    ["Massud Peseschkian", "Peseschkian", PRESIDENT],
    ["Masoud Pezeshkian", "Pezeshkian", "President"],
  ),
  p(
    "tokayev",
    "KZ",
    ["Kassym-Schomart Tokajew", "Tokajew", PRESIDENT],
    ["Kassym-Jomart Tokayev", "Tokayev", "President"],
  ),
  p(
    "mirziyoyev",
    "UZ",
    ["Schawkat Mirsijojew", "Mirsijojew", PRESIDENT],
    ["Shavkat Mirziyoyev", "Mirziyoyev", "President"],
  ),
  p(
    "sadyr-japarov",
    "KG",
    ["Sadyr Schaparow", "Sadyr Schaparow", PRESIDENT],
    ["Sadyr Japarov", "Sadyr Japarov", "President"],
  ),
  p("rahmon", "TJ", ["Emomali Rachmon", "Rachmon", PRESIDENT], ["Emomali Rahmon", "Rahmon", "President"]),
  p(
    "lula",
    "BR",
    ["Luiz Inácio Lula da Silva", "Lula", PRESIDENT],
    ["Luiz Inácio Lula da Silva", "Lula", "President"],
  ),
  p(
    "ramaphosa",
    "ZA",
    ["Cyril Ramaphosa", "Ramaphosa", PRESIDENT],
    ["Cyril Ramaphosa", "Ramaphosa", "President"],
  ),
  p(
    "macron",
    "FR",
    ["Emmanuel Macron", "Macron", STATE_PRESIDENT],
    ["Emmanuel Macron", "Macron", "President"],
  ),
  p(
    "merz",
    "DE",
    ["Friedrich Merz", "Merz", { role: "Bundeskanzler", roleObl: "Bundeskanzler" }],
    ["Friedrich Merz", "Merz", "Chancellor"],
  ),
  p(
    "meloni",
    "IT",
    ["Giorgia Meloni", "Meloni", { role: "Ministerpräsidentin", roleObl: "Ministerpräsidentin" }],
    ["Giorgia Meloni", "Meloni", "Prime Minister"],
    true,
  ),
  p("starmer", "GB", ["Keir Starmer", "Starmer", PM_DE], ["Keir Starmer", "Starmer", "Prime Minister"]),
  p("carney", "CA", ["Mark Carney", "Carney", PM_DE], ["Mark Carney", "Carney", "Prime Minister"]),
  p("ishiba", "JP", ["Shigeru Ishiba", "Ishiba", MP_DE], ["Shigeru Ishiba", "Ishiba", "Prime Minister"]),
  p(
    "sisi",
    "EG",
    ["Abdel Fattah al-Sisi", "al-Sisi", PRESIDENT],
    ["Abdel Fattah el-Sisi", "el-Sisi", "President"],
  ),
  p(
    "prabowo",
    "ID",
    ["Prabowo Subianto", "Prabowo", PRESIDENT],
    ["Prabowo Subianto", "Prabowo", "President"],
  ),
];

const o = (
  id: string,
  de: [string, string, string, string],
  en: [string, string, string],
  the = true,
): Organisation => ({
  id,
  de: { short: de[0], long: de[1], gen: de[2], summit: de[3] },
  en: { short: en[0], long: en[1], summit: en[2], the },
});

export const ORGANISATIONS: readonly Organisation[] = [
  o(
    "sco",
    [
      "SOZ",
      "Shanghaier Organisation für Zusammenarbeit",
      "der Shanghaier Organisation für Zusammenarbeit",
      "SOZ-Gipfel",
    ],
    ["SCO", "Shanghai Cooperation Organisation", "SCO summit"],
  ),
  o(
    "brics",
    ["BRICS", "BRICS-Staaten", "der BRICS-Staaten", "BRICS-Gipfel"],
    ["BRICS", "BRICS group", "BRICS summit"],
    false,
  ),
  o(
    "g7",
    ["G7", "Gruppe der Sieben", "der Gruppe der Sieben", "G7-Gipfel"],
    ["G7", "Group of Seven", "G7 summit"],
  ),
  o(
    "g20",
    ["G20", "Gruppe der Zwanzig", "der Gruppe der Zwanzig", "G20-Gipfel"],
    ["G20", "Group of Twenty", "G20 summit"],
  ),
  o(
    "eu",
    ["EU", "Europäische Union", "der Europäischen Union", "EU-Gipfel"],
    ["EU", "European Union", "EU summit"],
  ),
  o(
    "nato",
    ["NATO", "Nordatlantische Allianz", "der Nordatlantischen Allianz", "NATO-Gipfel"],
    ["NATO", "North Atlantic Alliance", "NATO summit"],
    false,
  ),
  o(
    "un",
    ["UN", "Vereinte Nationen", "der Vereinten Nationen", "UN-Gipfel"],
    ["UN", "United Nations", "UN summit"],
  ),
  o(
    "asean",
    [
      "ASEAN",
      "Verband Südostasiatischer Nationen",
      "des Verbands Südostasiatischer Nationen",
      "ASEAN-Gipfel",
    ],
    ["ASEAN", "Association of Southeast Asian Nations", "ASEAN summit"],
    false,
  ),
];

export const SUMMITS: readonly Summit[] = [
  {
    id: "sco-2025-tianjin",
    organisation: "sco",
    country: "CN",
    city: { de: "Tianjin", en: "Tianjin" },
    start: "2025-08-31",
    end: "2025-09-01",
  },
  {
    id: "sco-2024-astana",
    organisation: "sco",
    country: "KZ",
    city: { de: "Astana", en: "Astana" },
    start: "2024-07-03",
    end: "2024-07-04",
  },
  {
    id: "brics-2025-rio-de-janeiro",
    organisation: "brics",
    country: "BR",
    city: { de: "Rio de Janeiro", en: "Rio de Janeiro" },
    start: "2025-07-06",
    end: "2025-07-07",
  },
  {
    id: "brics-2024-kazan",
    organisation: "brics",
    country: "RU",
    city: { de: "Kasan", en: "Kazan" },
    start: "2024-10-22",
    end: "2024-10-24",
  },
  {
    id: "g7-2025-kananaskis",
    organisation: "g7",
    country: "CA",
    city: { de: "Kananaskis", en: "Kananaskis" },
    start: "2025-06-15",
    end: "2025-06-17",
  },
  {
    id: "g20-2025-johannesburg",
    organisation: "g20",
    country: "ZA",
    city: { de: "Johannesburg", en: "Johannesburg" },
    start: "2025-11-22",
    end: "2025-11-23",
  },
];

/** Looks up an entity by id; the tables above are closed, so a miss is a bug in this file. */
export function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`bench corpus: no entity "${id}"`);
  return found;
}

/** The German and English authors the bylines rotate through. */
export const AUTHORS: readonly string[] = [
  "Anna Becker",
  "Timur Sadykov",
  "Lena Hoffmann",
  "James Whitfield",
  "Aigerim Nurlanova",
  "Paul Richter",
];
