/**
 * A coach's or admin's view of one seeker's opportunities. The opportunity
 * read models trust the seeker id they are given (the seeker portal passes
 * the caller's own); here the id comes from input, so it is authorized first.
 */
import type { Tx } from "@/server/db/tenant";
import { getOpportunityTimeline } from "@/server/opportunities/get-opportunity-timeline";
import { listOpportunities } from "@/server/opportunities/list-opportunities";
import type { OpportunityList, OpportunityTimeline } from "@/server/opportunities/schemas";
import { authorizeSeekerAccess, type MemberAccess } from "@/server/organizations/seeker-access";

export async function listSeekerOpportunities(tx: Tx, input: { viewer: MemberAccess; seekerMembershipId: string }): Promise<OpportunityList> {
  await authorizeSeekerAccess(tx, input.viewer, input.seekerMembershipId);
  return listOpportunities(tx, input.seekerMembershipId);
}

export async function getSeekerOpportunityTimeline(
  tx: Tx,
  input: { viewer: MemberAccess; seekerMembershipId: string; opportunityKey: string },
): Promise<OpportunityTimeline> {
  await authorizeSeekerAccess(tx, input.viewer, input.seekerMembershipId);
  return getOpportunityTimeline(tx, { seekerMembershipId: input.seekerMembershipId, opportunityKey: input.opportunityKey });
}
