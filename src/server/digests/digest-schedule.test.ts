/** Monday 08:00 local, in every zone, and the ISO week that names a digest. */
import { describe, expect, it } from "vitest";
import { digestWeekAt, isDigestHour, isoWeekOf, zonesInDigestHour } from "./digest-schedule";

describe("isDigestHour", () => {
  // Monday 2026-11-30. Chicago is UTC−6, Berlin UTC+1, Kolkata UTC+5:30.
  it.each([
    ["2026-11-30T14:00:00Z", "America/Chicago", true],
    ["2026-11-30T14:59:59Z", "America/Chicago", true],
    ["2026-11-30T15:00:00Z", "America/Chicago", false],
    ["2026-11-30T13:59:59Z", "America/Chicago", false],
    ["2026-11-30T07:00:00Z", "Europe/Berlin", true],
    ["2026-11-30T02:30:00Z", "Asia/Kolkata", true],
    // Sunday 08:00 in Chicago is not the digest hour.
    ["2026-11-29T14:00:00Z", "America/Chicago", false],
    // Across spring forward: Monday 2026-03-09 08:00 CDT is 13:00 UTC.
    ["2026-03-09T13:00:00Z", "America/Chicago", true],
    ["2026-03-09T14:00:00Z", "America/Chicago", false],
  ])("at %s in %s: %s", (instant, zone, expected) => {
    expect(isDigestHour(new Date(instant), zone)).toBe(expected);
  });

  it("picks, of several zones, exactly those at Monday 08:xx", () => {
    expect(zonesInDigestHour(["America/Chicago", "Europe/Berlin", "Asia/Kolkata", "America/Chicago"], new Date("2026-11-30T14:30:00Z"))).toEqual(["America/Chicago"]);
    expect(zonesInDigestHour(["America/Chicago", "Europe/Berlin", "Asia/Kolkata"], new Date("2026-11-30T07:10:00Z"))).toEqual(["Europe/Berlin"]);
  });
});

describe("isoWeekOf", () => {
  it.each([
    ["2026-11-30", "2026-W49"],
    ["2026-11-25", "2026-W48"],
    ["2026-01-01", "2026-W01"], // a Thursday
    ["2026-12-31", "2026-W53"], // 2026 has 53 weeks
    ["2027-01-03", "2026-W53"], // the Sunday after still belongs to it
    ["2027-01-04", "2027-W01"],
    ["2024-12-30", "2025-W01"], // a Monday that opens the next ISO year
  ])("%s is in %s", (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it("names a recipient's digest by their own local date", () => {
    // 23:30 UTC on Sunday 2026-11-29 is already Monday in Kolkata, still Sunday in Chicago.
    expect(digestWeekAt(new Date("2026-11-29T23:30:00Z"), "Asia/Kolkata")).toBe("2026-W49");
    expect(digestWeekAt(new Date("2026-11-29T23:30:00Z"), "America/Chicago")).toBe("2026-W48");
  });
});
