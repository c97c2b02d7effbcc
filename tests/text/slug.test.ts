import { describe, expect, it } from "vitest";
import { isSlug, MAX_SLUG_LENGTH, slugify } from "../../src/text/index.ts";

describe("slugify", () => {
  // The names the old rule mangled ("rados-aw", "odz", "ukanovic", "r"), now transliterated.
  it.each([
    ["Radosław", "radoslaw"],
    ["Łódź", "lodz"],
    ["Đukanović", "dukanovic"],
    ["Ærø", "aero"],
    ["Œuvre", "oeuvre"],
    ["Þingvellir", "thingvellir"],
    ["Çağlayan Şahin in İstanbul", "caglayan-sahin-in-istanbul"],
    ["Nguyễn Phú Trọng", "nguyen-phu-trong"],
    ["Москва", "moskva"],
  ])("transliterates %s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("keeps the German rules: umlauts written out, ß as ss", () => {
    expect(slugify("Tokajew trifft Xi: Gespräche über Öl")).toBe("tokajew-trifft-xi-gespraeche-ueber-oel");
    expect(slugify("Größere Rolle für Kasachstan")).toBe("groessere-rolle-fuer-kasachstan");
    expect(slugify("STRAẞE")).toBe("strasse");
    expect(slugify("Äußerung")).toBe("aeusserung");
  });

  it("puts no English words into URLs for symbols", () => {
    expect(slugify("Trump & Putin")).toBe("trump-putin");
    expect(slugify("C++ und C#")).toBe("c-und-c");
    expect(slugify("50 % mehr")).toBe("50-mehr");
  });

  it("keeps camel-case words whole and file names as they were", () => {
    expect(slugify("iPhone-Gipfel")).toBe("iphone-gipfel");
    expect(slugify("SOZ-Gipfel 2025")).toBe("soz-gipfel-2025");
    expect(slugify("nato-gipfel-einigt-sich-auf-fuenf-prozent")).toBe(
      "nato-gipfel-einigt-sich-auf-fuenf-prozent",
    );
  });

  it("is never empty, never longer than the limit, and always a valid slug", () => {
    expect(slugify("北京")).toBe("article");
    expect(slugify("---")).toBe("article");
    const long = slugify("Gipfel ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long.endsWith("-")).toBe(false);
    for (const text of ["Łódź", "a__b", "  x  ", "Ænima", "ÆØÅ æøå", "Café 1€"])
      expect(isSlug(slugify(text))).toBe(true);
  });
});
