/**
 * One opportunity in full: its events in order, every planned step (open,
 * done, cancelled), its contacts, and the one timeline both portals show.
 * Looked up by the seeker and the key together, so one seeker can never
 * reach another's.
 */
import { ZEventInput } from "@/server/cadence";
import { localDateOf } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { buildTimeline } from "./build-timeline";
import { toFollowUpView } from "./follow-up-view";
import { toOpportunitySummary } from "./list-opportunities";
import { loadSeeker } from "./load-seeker";
import type { LoggedEventView, OpportunityTimeline } from "./schemas";

export async function getOpportunityTimeline(
  tx: Tx,
  input: { seekerMembershipId: string; opportunityKey: string; now?: Date },
): Promise<OpportunityTimeline> {
  const seeker = await loadSeeker(tx, input.seekerMembershipId);
  const opportunity = await tx.opportunity.findUnique({
    where: { seekerMembershipId_key: { seekerMembershipId: seeker.membershipId, key: input.opportunityKey } },
    include: {
      contacts: { orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ at: "asc" }, { sequence: "asc" }] },
      followUps: { orderBy: [{ due: "asc" }, { planKey: "asc" }] },
      extraContacts: { select: { eventId: true, overContact: true } },
    },
  });
  if (!opportunity) throw notFound("That opportunity");
  const today = localDateOf(input.now ?? new Date(), seeker.timeZone);
  const events: LoggedEventView[] = opportunity.events.map((row) => ({
    id: row.id,
    type: row.type,
    at: row.at,
    day: localDateOf(row.at, seeker.timeZone),
    loggedAt: row.createdAt,
    // Stored payloads were validated when logged: reading them again only restores the type.
    event: ZEventInput.parse(row.payload),
  }));
  const followUps = opportunity.followUps.map((row) => toFollowUpView(row, opportunity.key, today));
  return {
    opportunity: toOpportunitySummary({ ...opportunity, followUps: opportunity.followUps.filter((row) => row.status === "open") }, seeker.timeZone),
    timeZone: seeker.timeZone,
    today,
    contacts: opportunity.contacts.map((contact) => ({ name: contact.name, role: contact.role, email: contact.email, phone: contact.phone })),
    events,
    followUps,
    entries: buildTimeline({ events, followUps, extraContacts: new Map(opportunity.extraContacts.map((row) => [row.eventId, { overContact: row.overContact }])) }),
  };
}
