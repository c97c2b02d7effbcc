/** People, offices and summits resolved at the article's date (src/tag/README.md: the rules and their limits). */
import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import { tagOn, timeRegistry } from "./world.ts";

describe("namesakes at the article's date", () => {
  it("gives a shared surname to the one in office that day, never to a dead namesake", () => {
    expect(tagOn("en", "2025-05-01", "Aliyev said Baku wants peace.").people).toEqual(["ilham-aliyev"]);
    expect(tagOn("de", "2001-05-15", "Alijew traf in Baku Gäste aus Ankara.").people).toEqual([
      "heydar-aliyev",
    ]);
  });
  it("prefers the one the article names in full", () => {
    expect(
      tagOn("en", "2025-05-01", "Heydar Aliyev built the pipeline. Aliyev was proud.").surfaces(
        "heydar-aliyev",
      ),
    ).toEqual(["Heydar Aliyev", "Aliyev"]);
  });
  it("leaves it untagged when nobody of them is in office, or in a sentence of remembrance", () => {
    expect(tagOn("en", "2025-09-11", "Many remember President Bush on the rubble.").people).toEqual([]);
    expect(tagOn("en", "2005-09-11", "President Bush spoke in New Orleans.").people).toEqual([
      "george-w-bush",
    ]);
    expect(tagOn("en", "2025-05-01", "A statue of Aliyev stands in Nakhchivan.").people).toEqual([]);
  });
  it("takes short forms from `short` or the name, never from the last word of an alias", () => {
    const r = tagOn("en", "2025-03-20", "Mahmoud Ali Youssouf met reporters. Ali is a common name.");
    expect(r.people).toEqual(["youssouf"]);
  });
});

describe("office references", () => {
  it("names the holder on the article's date, with the country or organisation next to the word", () => {
    for (const text of [
      "Der kasachische Präsident reiste ab.",
      "Kasachstans Präsident reiste ab.",
      "Dann reiste der Präsident Kasachstans ab.",
    ])
      expect(tagOn("de", "2025-09-02", text).surfaces("tokayev")).toEqual(["Präsident"]);
    for (const text of [
      "Kazakhstan's president left.",
      "The president of Kazakhstan left.",
      "The Kazakh president left.",
      "Kazakhstan's current president left.",
    ])
      expect(tagOn("en", "2025-09-02", text).people).toEqual(["tokayev"]);
    expect(tagOn("en", "2015-09-02", "Kazakhstan's president left.").people).toEqual(["nazarbayev"]);
  });
  it("resolves organisations' offices: NATO's secretary general, UN-Generalsekretär", () => {
    expect(tagOn("en", "2025-02-17", "NATO's secretary general warned Russia.").people).toEqual(["rutte"]);
    expect(tagOn("en", "2023-02-17", "NATO's secretary general warned Russia.").people).toEqual([
      "stoltenberg",
    ]);
    const un = tagOn("de", "2025-03-10", "Der UN-Generalsekretär rief zur Waffenruhe auf.");
    expect(un.keys).toEqual(["organisation:un", "person:guterres"]);
    expect(un.surfaces("guterres")).toEqual(["Generalsekretär"]);
  });
  it("leaves former, first, vice and named office holders alone", () => {
    for (const text of [
      "Kazakhstan's former president left.",
      "The first president of Kazakhstan left.",
      "Der frühere kasachische Präsident reiste ab.",
      "Der kasachische Präsident Nursultan Nasarbajew reiste ab.",
      "In 2010, Kazakhstan's president met investors.",
      "Damals reiste der kasachische Präsident nach Moskau.",
    ])
      expect(tagOn(text.includes("Präsident") ? "de" : "en", "2025-09-02", text).surfaces("tokayev")).toEqual(
        [],
      );
  });
  it("lets a word few states use stand alone in an article about one of them", () => {
    expect(tagOn("en", "2024-07-08", "The Foreign Secretary said Britain would help.").people).toEqual([
      "lammy",
    ]);
    expect(tagOn("en", "2024-03-07", "The Foreign Secretary said Britain would help.").people).toEqual([
      "cameron",
    ]);
    expect(tagOn("de", "2024-11-20", "Der Bundeskanzler warb für Deutschland.").people).toEqual(["scholz"]);
    // Germany and Austria both have a Bundeskanzler; "the president" is every state's.
    expect(tagOn("de", "2025-06-02", "Deutschland und Österreich: Der Bundeskanzler sprach.").people).toEqual(
      [],
    );
    expect(tagOn("en", "2025-02-20", "The US economy grew. The president was pleased.").people).toEqual([]);
    expect(tagOn("en", "2024-07-08", "The Foreign Secretary of the bank resigned.").people).toEqual([]);
  });
});

describe("summits the text refers to", () => {
  const mentioned = (lang: "de" | "en", date: string, text: string) =>
    tagOn(lang, date, text).mentionedSummits ?? [];
  it("by city and year", () => {
    expect(mentioned("de", "2025-05-20", "Beim G7-Gipfel in Hiroshima 2023 war Selenskyj dabei.")).toEqual([
      "g7-2023-hiroshima",
    ]);
    expect(mentioned("en", "2025-04-10", "They built on the 2023 Hiroshima summit.")).toEqual([
      "g7-2023-hiroshima",
    ]);
    expect(mentioned("en", "2025-04-10", "Kananaskis hosted a G8 summit in 2002.")).toEqual([
      "g8-2002-kananaskis",
    ]);
  });
  it("by relative time and place", () => {
    const hague = tagOn(
      "en",
      "2025-06-20",
      "NATO meets in The Hague. Last year's summit in Washington was bigger.",
      {
        frontMatter: ["summit:nato-2025-the-hague"],
      },
    );
    expect(hague.mentionedSummits).toEqual(["nato-2024-washington"]);
    expect(mentioned("en", "2025-06-10", "The last G7 summit hosted in Canada ended badly.")).toEqual([
      "g7-2018-charlevoix",
    ]);
    expect(mentioned("en", "2025-02-14", "Compare the commitments of the G7 meeting in Japan.")).toEqual([
      "g7-2023-hiroshima",
    ]);
  });
  it("by organisation in the article's date window: an EU summit is the European Council's", () => {
    const r = tagOn("de", "2025-06-25", "Vor dem EU-Gipfel in Brüssel wird verhandelt.");
    expect(r.summit).toBe("european-council-2025-06-brussels");
    expect(tagOn("de", "2025-11-06", "Beim C5+1-Gipfel sprachen sie über Rohstoffe.").summit).toBe(
      "c5-plus-1-2025-washington",
    );
  });
  it("not the country Georgia at Sea Island, Georgia", () => {
    const r = tagOn("en", "2025-05-30", "The 2004 summit at Sea Island, Georgia, was a G8 meeting.");
    expect(r.keys).toEqual(["organisation:g8", "summit:g8-2004-sea-island"]);
  });
  it('the EU in "die Europäische und die Afrikanische Union"', () => {
    expect(tagOn("de", "2025-05-21", "Die Europäische und die Afrikanische Union planen mehr.").keys).toEqual(
      ["organisation:au", "organisation:eu"],
    );
    expect(tagOn("en", "2025-05-21", "The European and the African Union plan more.").keys).toEqual([
      "organisation:au",
      "organisation:eu",
    ]);
  });
});

describe("meetings", () => {
  const met = (lang: "de" | "en", text: string) => tagOn(lang, "2025-09-01", text).met;
  it("reads explicit statements in both languages, German verb-second and separable verbs too", () => {
    expect(met("en", "Tokayev met Xi Jinping in Tianjin.")).toEqual(["tokayev+xi-jinping"]);
    expect(met("en", "Modi held talks with Putin and Xi Jinping.")).toEqual([
      "modi+putin",
      "modi+xi-jinping",
    ]);
    expect(met("en", "Talks between Modi and Putin followed.")).toEqual(["modi+putin"]);
    expect(met("de", "Am Sonntag traf Tokajew Xi Jinping.")).toEqual(["tokayev+xi-jinping"]);
    expect(met("de", "Am Montag kam Modi mit Putin zusammen.")).toEqual(["modi+putin"]);
    expect(met("de", "Tokajew hat mit Xi über Handel gesprochen.")).toEqual(["tokayev+xi-jinping"]);
  });
  it("never from plans, hopes, denials, a possessive or two names in one sentence", () => {
    for (const [lang, text] of [
      ["de", "Tokajew will Putin in Tianjin treffen."],
      ["en", "Modi hoped to meet Putin."],
      ["en", "Modi did not meet Putin."],
      ["de", "Ein Gespräch zwischen Modi und Putin ist nicht geplant."],
      ["en", "Putin's envoy met Modi."],
      ["en", "Xi and Putin signed the declaration."],
      ["en", "Xi praised Modi, whom Putin met later."],
    ] as const)
      expect(met(lang, text), text).toEqual([]);
  });
});

describe("linearity", () => {
  it("stays linear on a long text dense with office words, summit words and meetings", () => {
    const tagger = compileTagger(timeRegistry());
    const sentence =
      "Der kasachische Präsident traf beim EU-Gipfel 2025 in Brüssel den Bundeskanzler und sprach mit Xi Jinping. ";
    const long = sentence.repeat(20_000);
    const oneSentence = sentence.replaceAll(". ", ", ").repeat(5_000);
    for (const body of [long, oneSentence]) {
      const t0 = performance.now();
      tagger.tag({
        lang: "de",
        date: "2025-06-26T10:00:00+02:00",
        title: "",
        summary: "",
        body,
        frontMatter: [],
        exclude: [],
      });
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });
});

describe("links in a rendered article", () => {
  it("give a shared surname the person the whole article gave it, or no link", () => {
    const tagger = compileTagger(timeRegistry());
    const fragment = "Aliyev has led Azerbaijan since 2003, when he succeeded his father, Heydar Aliyev.";
    // Alone, the fragment names only Heydar in full; the article (dated 2025) gave "Aliyev" to Ilham.
    expect(tagger.matchText(fragment, "en").map((m) => m.key)).toEqual([
      "person:heydar-aliyev",
      "country:AZ",
      "person:heydar-aliyev",
    ]);
    const known = new Map([
      ["Aliyev", "person:ilham-aliyev" as const],
      ["Heydar Aliyev", "person:heydar-aliyev" as const],
    ]);
    expect(
      tagger.matchText(fragment, "en", known).map((m) => `${fragment.slice(m.start, m.end)}=${m.key}`),
    ).toEqual(["Aliyev=person:ilham-aliyev", "Azerbaijan=country:AZ", "Heydar Aliyev=person:heydar-aliyev"]);
    expect(tagger.matchText("Aliyev spoke.", "en", new Map()).map((m) => m.key)).toEqual([]);
  });
});
