/**
 * Appends one event to a seeker's log and re-plans the seeker, in the
 * caller's transaction: either the event and its consequences are stored
 * together, or neither is.
 *
 * An opening event (applied, interview, meeting) for an unknown opportunity
 * key opens that opportunity; any other event needs an existing one.
 */
import type { Prisma } from "@/generated/prisma/client";
import { isOpeningEventType, KIND_OF_OPENING, type LoggedEvent, toTimelineEvent, type TimelineEvent } from "@/server/cadence";
import type { Tx } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { firstIssueLine } from "@/server/validation/issues";
import { loadSeeker, type SeekerContext } from "./load-seeker";
import { type LogEventRequest, type OpportunityDetails, ZLogEventInput } from "./log-event-input";
import { planSeeker } from "./plan-seeker";
import { lockSeeker } from "./seeker-lock";
import { syncPlan, type SyncCounts } from "./sync-plan";

export interface LogEventInput extends LogEventRequest {
  organizationId: string;
  seekerMembershipId: string;
  actorUserId: string | null;
  /** The instant the plan is judged at; tests and the seed pass their own. */
  now?: Date;
}

export interface LogEventResult {
  eventId: string;
  sequence: number;
  opportunityKey: string | null;
  changes: SyncCounts;
}

/** The people an event names, to keep on the opportunity's contact list. */
function contactsOf(event: TimelineEvent): { name: string; role: Prisma.OpportunityContactCreateManyInput["role"] }[] {
  if (event.type === "interview") return event.interviewers.map((person) => ({ name: person.name, role: person.role ?? "interviewer" }));
  if ("contact" in event && event.contact && typeof event.contact === "object") return [{ name: event.contact.name, role: event.contact.role ?? "other" }];
  return [];
}

interface Append {
  actorUserId: string | null;
  event: LoggedEvent;
  details: OpportunityDetails | null;
  now: Date;
}

async function resolveOpportunity(tx: Tx, seeker: SeekerContext, append: Append, event: TimelineEvent & { opportunity: string }) {
  const existing = await tx.opportunity.findUnique({
    where: { seekerMembershipId_key: { seekerMembershipId: seeker.membershipId, key: event.opportunity } },
    select: { id: true },
  });
  if (existing) return existing.id;
  if (!isOpeningEventType(event.type)) {
    const field = "event.opportunity";
    throw new AppError("BAD_REQUEST", `${field}: "${event.opportunity}" has no opening event (applied, interview, informational_interview or networking_meeting)`, field);
  }
  const created = await tx.opportunity.create({
    data: {
      organizationId: seeker.organizationId,
      seekerMembershipId: seeker.membershipId,
      key: event.opportunity,
      title: append.details?.title || event.opportunity,
      company: append.details?.company || null,
      kind: KIND_OF_OPENING[event.type],
      openedAt: event.at,
      lastEventAt: event.at,
      stateChangedAt: append.now,
    },
    select: { id: true },
  });
  return created.id;
}

/** Reads a request with the one schema the forms use; BAD_REQUEST naming the field ("event.at: ...") when it is wrong. */
export function readLogEventRequest(request: LogEventRequest): { event: LoggedEvent; details: OpportunityDetails | null } {
  const parsed = ZLogEventInput.safeParse({ event: request.event, details: request.details });
  if (!parsed.success) {
    const issue = firstIssueLine(parsed.error);
    throw new AppError("BAD_REQUEST", issue.line, issue.field);
  }
  return { event: parsed.data.event, details: parsed.data.details ?? null };
}

export async function logEvent(tx: Tx, input: LogEventInput): Promise<LogEventResult> {
  const { event, details } = readLogEventRequest(input);
  await lockSeeker(tx, input.seekerMembershipId);
  const seeker = await loadSeeker(tx, input.seekerMembershipId);
  return appendEvent(tx, seeker, { actorUserId: input.actorUserId, event, details, now: input.now ?? new Date() });
}

/**
 * Stores a validated event for a seeker already locked and loaded, and
 * re-plans them. The store keeps the event as it was sent (its `at` with the
 * seeker's own offset), never a caller's id: ids are the store's.
 */
export async function appendEvent(tx: Tx, seeker: SeekerContext, append: Append): Promise<LogEventResult> {
  const { id: _callerId, ...payload } = append.event;
  const event = toTimelineEvent(payload);
  const now = append.now;
  const opportunityId = "opportunity" in event ? await resolveOpportunity(tx, seeker, append, event) : null;
  const last = await tx.opportunityEvent.findFirst({ where: { seekerMembershipId: seeker.membershipId }, orderBy: { sequence: "desc" }, select: { sequence: true } });
  const sequence = (last?.sequence ?? 0) + 1;
  const stored = await tx.opportunityEvent.create({
    data: {
      organizationId: seeker.organizationId,
      seekerMembershipId: seeker.membershipId,
      opportunityId,
      sequence,
      type: event.type,
      at: event.at,
      payload: payload as Prisma.InputJsonObject,
      loggedByUserId: append.actorUserId,
    },
    select: { id: true },
  });

  if (opportunityId) {
    const contacts = contactsOf(event);
    if (contacts.length > 0) {
      await tx.opportunityContact.createMany({
        data: contacts.map((contact) => ({ organizationId: seeker.organizationId, opportunityId, ...contact })),
        skipDuplicates: true,
      });
    }
    // Events may be logged late: only a later instant moves lastEventAt.
    await tx.opportunity.updateMany({ where: { id: opportunityId, lastEventAt: { lt: event.at } }, data: { lastEventAt: event.at } });
  }

  const changes = await syncPlan(tx, seeker, await planSeeker(tx, seeker, now), now);
  return { eventId: stored.id, sequence, opportunityKey: "opportunity" in event ? event.opportunity : null, changes };
}
