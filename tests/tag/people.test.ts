import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import { article, keysIn, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const de = (text: string) => keysIn(tagger, "de", text);
const en = (text: string) => keysIn(tagger, "en", text);

describe("people", () => {
  it("finds full names per language and transliterations", () => {
    expect(de("Wladimir Putin traf Kassym-Schomart Tokajew.")).toEqual(["person:putin", "person:tokayev"]);
    expect(en("Vladimir Putin met Kassym-Jomart Tokayev.")).toEqual(["person:putin", "person:tokayev"]);
    for (const alias of ["Tokajew", "Tokayev", "Tokaev", "Toqajew"])
      expect(de(`${alias} sagte`)).toEqual(["person:tokayev"]);
  });
  it("finds genitives and possessives: Putins, Tokajews, Putin's", () => {
    expect(de("Putins Sprecher und Tokajews Berater")).toEqual(["person:putin", "person:tokayev"]);
    expect(en("Putin's spokesman and Xi Jinping’s adviser")).toEqual(["person:putin", "person:xi-jinping"]);
  });
  it("finds a unique surname alone, in family-name-first order too", () => {
    expect(en("Modi said. Xi replied. Rutte listened.")).toEqual([
      "person:modi",
      "person:rutte",
      "person:xi-jinping",
    ]);
    expect(en("Von der Leyen spoke.")).toEqual(["person:von-der-leyen"]);
  });
  it("does not match a first name alone or a lower-case word", () => {
    expect(de("Wladimir und Narendra")).toEqual([]);
    expect(en("a modi operandi")).toEqual([]);
  });
  it("resolves a shared surname to the person named in full, else drops it", () => {
    const r = tagger.tag(article("en", { body: "Ilham Aliyev spoke in Baku. Aliyev said more." }));
    const ilham = r.entities.find((e) => e.key === "person:ilham-aliyev");
    expect(ilham?.mentions.map((m) => m.surface)).toEqual(["Ilham Aliyev", "Aliyev"]);
    expect(r.entities.some((e) => e.key === "person:heydar-aliyev")).toBe(false);
    expect(en("A statue of Aliyev stands in Nakhchivan.")).toEqual([]);
    expect(de("Heydar Alijew und Ilham Alijew; Alijew sagte")).toEqual([
      "person:heydar-aliyev",
      "person:ilham-aliyev",
    ]);
  });
  it("finds every form of a person added to the registry", () => {
    const registry = testRegistry({
      people: [
        {
          type: "person",
          id: "sharif",
          name: { de: "Shehbaz Sharif", en: "Shehbaz Sharif" },
          aliases: [],
          offices: [],
          country: "PK",
        },
      ],
    });
    const t = compileTagger(registry);
    expect(keysIn(t, "de", "Sharifs Regierung")).toEqual(["person:sharif"]);
    expect(keysIn(t, "en", "Sharif's government")).toEqual(["person:sharif"]);
  });

  it("does not take a surname or alias that is a common word for the person before their full name", () => {
    const may = {
      type: "person",
      id: "theresa-may",
      name: { de: "Theresa May", en: "Theresa May" },
      aliases: ["Will"],
      country: "GB",
      offices: [],
    } as const;
    const tagged = compileTagger(testRegistry({ people: [may] }));
    const keys = (lang: "de" | "en", body: string) => keysIn(tagged, lang, body);
    expect(keys("en", "The chancellor spoke in May. Will they agree?")).toEqual([]);
    expect(keys("de", "Der Kanzler sprach im May.")).toEqual([]);
    expect(keys("en", "Theresa May spoke. In May, May said more.")).toEqual(["person:theresa-may"]);
    const later = tagged.tag(article("en", { body: "May said it. Later Theresa May left." }));
    expect(
      later.entities.find((e) => e.key === "person:theresa-may")?.mentions.map((m) => m.surface),
    ).toEqual(["Theresa May"]);
    // Unusual surnames stay found alone, as before.
    expect(keys("en", "Tokayev said.")).toEqual(["person:tokayev"]);
  });
});
