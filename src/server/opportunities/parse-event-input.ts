/**
 * Validates one logged event against the planner's event schema, with the
 * CLI's field naming ("event.interviewers[0].role: unknown role ..."), and
 * gives back both the parsed event and the payload to store: the event as
 * the contract spells it, with its original `at` text (offset kept).
 */
import { AppError } from "@/server/errors";
import { EVENT_TYPES, formatIssuePath, ZTimelineEvent, type TimelineEvent } from "./planner";

export interface ParsedEventInput {
  event: TimelineEvent;
  payload: Record<string, unknown>;
}

const badRequest = (field: string, message: string) => new AppError("BAD_REQUEST", `${field}: ${message}`, field);

export function parseEventInput(raw: unknown, prefix = "event"): ParsedEventInput {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw badRequest(prefix, "must be an object");
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string" || !(EVENT_TYPES as readonly string[]).includes(type)) {
    throw badRequest(`${prefix}.type`, `unknown event type ${JSON.stringify(type ?? null)}`);
  }
  const parsed = ZTimelineEvent.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
    throw badRequest(formatIssuePath(prefix, issue.path), message);
  }
  // Ids are the store's, never the caller's; `at` keeps the text the seeker's client sent.
  const { id: _ignored, ...event } = parsed.data;
  const payload: Record<string, unknown> = { ...event, at: (raw as { at: string }).at };
  return { event: { ...event }, payload };
}
