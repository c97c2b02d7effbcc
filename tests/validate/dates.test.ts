import { describe, expect, it } from "vitest";
import { parseContentDate } from "../../src/validate/index.ts";

const berlin = (s: string) => parseContentDate(s, "Europe/Berlin");

describe("parseContentDate", () => {
  it("reads a bare day at midnight in the site's zone, not UTC", () => {
    expect(berlin("2025-09-01")).toMatchObject({ iso: "2025-09-01T00:00:00.000+02:00", dateOnly: true });
  });

  it("reads a wall-clock time in the site's zone", () => {
    expect(berlin("2025-08-31 23:30")).toMatchObject({
      iso: "2025-08-31T23:30:00.000+02:00",
      dateOnly: false,
    });
  });

  it("keeps the instant of an explicit offset and shows it in the site's zone", () => {
    expect(berlin("2025-08-31T09:30:00+08:00")).toMatchObject({ iso: "2025-08-31T03:30:00.000+02:00" });
  });

  it("refuses a day that does not exist instead of rolling over", () => {
    expect(berlin("2026-02-30")).toMatchObject({
      message: "2026-02-30 does not exist: February 2026 has 28 days.",
    });
  });

  it("refuses month 13", () => {
    expect(berlin("2025-13-01")).toMatchObject({ message: "Month 13 does not exist." });
  });

  it("refuses a time inside the daylight-saving gap instead of shifting it", () => {
    expect(berlin("2025-03-30 02:30")).toHaveProperty("message");
  });

  it("refuses implausible years and non-dates", () => {
    expect(berlin("0025-08-31")).toHaveProperty("message");
    expect(berlin("31.08.2025")).toHaveProperty("hint");
  });
});
