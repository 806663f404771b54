/**
 * only-mutual-interest (JobFairy.com's note after the follow-through article):
 * one thank-you letter and nothing more; a runner-up answer closes the door.
 * Seeker in Kolkata (+05:30) with the IN calendar: Gandhi Jayanti Fri 2 Oct 2026.
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, step, summary } from "../test-helpers";

const base = { timezone: "Asia/Kolkata", holidays: "IN", policy: "only-mutual-interest" };
const interview = { type: "interview", at: "2026-10-01T11:00:00+05:30", opportunity: "infosys-pm", interviewers: [{ name: "Anil Rao" }] };
// 19:00 UTC on Sun 4 Oct is 00:30 on Mon 5 Oct in Kolkata.
const letter = { type: "follow_up", at: "2026-10-04T19:00:00Z", opportunity: "infosys-pm", channel: "letter" };
const story = { ...base, events: [interview, letter] };

describe("only-mutual-interest: one letter, then let them come to you", () => {
  it("plans only the thank-you letter, due the business day after the interview (past Gandhi Jayanti)", () => {
    const result = plan(story, "2026-10-06T06:00:00Z");
    expect(summary(result)).toEqual([["thank-you-letter", "Anil Rao", "2026-10-01", "2026-10-05", "done"]]);
    expect(step(result, "infosys-pm", "thank-you-letter")).toMatchObject({ channel: "letter", doneAt: "2026-10-04T19:00:00.000Z" });
  });

  it("flags any further contact as over-contact", () => {
    const call = { type: "follow_up", at: "2026-10-12T10:00:00+05:30", opportunity: "infosys-pm", channel: "phone", contact: "Anil Rao" };
    const result = plan({ ...base, events: [...story.events, call] }, "2026-10-12T06:00:00Z");
    expect(result.extraContacts).toEqual([
      { opportunity: "infosys-pm", at: "2026-10-12T04:30:00.000Z", channel: "phone", contact: "Anil Rao", flag: "over_contact" },
    ]);
    expect(opportunity(result, "infosys-pm").flags).toEqual(["over_contact"]);
  });

  it("presumes closed when ten business days pass after the letter's due date (5 Oct -> 19 Oct)", () => {
    expect(opportunity(plan(story, "2026-10-19T18:29:00Z"), "infosys-pm").state).toBe("active"); // 23:59 on 19 Oct
    expect(opportunity(plan(story, "2026-10-19T18:30:00Z"), "infosys-pm").state).toBe("presumed_closed"); // 00:00 on 20 Oct
  });

  it("closes on a runner-up answer and cancels the open letter", () => {
    const events = [
      { type: "interview", at: "2026-10-06T15:00:00+05:30", opportunity: "wipro-ba", interviewers: [{ name: "Kavya Menon" }] },
      { type: "response", at: "2026-10-06T18:00:00+05:30", opportunity: "wipro-ba", result: "runner_up" },
    ];
    const result = plan({ ...base, events }, "2026-11-30T06:00:00Z");
    expect(summary(result)).toEqual([["thank-you-letter", "Kavya Menon", "2026-10-06", "2026-10-07", "cancelled"]]);
    expect(opportunity(result, "wipro-ba")).toEqual({ opportunity: "wipro-ba", state: "closed_runner_up", flags: [] });
  });

  it("closes on a rejection, and a later contact is still over-contact", () => {
    const events = [
      interview,
      { type: "response", at: "2026-10-03T10:00:00+05:30", opportunity: "infosys-pm", result: "rejected" },
      { type: "follow_up", at: "2026-10-05T10:00:00+05:30", opportunity: "infosys-pm", channel: "email" },
    ];
    const result = plan({ ...base, events }, "2026-11-30T06:00:00Z");
    expect(opportunity(result, "infosys-pm")).toEqual({ opportunity: "infosys-pm", state: "closed_rejected", flags: ["over_contact"] });
    expect(step(result, "infosys-pm", "thank-you-letter").status).toBe("cancelled");
  });
});
