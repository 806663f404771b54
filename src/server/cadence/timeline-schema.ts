/**
 * The input contract: a seeker's timeline (time zone, holiday calendar,
 * policy, events). Parsing resolves the policy and turns every `at` into a
 * Date, so the planner never re-validates. Every failure is one line that
 * names the field, e.g. `events[3].at: time "2026-03-10T15:00:00" has no UTC offset`.
 */
import { z } from "zod";
import { isKnownHolidayCalendar } from "./business-days";
import { isKnownTimeZone, parseDay } from "./local-date";
import { CHANNELS, OPENING_EVENT_TYPES, type Policy, ZAction, ZChannel, ZPolicy } from "./policy-schema";
import { getPreset } from "./presets";
import { LIMITS } from "@/server/validation/limits";
import { isYearInRange, storable, YEAR_RANGE_MESSAGE } from "@/server/validation/text";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Checks an ISO-8601 instant; returns an error message or null. */
export function instantProblem(text: string): string | null {
  const match = DATE_TIME.exec(text);
  if (!match || Number.isNaN(Date.parse(text)) || parseDay(text.slice(0, 10)) === null) {
    return `"${text}" is not an ISO-8601 time`;
  }
  if (!match[1]) return `time "${text}" has no UTC offset`;
  if (!isYearInRange(Number(text.slice(0, 4)))) return `time "${text}": the year ${YEAR_RANGE_MESSAGE}`;
  return null;
}

const ZInstant = z.string().max(40, "is not an ISO-8601 time").transform((text, ctx) => {
  const problem = instantProblem(text);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return new Date(text);
});

const ZLocalDate = z
  .string()
  .max(10, "is not a date (YYYY-MM-DD)")
  .refine((text) => parseDay(text) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a date (YYYY-MM-DD)`,
  })
  .refine((text) => isYearInRange(Number(text.slice(0, 4))), { error: `the year ${YEAR_RANGE_MESSAGE}` });

export const CONTACT_ROLES = ["hiring_manager", "hr", "recruiter", "interviewer", "other"] as const;

export const ZContact = z.object({
  name: storable(z.string().trim().min(1, "a contact needs a name").max(LIMITS.name, `a name is at most ${LIMITS.name} characters`)),
  role: z.enum(CONTACT_ROLES, { error: (issue) => `unknown role ${JSON.stringify(issue.input)}` }).optional(),
});

const ZOpportunityId = storable(z.string().trim().min(1, "an opportunity id is required").max(LIMITS.key, `an opportunity id is at most ${LIMITS.key} characters`));

const base = { id: storable(z.string().max(LIMITS.key, `an event id is at most ${LIMITS.key} characters`)).optional(), at: ZInstant };
const forOpportunity = { ...base, opportunity: ZOpportunityId };

const eventSchemas = {
  applied: z.object({ ...forOpportunity, type: z.literal("applied"), contact: ZContact.optional() }),
  interview: z.object({
    ...forOpportunity,
    type: z.literal("interview"),
    interviewers: z.array(ZContact).max(LIMITS.interviewers, `at most ${LIMITS.interviewers} interviewers`).default([]),
    decisionDate: ZLocalDate.optional(),
  }),
  informational_interview: z.object({ ...forOpportunity, type: z.literal("informational_interview"), contact: ZContact.optional() }),
  networking_meeting: z.object({ ...forOpportunity, type: z.literal("networking_meeting"), contact: ZContact.optional() }),
  follow_up: z.object({
    ...forOpportunity,
    type: z.literal("follow_up"),
    channel: z.enum(CHANNELS, { error: (issue) => `unknown channel ${JSON.stringify(issue.input)}` }),
    action: ZAction.optional(),
    // A name; a contact object is accepted too, for forgiving input.
    contact: z
      .union([storable(z.string().trim().min(1).max(LIMITS.name, `a name is at most ${LIMITS.name} characters`)), ZContact.transform((contact) => contact.name)])
      .optional(),
  }),
  response: z.object({
    ...forOpportunity,
    type: z.literal("response"),
    result: z.enum(["offer", "rejected", "runner_up", "still_deciding"], {
      error: (issue) => `unknown result ${JSON.stringify(issue.input)}`,
    }),
  }),
  competing_offer: z.object({ ...base, type: z.literal("competing_offer") }),
  withdrawn: z.object({ ...forOpportunity, type: z.literal("withdrawn") }),
} as const;

export type EventType = keyof typeof eventSchemas;
export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

export const ZTimelineEvent = z.discriminatedUnion("type", [
  eventSchemas.applied,
  eventSchemas.interview,
  eventSchemas.informational_interview,
  eventSchemas.networking_meeting,
  eventSchemas.follow_up,
  eventSchemas.response,
  eventSchemas.competing_offer,
  eventSchemas.withdrawn,
]);

export type TimelineEvent = z.output<typeof ZTimelineEvent>;
export type Contact = z.output<typeof ZContact>;
export type ResponseResult = z.output<typeof eventSchemas.response>["result"];

/** A validated timeline: what the planner takes. */
export interface Timeline {
  timezone: string;
  holidays: string | null;
  policy: Policy;
  events: TimelineEvent[];
}

export type ParseResult = { success: true; data: Timeline } | { success: false; error: string };

const fail = (error: string): ParseResult => ({ success: false, error });

/** "events[3].interviewers[0].role" from a zod path. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text ? `.${String(key)}` : String(key);
  return text;
}

function firstIssue(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = formatPath(prefix, issue.path);
  const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
  return `${field || "timeline"}: ${message}`;
}

function resolvePolicy(raw: unknown): Policy | string {
  if (typeof raw === "string") return getPreset(raw) ?? `policy: unknown preset "${raw}"`;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return "policy: must be a preset id or a policy object";
  const parsed = ZPolicy.safeParse(raw);
  return parsed.success ? parsed.data : firstIssue("policy", parsed.error);
}

function parseEvents(raw: unknown): TimelineEvent[] | string {
  if (!Array.isArray(raw)) return "events: must be an array";
  const events: TimelineEvent[] = [];
  for (const [index, item] of raw.entries()) {
    const field = `events[${index}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) return `${field}: must be an object`;
    const type = (item as { type?: unknown }).type;
    if (typeof type !== "string" || !(EVENT_TYPES as string[]).includes(type)) {
      return `${field}.type: unknown event type ${JSON.stringify(type ?? null)}`;
    }
    const parsed = eventSchemas[type as EventType].safeParse(item);
    if (!parsed.success) return firstIssue(field, parsed.error);
    events.push(parsed.data);
  }
  const opened = new Set<string>();
  for (const event of events) {
    if ((OPENING_EVENT_TYPES as readonly string[]).includes(event.type) && "opportunity" in event) opened.add(event.opportunity);
  }
  for (const [index, event] of events.entries()) {
    if ("opportunity" in event && !opened.has(event.opportunity)) {
      return `events[${index}].opportunity: "${event.opportunity}" has no opening event (applied, interview, informational_interview or networking_meeting)`;
    }
  }
  return events;
}

/** Validates raw JSON input against the contract; never throws. */
export function parseTimeline(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return fail("timeline: must be a JSON object");
  const input = raw as Record<string, unknown>;

  if (typeof input.timezone !== "string") return fail("timezone: is required (an IANA time zone such as \"America/Chicago\")");
  if (!isKnownTimeZone(input.timezone)) return fail(`timezone: unknown time zone "${input.timezone}"`);

  const holidays = input.holidays ?? null;
  if (holidays !== null && typeof holidays !== "string") return fail("holidays: must be a calendar code such as \"US\" or \"US-CA\"");
  if (holidays !== null && !isKnownHolidayCalendar(holidays)) return fail(`holidays: unknown holiday calendar "${holidays}"`);

  if (input.policy === undefined) return fail("policy: is required (a preset id or a policy object)");
  const policy = resolvePolicy(input.policy);
  if (typeof policy === "string") return fail(policy);

  const events = parseEvents(input.events);
  if (typeof events === "string") return fail(events);

  return { success: true, data: { timezone: input.timezone, holidays, policy, events } };
}

/** Channels as a runtime list, for callers building forms. */
export const FOLLOW_UP_CHANNELS = ZChannel.options;
