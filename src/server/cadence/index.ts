/**
 * The follow-up cadence module: policies as data, six presets, the timeline
 * contract and the pure planner. The persistence layer calls
 * `parseTimeline` (or builds a `Timeline` from stored rows) and `planTimeline`.
 */
export { planTimeline, hiringManagerIndex, type PlanOptions } from "./plan";
export { toContractOutput, followUpKey } from "./plan-output";
export type * from "./plan-types";
export { PRESETS, PRESET_IDS, getPreset } from "./presets";
export * from "./policy-schema";
export {
  parseTimeline,
  instantProblem,
  ZTimelineEvent,
  ZContact,
  EVENT_TYPES,
  CONTACT_ROLES,
  type Timeline,
  type TimelineEvent,
  type Contact,
  type EventType,
  type ParseResult,
  type ResponseResult,
} from "./timeline-schema";
export { isKnownTimeZone } from "./local-date";
export { isKnownHolidayCalendar } from "./business-days";
