/**
 * The one place this store touches the pure planner (src/server/cadence,
 * owned by the planner's author). Everything the store needs from it is
 * re-exported or thinly adapted here, so a change in the planner's shape
 * is a change in this file only.
 */
export {
  CHANNELS,
  CONTACT_ROLES,
  EVENT_TYPES,
  getPreset,
  OPENING_EVENT_TYPES,
  parseTimeline,
  planTimeline,
  PRESETS,
  toContractOutput,
  ZPolicy,
  ZTimelineEvent,
} from "@/server/cadence";
export type { Contact, EventType, Policy, PlanResult, PlannedFollowUp as PlannedStep, Timeline, TimelineEvent } from "@/server/cadence";

/**
 * "event.interviewers[0].role" from a zod issue path: the same field naming
 * the CLI uses (its own formatter is not part of the module's public API).
 */
export function formatIssuePath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text ? `.${String(key)}` : String(key);
  return text;
}
