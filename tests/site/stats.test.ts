import { describe, expect, it } from "vitest";
import { coMentioned, coverageByMonth, summitHub, summitsOf } from "../../src/stats/index.ts";
import { ARTICLES, article, buildModel, SUMMITS } from "./fixture.ts";

describe("summit hub", () => {
  const model = buildModel();
  const term = model.index.editions.de.terms.get("summit:sco-2025-tianjin");
  if (!term) throw new Error("fixture");
  const hub = summitHub(term, model.registry, "de");

  it("without checked attendance lists the members on the first day, never people", () => {
    expect(hub.facts.checked).toBe(false);
    expect(hub.facts.participants).toEqual([]);
    expect(hub.facts.members.map((m) => m.id)).toEqual(["CN", "RU", "KZ"]);
  });

  it("lists the people its coverage names apart, most covered first, then by name", () => {
    expect(hub.named.map((p) => [p.entity.id, p.count])).toEqual([
      ["xi-jinping", 2],
      ["tokayev", 1],
      ["putin", 1],
    ]);
  });

  it("leaves out of the named people those who had died before the summit began", () => {
    const withFather = buildModel([
      ...ARTICLES,
      article(
        "2025/alijew.md",
        {
          title: "Ilham Alijew in Tianjin",
          date: "2025-09-01 09:00",
          lang: "de",
          summit: "sco-2025-tianjin",
        },
        "Der Sohn von Heydar Alijew reiste mit Xi Jinping nach Tianjin.",
      ),
    ]);
    const t = withFather.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    const named = summitHub(t, withFather.registry, "de").named.map((p) => p.entity.id);
    expect(named).toContain("xi-jinping");
    expect(named).not.toContain("heydar-aliyev");
  });

  it("with checked attendance: leaders that day less the absent (with stand-ins), plus guests; the rest is named", () => {
    const checked = buildModel(undefined, {
      summits: `${SUMMITS}  attendance:\n    absent: [{ person: putin, representedBy: tokayev, remote: true }]\n`,
    });
    const t = checked.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    const h = summitHub(t, checked.registry, "de");
    expect(h.facts.participants.map((p) => [p.person.id, p.status, p.representedBy?.id])).toEqual([
      ["xi-jinping", "present", undefined],
      ["putin", "remote", "tokayev"],
      ["tokayev", "present", undefined],
    ]);
    expect(h.named).toEqual([]);
  });

  it("the timeline groups by the host's calendar day (Tianjin, UTC+8), oldest first", () => {
    expect(hub.days.map((d) => [d.day, d.articles.map((a) => a.slug)])).toEqual([
      ["2025-08-31", ["tokajew-trifft-xi"]],
      ["2025-09-01", ["putin-und-xi"]],
    ]);
  });

  it("its countries: host, members, then those its coverage is mainly about, each with why", () => {
    expect(hub.countries.map((c) => [c.entity.id, c.reason])).toEqual([
      ["CN", "host"],
      ["KZ", "member"],
      ["RU", "member"],
    ]);
  });

  it("who met whom only from sentences that say so, never from names in one article", () => {
    // "Tokajew trifft Xi" says so; "Putin und Xi" (another article's title) does not.
    expect(hub.meetings.map((m) => [m.a.id, m.b.id, m.count])).toEqual([["tokayev", "xi-jinping", 1]]);
    const met = buildModel([
      article(
        "treffen.md",
        { title: "Treffen", date: "2025-08-31 12:00", lang: "de", summit: "sco-2025-tianjin" },
        "Tokajew traf am Sonntag Xi Jinping. Putin will Xi später treffen.",
      ),
    ]);
    const t = met.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    expect(summitHub(t, met.registry, "de").meetings.map((m) => [m.a.id, m.b.id, m.count])).toEqual([
      ["tokayev", "xi-jinping", 1],
    ]);
  });

  it("lists articles that only refer to the summit apart from its coverage", () => {
    const mixed = buildModel([
      ...ARTICLES,
      article(
        "rueckblick.md",
        { title: "Rückblick", date: "2025-12-01", lang: "de" },
        "Beim SOZ-Gipfel 2025 in Tianjin wurde viel versprochen.",
      ),
    ]);
    const t = mixed.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    const h = summitHub(t, mixed.registry, "de");
    expect(h.mentionedIn.map((a) => a.slug)).toEqual(["rueckblick"]);
    expect(h.days.flatMap((d) => d.articles.map((a) => a.slug))).not.toContain("rueckblick");
  });

  it("a late-evening article in Berlin falls on the next day in Tianjin", () => {
    const late = buildModel([
      article("spaet.md", {
        title: "Spät",
        date: "2025-08-31 20:00",
        lang: "de",
        summit: "sco-2025-tianjin",
      }),
    ]);
    const t = late.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    expect(summitHub(t, late.registry, "de").days.map((d) => d.day)).toEqual(["2025-09-01"]);
  });
});

describe("entity statistics", () => {
  const model = buildModel([
    ...ARTICLES,
    article("august.md", { title: "A", date: "2025-08-01", lang: "de", countries: "[KZ]" }),
  ]);
  const kz = model.index.editions.de.terms.get("country:KZ");
  if (!kz) throw new Error("fixture");

  it("coverage by month in the site zone, empty months included", () => {
    expect(coverageByMonth(kz.articles, "Europe/Berlin")).toEqual([
      { month: "2025-06", count: 1 },
      { month: "2025-07", count: 0 },
      { month: "2025-08", count: 2 },
    ]);
  });

  it("summits it appears in, and the entities most often tagged with it", () => {
    expect(summitsOf(kz.key, kz.articles, model.registry, "de").map((c) => [c.entity.id, c.count])).toEqual([
      ["sco-2025-tianjin", 1],
    ]);
    expect(coMentioned(kz.key, kz.articles, model.registry, "de").map((c) => c.entity.id)).toEqual([
      "CN",
      "tokayev",
      "sco",
      "sco-2025-tianjin",
      "xi-jinping",
    ]);
  });
});
