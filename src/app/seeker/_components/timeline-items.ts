/**
 * Merges an opportunity's logged events and planned steps into one list in
 * date order. A follow-up that completed a step is shown
 * once, as that step done; other follow-ups stand alone (flagged when they
 * were more contact than the plan allows).
 */
import type { OpportunityTimeline } from "@/server/opportunities/schemas";

type Event = OpportunityTimeline["events"][number];
type Step = OpportunityTimeline["followUps"][number];

export type TimelineItem =
  | { kind: "event"; key: string; sortKey: string; event: Event; writtenAt: string; overContact: boolean }
  | { kind: "step"; key: string; sortKey: string; step: Step; doneWrittenAt: string | null };

// Sorted by instant (UTC text); a step not done sits at the end of its due day.

/** The event's time as the seeker's client wrote it ("2026-03-10T15:00:00-05:00"); the UTC instant if the text is missing. */
const writtenAt = (event: Event) => (typeof event.payload.at === "string" ? event.payload.at : event.at.toISOString());

export function buildTimeline(data: OpportunityTimeline): TimelineItem[] {
  const items: TimelineItem[] = [];
  const doneByInstant = new Map<number, Step>();
  for (const step of data.followUps) if (step.status === "done" && step.doneAt) doneByInstant.set(step.doneAt.getTime(), step);
  const extraAt = new Map(data.extraContacts.map((row) => [row.at.getTime(), row.overContact]));
  const placed = new Set<string>();

  for (const event of data.events) {
    const at = writtenAt(event);
    const sortKey = event.at.toISOString();
    const completed = event.type === "follow_up" ? doneByInstant.get(event.at.getTime()) : undefined;
    if (completed && !placed.has(completed.id)) {
      placed.add(completed.id);
      items.push({ kind: "step", key: completed.id, sortKey, step: completed, doneWrittenAt: at });
      continue;
    }
    items.push({ kind: "event", key: event.id, sortKey, event, writtenAt: at, overContact: extraAt.get(event.at.getTime()) ?? false });
  }
  for (const step of data.followUps) {
    if (placed.has(step.id)) continue;
    const sortKey = step.status === "done" && step.doneAt ? step.doneAt.toISOString() : `${step.due}T23:59:59.999Z`;
    items.push({ kind: "step", key: step.id, sortKey, step, doneWrittenAt: null });
  }
  return items.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}
