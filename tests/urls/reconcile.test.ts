/** Which ledger entry is which article, and what a change to an article does to its URLs. Pure, inline data. */
import { describe, expect, it } from "vitest";
import { type Ledger, type LedgerArticle, type LedgerEntry, reconcileLedger } from "../../src/urls/index.ts";

function article(file: string, over: Partial<LedgerArticle> = {}): LedgerArticle {
  const slug = over.slug ?? file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const lang = over.lang ?? "de";
  const year = (over.date ?? "2025-08-31T10:00:00.000+02:00").slice(0, 4);
  return {
    file,
    lang,
    date: "2025-08-31T10:00:00.000+02:00",
    slug,
    url: `/${lang}/${year}/${slug}/`,
    modelId: `${lang}/${slug}`,
    ...over,
  };
}

function ledger(entries: Record<string, LedgerEntry>): Ledger {
  return { articles: new Map(Object.entries(entries)) };
}

const entry = (urls: string[], over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  lang: "de",
  date: "2025-08-31T10:00:00.000+02:00",
  urls,
  ...over,
});

describe("reconcileLedger", () => {
  it("starts a ledger: every published article with its URL, nothing to redirect", () => {
    const plan = reconcileLedger(undefined, [article("2025/a.md"), article("2025/b.md", { id: "bee" })]);
    expect([...plan.ledger.articles]).toEqual([
      ["2025/a.md", entry(["/de/2025/a/"])],
      ["bee", entry(["/de/2025/b/"], { file: "2025/b.md" })],
    ]);
    expect(plan.redirects).toEqual([]);
    expect(plan.changes.map((c) => c.kind)).toEqual(["added", "added"]);
  });

  it("keeps an unchanged site unchanged", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2025/a/"]) });
    const plan = reconcileLedger(before, [article("2025/a.md")]);
    expect(plan.ledger).toEqual(before);
    expect(plan.changes).toEqual([]);
  });

  it("redirects every earlier URL of a moved article to its current one (slug, then date)", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2024/a/", "/de/2025/a/"]) });
    const moved = article("2025/a.md", { slug: "neu", url: "/de/2025/neu/", modelId: "de/neu" });
    const plan = reconcileLedger(before, [moved]);
    expect(plan.ledger.articles.get("2025/a.md")?.urls).toEqual([
      "/de/2024/a/",
      "/de/2025/a/",
      "/de/2025/neu/",
    ]);
    expect(plan.redirects).toEqual([
      { from: "/de/2024/a/", to: "/de/2025/neu/", lang: "de", article: "de/neu" },
      { from: "/de/2025/a/", to: "/de/2025/neu/", lang: "de", article: "de/neu" },
    ]);
    expect(plan.changes).toEqual([
      { kind: "moved", file: "2025/a.md", from: "/de/2025/a/", to: "/de/2025/neu/", cause: "slug" },
    ]);
  });

  it("names what moved an article: date, language, file name, or the slug rule", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2025/a/"]) });
    const cause = (a: LedgerArticle, b = before) => {
      const change = reconcileLedger(b, [a]).changes.find((c) => c.kind === "moved");
      return change?.kind === "moved" ? change.cause : undefined;
    };
    expect(cause(article("2025/a.md", { date: "2026-01-02T10:00:00.000+01:00", url: "/de/2026/a/" }))).toBe(
      "date",
    );
    expect(cause(article("2025/a.md", { lang: "en", url: "/en/2025/a/" }))).toBe("lang");
    // The ledger saw "Łódź.md" published as /de/2025/odz/ (the old rule); the slug is now "lodz".
    const old = ledger({ "2025/Łódź.md": entry(["/de/2025/odz/"]) });
    expect(cause(article("2025/Łódź.md", { slug: "lodz", url: "/de/2025/lodz/" }), old)).toBe("rule");
    const renamed = ledger({ "2025/a.md": entry(["/de/2025/a/"], { translation: "t" }) });
    expect(cause(article("2025/b.md", { translation: "t" }), renamed)).toBe("file");
  });

  it("recognises a renamed file by its id, its translation key, or its unique language and date", () => {
    const before = ledger({
      x: entry(["/de/2025/a/"], { file: "2025/a.md" }),
      "2025/b.md": entry(["/de/2025/b/"], { translation: "story-b" }),
      "2025/c.md": entry(["/de/2025/c/"], { date: "2025-01-01T09:00:00.000+01:00" }),
    });
    const plan = reconcileLedger(before, [
      article("2025/a2.md", { id: "x" }),
      article("2025/b2.md", { translation: "story-b" }),
      article("2025/c2.md", { date: "2025-01-01T09:00:00.000+01:00", url: "/de/2025/c2/" }),
    ]);
    expect([...plan.ledger.articles.keys()].sort()).toEqual(["2025/b2.md", "2025/c2.md", "x"]);
    expect(plan.redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      "/de/2025/a/ → /de/2025/a2/",
      "/de/2025/b/ → /de/2025/b2/",
      "/de/2025/c/ → /de/2025/c2/",
    ]);
    expect(plan.ledger.articles.get("x")?.file).toBe("2025/a2.md");
  });

  it("does not guess when a date is shared: two new files and one gone entry stay apart", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2025/a/"]) });
    const plan = reconcileLedger(before, [article("2025/b.md"), article("2025/c.md")]);
    expect(plan.redirects).toEqual([]);
    expect(plan.gone).toEqual([{ url: "/de/2025/a/", lang: "de" }]);
    expect(plan.changes.map((c) => c.kind).sort()).toEqual(["added", "added", "removed"]);
  });

  it("keeps a deleted article's URLs as gone, marked removed, and says so only once", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2024/a/", "/de/2025/a/"]) });
    const plan = reconcileLedger(before, []);
    expect(plan.ledger.articles.get("2025/a.md")).toEqual(
      entry(["/de/2024/a/", "/de/2025/a/"], { removed: true }),
    );
    expect(plan.gone.map((g) => g.url)).toEqual(["/de/2024/a/", "/de/2025/a/"]);
    expect(plan.changes).toEqual([
      { kind: "removed", key: "2025/a.md", file: "2025/a.md", urls: ["/de/2024/a/", "/de/2025/a/"] },
    ]);
    const again = reconcileLedger(plan.ledger, []);
    expect(again.changes).toEqual([]);
    expect(again.gone).toEqual(plan.gone);
  });

  it("brings a removed article back where it was, with its history", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2024/a/", "/de/2025/a/"], { removed: true }) });
    const plan = reconcileLedger(before, [article("2025/a.md")]);
    expect(plan.ledger.articles.get("2025/a.md")).toEqual(entry(["/de/2024/a/", "/de/2025/a/"]));
    expect(plan.redirects.map((r) => r.from)).toEqual(["/de/2024/a/"]);
    expect(plan.changes.map((c) => c.kind)).toEqual(["restored"]);
  });

  it("gives a URL to the article that publishes it now, and takes it from the history of the one that had it", () => {
    const before = ledger({
      "2025/a.md": entry(["/de/2025/a/", "/de/2025/a-neu/"]),
      "2025/old.md": entry(["/de/2025/b/"], { removed: true, date: "2024-01-01T00:00:00.000+01:00" }),
    });
    const plan = reconcileLedger(before, [
      article("2025/a.md", { slug: "a-neu", url: "/de/2025/a-neu/" }),
      article("2025/z.md", { slug: "a", url: "/de/2025/a/", date: "2025-02-02T10:00:00.000+01:00" }),
      article("2025/b.md", { date: "2025-03-03T10:00:00.000+01:00" }),
    ]);
    expect(plan.ledger.articles.get("2025/a.md")?.urls).toEqual(["/de/2025/a-neu/"]);
    expect(plan.ledger.articles.has("2025/old.md")).toBe(false);
    expect(plan.redirects).toEqual([]);
    expect(plan.gone).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === "reused")).toEqual([
      { kind: "reused", file: "2025/b.md", url: "/de/2025/b/", previous: "2025/old.md" },
      { kind: "reused", file: "2025/z.md", url: "/de/2025/a/", previous: "2025/a.md" },
    ]);
  });

  it("re-keys an entry when an article gets an id, and keeps its file in the entry", () => {
    const before = ledger({ "2025/a.md": entry(["/de/2025/a/"]) });
    const plan = reconcileLedger(before, [article("2025/a.md", { id: "gipfel-a" })]);
    expect([...plan.ledger.articles]).toEqual([["gipfel-a", entry(["/de/2025/a/"], { file: "2025/a.md" })]]);
    expect(plan.changes).toEqual([]);
  });
});
