import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import { keysIn, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const de = (text: string) => keysIn(tagger, "de", text);
const en = (text: string) => keysIn(tagger, "en", text);

describe("country names and inflections", () => {
  it("finds short and official names", () => {
    expect(de("Die Volksrepublik China und die Russische Föderation.")).toEqual(["country:CN", "country:RU"]);
    expect(en("The People's Republic of China and the Russian Federation.")).toEqual([
      "country:CN",
      "country:RU",
    ]);
  });
  it("finds German genitives and dative plurals", () => {
    expect(de("Kasachstans Regierung, Russlands Haltung, Irans Antwort, Chinas Plan.")).toEqual([
      "country:CN",
      "country:IR",
      "country:KZ",
      "country:RU",
    ]);
    expect(de("in den Vereinigten Staaten und in den Niederlanden")).toEqual(["country:NL", "country:US"]);
    expect(de("des Vereinigten Königreichs")).toEqual(["country:GB"]);
  });
  it("finds English possessives with either apostrophe", () => {
    expect(en("Kazakhstan's and Russia’s leaders")).toEqual(["country:KZ", "country:RU"]);
  });
  it("finds names reordered from ISO comma forms and extra names", () => {
    expect(de("Syrien und die Arabische Republik Syrien")).toEqual(["country:SY"]);
    expect(en("Syria, Laos and Moldova")).toEqual(["country:LA", "country:MD", "country:SY"]);
  });
  it("finds hyphen compounds and short forms", () => {
    expect(de("US-Präsident und China-Besuch")).toEqual(["country:CN", "country:US"]);
    expect(en("The USA, the U.S. and the UK.")).toEqual(["country:GB", "country:US"]);
    expect(de("Die USA und das UK.")).toEqual(["country:GB", "country:US"]);
  });
  it("folds diacritics: Türkei = Turkei, Türkiye", () => {
    expect(de("Die Turkei und die Türkei")).toEqual(["country:TR"]);
    expect(en("Türkiye, formerly Turkey")).toEqual(["country:TR"]);
  });
});

describe("adjectives and demonyms", () => {
  it("finds German adjectives with every ending", () => {
    for (const form of [
      "kasachisch",
      "kasachische",
      "kasachischen",
      "kasachischer",
      "kasachisches",
      "kasachischem",
    ]) {
      expect(de(`die ${form} Seite`)).toEqual(["country:KZ"]);
    }
    expect(de("Die kasachische Regierung und die chinesischen Partner")).toEqual([
      "country:CN",
      "country:KZ",
    ]);
    expect(de("US-amerikanische Zölle")).toEqual(["country:US"]);
  });
  it("finds German demonym nouns", () => {
    expect(de("Kasachen, Chinesinnen und Amerikanern")).toEqual(["country:CN", "country:KZ", "country:US"]);
  });
  it("finds English adjectives and plurals", () => {
    expect(en("Kazakh and Kazakhstani officials met Chinese diplomats.")).toEqual([
      "country:CN",
      "country:KZ",
    ]);
    expect(en("Kazakhs, Uzbeks and Americans")).toEqual(["country:KZ", "country:US", "country:UZ"]);
  });
  it("needs the capital on English adjectives: 'polish the text' is no country", () => {
    expect(en("They polish the text.")).toEqual([]);
  });
});

describe("precision traps", () => {
  it("drops German language names: auf Russisch, im Russischen, russischsprachig, russische Sprache", () => {
    expect(de("Er sprach auf Russisch. Im Russischen klingt es anders.")).toEqual([]);
    expect(de("Die russischsprachige Presse lobt die russische Sprache.")).toEqual([]);
    expect(de("Ein Kurs auf Englisch und Chinesisch")).toEqual([]);
  });
  it("drops English language names: in Russian, Chinese-language, Russian-speaking, speakers", () => {
    expect(en("It was published in Russian and Chinese.")).toEqual([]);
    expect(en("It was published in English and Chinese.")).toEqual([]);
    expect(en("Chinese-language media and Russian-speaking residents and Russian speakers")).toEqual([]);
    expect(en("He invested in Chinese firms.")).toEqual(["country:CN"]);
  });
  it("does not take continent adjectives for countries or the EU", () => {
    expect(de("afrikanische und europäische Staaten")).toEqual([]);
    expect(en("European and African leaders, Latin American voters")).toEqual([]);
  });
  it("matches whole tokens only: Modi/Modifikation, Oman/Romane, Chad/Chadwick, Iran/Iranisch", () => {
    expect(de("Die Modifikation in ihren Romanen")).toEqual([]);
    expect(en("Chadwick read Romanesque texts.")).toEqual([]);
    expect(de("die iranische Seite")).toEqual(["country:IR"]);
  });
  it("needs upper case for US: 'us' is a pronoun", () => {
    expect(en("Let us go. Tell us more.")).toEqual([]);
    expect(en("The US said")).toEqual(["country:US"]);
  });
  it("drops Georgia the US state, keeps Georgia the country", () => {
    expect(en("Voters in Atlanta, Georgia. The governor of Georgia spoke.")).toEqual([]);
    expect(en("Georgia's parliament in Tbilisi")).toEqual(["country:GE"]);
  });
  it("blocks phrases that only look like countries", () => {
    expect(en("New Mexico and the Indian Ocean")).toEqual([]);
    expect(de("im Indischen Ozean")).toEqual([]);
  });
  it("resolves an ambiguous form by context, or drops it", () => {
    expect(en("Congolese troops crossed the border.")).toEqual([]);
    expect(en("The DRC said Congolese troops crossed the border.")).toEqual(["country:CD"]);
    expect(en("Korean firms invest in South Korea.")).toEqual(["country:KR"]);
    expect(en("North Korea and South Korea: Korean unity.")).toEqual(["country:KP", "country:KR"]);
  });
  it("does not take 'turkey' the bird or 'china' the porcelain", () => {
    expect(en("They ate turkey from fine china.")).toEqual([]);
  });
});

describe("countries that are also given names", () => {
  it("reads a capitalised word after Chad or Jordan as a surname, not the country", () => {
    expect(en("Chad Smith, a British analyst, disagreed. Jordan Peterson spoke.")).toEqual(["country:GB"]);
  });
  it("keeps the country everywhere else", () => {
    expect(en("Chad sent troops; King Abdullah of Jordan attended. Chad and Jordan agreed.")).toEqual([
      "country:JO",
      "country:TD",
    ]);
  });
});
