import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayInZone, formatClock, formatDate, isoAttr, zoneName } from "../../src/render/format.ts";

/** Zones with the shapes that trip formatters: DST both ways, half and quarter hours, UTC spelled two ways. */
const ZONES = [
  "Europe/Berlin",
  "UTC",
  "Etc/UTC",
  "Europe/London",
  "America/New_York",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Asia/Shanghai",
];

// What format.ts computed with Luxon alone before the cached-Intl path: the reference the fast path must match.
function luxonDate(iso: string, lang: "de" | "en", zone: string, withTime: boolean): string {
  const dt = DateTime.fromISO(iso, { setZone: true })
    .setZone(zone)
    .setLocale(lang === "de" ? "de-DE" : "en-GB");
  const day = dt.toFormat(lang === "de" ? "d. LLLL yyyy" : "d LLLL yyyy");
  if (!withTime) return day;
  const clock = dt.toFormat("HH:mm");
  return lang === "de" ? `${day}, ${clock} Uhr ${zoneName(dt)}` : `${day}, ${clock} ${zoneName(dt)}`;
}

describe("dates from cached Intl formatters", () => {
  it("read exactly as Luxon's for any instant, zone and language", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom("de" as const, "en" as const),
        fc.constantFrom(...ZONES),
        fc.boolean(),
        (millis, zone, lang, written, ms) => {
          // Articles carry their date as Luxon wrote it in the site zone, with or without milliseconds.
          const at = ms ? millis : millis - (millis % 1000);
          const iso = DateTime.fromMillis(at, { zone: written }).toISO() as string;
          expect(formatDate(iso, lang, zone, false)).toBe(luxonDate(iso, lang, zone, false));
          expect(formatDate(iso, lang, zone, true)).toBe(luxonDate(iso, lang, zone, true));
          expect(formatClock(iso, lang, zone)).toBe(luxonDate(iso, lang, zone, true).split(", ")[1]);
          const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
          expect(isoAttr(iso, zone)).toBe(dt.toISO({ suppressMilliseconds: true }));
          expect(dayInZone(iso, zone)).toBe(dt.toISODate());
        },
      ),
      { numRuns: 3000, seed: 13 },
    );
  });

  it("agree with Luxon around daylight-saving changes, to the minute", () => {
    // 2025-03-30 01:00 UTC (Berlin springs forward) and 2025-10-26 01:00 UTC (falls back), ±90 minutes.
    for (const change of [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]) {
      for (let m = -90; m <= 90; m++) {
        const iso = DateTime.fromMillis(change + m * 60_000, { zone: "Europe/Berlin" }).toISO() as string;
        for (const lang of ["de", "en"] as const) {
          expect(formatDate(iso, lang, "Europe/Berlin", true)).toBe(
            luxonDate(iso, lang, "Europe/Berlin", true),
          );
        }
        expect(isoAttr(iso, "America/New_York")).toBe(
          DateTime.fromISO(iso, { setZone: true })
            .setZone("America/New_York")
            .toISO({ suppressMilliseconds: true }),
        );
      }
    }
  });

  it("fall back to Luxon for a text without an offset", () => {
    expect(formatDate("2025-08-31T12:00:00", "de", "Europe/Berlin", false)).toBe(
      luxonDate("2025-08-31T12:00:00", "de", "Europe/Berlin", false),
    );
  });
});
