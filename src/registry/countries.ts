/** The built-in country list: every ISO 3166-1 country with German and English names from i18n-iso-countries. */
import { createRequire } from "node:module";
import type { Country } from "./types.ts";

const require = createRequire(import.meta.url);
// The package's main entry registers all of its ~80 locales, 66-99 ms of every process's start-up here (and of
// each worker's); the library itself with the two this site speaks costs ~8 ms.
const countries: typeof import("i18n-iso-countries") = require("i18n-iso-countries/index.js");
countries.registerLocale(require("i18n-iso-countries/langs/de.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/** The alpha-2 code of an ISO 3166-1 numeric code ("398" → "KZ"), or undefined. */
export function alpha2OfNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}

/**
 * Shorter display names where ISO data leads with the official form; news text says "Russland", not
 * "Russische Föderation". The official form stays an alias, so both are recognised.
 */
const DISPLAY: Readonly<Record<string, { de?: string; en?: string }>> = {
  CN: { de: "China", en: "China" },
  RU: { de: "Russland", en: "Russia" },
  US: { de: "Vereinigte Staaten", en: "United States" },
  GB: { de: "Vereinigtes Königreich", en: "United Kingdom" },
  IR: { de: "Iran", en: "Iran" },
  KR: { de: "Südkorea", en: "South Korea" },
  KP: { de: "Nordkorea", en: "North Korea" },
  SY: { de: "Syrien", en: "Syria" },
  VE: { de: "Venezuela", en: "Venezuela" },
  BO: { de: "Bolivien", en: "Bolivia" },
  TZ: { de: "Tansania", en: "Tanzania" },
  VN: { de: "Vietnam", en: "Vietnam" },
  LA: { de: "Laos", en: "Laos" },
  MD: { de: "Moldau", en: "Moldova" },
  TW: { de: "Taiwan", en: "Taiwan" },
  CD: { de: "Demokratische Republik Kongo", en: "Democratic Republic of the Congo" },
};

let cache: ReadonlyMap<string, Country> | undefined;

/** All ISO countries keyed by alpha-2, in code order. Built once per process. */
export function builtInCountries(): ReadonlyMap<string, Country> {
  if (cache) return cache;
  const map = new Map<string, Country>();
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const de = countries.getName(code, "de", { select: "all" }) ?? [];
    const en = countries.getName(code, "en", { select: "all" }) ?? [];
    const display = DISPLAY[code];
    map.set(code, {
      type: "country",
      id: code,
      alpha3: countries.alpha2ToAlpha3(code) ?? code,
      name: { de: display?.de ?? de[0] ?? code, en: display?.en ?? en[0] ?? code },
      officialNames: { de: unique([display?.de, ...de]), en: unique([display?.en, ...en]) },
      aliases: [],
    });
  }
  cache = map;
  return map;
}

function unique(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}
