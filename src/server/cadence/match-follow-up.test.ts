/** Matching a logged follow-up to one open step, on hand-built occurrences. */
import { describe, expect, it } from "vitest";
import { dayFromCivil } from "@/server/dates";
import { matchFollowUp } from "./match-follow-up";
import type { Action, Channel, PolicyStep } from "./policy-schema";
import type { Occurrence } from "./plan-types";

const day = (d: number) => dayFromCivil(2026, 3, d);

function occurrence(id: string, stepIndex: number, fields: { channel: Channel; action?: Action; contact?: string | null; notBefore: number; due: number; status?: Occurrence["status"] }): Occurrence {
  const step = { id, action: fields.action ?? "thank_you", channel: fields.channel } as PolicyStep;
  return {
    opportunity: "o", stepIndex, step, occurrence: 0, contact: fields.contact === undefined ? "Dana" : fields.contact,
    notBefore: day(fields.notBefore), due: day(fields.due), status: fields.status ?? "open", doneAtMs: null, sourceEventId: "#0", doneEventId: null,
  };
}

const ids = (found: Occurrence | null) => found?.step.id ?? null;

describe("matchFollowUp", () => {
  const letter = occurrence("letter", 0, { channel: "letter", notBefore: 10, due: 11 });
  const email = occurrence("email", 1, { channel: "email", notBefore: 10, due: 12 });
  const call = occurrence("call", 2, { channel: "phone", action: "status_check", notBefore: 16, due: 18 });

  it("prefers the same channel over an earlier due date", () => {
    expect(ids(matchFollowUp([letter, email, call], { day: day(11), channel: "email" }))).toBe("email");
  });

  it("falls back to the earliest due date when no step shares the channel", () => {
    expect(ids(matchFollowUp([email, letter], { day: day(11), channel: "in_person" }))).toBe("letter");
  });

  it("then the policy's order of steps", () => {
    const first = occurrence("first", 0, { channel: "letter", notBefore: 10, due: 12 });
    const second = occurrence("second", 1, { channel: "letter", notBefore: 10, due: 12 });
    expect(ids(matchFollowUp([second, first], { day: day(12), channel: "letter" }))).toBe("first");
  });

  it("only considers steps whose notBefore is on or before the follow-up's date", () => {
    expect(ids(matchFollowUp([call], { day: day(15), channel: "phone" }))).toBeNull();
    expect(ids(matchFollowUp([call], { day: day(16), channel: "phone" }))).toBe("call");
  });

  it("filters by action when one is given", () => {
    expect(ids(matchFollowUp([letter, call], { day: day(17), channel: "letter", action: "status_check" }))).toBe("call");
    expect(ids(matchFollowUp([letter], { day: day(17), channel: "letter", action: "referral_ask" }))).toBeNull();
  });

  it("filters by contact (ignoring case and spaces); a step with no contact fits anyone", () => {
    const anyone = occurrence("anyone", 3, { channel: "email", contact: null, notBefore: 10, due: 20 });
    expect(ids(matchFollowUp([email], { day: day(12), channel: "email", contact: " dana " }))).toBe("email");
    expect(ids(matchFollowUp([email], { day: day(12), channel: "email", contact: "Sam" }))).toBeNull();
    expect(ids(matchFollowUp([email, anyone], { day: day(12), channel: "email", contact: "Sam" }))).toBe("anyone");
  });

  it("never completes a step that is done or cancelled", () => {
    const done = occurrence("done", 0, { channel: "email", notBefore: 10, due: 11, status: "done" });
    const cancelled = occurrence("cancelled", 1, { channel: "email", notBefore: 10, due: 11, status: "cancelled" });
    expect(matchFollowUp([done, cancelled], { day: day(12), channel: "email" })).toBeNull();
  });

  it("keeps the first planned on a complete tie", () => {
    const a = { ...email, contact: "A" };
    const b = { ...email, contact: "B" };
    expect(matchFollowUp([a, b], { day: day(12), channel: "email" })).toBe(a);
  });
});
