/**
 * Appends one event to a seeker's log and re-plans the seeker, in the
 * caller's transaction: either the event and its consequences are stored
 * together, or neither is.
 *
 * An opening event (applied, interview, meeting) for an unknown opportunity
 * key opens that opportunity; any other event needs an existing one.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { LIMITS } from "@/server/validation/limits";
import { boundedText } from "@/server/validation/text";
import { loadSeeker } from "./load-seeker";
import { parseEventInput } from "./parse-event-input";
import { planSeeker } from "./plan-seeker";
import { OPENING_EVENT_TYPES, type TimelineEvent } from "./planner";
import { lockSeeker } from "./seeker-lock";
import { syncPlan, type SyncCounts } from "./sync-plan";

/** Shown for an opportunity an opening event creates; the key is the fallback title. */
export const ZOpportunityDetails = z.object({
  title: boundedText({ max: LIMITS.name, required: "Give the opportunity a title.", tooLong: "That title is too long." }),
  company: boundedText({ max: LIMITS.name, tooLong: "That company name is too long." }).nullish(),
});
export type OpportunityDetails = z.infer<typeof ZOpportunityDetails>;

export interface LogEventInput {
  organizationId: string;
  seekerMembershipId: string;
  actorUserId: string | null;
  /** An event in the contract's shape (validated here). */
  event: unknown;
  details?: OpportunityDetails | null;
  /** The instant the plan is judged at; tests and the seed pass their own. */
  now?: Date;
}

export interface LogEventResult {
  eventId: string;
  sequence: number;
  opportunityKey: string | null;
  changes: SyncCounts;
}

const isOpening = (event: TimelineEvent) => (OPENING_EVENT_TYPES as readonly string[]).includes(event.type);

/** The people an event names, to keep on the opportunity's contact list. */
function contactsOf(event: TimelineEvent): { name: string; role: Prisma.OpportunityContactCreateManyInput["role"] }[] {
  if (event.type === "interview") return event.interviewers.map((person) => ({ name: person.name, role: person.role ?? "interviewer" }));
  if ("contact" in event && event.contact && typeof event.contact === "object") return [{ name: event.contact.name, role: event.contact.role ?? "other" }];
  return [];
}

async function resolveOpportunity(tx: Tx, input: LogEventInput, event: TimelineEvent & { opportunity: string }) {
  const existing = await tx.opportunity.findUnique({
    where: { seekerMembershipId_key: { seekerMembershipId: input.seekerMembershipId, key: event.opportunity } },
    select: { id: true },
  });
  if (existing) return existing.id;
  if (!isOpening(event)) {
    const field = "event.opportunity";
    throw new AppError("BAD_REQUEST", `${field}: "${event.opportunity}" has no opening event (applied, interview, informational_interview or networking_meeting)`, field);
  }
  const created = await tx.opportunity.create({
    data: {
      organizationId: input.organizationId,
      seekerMembershipId: input.seekerMembershipId,
      key: event.opportunity,
      title: input.details?.title ?? event.opportunity,
      company: input.details?.company ?? null,
      kind: event.type === "applied" || event.type === "interview" ? "job" : "networking",
      openedAt: event.at,
      lastEventAt: event.at,
      stateChangedAt: input.now ?? new Date(),
    },
    select: { id: true },
  });
  return created.id;
}

export async function logEvent(tx: Tx, input: LogEventInput): Promise<LogEventResult> {
  const { event, payload } = parseEventInput(input.event);
  const now = input.now ?? new Date();
  await lockSeeker(tx, input.seekerMembershipId);
  const seeker = await loadSeeker(tx, input.seekerMembershipId);

  const opportunityId = "opportunity" in event ? await resolveOpportunity(tx, input, event) : null;
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
      loggedByUserId: input.actorUserId,
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
