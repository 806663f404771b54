/**
 * decision-date ("Stop chasing employers"): thank the hiring manager, check in
 * once on the stated decision date, then stop. Dates worked out by hand from
 * the 2026 calendar; US public holidays: Memorial Day Mon 25 May.
 */
import { describe, expect, it } from "vitest";
import { opportunity, plan, step, summary } from "../test-helpers";

const base = { timezone: "America/Chicago", holidays: "US", policy: "decision-date" };

// Interview Thu 14 May; stated decision date Sat 23 May -> Mon 25 is Memorial Day -> Tue 26 May.
const interview = {
  type: "interview",
  at: "2026-05-14T14:00:00-05:00",
  opportunity: "northwind",
  interviewers: [{ name: "Dana Lee", role: "interviewer" }, { name: "Sam Roy", role: "hiring_manager" }],
  decisionDate: "2026-05-23",
};
const thanks = [
  { type: "follow_up", at: "2026-05-15T09:00:00-05:00", opportunity: "northwind", channel: "email", contact: "Sam Roy", action: "thank_you" },
  { type: "follow_up", at: "2026-05-15T09:10:00-05:00", opportunity: "northwind", channel: "email", contact: "Dana Lee", action: "thank_you" },
];
const eagerNudge = { type: "follow_up", at: "2026-05-20T11:00:00-05:00", opportunity: "northwind", channel: "email", contact: "Sam Roy", action: "status_check" };
const check = { type: "follow_up", at: "2026-05-26T10:00:00-05:00", opportunity: "northwind", channel: "email", contact: "Sam Roy" };

describe("decision-date: a story from the article", () => {
  const story = { ...base, events: [check, eagerNudge, ...thanks, interview] }; // listed out of order on purpose

  it("thanks the hiring manager (by role, not position) and optionally the other interviewer, due the next business day", () => {
    const result = plan(story, "2026-05-27T12:00:00Z");
    expect(step(result, "northwind", "thank-you-email")).toMatchObject({
      contact: "Sam Roy", channel: "email", action: "thank_you", notBefore: "2026-05-14", due: "2026-05-15",
      status: "done", doneAt: "2026-05-15T14:00:00.000Z", optional: false,
    });
    expect(step(result, "northwind", "thank-you-other-interviewer")).toMatchObject({
      contact: "Dana Lee", notBefore: "2026-05-14", due: "2026-05-15", status: "done", doneAt: "2026-05-15T14:10:00.000Z", optional: true,
    });
  });

  it("plans the one status check on the stated decision date, rolled past the weekend and Memorial Day", () => {
    const result = plan(story, "2026-05-27T12:00:00Z");
    expect(step(result, "northwind", "status-check")).toMatchObject({
      action: "status_check", channel: "email", contact: "Sam Roy", notBefore: "2026-05-26", due: "2026-05-26",
      status: "done", doneAt: "2026-05-26T15:00:00.000Z",
    });
  });

  it("treats a nudge before the decision date as over-contact", () => {
    const result = plan(story, "2026-05-27T12:00:00Z");
    expect(result.extraContacts).toEqual([
      { opportunity: "northwind", at: "2026-05-20T16:00:00.000Z", channel: "email", contact: "Sam Roy", flag: "over_contact" },
    ]);
    expect(opportunity(result, "northwind")).toEqual({ opportunity: "northwind", state: "active", flags: ["over_contact"] });
  });

  it("flags any contact after the check as over-contact too", () => {
    const again = { type: "follow_up", at: "2026-05-29T10:00:00-05:00", opportunity: "northwind", channel: "phone" };
    const result = plan({ ...story, events: [...story.events, again] }, "2026-05-29T18:00:00Z");
    expect(result.extraContacts.map((e) => [e.at, e.flag])).toEqual([
      ["2026-05-20T16:00:00.000Z", "over_contact"],
      ["2026-05-29T15:00:00.000Z", "over_contact"],
    ]);
  });

  it("presumes the opportunity closed only after B+10 from the check's due date has passed (26 May -> 9 Jun)", () => {
    expect(opportunity(plan(story, "2026-06-10T04:59:00Z"), "northwind").state).toBe("active"); // 23:59 on 9 Jun in Chicago
    expect(opportunity(plan(story, "2026-06-10T05:00:00Z"), "northwind").state).toBe("presumed_closed"); // 00:00 on 10 Jun
  });

  it("is not presumed closed when a response came after the check, but is when it came before it", () => {
    const after = { type: "response", at: "2026-06-01T09:00:00-05:00", opportunity: "northwind", result: "still_deciding" };
    const before = { ...after, at: "2026-05-20T09:00:00-05:00" };
    expect(opportunity(plan({ ...story, events: [...story.events, after] }, "2026-06-20T12:00:00Z"), "northwind").state).toBe("active");
    expect(opportunity(plan({ ...story, events: [...story.events, before] }, "2026-06-20T12:00:00Z"), "northwind").state).toBe(
      "presumed_closed",
    );
  });

  it("cancels what is open on a definite answer", () => {
    const offer = { type: "response", at: "2026-05-18T16:00:00-05:00", opportunity: "northwind", result: "offer" };
    const result = plan({ ...base, events: [interview, thanks[0], offer] }, "2026-06-30T12:00:00Z");
    expect(summary(result)).toEqual([
      ["thank-you-email", "Sam Roy", "2026-05-14", "2026-05-15", "done"],
      ["thank-you-other-interviewer", "Dana Lee", "2026-05-14", "2026-05-15", "cancelled"],
      ["status-check", "Sam Roy", "2026-05-26", "2026-05-26", "cancelled"],
    ]);
    expect(opportunity(result, "northwind").state).toBe("closed_offer");
    expect(result.followUps.every((f) => !f.overdue)).toBe(true);
  });
});

describe("decision-date: no stated date, late evening across the DST change", () => {
  // 23:30 on Fri 6 Mar in Chicago is already Sat 7 Mar in UTC; the local date decides. DST starts Sun 8 Mar.
  const story = {
    ...base,
    events: [{ type: "interview", at: "2026-03-06T23:30:00-06:00", opportunity: "tailspin", interviewers: [{ name: "Lee Ortiz" }] }],
  };

  it("checks in at B+10 when no decision date was given and marks unfinished steps overdue", () => {
    const result = plan(story, "2026-03-23T15:00:00Z");
    expect(summary(result)).toEqual([
      ["thank-you-email", "Lee Ortiz", "2026-03-06", "2026-03-09", "open"],
      ["status-check", "Lee Ortiz", "2026-03-20", "2026-03-20", "open"],
    ]);
    expect(result.followUps.map((f) => f.overdue)).toEqual([true, true]);
  });

  it("is not overdue on the due date itself", () => {
    const result = plan(story, "2026-03-20T22:00:00Z"); // 17:00 CDT on the due date
    expect(step(result, "tailspin", "status-check").overdue).toBe(false);
  });

  it("counts a follow-up by its local date after the clocks change", () => {
    const done = { type: "follow_up", at: "2026-03-09T07:30:00-05:00", opportunity: "tailspin", channel: "email" };
    const result = plan({ ...story, events: [...story.events, done] }, "2026-03-10T12:00:00Z");
    expect(step(result, "tailspin", "thank-you-email")).toMatchObject({ status: "done", doneAt: "2026-03-09T12:30:00.000Z" });
  });

  it("presumes closed after 20 Mar + 10 business days (3 Apr) even if the check was never sent", () => {
    expect(opportunity(plan(story, "2026-04-03T20:00:00Z"), "tailspin").state).toBe("active");
    expect(opportunity(plan(story, "2026-04-04T15:00:00Z"), "tailspin").state).toBe("presumed_closed");
  });
});

describe("decision-date: a competing offer", () => {
  const people = (name: string) => [{ name, role: "hiring_manager" }];
  const events = [
    { type: "interview", at: "2026-03-02T10:00:00-06:00", opportunity: "acme", interviewers: people("Ann Park"), decisionDate: "2026-03-20" },
    { type: "interview", at: "2026-03-03T10:00:00-06:00", opportunity: "globex", interviewers: [{ name: "Bo Chan" }] },
    { type: "interview", at: "2026-03-04T10:00:00-06:00", opportunity: "initech", interviewers: people("Cy Ward"), decisionDate: "2026-03-14" },
    { type: "interview", at: "2026-03-04T11:00:00-06:00", opportunity: "hooli", interviewers: people("Di Fox") },
    { type: "response", at: "2026-03-09T09:00:00-05:00", opportunity: "hooli", result: "rejected" },
    { type: "applied", at: "2026-03-05T09:00:00-06:00", opportunity: "umbrella", contact: { name: "Eve Hart", role: "hr" } },
    // Saturday 14 Mar: the outreach rolls to Monday 16 Mar.
    { type: "competing_offer", at: "2026-03-14T12:00:00-05:00" },
  ];

  it("plans a call to the hiring manager for every interview still undecided whose decision date is unknown or later", () => {
    const result = plan({ ...base, events }, "2026-03-16T14:00:00Z");
    const outreach = result.followUps.filter((f) => f.step === "offer-outreach");
    expect(outreach.map((f) => [f.opportunity, f.contact, f.notBefore, f.due, f.status, f.channel, f.action])).toEqual([
      ["acme", "Ann Park", "2026-03-16", "2026-03-16", "open", "phone", "offer_outreach"],
      ["globex", "Bo Chan", "2026-03-16", "2026-03-16", "open", "phone", "offer_outreach"],
    ]);
  });

  it("completes the outreach with the call and does not stack a second call for a second offer", () => {
    const more = [
      ...events,
      { type: "competing_offer", at: "2026-03-15T12:00:00-05:00" },
      { type: "follow_up", at: "2026-03-16T09:00:00-05:00", opportunity: "acme", channel: "phone", action: "offer_outreach" },
    ];
    const result = plan({ ...base, events: more }, "2026-03-16T20:00:00Z");
    expect(result.followUps.filter((f) => f.step === "offer-outreach").map((f) => [f.opportunity, f.status])).toEqual([
      ["acme", "done"],
      ["globex", "open"],
    ]);
    expect(result.extraContacts).toEqual([]);
  });

  it("is superseded by a later interview round", () => {
    const more = [...events, { type: "interview", at: "2026-03-17T10:00:00-05:00", opportunity: "globex", interviewers: [{ name: "Bo Chan" }] }];
    const result = plan({ ...base, events: more }, "2026-03-17T20:00:00Z");
    expect(step(result, "globex", "offer-outreach").status).toBe("cancelled");
  });
});
