/** The sample story every preview plans: applied Monday, interviewed Thursday, decision promised for the Friday after next. */
import type { EventInput } from "@/server/cadence";

const DAY_MS = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface SampleStory {
  /** The instant the preview is planned at: the Monday the seeker applies. */
  now: string;
  labels: { applied: string; interview: string; decision: string };
  events: EventInput[];
}

export function sampleStory(today: Date = new Date()): SampleStory {
  // The coming Monday, so the plan reads forward from now.
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const monday = base + (((8 - new Date(base).getUTCDay()) % 7) || 7) * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const decision = monday + 11 * DAY_MS;
  // 15:00 UTC is mid-morning across the Americas and the afternoon in Europe: the same calendar day everywhere the product runs.
  const at = (time: number) => `${iso(time)}T15:00:00Z`;
  return {
    now: at(monday),
    labels: { applied: iso(monday), interview: iso(thursday), decision: iso(decision) },
    events: [
      { type: "applied", at: at(monday), opportunity: "sample", contact: { name: "Pat Kim", role: "hr" } },
      {
        type: "interview",
        at: at(thursday),
        opportunity: "sample",
        interviewers: [{ name: "Dana Lee", role: "hiring_manager" }, { name: "Sam Roy", role: "interviewer" }],
        decisionDate: iso(decision),
      },
    ],
  };
}
