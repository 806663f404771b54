/**
 * One opportunity in full: its events in order, every planned step (open,
 * done, cancelled), its contacts and its extra contacts. Looked up by the
 * seeker and the key together, so one seeker can never reach another's.
 */
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { toFollowUpView } from "./follow-up-view";
import { toOpportunitySummary } from "./list-opportunities";
import { loadSeeker, localDateOf } from "./load-seeker";
import type { OpportunityTimeline } from "./schemas";

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
      extraContacts: { orderBy: { at: "asc" } },
    },
  });
  if (!opportunity) throw notFound("That opportunity");
  const today = localDateOf(input.now ?? new Date(), seeker.timeZone);
  return {
    opportunity: toOpportunitySummary({ ...opportunity, followUps: opportunity.followUps.filter((row) => row.status === "open") }),
    contacts: opportunity.contacts.map((contact) => ({ name: contact.name, role: contact.role, email: contact.email, phone: contact.phone })),
    events: opportunity.events.map((event) => ({
      id: event.id,
      type: event.type,
      at: event.at,
      payload: event.payload as Record<string, unknown>,
      loggedAt: event.createdAt,
    })),
    followUps: opportunity.followUps.map((row) => toFollowUpView(row, opportunity.key, today)),
    extraContacts: opportunity.extraContacts.map((row) => ({ at: row.at, channel: row.channel, contact: row.contactName, overContact: row.overContact })),
  };
}
