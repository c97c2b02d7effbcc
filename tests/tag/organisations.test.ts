import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import { keysIn, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const de = (text: string) => keysIn(tagger, "de", text);
const en = (text: string) => keysIn(tagger, "en", text);

describe("organisations", () => {
  it("finds acronyms per language and aliases, in both languages", () => {
    expect(de("Die SOZ und die SCO und die ШОС")).toEqual(["organisation:sco"]);
    expect(en("The SCO met.")).toEqual(["organisation:sco"]);
  });
  it("finds acronyms inside hyphen compounds", () => {
    expect(de("SOZ-Gipfel, NATO-Generalsekretär, SCO-Entwicklungsstrategie")).toEqual([
      "organisation:nato",
      "organisation:sco",
    ]);
  });
  it("accepts Nato/Brics spelling for acronyms of four letters or more, not Eu for EU", () => {
    expect(de("Die Nato und die Brics")).toEqual(["organisation:brics", "organisation:nato"]);
    expect(de("Eu und eu")).toEqual([]);
  });
  it("finds inflected German names: der Europäischen Union, der Eurasischen Wirtschaftsunion", () => {
    expect(de("Mitglied der Europäischen Union und der Eurasischen Wirtschaftsunion")).toEqual([
      "organisation:eaeu",
      "organisation:eu",
    ]);
    expect(de("den Vereinten Nationen")).toEqual(["organisation:un"]);
  });
  it("finds both spellings of English names", () => {
    expect(en("the Shanghai Cooperation Organization")).toEqual(["organisation:sco"]);
    expect(en("the Shanghai Cooperation Organisation's charter")).toEqual(["organisation:sco"]);
  });
  it("matches whole tokens: EU is not in EAEU or EAWU", () => {
    expect(en("EAEU members")).toEqual(["organisation:eaeu"]);
    expect(de("EAWU-Mitglieder")).toEqual(["organisation:eaeu"]);
  });
  it("takes EU-Kommission / EU Commission for the Commission, not the EU", () => {
    expect(de("Die EU-Kommission schlug vor")).toEqual(["organisation:european-commission"]);
    expect(en("The EU Commission proposed")).toEqual(["organisation:european-commission"]);
    expect(en("The European Commission proposed")).toEqual(["organisation:european-commission"]);
  });
  it("does not take 'European' alone for the EU", () => {
    expect(en("European leaders met.")).toEqual([]);
  });
});
