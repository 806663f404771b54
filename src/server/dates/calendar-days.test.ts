/** Local dates between the store and the pages, and the one rule for "overdue". */
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, displayDay, friendlyDue, fromDayText, isOverdue, localDateOf, toDayText } from ".";

describe("local dates", () => {
  it("round-trip a date column value without any zone shift", () => {
    expect(toDayText(fromDayText("2026-03-08"))).toBe("2026-03-08");
    expect(fromDayText("2026-03-08").toISOString()).toBe("2026-03-08T00:00:00.000Z");
  });

  it("give an evening event its own local day, not its UTC day", () => {
    // 21:30 in Chicago on Nov 24 is 03:30 UTC on Nov 25.
    expect(localDateOf(new Date("2026-11-25T03:30:00Z"), "America/Chicago")).toBe("2026-11-24");
    expect(localDateOf(new Date("2026-11-25T03:30:00Z"), "Europe/Berlin")).toBe("2026-11-25");
  });

  it("count calendar days across month, year and DST changes", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -30)).toBe("2026-01-30");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2); // over the US spring-forward night
    expect(daysBetween("2026-03-09", "2026-03-07")).toBe(-2);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("isOverdue", () => {
  it.each([
    ["open, due yesterday", { status: "open", due: "2026-11-24" }, true],
    ["open, due today (still on time)", { status: "open", due: "2026-11-25" }, false],
    ["open, due tomorrow", { status: "open", due: "2026-11-26" }, false],
    ["done late", { status: "done", due: "2026-11-01" }, false],
    ["cancelled", { status: "cancelled", due: "2026-11-01" }, false],
  ])("%s → %s", (_label, step, expected) => {
    expect(isOverdue(step, "2026-11-25")).toBe(expected);
  });
});

describe("display", () => {
  it("shows a local date as written and a due date in words", () => {
    expect(displayDay("2026-03-12")).toBe("Thu, Mar 12");
    expect(displayDay("2026-03-12", true)).toBe("Thu, Mar 12, 2026");
    expect(friendlyDue("2026-11-25", "2026-11-25")).toBe("due today");
    expect(friendlyDue("2026-11-26", "2026-11-25")).toBe("due tomorrow");
    expect(friendlyDue("2026-11-24", "2026-11-25")).toBe("1 day overdue");
    expect(friendlyDue("2026-11-20", "2026-11-25")).toBe("5 days overdue");
    expect(friendlyDue("2026-12-01", "2026-11-25")).toBe("due Tue, Dec 1");
  });
});
