/** Rules that hold across presets: the contract example, ordering, supersession, meetings, keys. */
import { describe, expect, it } from "vitest";
import { PRESETS } from "./presets";
import { CONTRACT_EXAMPLE as example, opportunity, plan, planFull, summary } from "./test-helpers";


describe("the contract's example", () => {
  it("plans exactly this", () => {
    const result = plan(example, "2026-03-30T12:00:00Z");
    expect(result.policy).toEqual({ id: "three-by-three", version: 1 });
    expect(result.followUps.map(({ script, ...rest }) => (expect(script.length).toBeGreaterThan(20), rest))).toEqual([
      // Fri 6 Mar + 3 business days = Wed 11 Mar, superseded by the interview on Tue 10 Mar.
      { opportunity: "acme-pm", step: "application-check", action: "status_check", channel: "phone", contact: "Pat Kim",
        notBefore: "2026-03-11", due: "2026-03-11", status: "cancelled", doneAt: null, optional: false, overdue: false },
      { opportunity: "acme-pm", step: "handwritten-note", action: "thank_you", channel: "handwritten_note", contact: "Dana Lee",
        notBefore: "2026-03-10", due: "2026-03-11", status: "cancelled", doneAt: null, optional: false, overdue: false },
      { opportunity: "acme-pm", step: "thank-you-call", action: "thank_you", channel: "phone", contact: "Dana Lee",
        notBefore: "2026-03-11", due: "2026-03-11", status: "done", doneAt: "2026-03-11T14:30:00.000Z", optional: false, overdue: false },
      // From Wed 11 Mar: +7 = Wed 18; +10 = Sat 21 -> Mon 23. The offer on 25 Mar cancels it.
      { opportunity: "acme-pm", step: "keep-in-touch-call", action: "status_check", channel: "phone", contact: "Dana Lee",
        notBefore: "2026-03-18", due: "2026-03-23", status: "cancelled", doneAt: null, optional: false, overdue: false },
    ]);
    expect(result.opportunities).toEqual([{ opportunity: "acme-pm", state: "closed_offer", flags: [] }]);
    expect(result.extraContacts).toEqual([]);
  });

  it("gives the same plan whatever order the events are listed in", () => {
    const reversed = { ...example, events: [...example.events].reverse() };
    expect(plan(reversed, "2026-03-30T12:00:00Z")).toEqual(plan(example, "2026-03-30T12:00:00Z"));
  });

  it("breaks ties between events at the same instant by input order", () => {
    const at = "2026-03-11T09:30:00-05:00";
    const events = [
      example.events[1],
      { type: "follow_up", at, opportunity: "acme-pm", channel: "handwritten_note" },
      { type: "follow_up", at, opportunity: "acme-pm", channel: "handwritten_note" },
    ];
    const result = plan({ ...example, events }, "2026-03-11T15:00:00Z");
    // The first completes the note; the second, with the note done, completes the call (notBefore 11 Mar).
    expect(summary(result).map(([step, , , , status]) => [step, status])).toEqual([
      ["handwritten-note", "done"],
      ["thank-you-call", "done"],
      ["keep-in-touch-call", "open"],
    ]);
  });
});

describe("stable keys for idempotent storage", () => {
  it("keys each follow-up by opportunity, step and occurrence, the same on every re-plan", () => {
    const first = planFull(example, "2026-03-30T12:00:00Z");
    const again = planFull(example, "2026-04-30T12:00:00Z");
    expect(first.followUps.map((f) => f.key)).toEqual([
      "acme-pm:application-check:0",
      "acme-pm:handwritten-note:0",
      "acme-pm:thank-you-call:0",
      "acme-pm:keep-in-touch-call:0",
    ]);
    expect(again.followUps.map((f) => f.key)).toEqual(first.followUps.map((f) => f.key));
    expect(new Set(first.followUps.map((f) => f.key)).size).toBe(first.followUps.length);
  });

  it("names the event that planned and the one that completed each follow-up", () => {
    const withIds = { ...example, events: example.events.map((event, i) => ({ ...event, id: `evt-${i}` })) };
    const call = planFull(withIds, "2026-03-30T12:00:00Z").followUps.find((f) => f.step === "thank-you-call")!;
    expect([call.sourceEventId, call.doneEventId]).toEqual(["evt-1", "evt-2"]);
  });
});

describe("later stages supersede earlier ones", () => {
  const base = { timezone: "America/Chicago", holidays: "US", policy: "decision-date" };
  const round = (at: string, decisionDate?: string) => ({
    type: "interview", at, opportunity: "acme", interviewers: [{ name: "Ann Park", role: "hiring_manager" }, { name: "Bo Chan" }], decisionDate,
  });

  it("cancels the previous round's open steps and plans from the latest interview; occurrences count up", () => {
    const result = planFull({ ...base, events: [round("2026-04-06T10:00:00-05:00", "2026-04-24"), round("2026-04-13T10:00:00-05:00")] }, "2026-04-14T12:00:00Z");
    expect(result.followUps.map((f) => [f.key, f.due, f.status])).toEqual([
      ["acme:thank-you-email:0", "2026-04-07", "cancelled"],
      ["acme:thank-you-other-interviewer:0", "2026-04-07", "cancelled"],
      ["acme:thank-you-email:1", "2026-04-14", "open"],
      ["acme:thank-you-other-interviewer:1", "2026-04-14", "open"],
      ["acme:status-check:0", "2026-04-24", "cancelled"],
      // Round two states no date: Mon 13 Apr + 10 business days = Mon 27 Apr.
      ["acme:status-check:1", "2026-04-27", "open"],
    ]);
  });

  it("withdrawal cancels everything; still_deciding changes nothing", () => {
    const events = [
      round("2026-04-06T10:00:00-05:00"),
      { type: "response", at: "2026-04-08T10:00:00-05:00", opportunity: "acme", result: "still_deciding" },
      { type: "withdrawn", at: "2026-04-09T10:00:00-05:00", opportunity: "acme" },
    ];
    const result = plan({ ...base, events }, "2026-05-30T12:00:00Z");
    expect(result.followUps.map((f) => [f.status, f.overdue])).toEqual([
      ["cancelled", false],
      ["cancelled", false],
      ["cancelled", false],
    ]);
    expect(opportunity(result, "acme").state).toBe("withdrawn");
  });
});

describe("meetings and applications under every preset", () => {
  const meeting = (type: string) => ({ type, at: "2026-06-04T12:00:00-05:00", opportunity: "coffee", contact: { name: "Rosa Diaz", role: "other" } });
  const applied = { type: "applied", at: "2026-06-04T12:00:00-05:00", opportunity: "job", contact: { name: "Pat Kim" } };

  for (const preset of PRESETS.filter((p) => p.id !== "three-by-three")) {
    it(`${preset.id}: thanks the person met by email, due the next business day; an application plans nothing`, () => {
      for (const type of ["informational_interview", "networking_meeting"]) {
        const result = plan({ timezone: "America/Chicago", holidays: "US", policy: preset.id, events: [meeting(type)] }, "2026-06-04T18:00:00Z");
        expect(summary(result)).toEqual([["meeting-thank-you", "Rosa Diaz", "2026-06-04", "2026-06-05", "open"]]);
        expect(result.followUps[0]).toMatchObject({ action: "thank_you", channel: "email" });
      }
      const result = plan({ timezone: "America/Chicago", holidays: "US", policy: preset.id, events: [applied] }, "2026-06-04T18:00:00Z");
      expect(result.followUps).toEqual([]);
      expect(opportunity(result, "job").state).toBe("active");
    });
  }

  it("three-by-three: the application check has no contact when none is known, and then matches anyone", () => {
    const events = [
      { type: "applied", at: "2026-06-04T12:00:00-05:00", opportunity: "job" },
      { type: "follow_up", at: "2026-06-09T12:00:00-05:00", opportunity: "job", channel: "phone", contact: "Whoever Answered" },
    ];
    const result = plan({ timezone: "America/Chicago", holidays: "US", policy: "three-by-three", events }, "2026-06-09T18:00:00Z");
    expect(summary(result)).toEqual([["application-check", null, "2026-06-09", "2026-06-09", "done"]]);
  });
});

describe("weekends only when no holiday calendar is configured", () => {
  it("does not skip Memorial Day without a calendar", () => {
    const events = [{ type: "interview", at: "2026-05-22T10:00:00-05:00", opportunity: "x", interviewers: [{ name: "A" }] }];
    const result = plan({ timezone: "America/Chicago", policy: "only-mutual-interest", events }, "2026-05-22T18:00:00Z");
    expect(summary(result)).toEqual([["thank-you-letter", "A", "2026-05-22", "2026-05-25", "open"]]);
    const withUs = plan({ timezone: "America/Chicago", holidays: "US", policy: "only-mutual-interest", events }, "2026-05-22T18:00:00Z");
    expect(summary(withUs)).toEqual([["thank-you-letter", "A", "2026-05-22", "2026-05-26", "open"]]);
  });
});

describe("a coach's own policy object", () => {
  it("plans from a tuned copy of a preset and reports its id and version", () => {
    const tuned = structuredClone(PRESETS.find((p) => p.id === "two-week-call")!);
    tuned.id = "two-week-call-tuned";
    tuned.version = 3;
    tuned.steps[1]!.timing.notBefore = { unit: "calendar_days", days: 10 };
    const events = [{ type: "interview", at: "2026-06-01T10:00:00-05:00", opportunity: "x", interviewers: [{ name: "A" }] }];
    const result = plan({ timezone: "America/Chicago", holidays: "US", policy: JSON.parse(JSON.stringify(tuned)), events }, "2026-06-01T18:00:00Z");
    expect(result.policy).toEqual({ id: "two-week-call-tuned", version: 3 });
    // Mon 1 Jun + 10 = Thu 11 Jun; + 2 business days = Mon 15 Jun.
    expect(summary(result)[1]).toEqual(["status-call", "A", "2026-06-11", "2026-06-15", "open"]);
  });
});
