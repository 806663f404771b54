/**
 * three-by-three (the 3x3 process): call three business days after applying;
 * after any conversation call the next day, send a handwritten note, then keep
 * calling every 7 to 10 days until a definite answer. Hand-worked dates; US
 * public holidays: Thanksgiving Thu 26 Nov (the day after is only an
 * observance federally, but public in California), Independence Day observed Fri 3 Jul.
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, step, steps, summary } from "../test-helpers";

const base = { timezone: "America/New_York", holidays: "US", policy: "three-by-three" };
const opp = "contoso-pm";

const applied = { type: "applied", at: "2026-10-28T10:00:00-04:00", opportunity: opp, contact: { name: "Pat Kim", role: "hr" } };
const events = [
  applied,
  // DST ends Sun 1 Nov: offsets change from -04:00 to -05:00.
  { type: "follow_up", at: "2026-11-02T09:15:00-05:00", opportunity: opp, channel: "phone", contact: "Pat Kim" },
  { type: "interview", at: "2026-11-05T11:00:00-05:00", opportunity: opp, interviewers: [{ name: "Dana Lee", role: "hiring_manager" }, { name: "Sam Roy" }] },
  { type: "follow_up", at: "2026-11-06T10:00:00-05:00", opportunity: opp, channel: "phone", contact: "Dana Lee", action: "thank_you" },
  { type: "follow_up", at: "2026-11-06T18:00:00-05:00", opportunity: opp, channel: "handwritten_note", contact: "Dana Lee" },
  // The first keep-in-touch call was due Mon 16 Nov; it happens late, on Thu 19 Nov.
  { type: "follow_up", at: "2026-11-19T09:00:00-05:00", opportunity: opp, channel: "phone" },
  { type: "follow_up", at: "2026-12-01T09:00:00-05:00", opportunity: opp, channel: "phone" },
  { type: "response", at: "2026-12-04T15:00:00-05:00", opportunity: opp, result: "rejected" },
];

describe("three-by-three: application, interview, calls until a definite answer", () => {
  it("walks the whole story; repeats follow the actual done date; the rejection cancels the open call", () => {
    const result = plan({ ...base, events }, "2026-12-10T15:00:00Z");
    expect(summary(result)).toEqual([
      ["application-check", "Pat Kim", "2026-11-02", "2026-11-02", "done"], // Wed 28 Oct + 3 business days
      ["handwritten-note", "Dana Lee", "2026-11-05", "2026-11-06", "done"],
      ["thank-you-call", "Dana Lee", "2026-11-06", "2026-11-06", "done"],
      ["keep-in-touch-call", "Dana Lee", "2026-11-13", "2026-11-16", "done"], // from the call on Fri 6 Nov: +7, +10 (Sun -> Mon)
      ["keep-in-touch-call", "Dana Lee", "2026-11-27", "2026-11-30", "done"], // from Thu 19 Nov: +7 = Thanksgiving -> Fri 27; +10 = Sun 29 -> Mon 30
      ["keep-in-touch-call", "Dana Lee", "2026-12-08", "2026-12-11", "cancelled"], // from Tue 1 Dec
    ]);
    expect(opportunity(result, opp)).toEqual({ opportunity: opp, state: "closed_rejected", flags: [] });
    expect(step(result, opp, "application-check").doneAt).toBe("2026-11-02T14:15:00.000Z");
    expect(result.extraContacts).toEqual([]);
  });

  it("uses the three-part script for the application check", () => {
    const result = plan({ ...base, events: [applied] }, "2026-10-28T15:00:00Z");
    expect(step(result, opp, "application-check")).toMatchObject({ channel: "phone", action: "status_check", status: "open" });
    expect(step(result, opp, "application-check").script).toMatch(/busy.*application.*chances/s);
  });

  it("treats the day after Thanksgiving as a business day under US but not under US-CA", () => {
    const california = plan({ ...base, holidays: "US-CA", events }, "2026-12-10T15:00:00Z");
    expect(steps(california, opp, "keep-in-touch-call").map((f) => [f.notBefore, f.due])).toEqual([
      ["2026-11-13", "2026-11-16"],
      ["2026-11-30", "2026-11-30"],
      ["2026-12-08", "2026-12-11"],
    ]);
  });

  it("prefers the step on the same channel when a follow-up fits two (call over note)", () => {
    const result = plan({ ...base, events: events.slice(0, 4) }, "2026-11-06T20:00:00Z");
    expect(step(result, opp, "thank-you-call").status).toBe("done");
    expect(step(result, opp, "handwritten-note").status).toBe("open");
  });

  it("plans no keep-in-touch call until the thank-you call is done", () => {
    const result = plan({ ...base, events: events.slice(0, 3) }, "2026-11-20T15:00:00Z");
    expect(steps(result, opp, "keep-in-touch-call")).toEqual([]);
    expect(step(result, opp, "thank-you-call").overdue).toBe(true);
  });

  it("keeps one call open at a time and never caps: a call with nothing open is recorded without a flag", () => {
    const extra = { type: "follow_up", at: "2026-11-10T09:00:00-05:00", opportunity: opp, channel: "phone" };
    const result = plan({ ...base, events: [...events.slice(0, 5), extra] }, "2026-11-10T20:00:00Z");
    expect(steps(result, opp, "keep-in-touch-call").filter((f) => f.status === "open")).toHaveLength(1);
    expect(result.extraContacts).toEqual([
      { opportunity: opp, at: "2026-11-10T14:00:00.000Z", channel: "phone", contact: null, flag: null },
    ]);
    expect(opportunity(result, opp).flags).toEqual([]);
  });

  it("cancels the application check when the interview comes first", () => {
    const early = [applied, { type: "interview", at: "2026-10-30T11:00:00-04:00", opportunity: opp, interviewers: [{ name: "Dana Lee" }] }];
    const result = plan({ ...base, events: early }, "2026-10-30T20:00:00Z");
    expect(step(result, opp, "application-check").status).toBe("cancelled");
    expect(step(result, opp, "thank-you-call")).toMatchObject({ notBefore: "2026-11-02", due: "2026-11-02", status: "open" });
  });
});

describe("three-by-three: a networking meeting in Kolkata on a US holiday", () => {
  // 23:00 UTC on Thu 2 Jul is 04:30 on Fri 3 Jul in Kolkata (+05:30): Independence Day observed in the US.
  const meeting = { type: "networking_meeting", at: "2026-07-02T23:00:00Z", opportunity: "fabrikam", contact: { name: "Meera Iyer" } };
  const story = { timezone: "Asia/Kolkata", holidays: "US", policy: "three-by-three", events: [meeting] };

  it("rolls the note's notBefore off the holiday and calls on the next business day", () => {
    const result = plan(story, "2026-07-03T06:00:00Z");
    expect(summary(result)).toEqual([
      ["handwritten-note", "Meera Iyer", "2026-07-06", "2026-07-06", "open"],
      ["thank-you-call", "Meera Iyer", "2026-07-06", "2026-07-06", "open"],
    ]);
  });

  it("keeps calling a networking contact, each time from the day of the last call", () => {
    const calls = ["2026-07-06T10:00:00+05:30", "2026-07-14T10:00:00+05:30", "2026-07-24T18:00:00+05:30"].map((at) => ({
      type: "follow_up", at, opportunity: "fabrikam", channel: "phone",
    }));
    const result = plan({ ...story, events: [meeting, ...calls] }, "2026-07-25T06:00:00Z");
    expect(steps(result, "fabrikam", "keep-in-touch-call").map((f) => [f.notBefore, f.due, f.status])).toEqual([
      ["2026-07-13", "2026-07-16", "done"], // from Mon 6 Jul
      ["2026-07-21", "2026-07-24", "done"], // from Tue 14 Jul
      ["2026-07-31", "2026-08-03", "open"], // from Fri 24 Jul: +10 = Mon 3 Aug
    ]);
    expect(result.extraContacts).toEqual([]);
  });
});
