/**
 * The follow-up cadence module: its vocabulary, policies as data, six
 * presets, the timeline contract and the pure planner. The only way in:
 * everything else imports `@/server/cadence`.
 */
export * from "./vocabulary";
export { planTimeline, hiringManagerIndex, type PlanOptions } from "./plan";
export { toContractOutput, followUpKey } from "./plan-output";
export type * from "./plan-types";
export { PRESETS, PRESET_IDS, getPreset } from "./presets";
export * from "./policy-schema";
export {
  parseTimeline,
  readPolicy,
  instantProblem,
  toTimelineEvent,
  ZEventInput,
  ZTimelineEvent,
  ZContact,
  type EventInput,
  type LoggedEvent,
  type PolicyReading,
  type Timeline,
  type TimelineEvent,
  type Contact,
  type ParseResult,
} from "./timeline-schema";
export { isKnownTimeZone } from "@/server/dates";
export { isKnownHolidayCalendar } from "./business-days";
