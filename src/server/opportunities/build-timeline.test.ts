/** The one timeline: steps paired with the event that completed them by id, never by time, in day order. */
import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import type { FollowUpView, LoggedEventView } from "./schemas";

const logged = (id: string, at: string, day: string, event: LoggedEventView["event"]): LoggedEventView => ({ id, type: event.type, at: new Date(at), day, loggedAt: new Date(at), event });
const step = (id: string, patch: Partial<FollowUpView>): FollowUpView => ({
  id,
  opportunityKey: "acme",
  step: "thank-you",
  action: "thank_you",
  channel: "email",
  contact: "Dana Lee",
  notBefore: "2026-03-10",
  due: "2026-03-11",
  status: "open",
  doneAt: null,
  doneByEventId: null,
  optional: false,
  overdue: false,
  script: "Thank them.",
  policy: { source: "default", id: "three-by-three", version: 1 },
  ...patch,
});

const interview = logged("e1", "2026-03-10T20:00:00Z", "2026-03-10", { type: "interview", at: "2026-03-10T15:00:00-05:00", opportunity: "acme", interviewers: [] });
// Two follow-ups logged at the same instant: only the ids can tell which completed the step.
const thanks = logged("e2", "2026-03-11T15:00:00Z", "2026-03-11", { type: "follow_up", at: "2026-03-11T10:00:00-05:00", opportunity: "acme", channel: "email" });
const extra = logged("e3", "2026-03-11T15:00:00Z", "2026-03-11", { type: "follow_up", at: "2026-03-11T10:00:00-05:00", opportunity: "acme", channel: "phone" });

describe("buildTimeline", () => {
  it("shows a completing follow-up once, as its step done, and any other follow-up as an extra contact", () => {
    const done = step("s1", { status: "done", doneAt: thanks.at, doneByEventId: "e2" });
    const entries = buildTimeline({ events: [interview, thanks, extra], followUps: [done], extraContacts: new Map([["e3", { overContact: true }]]) });
    expect(entries.map((entry) => `${entry.kind}:${entry.id}`)).toEqual(["event:e1", "step:s1", "event:e3"]);
    expect(entries[1]).toMatchObject({ kind: "step", doneBy: { id: "e2" }, day: "2026-03-11" });
    expect(entries[2]).toMatchObject({ kind: "event", extraContact: { overContact: true } });
  });

  it("puts steps not done at the end of their due day, after what happened that day", () => {
    const open = step("s2", { due: "2026-03-11" });
    const cancelled = step("s3", { due: "2026-03-10", status: "cancelled" });
    const entries = buildTimeline({ events: [interview, extra], followUps: [open, cancelled], extraContacts: new Map() });
    expect(entries.map((entry) => entry.id)).toEqual(["e1", "s3", "e3", "s2"]);
    // An event that is no extra contact (it is not a follow-up) carries none.
    expect(entries[0]).toMatchObject({ kind: "event", extraContact: null });
  });

  it("keeps a done step whose completing event it does not hold on its due day, without inventing a pairing", () => {
    const done = step("s4", { status: "done", doneAt: new Date("2026-03-12T15:00:00Z"), doneByEventId: "elsewhere", due: "2026-03-12" });
    const entries = buildTimeline({ events: [thanks], followUps: [done], extraContacts: new Map() });
    expect(entries).toMatchObject([{ kind: "event", id: "e2" }, { kind: "step", id: "s4", doneBy: null, day: "2026-03-12" }]);
  });

  it("is empty for an empty opportunity", () => {
    expect(buildTimeline({ events: [], followUps: [], extraContacts: new Map() })).toEqual([]);
  });
});
