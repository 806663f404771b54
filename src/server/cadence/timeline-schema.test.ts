/** Bad input: every error the contract lists, each one line naming the field. */
import { describe, expect, it } from "vitest";
import { parseTimeline } from "./timeline-schema";

const interview = { type: "interview", at: "2026-03-10T15:00:00-05:00", opportunity: "acme", interviewers: [{ name: "Dana Lee" }] };
const valid = { timezone: "America/Chicago", holidays: "US", policy: "decision-date", events: [interview] };

function errorOf(input: unknown): string {
  const result = parseTimeline(input);
  if (result.success) throw new Error("expected a validation error");
  expect(result.error).not.toContain("\n");
  return result.error;
}

const withEvents = (...events: unknown[]) => ({ ...valid, events: [interview, ...events] });

describe("parseTimeline accepts the contract", () => {
  it("resolves the preset, turns times into instants and keeps optional fields optional", () => {
    const result = parseTimeline({ ...valid, holidays: undefined });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.policy.id).toBe("decision-date");
    expect(result.data.holidays).toBeNull();
    expect(result.data.events[0]!.at.toISOString()).toBe("2026-03-10T20:00:00.000Z");
  });

  it("accepts Z, offsets, fractional seconds and minutes-only times", () => {
    for (const at of ["2026-03-10T20:00:00Z", "2026-03-10T20:00:00.123+05:30", "2026-03-10T20:00Z", "2026-03-10T20:00:00-0500"]) {
      expect(parseTimeline({ ...valid, events: [{ ...interview, at }] }).success).toBe(true);
    }
  });
});

describe("parseTimeline rejects bad input with the field named", () => {
  it("a time with no offset", () => {
    expect(errorOf(withEvents({ type: "follow_up", at: "2026-03-11T15:00:00", opportunity: "acme", channel: "email" }))).toBe(
      'events[1].at: time "2026-03-11T15:00:00" has no UTC offset',
    );
  });

  it("a time that is not a time", () => {
    expect(errorOf({ ...valid, events: [{ ...interview, at: "next Tuesday" }] })).toBe('events[0].at: "next Tuesday" is not an ISO-8601 time');
    expect(errorOf({ ...valid, events: [{ ...interview, at: "2026-02-30T10:00:00Z" }] })).toBe(
      'events[0].at: "2026-02-30T10:00:00Z" is not an ISO-8601 time',
    );
    expect(errorOf({ ...valid, events: [{ ...interview, at: 1773172800000 }] })).toMatch(/^events\[0\]\.at: /);
  });

  it("an unknown event type, or none", () => {
    expect(errorOf(withEvents({ type: "phone_screen", at: "2026-03-11T15:00:00Z", opportunity: "acme" }))).toBe(
      'events[1].type: unknown event type "phone_screen"',
    );
    expect(errorOf(withEvents({ at: "2026-03-11T15:00:00Z" }))).toBe("events[1].type: unknown event type null");
  });

  it("an unknown preset, or a bad policy object", () => {
    expect(errorOf({ ...valid, policy: "spray-and-pray" })).toBe('policy: unknown preset "spray-and-pray"');
    expect(errorOf({ ...valid, policy: { id: "mine", version: 1, steps: [] } })).toMatch(/^policy\.steps: /);
    expect(errorOf({ ...valid, policy: 7 })).toBe("policy: must be a preset id or a policy object");
    expect(errorOf({ ...valid, policy: undefined })).toMatch(/^policy: is required/);
  });

  it("an unknown time zone", () => {
    expect(errorOf({ ...valid, timezone: "America/Springfield" })).toBe('timezone: unknown time zone "America/Springfield"');
    expect(errorOf({ ...valid, timezone: undefined })).toMatch(/^timezone: is required/);
  });

  it("an unknown holiday calendar", () => {
    expect(errorOf({ ...valid, holidays: "XX" })).toBe('holidays: unknown holiday calendar "XX"');
    expect(errorOf({ ...valid, holidays: "US-ZZ" })).toBe('holidays: unknown holiday calendar "US-ZZ"');
    expect(errorOf({ ...valid, holidays: 1 })).toMatch(/^holidays: /);
  });

  it("an event for an opportunity with no opening event", () => {
    expect(errorOf(withEvents({ type: "follow_up", at: "2026-03-11T15:00:00Z", opportunity: "ghost", channel: "email" }))).toBe(
      'events[1].opportunity: "ghost" has no opening event (applied, interview, informational_interview or networking_meeting)',
    );
    expect(errorOf(withEvents({ type: "response", at: "2026-03-11T15:00:00Z", opportunity: "ghost", result: "offer" }))).toMatch(
      /^events\[1\]\.opportunity: "ghost" has no opening event/,
    );
  });

  it("bad values inside an event", () => {
    expect(errorOf(withEvents({ type: "follow_up", at: "2026-03-11T15:00:00Z", opportunity: "acme", channel: "fax" }))).toBe(
      'events[1].channel: unknown channel "fax"',
    );
    expect(errorOf(withEvents({ type: "response", at: "2026-03-11T15:00:00Z", opportunity: "acme", result: "maybe" }))).toBe(
      'events[1].result: unknown result "maybe"',
    );
    expect(errorOf({ ...valid, events: [{ ...interview, interviewers: [{ name: "A", role: "boss" }] }] })).toBe(
      'events[0].interviewers[0].role: unknown role "boss"',
    );
    expect(errorOf({ ...valid, events: [{ ...interview, decisionDate: "2026-13-01" }] })).toBe(
      'events[0].decisionDate: "2026-13-01" is not a date (YYYY-MM-DD)',
    );
    expect(errorOf({ ...valid, events: [{ ...interview, opportunity: undefined }] })).toBe("events[0].opportunity: is required");
  });

  it("a document of the wrong shape", () => {
    expect(errorOf([])).toBe("timeline: must be a JSON object");
    expect(errorOf(null)).toBe("timeline: must be a JSON object");
    expect(errorOf({ ...valid, events: undefined })).toBe("events: must be an array");
    expect(errorOf({ ...valid, events: ["interview"] })).toBe("events[0]: must be an object");
  });
});

describe("parseTimeline bounds every field (nothing oversized or unstorable reaches the log)", () => {
  it("a 10,000-character contact name", () => {
    expect(errorOf({ ...valid, events: [{ ...interview, interviewers: [{ name: "x".repeat(10_000) }] }] })).toBe("events[0].interviewers[0].name: a name is at most 200 characters");
  });

  it("a NUL byte or a lone surrogate in a name", () => {
    expect(errorOf({ ...valid, events: [{ ...interview, interviewers: [{ name: "Da\u0000na" }] }] })).toBe(
      "events[0].interviewers[0].name: contains a NUL character, which cannot be stored",
    );
    expect(errorOf({ ...valid, events: [{ ...interview, opportunity: "acme\ud800" }] })).toBe(
      "events[0].opportunity: contains an invalid character (a lone UTF-16 surrogate)",
    );
  });

  it("an opportunity key, event id, follow-up contact and interviewer count past their limits", () => {
    expect(errorOf({ ...valid, events: [{ ...interview, opportunity: "k".repeat(121) }] })).toBe("events[0].opportunity: an opportunity id is at most 120 characters");
    expect(errorOf({ ...valid, events: [{ ...interview, id: "e".repeat(121) }] })).toBe("events[0].id: an event id is at most 120 characters");
    expect(errorOf(withEvents({ type: "follow_up", at: "2026-03-11T15:00:00Z", opportunity: "acme", channel: "email", contact: "c".repeat(201) }))).toMatch(/^events\[1\]\.contact: /);
    expect(errorOf({ ...valid, events: [{ ...interview, interviewers: Array.from({ length: 21 }, () => ({ name: "P" })) }] })).toBe("events[0].interviewers: at most 20 interviewers");
  });

  it("times and dates outside 1900–2100", () => {
    expect(errorOf({ ...valid, events: [{ ...interview, at: "1899-12-31T10:00:00Z" }] })).toBe('events[0].at: time "1899-12-31T10:00:00Z": the year must be between 1900 and 2100');
    expect(errorOf({ ...valid, events: [{ ...interview, at: "2101-01-01T10:00:00Z" }] })).toBe('events[0].at: time "2101-01-01T10:00:00Z": the year must be between 1900 and 2100');
    expect(errorOf({ ...valid, events: [{ ...interview, decisionDate: "2101-01-01" }] })).toBe("events[0].decisionDate: the year must be between 1900 and 2100");
    expect(errorOf({ ...valid, events: [{ ...interview, at: "0000-01-01T10:00:00Z" }] })).toMatch(/^events\[0\]\.at: /);
  });

  it("a policy script past 1,000 characters", () => {
    const policy = { id: "p", version: 1, steps: [{ id: "s", action: "thank_you", channel: "email", audience: "main_contact", start: { kind: "event", triggers: ["interview"] }, timing: { notBefore: { unit: "business_days", days: 0 }, due: { unit: "business_days", days: 1, from: "anchor" } }, script: "s".repeat(1_001) }], caps: { flagExtraContacts: false }, stopConditions: { onRunnerUp: "keep_active" }, presumedClosed: null, tooEarly: null };
    expect(errorOf({ ...valid, policy })).toBe("policy.steps[0].script: a script is at most 1000 characters");
  });
});
