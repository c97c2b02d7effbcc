import { describe, expect, it } from "vitest";
import { knownMaps, type MapRequest, mapGeometry, seedMaps } from "../../src/maps/index.ts";
import { CompactPath } from "../../src/maps/svgPath.ts";

const bytes = (g: ReturnType<typeof mapGeometry>) =>
  g.sea.length + g.land.length + g.shapes.reduce((n, s) => n + s.d.length, 0);

describe("map geometry", () => {
  it("a summit map highlights the host and members, marks the host city inside the frame, and stays small", () => {
    const g = mapGeometry({
      frame: "fit",
      countries: [
        { id: "CN", role: "host" },
        ...["RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"].map((id) => ({
          id,
          role: "member" as const,
        })),
      ],
      points: [{ lat: 39.13, lon: 117.2, label: "Tianjin", kind: "host" }],
    });
    expect(g.shapes.map((s) => s.role)).toEqual(["host", "member"]);
    const [city] = g.points;
    expect(city?.label).toBe("Tianjin");
    expect(city?.x).toBeGreaterThan(0);
    expect(city?.x).toBeLessThan(g.width);
    expect(city?.y).toBeGreaterThan(0);
    expect(city?.y).toBeLessThan(g.height);
    expect(bytes(g)).toBeLessThan(30_000);
    expect(g.missing).toEqual([]);
  });

  it("a locator map frames the country's main territory (France without Réunion) and leaves distant land out", () => {
    const fr = mapGeometry({ frame: "locator", countries: [{ id: "FR", role: "subject" }], points: [] });
    const kz = mapGeometry({ frame: "locator", countries: [{ id: "KZ", role: "subject" }], points: [] });
    expect(bytes(fr)).toBeLessThan(30_000);
    expect(bytes(kz)).toBeLessThan(30_000);
    // The subject sits in the middle of the frame, not at its edge.
    const xs = [...(fr.shapes[0]?.d.matchAll(/M(\d+) (\d+)/g) ?? [])].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(fr.width * 0.15);
  });

  it("draws a small state as a dot, and names countries Natural Earth lacks instead of drawing them", () => {
    const g = mapGeometry({
      frame: "fit",
      countries: [
        { id: "CN", role: "member" },
        { id: "AU", role: "member" },
        { id: "SG", role: "host" },
        { id: "TV", role: "guest" },
      ],
      points: [],
    });
    expect(g.dots.map((d) => d.id)).toContain("SG");
    expect(g.missing).toEqual(["TV"]);
  });

  it("the same request gives the same bytes; labels come from the request (German and English share a drawing)", () => {
    const request = (label: string) =>
      ({
        frame: "locator",
        countries: [{ id: "NL", role: "subject" }],
        points: [{ lat: 52.08, lon: 4.3, label, kind: "city" }],
      }) as const;
    const de = mapGeometry(request("Den Haag"));
    const en = mapGeometry(request("The Hague"));
    expect(de.land).toBe(en.land);
    expect(de.points[0]?.label).toBe("Den Haag");
    expect(en.points[0]?.label).toBe("The Hague");
  });
});

describe("compact path data", () => {
  it("rounds, drops repeated and collinear points, writes relative moves and leaves out specks", () => {
    const path = new CompactPath();
    path.moveTo(10.2, 10.4);
    path.lineTo(20.1, 10.2);
    path.lineTo(30, 10);
    path.lineTo(30, 10.3);
    path.lineTo(30, 30);
    path.lineTo(10, 30);
    path.closePath();
    // A speck of less than two square units is not drawn.
    path.moveTo(50, 50);
    path.lineTo(51, 50);
    path.lineTo(51, 51);
    path.closePath();
    expect(path.result()).toBe("M10 10l20 0 0 20-20 0z");
  });

  it("takes a map an earlier build drew as drawn, reading the earlier maps only when a map is asked for", () => {
    const request = {
      frame: "fit" as const,
      countries: [{ id: "SG", role: "host" as const }],
      points: [{ lat: 1.29, lon: 103.85, label: "Singapur", kind: "host" as const }],
    };
    const drawn = mapGeometry(request);
    expect(knownMaps(5_000).drawn).toBeGreaterThan(0);
    // What the build cache gives back: the same request, drawn by an earlier build.
    let reads = 0;
    const earlier = {
      ...drawn,
      land: "M0 0L1 1z",
      points: drawn.points.map((p) => ({ ...p, lat: 1.3, label: "an earlier label" })),
    };
    const other: MapRequest = {
      ...request,
      points: [{ lat: 1.3, lon: 103.85, label: "Singapore", kind: "host" }],
    };
    seedMaps(() => {
      reads++;
      return [[JSON.stringify({ ...other, points: [[1.3, 103.85, "host"]] }), earlier]];
    });
    expect(reads).toBe(0);
    const again = mapGeometry(other);
    expect(reads).toBe(1);
    expect(again.land).toBe("M0 0L1 1z");
    // Labels are the page's own, not the earlier build's.
    expect(again.points.map((p) => p.label)).toEqual(["Singapore"]);
    mapGeometry(other);
    expect(reads).toBe(1);
  });
});
