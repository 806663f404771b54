/**
 * The input contract: a seeker's timeline (time zone, holiday calendar,
 * policy, events). Parsing resolves the policy and turns every `at` into a
 * Date, so the planner never re-validates. Every failure is one line that
 * names the field, e.g. `events[3].at: time "2026-03-10T15:00:00" has no UTC offset`.
 */
import { z } from "zod";
import { isKnownHolidayCalendar } from "./business-days";
import { isKnownTimeZone, parseDay } from "@/server/dates";
import { type Policy, ZAction, ZPolicy } from "./policy-schema";
import { getPreset } from "./presets";
import { CHANNELS, CONTACT_ROLES, type EventType, isOpeningEventType, RESPONSE_RESULTS } from "./vocabulary";
import { firstIssueLine } from "@/server/validation/issues";
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

/** "is required" when the value is missing, else `message` (zod's own words are not for people). */
const missingOr =
  (message: (input: unknown) => string, missing = "is required") =>
  (issue: { input?: unknown }) =>
    issue.input === undefined ? missing : message(issue.input);

/** An instant as text, validated (the text is what the store keeps: the seeker's own offset). */
const ZInstantText = z.string({ error: missingOr(() => "is not an ISO-8601 time") }).superRefine((text, ctx) => {
  const problem = text.trim() === "" ? "enter a date and time" : text.length > 40 ? "is not an ISO-8601 time" : instantProblem(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const ZLocalDate = z
  .string({ error: missingOr(() => "is not a date (YYYY-MM-DD)") })
  .max(10, "is not a date (YYYY-MM-DD)")
  .refine((text) => parseDay(text) !== null, {
    error: (issue) => `"${String(issue.input)}" is not a date (YYYY-MM-DD)`,
  })
  .refine((text) => isYearInRange(Number(text.slice(0, 4))), { error: `the year ${YEAR_RANGE_MESSAGE}` });

const personName = () =>
  storable(
    z
      .string({ error: missingOr(() => "a name is text") })
      .trim()
      .min(1, "a contact needs a name")
      .max(LIMITS.name, `a name is at most ${LIMITS.name} characters`),
  );

export const ZContact = z.object({
  name: personName(),
  role: z.enum(CONTACT_ROLES, { error: (issue) => `unknown role ${JSON.stringify(issue.input)}` }).optional(),
});

const ZOpportunityId = storable(
  z
    .string({ error: missingOr(() => "an opportunity id is text") })
    .trim()
    .min(1, "choose an opportunity")
    .max(LIMITS.key, `an opportunity id is at most ${LIMITS.key} characters`),
);

const base = { id: storable(z.string().max(LIMITS.key, `an event id is at most ${LIMITS.key} characters`)).optional(), at: ZInstantText };
const forOpportunity = { ...base, opportunity: ZOpportunityId };

/** Events are closed shapes: a field the contract does not know is a mistake to report, not to drop silently. */
const event = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => JSON.stringify(key.slice(0, 40))).join(", ")}` : undefined) });

const eventSchemas = {
  applied: event({ ...forOpportunity, type: z.literal("applied"), contact: ZContact.optional() }),
  interview: event({
    ...forOpportunity,
    type: z.literal("interview"),
    interviewers: z.array(ZContact).max(LIMITS.interviewers, `at most ${LIMITS.interviewers} interviewers`).default([]),
    decisionDate: ZLocalDate.optional(),
  }),
  informational_interview: event({ ...forOpportunity, type: z.literal("informational_interview"), contact: ZContact.optional() }),
  networking_meeting: event({ ...forOpportunity, type: z.literal("networking_meeting"), contact: ZContact.optional() }),
  follow_up: event({
    ...forOpportunity,
    type: z.literal("follow_up"),
    channel: z.enum(CHANNELS, { error: missingOr((input) => `unknown channel ${JSON.stringify(input)}`, "choose how you reached out") }),
    action: ZAction.optional(),
    // A name; a contact object is accepted too, for forgiving input.
    contact: z.union([personName(), ZContact.transform((contact) => contact.name)]).optional(),
  }),
  response: event({
    ...forOpportunity,
    type: z.literal("response"),
    result: z.enum(RESPONSE_RESULTS, { error: missingOr((input) => `unknown result ${JSON.stringify(input)}`, "choose what they said") }),
  }),
  competing_offer: event({ ...base, type: z.literal("competing_offer") }),
  withdrawn: event({ ...forOpportunity, type: z.literal("withdrawn") }),
} as const satisfies Record<EventType, z.ZodType>;

/**
 * One logged event, validated: the schema every client form checks before
 * sending, `opportunities.logEvent` takes as its input and the CLI reads.
 * Its output keeps `at` as the text sent (with the seeker's own offset).
 */
export const ZEventInput = z.discriminatedUnion(
  "type",
  [
    eventSchemas.applied,
    eventSchemas.interview,
    eventSchemas.informational_interview,
    eventSchemas.networking_meeting,
    eventSchemas.follow_up,
    eventSchemas.response,
    eventSchemas.competing_offer,
    eventSchemas.withdrawn,
  ],
  {
    error: (issue) =>
      issue.input !== null && typeof issue.input === "object" && !Array.isArray(issue.input)
        ? `unknown event type ${JSON.stringify((issue.input as { type?: unknown }).type ?? null)}`
        : "must be an object",
  },
);

/** What a client builds: a misspelt field is a compile error. */
export type EventInput = z.input<typeof ZEventInput>;
/** A validated event as the store keeps it (`at` is still the text sent). */
export type LoggedEvent = z.output<typeof ZEventInput>;
/** A validated event as the planner reads it. */
export type TimelineEvent = WithDate<LoggedEvent>;
type WithDate<T> = T extends unknown ? Omit<T, "at"> & { at: Date } : never;

/** The planner's form of a validated event: `at` becomes a Date. */
export function toTimelineEvent(event: LoggedEvent): TimelineEvent {
  return { ...event, at: new Date(event.at) } as TimelineEvent;
}

/** The planner's event schema: validates, then turns `at` into a Date. */
export const ZTimelineEvent = ZEventInput.transform(toTimelineEvent);

export type Contact = z.output<typeof ZContact>;

/** A validated timeline: what the planner takes. */
export interface Timeline {
  timezone: string;
  holidays: string | null;
  policy: Policy;
  events: TimelineEvent[];
}

export type ParseResult = { success: true; data: Timeline } | { success: false; error: string };

const fail = (error: string): ParseResult => ({ success: false, error });

export type PolicyReading = { success: true; policy: Policy } | { success: false; field: string; line: string };

/**
 * A policy as stored or submitted: a preset id ("three-by-three") or a full
 * policy object, read with the planner's own schema. `field` names it in the
 * one-line error ("policy.steps[0].id: must be kebab-case").
 */
export function readPolicy(raw: unknown, field = "policy"): PolicyReading {
  if (typeof raw === "string") {
    const preset = getPreset(raw);
    return preset ? { success: true, policy: preset } : { success: false, field, line: `${field}: unknown preset "${raw}"` };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { success: false, field, line: `${field}: must be a preset id or a policy object` };
  const parsed = ZPolicy.safeParse(raw);
  if (parsed.success) return { success: true, policy: parsed.data };
  const issue = firstIssueLine(parsed.error, field);
  return { success: false, field: issue.field, line: issue.line };
}

function parseEvents(raw: unknown): TimelineEvent[] | string {
  if (!Array.isArray(raw)) return "events: must be an array";
  const events: TimelineEvent[] = [];
  for (const [index, item] of raw.entries()) {
    const parsed = ZEventInput.safeParse(item);
    if (!parsed.success) return firstIssueLine(parsed.error, `events[${index}]`).line;
    events.push(toTimelineEvent(parsed.data));
  }
  const opened = new Set<string>();
  for (const event of events) {
    if (isOpeningEventType(event.type) && "opportunity" in event) opened.add(event.opportunity);
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
  const policy = readPolicy(input.policy);
  if (!policy.success) return fail(policy.line);

  const events = parseEvents(input.events);
  if (typeof events === "string") return fail(events);

  return { success: true, data: { timezone: input.timezone, holidays, policy: policy.policy, events } };
}
