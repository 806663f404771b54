/**
 * two-week-call ("The Importance of Follow-Up in Your Search for a Job"): a
 * personal thank-you to each interviewer, one call after two weeks, then assume
 * the job went elsewhere. Seeker in Auckland with the NZ calendar: Good Friday
 * 3 Apr and Easter Monday 6 Apr 2026; daylight saving ends Sun 5 Apr (+13:00 -> +12:00).
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, step, summary } from "../test-helpers";

const base = { timezone: "Pacific/Auckland", holidays: "NZ", policy: "two-week-call" };
const opp = "kiwibank-ba";
const interview = {
  type: "interview",
  at: "2026-03-20T10:00:00+13:00",
  opportunity: opp,
  interviewers: [{ name: "Ben Walsh" }, { name: "Aroha Ngata", role: "hiring_manager" }, { name: "Chloe Tan", role: "hr" }],
};
const thanks = ["Ben Walsh", "Aroha Ngata", "Chloe Tan"].map((contact, i) => ({
  type: "follow_up", at: `2026-03-23T09:0${i}:00+13:00`, opportunity: opp, channel: "email", contact, action: "thank_you",
}));
// 21:30 UTC on Wed 8 Apr is 09:30 on Thu 9 Apr in Auckland (+12:00 after DST ends).
const call = { type: "follow_up", at: "2026-04-08T21:30:00Z", opportunity: opp, channel: "phone", contact: "Aroha Ngata" };
const story = { ...base, events: [interview, ...thanks, call] };

describe("two-week-call: an interview in Auckland over Easter", () => {
  it("thanks each interviewer personally and calls the hiring manager once, after two weeks rolled past Easter", () => {
    const result = plan(story, "2026-04-10T00:00:00Z");
    expect(summary(result)).toEqual([
      // Same due date and step: occurrences keep the order the interviewers were listed in.
      ["thank-you-email", "Ben Walsh", "2026-03-20", "2026-03-23", "done"],
      ["thank-you-email", "Aroha Ngata", "2026-03-20", "2026-03-23", "done"],
      ["thank-you-email", "Chloe Tan", "2026-03-20", "2026-03-23", "done"],
      // Fri 20 Mar + 14 days = Good Friday 3 Apr -> weekend -> Easter Monday -> Tue 7 Apr; + 2 business days = Thu 9 Apr.
      ["status-call", "Aroha Ngata", "2026-04-07", "2026-04-09", "done"],
    ]);
    expect(step(result, opp, "status-call").doneAt).toBe("2026-04-08T21:30:00.000Z");
    expect(step(result, opp, "thank-you-email", "Chloe Tan").doneAt).toBe("2026-03-22T20:02:00.000Z") // 09:02 on 23 Mar at +13:00;
  });

  it("presumes the job went elsewhere once five business days pass after the call (9 Apr -> 16 Apr)", () => {
    expect(opportunity(plan(story, "2026-04-16T11:59:00Z"), opp).state).toBe("active"); // 23:59 on 16 Apr
    expect(opportunity(plan(story, "2026-04-16T12:00:00Z"), opp).state).toBe("presumed_closed"); // 00:00 on 17 Apr
  });

  it("is not presumed closed when they answer after the call, nor while the call is not made", () => {
    const answer = { type: "response", at: "2026-04-15T10:00:00+12:00", opportunity: opp, result: "still_deciding" };
    expect(opportunity(plan({ ...base, events: [...story.events, answer] }, "2026-05-01T00:00:00Z"), opp).state).toBe("active");
    const noCall = plan({ ...base, events: [interview, ...thanks] }, "2026-06-01T00:00:00Z");
    expect(opportunity(noCall, opp).state).toBe("active");
    expect(step(noCall, opp, "status-call")).toMatchObject({ status: "open", overdue: true });
  });

  it("flags an early email and a second call as over-contact", () => {
    const early = { type: "follow_up", at: "2026-04-01T12:00:00+13:00", opportunity: opp, channel: "email", contact: "Aroha Ngata" };
    const second = { type: "follow_up", at: "2026-04-14T12:00:00+12:00", opportunity: opp, channel: "phone" };
    const result = plan({ ...base, events: [second, ...story.events, early] }, "2026-04-14T12:00:00Z");
    expect(result.extraContacts).toEqual([
      { opportunity: opp, at: "2026-03-31T23:00:00.000Z", channel: "email", contact: "Aroha Ngata", flag: "over_contact" },
      { opportunity: opp, at: "2026-04-14T00:00:00.000Z", channel: "phone", contact: null, flag: "over_contact" },
    ]);
    expect(opportunity(result, opp).flags).toEqual(["over_contact"]);
  });

  it("records a competing offer and plans nothing for it", () => {
    const offer = { type: "competing_offer", at: "2026-03-25T12:00:00+13:00" };
    const result = plan({ ...base, events: [interview, offer] }, "2026-03-25T12:00:00Z");
    expect(result.followUps.map((f) => f.step)).toEqual(["thank-you-email", "thank-you-email", "thank-you-email", "status-call"]);
  });

  it("thanks the person met at a networking meeting by email and nothing more", () => {
    const meeting = { type: "networking_meeting", at: "2026-04-02T08:00:00+13:00", opportunity: "meetup", contact: { name: "Hemi Parata" } };
    const result = plan({ ...base, events: [meeting] }, "2026-04-02T00:00:00Z");
    // Thu 2 Apr + 1 business day skips Good Friday, the weekend and Easter Monday.
    expect(summary(result)).toEqual([["meeting-thank-you", "Hemi Parata", "2026-04-02", "2026-04-07", "open"]]);
  });
});
