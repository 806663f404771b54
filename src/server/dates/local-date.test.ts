import { describe, expect, it } from "vitest";
import { civilFromDay, dayFromCivil, formatDay, isKnownTimeZone, parseDay, weekdayOfDay, ZoneClock } from "./local-date";

describe("day numbers", () => {
  it("counts days from 1970-01-01 and formats ISO dates", () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(2000, 3, 1)).toBe(11_017);
    expect(formatDay(dayFromCivil(2026, 2, 28) + 1)).toBe("2026-03-01");
    expect(formatDay(dayFromCivil(2028, 2, 28) + 1)).toBe("2028-02-29");
    expect(civilFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it("knows the weekday (0 = Sunday)", () => {
    expect(weekdayOfDay(0)).toBe(4); // Thu 1 Jan 1970
    expect(weekdayOfDay(dayFromCivil(2026, 5, 25))).toBe(1); // Memorial Day, a Monday
    expect(weekdayOfDay(dayFromCivil(2026, 7, 4))).toBe(6);
  });

  it("parses only real dates", () => {
    expect(parseDay("2026-03-20")).toBe(dayFromCivil(2026, 3, 20));
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2026-13-01")).toBeNull();
    expect(parseDay("20-03-2026")).toBeNull();
  });
});

describe("ZoneClock", () => {
  it("takes the local date of an instant in the zone, not in UTC", () => {
    const kolkata = new ZoneClock("Asia/Kolkata");
    expect(formatDay(kolkata.localDay(Date.parse("2026-07-02T18:29:59Z")))).toBe("2026-07-02");
    expect(formatDay(kolkata.localDay(Date.parse("2026-07-02T18:30:00Z")))).toBe("2026-07-03");
    const chatham = new ZoneClock("Pacific/Chatham"); // +13:45 in southern summer
    expect(formatDay(chatham.localDay(Date.parse("2026-01-15T10:14:00Z")))).toBe("2026-01-15");
    expect(formatDay(chatham.localDay(Date.parse("2026-01-15T10:15:00Z")))).toBe("2026-01-16");
  });

  it("follows daylight-saving changes within the day they happen", () => {
    const chicago = new ZoneClock("America/Chicago");
    // DST starts 08:00 UTC on Sun 8 Mar 2026 (02:00 CST -> 03:00 CDT).
    expect(chicago.offsetAt(Date.parse("2026-03-08T07:59:00Z")) / 3_600_000).toBe(-6);
    expect(chicago.offsetAt(Date.parse("2026-03-08T08:00:00Z")) / 3_600_000).toBe(-5);
    expect(formatDay(chicago.localDay(Date.parse("2026-03-09T04:59:00Z")))).toBe("2026-03-08");
    expect(formatDay(chicago.localDay(Date.parse("2026-03-09T05:00:00Z")))).toBe("2026-03-09");
    const auckland = new ZoneClock("Pacific/Auckland");
    // NZ daylight saving ends 14:00 UTC on Sat 4 Apr 2026 (03:00 NZDT -> 02:00 NZST).
    expect(auckland.offsetAt(Date.parse("2026-04-04T13:59:00Z")) / 3_600_000).toBe(13);
    expect(auckland.offsetAt(Date.parse("2026-04-04T14:00:00Z")) / 3_600_000).toBe(12);
    expect(formatDay(auckland.localDay(Date.parse("2026-04-05T11:59:00Z")))).toBe("2026-04-05");
    expect(formatDay(auckland.localDay(Date.parse("2026-04-05T12:00:00Z")))).toBe("2026-04-06");
  });

  it("gives the same answers from a warm cache", () => {
    const clock = new ZoneClock("Europe/London");
    const instants = ["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-03-29T23:00:00Z", "2026-03-28T23:59:59Z"].map(Date.parse);
    const cold = instants.map((ms) => clock.localDay(ms));
    expect(instants.map((ms) => clock.localDay(ms))).toEqual(cold);
    expect(cold.map(formatDay)).toEqual(["2026-03-29", "2026-03-29", "2026-03-30", "2026-03-28"]);
  });

  it("recognises IANA zones", () => {
    expect(isKnownTimeZone("Pacific/Auckland")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
