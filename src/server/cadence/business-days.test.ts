import { describe, expect, it } from "vitest";
import { addBusinessDays, addCalendarDaysRolled, businessCalendar, isKnownHolidayCalendar, rollForward } from "./business-days";
import { formatDay, parseDay } from "@/server/dates";

const d = (text: string) => parseDay(text)!;
const us = businessCalendar("US");

describe("business-day calendars", () => {
  it("skips weekends and public holidays, including the substitute day for a Saturday holiday", () => {
    expect(us.isBusinessDay(d("2026-05-25"))).toBe(false); // Memorial Day
    expect(us.isBusinessDay(d("2026-07-03"))).toBe(false); // Independence Day observed (4 Jul is a Saturday)
    expect(us.isBusinessDay(d("2026-11-26"))).toBe(false); // Thanksgiving
    expect(us.isBusinessDay(d("2026-05-23"))).toBe(false); // Saturday
    expect(us.isBusinessDay(d("2026-05-26"))).toBe(true);
  });

  it("counts observances and optional days as business days", () => {
    expect(us.isBusinessDay(d("2026-03-17"))).toBe(true); // St Patrick's Day, an observance
    expect(us.isBusinessDay(d("2026-04-15"))).toBe(true); // Tax Day, an observance
    expect(us.isBusinessDay(d("2026-11-27"))).toBe(true); // day after Thanksgiving: an observance federally...
    expect(businessCalendar("US-CA").isBusinessDay(d("2026-11-27"))).toBe(false); // ...public in California
    expect(us.isBusinessDay(d("2026-12-24"))).toBe(true); // Christmas Eve, optional
  });

  it("uses the country's own holidays", () => {
    const gb = businessCalendar("GB");
    expect(gb.isBusinessDay(d("2026-04-06"))).toBe(false); // Easter Monday
    expect(gb.isBusinessDay(d("2026-12-28"))).toBe(false); // Boxing Day substitute
    expect(gb.isBusinessDay(d("2026-11-26"))).toBe(true);
  });

  it("without a calendar skips weekends only", () => {
    const none = businessCalendar(null);
    expect(none.isBusinessDay(d("2026-05-25"))).toBe(true);
    expect(none.isBusinessDay(d("2026-05-24"))).toBe(false);
  });

  it("loads holidays for any year asked, in any order", () => {
    const ca = businessCalendar("CA");
    expect(ca.isBusinessDay(d("2031-07-01"))).toBe(false); // Canada Day 2031, a Tuesday
    expect(ca.isBusinessDay(d("2019-07-01"))).toBe(false); // Canada Day 2019, a Monday
    expect(ca.isBusinessDay(d("2025-07-01"))).toBe(false);
    expect(ca.isBusinessDay(d("2025-07-02"))).toBe(true);
  });

  it("validates calendar codes", () => {
    expect(["US", "US-CA", "GB", "GB-SCT", "NZ", "de-by"].map(isKnownHolidayCalendar)).toEqual([true, true, true, true, true, true]);
    expect(["XX", "US-ZZ", "USA", "", "US_CA"].map(isKnownHolidayCalendar)).toEqual([false, false, false, false, false]);
  });
});

describe("date arithmetic", () => {
  it("B+n never counts the start day and skips non-business days", () => {
    expect(formatDay(addBusinessDays(us, d("2026-05-22"), 1))).toBe("2026-05-26"); // Fri -> Tue after Memorial Day
    expect(formatDay(addBusinessDays(us, d("2026-05-23"), 1))).toBe("2026-05-26"); // from a Saturday
    expect(formatDay(addBusinessDays(us, d("2026-05-26"), 10))).toBe("2026-06-09");
    expect(formatDay(addBusinessDays(us, d("2026-11-25"), 1))).toBe("2026-11-27");
  });

  it("B+0 and rolling move a non-business day forward and keep a business day", () => {
    expect(formatDay(rollForward(us, d("2026-07-03")))).toBe("2026-07-06");
    expect(formatDay(addBusinessDays(us, d("2026-07-03"), 0))).toBe("2026-07-06");
    expect(formatDay(rollForward(us, d("2026-07-07")))).toBe("2026-07-07");
  });

  it("D+n counts calendar days, then rolls", () => {
    expect(formatDay(addCalendarDaysRolled(us, d("2026-11-19"), 7))).toBe("2026-11-27");
    expect(formatDay(addCalendarDaysRolled(us, d("2026-11-19"), 10))).toBe("2026-11-30");
    expect(formatDay(addCalendarDaysRolled(us, d("2026-06-18"), 14))).toBe("2026-07-02");
  });
});
