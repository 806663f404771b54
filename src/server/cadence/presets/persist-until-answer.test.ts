/**
 * persist-until-answer (Bev Rautenberg): thank them, then check in weekly until a
 * definite yes or no, whatever date they named; a no becomes a referral ask.
 * Los Angeles, US calendar: Independence Day observed Fri 3 Jul 2026.
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, planFull, summary } from "../test-helpers";

const base = { timezone: "America/Los_Angeles", holidays: "US", policy: "persist-until-answer" };
const opp = "zillow-ux";
const interview = {
  type: "interview", at: "2026-06-25T10:00:00-07:00", opportunity: opp,
  interviewers: [{ name: "Jordan Blake", role: "hiring_manager" }, { name: "Max Green" }], decisionDate: "2026-07-01",
};
const phone = (at: string) => ({ type: "follow_up", at, opportunity: opp, channel: "phone" });
const events = [
  interview,
  { type: "follow_up", at: "2026-06-26T08:00:00-07:00", opportunity: opp, channel: "email", action: "thank_you" },
  phone("2026-07-08T09:00:00-07:00"), // the first check-in, a day late
  phone("2026-07-15T09:00:00-07:00"),
  { type: "response", at: "2026-07-20T14:00:00-07:00", opportunity: opp, result: "rejected" },
];

describe("persist-until-answer: weekly check-ins until a definite answer", () => {
  it("checks in weekly from the interview, then from each done date, ignoring the stated decision date", () => {
    const result = plan({ ...base, events }, "2026-07-23T19:00:00Z");
    expect(summary(result)).toEqual([
      ["thank-you-email", "Jordan Blake", "2026-06-25", "2026-06-26", "done"],
      // Thu 25 Jun + 7 = Thu 2 Jul; + 2 business days skips Fri 3 Jul (observed holiday) = Tue 7 Jul.
      ["check-in", "Jordan Blake", "2026-07-02", "2026-07-07", "done"],
      ["check-in", "Jordan Blake", "2026-07-15", "2026-07-17", "done"], // from Wed 8 Jul
      // From Wed 15 Jul; the rejection on Mon 20 Jul cancels it and asks for referrals (due Tue 21 Jul).
      ["referral-ask", "Jordan Blake", "2026-07-20", "2026-07-21", "open"],
      ["check-in", "Jordan Blake", "2026-07-22", "2026-07-24", "cancelled"],
    ]);
  });

  it("keeps the referral ask open after the rejection, overdue once its date passes, and the contact becomes a lead", () => {
    const full = planFull({ ...base, events }, "2026-07-23T19:00:00Z");
    const ask = full.followUps.find((f) => f.step === "referral-ask")!;
    expect(ask).toMatchObject({ action: "referral_ask", status: "open", overdue: true });
    expect(ask.script).toMatch(/other openings/);
    expect(full.opportunities).toEqual([{ opportunity: opp, state: "closed_rejected", flags: [], networkingLeads: ["Jordan Blake"] }]);
  });

  it("completes the referral ask with the next contact and never flags extra contacts", () => {
    const more = [...events, phone("2026-07-21T10:00:00-07:00"), phone("2026-07-28T10:00:00-07:00")];
    const result = plan({ ...base, events: more }, "2026-07-30T19:00:00Z");
    expect(result.followUps.find((f) => f.step === "referral-ask")).toMatchObject({ status: "done", doneAt: "2026-07-21T17:00:00.000Z" });
    expect(result.extraContacts).toEqual([
      { opportunity: opp, at: "2026-07-28T17:00:00.000Z", channel: "phone", contact: null, flag: null },
    ]);
  });

  it("is never presumed closed, however long the silence", () => {
    const result = plan({ ...base, events: [interview] }, "2026-12-31T19:00:00Z");
    expect(opportunity(result, opp).state).toBe("active");
    expect(result.followUps.filter((f) => f.step === "check-in").map((f) => f.overdue)).toEqual([true]);
  });

  it("stops on an offer: every open check-in is cancelled and no referral ask is planned", () => {
    const offer = { type: "response", at: "2026-07-09T09:00:00-07:00", opportunity: opp, result: "offer" };
    const result = plan({ ...base, events: [...events.slice(0, 3), offer] }, "2026-07-30T19:00:00Z");
    expect(result.followUps.map((f) => [f.step, f.status])).toEqual([
      ["thank-you-email", "done"],
      ["check-in", "done"],
      ["check-in", "cancelled"],
    ]);
    expect(opportunity(result, opp).state).toBe("closed_offer");
  });
});
