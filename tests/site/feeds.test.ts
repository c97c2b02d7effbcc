import { describe, expect, it } from "vitest";
import { editionFeed, entityFeed, renderAtom, renderJsonFeed } from "../../src/feeds/index.ts";
import { absolutizeHtml, escapeXml } from "../../src/feeds/xml.ts";
import { atomProblems, jsonFeedProblems } from "./feedCheck.ts";
import { buildModel } from "./fixture.ts";

describe("feeds", () => {
  const model = buildModel();

  it("an edition's Atom feed is well-formed, has its required elements, newest first", () => {
    const feed = editionFeed(model, "de");
    const atom = renderAtom(feed);
    expect(atomProblems(atom)).toEqual([]);
    expect(feed.items.map((i) => i.url)).toEqual([
      "https://news.example.org/de/2025/putin-und-xi/",
      "https://news.example.org/de/2025/tokajew-trifft-xi/",
      "https://news.example.org/de/2025/kasachstan-wahl/",
    ]);
    expect(atom).toContain(
      '<link rel="self" type="application/atom+xml" href="https://news.example.org/de/feed.xml"/>',
    );
    expect(atom).toContain("<updated>2025-09-01T12:00:00+02:00</updated>");
  });

  it("escapes text and carries every author and the update time", () => {
    const atom = renderAtom(editionFeed(model, "de"));
    expect(atom).toContain(
      "<author><name>Anna Becker</name></author>\n<author><name>Timur Sadykov</name></author>",
    );
    expect(atom).toContain(
      "&lt;/a&gt; &amp;amp; &lt;a href=&quot;https://news.example.org/de/personen/xi-jinping/&quot;",
    );
    expect(atom).toContain("&amp;lt;sprachen&amp;gt;");
    expect(atom).toContain(
      "<published>2025-06-01T00:00:00+02:00</published>\n<updated>2025-06-02T08:00:00+02:00</updated>",
    );
  });

  it("JSON Feed 1.1 passes the schema, for the edition and for each entity", () => {
    expect(jsonFeedProblems(renderJsonFeed(editionFeed(model, "en")))).toEqual([]);
    for (const key of model.index.editions.de.terms.keys()) {
      const feed = entityFeed(model, "de", key);
      expect(feed).toBeDefined();
      if (!feed) continue;
      expect(jsonFeedProblems(renderJsonFeed(feed)), key).toEqual([]);
      expect(atomProblems(renderAtom(feed)), key).toEqual([]);
    }
  });

  it("an entity feed holds its articles only, titled with the name in the edition's language", () => {
    const feed = entityFeed(model, "de", "person:tokayev");
    expect(feed?.title).toBe("Kassym-Schomart Tokajew – Gipfeldienst");
    expect(feed?.homeUrl).toBe("https://news.example.org/de/personen/tokayev/");
    expect(feed?.items.map((i) => i.title)).toEqual(["Tokajew trifft Xi"]);
    expect(entityFeed(model, "en", "country:RU")).toBeUndefined();
  });

  it("the schema rejects what JSON Feed forbids", () => {
    expect(
      jsonFeedProblems('{"version":"https://jsonfeed.org/version/1","title":"x","items":[]}'),
    ).not.toEqual([]);
    expect(
      jsonFeedProblems(
        '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"a","title":"no content"}]}',
      ),
    ).not.toEqual([]);
  });

  it("escapeXml drops characters XML cannot carry; absolutizeHtml fixes root-relative links only", () => {
    expect(escapeXml('a\u0000b<"&>')).toBe("ab&lt;&quot;&amp;&gt;");
    expect(
      absolutizeHtml('<a href="/de/x/">x</a><a href="//evil/">y</a><a href="https://o/">z</a>', "https://s"),
    ).toBe('<a href="https://s/de/x/">x</a><a href="//evil/">y</a><a href="https://o/">z</a>');
  });
});
