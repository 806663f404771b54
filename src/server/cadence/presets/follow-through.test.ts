/**
 * follow-through ("Winning or losing that job may be all in the follow-through"):
 * a mailed thank-you letter, a second letter after a week, one sympathetic call
 * after two weeks; calling earlier is too early. London, GB calendar: Good
 * Friday 3 Apr and Easter Monday 6 Apr 2026; BST starts Sun 29 Mar.
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, step, summary } from "../test-helpers";

const base = { timezone: "Europe/London", holidays: "GB", policy: "follow-through" };
const opp = "ocado-ops";
const interview = {
  type: "interview", at: "2026-03-25T14:00:00Z", opportunity: opp,
  interviewers: [{ name: "Priya Shah", role: "hiring_manager" }, { name: "Tom Hale" }],
};
const letter = { type: "follow_up", at: "2026-03-26T08:00:00+00:00", opportunity: opp, channel: "letter", action: "thank_you" };
const earlyCall = { type: "follow_up", at: "2026-03-31T10:00:00+01:00", opportunity: opp, channel: "phone", contact: "Priya Shah" };
const secondLetter = { type: "follow_up", at: "2026-04-01T09:00:00+01:00", opportunity: opp, channel: "letter", action: "status_check" };
const runnerUp = { type: "response", at: "2026-04-09T16:00:00+01:00", opportunity: opp, result: "runner_up" };
const call = { type: "follow_up", at: "2026-04-10T11:00:00+01:00", opportunity: opp, channel: "phone", contact: "Priya Shah" };

describe("follow-through: letters, then one call, in London over Easter", () => {
  const story = { ...base, events: [interview, letter, earlyCall, secondLetter, runnerUp, call] };

  it("plans the letter, the second letter and the call with their business-day windows", () => {
    const result = plan(story, "2026-04-20T12:00:00Z");
    expect(summary(result)).toEqual([
      ["thank-you-letter", "Priya Shah", "2026-03-25", "2026-03-26", "done"],
      // Wed 25 Mar + 7 = Wed 1 Apr; + 2 business days skips Good Friday and Easter Monday = Tue 7 Apr.
      ["second-letter", "Priya Shah", "2026-04-01", "2026-04-07", "done"],
      // + 14 = Wed 8 Apr; + 2 business days = Fri 10 Apr.
      ["status-call", "Priya Shah", "2026-04-08", "2026-04-10", "done"],
    ]);
    expect(step(result, opp, "status-call")).toMatchObject({ channel: "phone", action: "status_check", doneAt: "2026-04-10T10:00:00.000Z" });
    expect(step(result, opp, "second-letter")).toMatchObject({ channel: "letter", action: "status_check" });
  });

  it("flags a phone call before the status call's notBefore as too early, records it without over-contact", () => {
    const result = plan(story, "2026-04-20T12:00:00Z");
    expect(opportunity(result, opp)).toEqual({ opportunity: opp, state: "active", flags: ["too_early"] });
    expect(result.extraContacts).toEqual([
      { opportunity: opp, at: "2026-03-31T09:00:00.000Z", channel: "phone", contact: "Priya Shah", flag: null },
    ]);
  });

  it("keeps the opportunity active after a runner-up answer", () => {
    const result = plan({ ...base, events: [interview, letter, secondLetter, runnerUp] }, "2026-04-09T18:00:00Z");
    expect(opportunity(result, opp)).toEqual({ opportunity: opp, state: "active", flags: [] });
    expect(step(result, opp, "status-call").status).toBe("open");
  });

  it("does not flag a call on the notBefore date itself", () => {
    const onTime = { ...call, at: "2026-04-08T09:00:00+01:00" };
    const result = plan({ ...base, events: [interview, onTime] }, "2026-04-08T12:00:00Z");
    expect(opportunity(result, opp).flags).toEqual([]);
    expect(step(result, opp, "status-call").status).toBe("done");
  });

  it("is never presumed closed", () => {
    const result = plan({ ...base, events: [interview] }, "2026-12-01T12:00:00Z");
    expect(opportunity(result, opp).state).toBe("active");
    expect(result.followUps.every((f) => f.overdue)).toBe(true);
  });

  it("closes on an offer and cancels what is open", () => {
    const offer = { type: "response", at: "2026-04-02T12:00:00+01:00", opportunity: opp, result: "offer" };
    const result = plan({ ...base, events: [interview, letter, offer] }, "2026-04-20T12:00:00Z");
    expect(result.followUps.map((f) => f.status)).toEqual(["done", "cancelled", "cancelled"]);
    expect(opportunity(result, opp).state).toBe("closed_offer");
  });
});
