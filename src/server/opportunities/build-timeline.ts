/**
 * The one timeline both portals show (pure). Built from what the store
 * records: a step names the event that completed it (doneByEventId), and an
 * extra contact names its event, so nothing is paired by timestamps.
 */
import type { FollowUpView, LoggedEventView, TimelineEntry } from "./schemas";

export interface TimelineParts {
  events: LoggedEventView[];
  followUps: FollowUpView[];
  /** Extra contacts by event id: follow-ups that completed no step. */
  extraContacts: ReadonlyMap<string, { overContact: boolean }>;
}

/** Sorting: by local day; within a day, what happened (by instant) before what is still planned. */
type Keyed = { entry: TimelineEntry; day: string; rank: 0 | 1; at: number; order: number; tie: string };

export function buildTimeline({ events, followUps, extraContacts }: TimelineParts): TimelineEntry[] {
  const eventById = new Map(events.map((logged) => [logged.id, logged]));
  // Events arrive in logging order (instant, then sequence): what happened at one instant keeps that order.
  const orderOf = new Map(events.map((logged, index) => [logged.id, index]));
  const completing = new Set<string>();
  const keyed: Keyed[] = [];

  for (const step of followUps) {
    const doneBy = step.doneByEventId ? (eventById.get(step.doneByEventId) ?? null) : null;
    if (doneBy) {
      completing.add(doneBy.id);
      keyed.push({ entry: { kind: "step", id: step.id, day: doneBy.day, step, doneBy }, day: doneBy.day, rank: 0, at: doneBy.at.getTime(), order: orderOf.get(doneBy.id)!, tie: step.id });
    } else {
      // Open, cancelled, or done by an event this view does not hold: at the end of its due day.
      keyed.push({ entry: { kind: "step", id: step.id, day: step.due, step, doneBy: null }, day: step.due, rank: 1, at: 0, order: 0, tie: step.id });
    }
  }
  for (const logged of events) {
    if (completing.has(logged.id)) continue;
    const extraContact = logged.type === "follow_up" ? (extraContacts.get(logged.id) ?? null) : null;
    keyed.push({ entry: { kind: "event", id: logged.id, day: logged.day, logged, extraContact }, day: logged.day, rank: 0, at: logged.at.getTime(), order: orderOf.get(logged.id)!, tie: logged.id });
  }
  keyed.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.rank - b.rank || a.at - b.at || a.order - b.order || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0)));
  return keyed.map((item) => item.entry);
}
