/**
 * 08:00 local, worked out in UTC. Chicago is UTC−6 in winter and UTC−5 in
 * summer (clocks go forward on 2026-03-08, back on 2026-11-01); Berlin is
 * UTC+1 in winter and UTC+2 in summer (forward 2026-03-29, back 2026-10-25).
 */
import { describe, expect, it } from "vitest";
import { instantAtLocalTime } from "@/server/dates";
import { overdueNudgeTime, reminderTime } from "./reminder-times";

describe("reminder times", () => {
  it.each([
    // Chicago, the Friday before spring forward: 08:00 CST = 14:00 UTC.
    ["America/Chicago", "2026-03-06", "2026-03-06T14:00:00.000Z"],
    // The change day itself (02:00 → 03:00): by 08:00 it is CDT, 13:00 UTC.
    ["America/Chicago", "2026-03-08", "2026-03-08T13:00:00.000Z"],
    ["America/Chicago", "2026-03-09", "2026-03-09T13:00:00.000Z"],
    // Fall back (02:00 → 01:00 on 2026-11-01): 08:00 CST = 14:00 UTC again.
    ["America/Chicago", "2026-11-01", "2026-11-01T14:00:00.000Z"],
    ["Europe/Berlin", "2026-03-27", "2026-03-27T07:00:00.000Z"],
    ["Europe/Berlin", "2026-03-30", "2026-03-30T06:00:00.000Z"],
    ["Europe/Berlin", "2026-10-26", "2026-10-26T07:00:00.000Z"],
    ["Asia/Kolkata", "2026-07-01", "2026-07-01T02:30:00.000Z"],
  ])("in %s on %s the reminder wakes at %s", (zone, notBefore, expected) => {
    expect(reminderTime({ notBefore }, zone).toISOString()).toBe(expected);
  });

  it("nudges once, the morning after the due date, across the change", () => {
    // Due Saturday 2026-03-07 in Chicago: the nudge is Sunday the 8th at 08:00 CDT.
    expect(overdueNudgeTime({ due: "2026-03-07" }, "America/Chicago").toISOString()).toBe("2026-03-08T13:00:00.000Z");
    // Due on the last day of a month and a year.
    expect(overdueNudgeTime({ due: "2026-12-31" }, "Europe/Berlin").toISOString()).toBe("2027-01-01T07:00:00.000Z");
  });

  it("lands a wall time skipped by spring forward one hour later, and refuses a non-date", () => {
    expect(instantAtLocalTime("2026-03-08", 2, 30, "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(() => instantAtLocalTime("2026-02-30", 8, 0, "UTC")).toThrow(RangeError);
  });
});
