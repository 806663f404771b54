/**
 * Opportunities: seekers log their own activity and read their own
 * opportunities; coaches read any seeker's of their organization. The
 * seeker is always the caller's membership for seekers, so another
 * seeker's key simply does not exist for them. Coaches reach only the
 * seekers in their scope (src/server/organizations/seeker-access.ts).
 */
import { z } from "zod";
import { getSeekerOpportunityTimeline, listSeekerOpportunities } from "@/server/caseload/seeker-opportunities";
import { getOpportunityTimeline } from "@/server/opportunities/get-opportunity-timeline";
import { listOpportunities } from "@/server/opportunities/list-opportunities";
import { logEvent } from "@/server/opportunities/log-event";
import { ZLogEventInput } from "@/server/opportunities/log-event-input";
import { ZLogEventResult, ZOpportunityList, ZOpportunityTimeline } from "@/server/opportunities/schemas";
import { createTRPCRouter, seekerProcedure, staffReadProcedure } from "../trpc";
import { ZOpportunityKey, ZSeekerId } from "@/server/validation/ids";
import { announceActivity } from "@/server/workflows/announce";


export const opportunitiesRouter = createTRPCRouter({
  /** Log an application, interview, meeting, follow-up, answer, competing offer or withdrawal: the cadence engine's event, the forms' own schema. */
  logEvent: seekerProcedure
    .input(ZLogEventInput)
    .output(ZLogEventResult)
    .mutation(async ({ ctx, input }) => {
      const result = await logEvent(ctx.tx, {
        organizationId: ctx.membership.organizationId,
        seekerMembershipId: ctx.membership.id,
        actorUserId: ctx.membership.userId,
        event: input.event,
        details: input.details,
      });
      ctx.afterCommit(() => announceActivity({ organizationId: ctx.membership.organizationId, seekerMembershipId: ctx.membership.id }, result));
      return result;
    }),

  list: seekerProcedure
    .input(z.void())
    .output(ZOpportunityList)
    .query(({ ctx }) => listOpportunities(ctx.tx, ctx.membership.id)),

  timeline: seekerProcedure
    .input(z.object({ opportunityKey: ZOpportunityKey }))
    .output(ZOpportunityTimeline)
    .query(({ ctx, input }) => getOpportunityTimeline(ctx.tx, { seekerMembershipId: ctx.membership.id, opportunityKey: input.opportunityKey })),

  /** A coach's view of one seeker's opportunities (a seeker on their caseload, or any when the organization allows). */
  listForSeeker: staffReadProcedure("seeker_record_viewed")
    .input(z.object({ seekerMembershipId: ZSeekerId }))
    .output(ZOpportunityList)
    .query(({ ctx, input }) => listSeekerOpportunities(ctx.tx, { viewer: ctx.access, seekerMembershipId: input.seekerMembershipId })),

  timelineForSeeker: staffReadProcedure("seeker_record_viewed")
    .input(z.object({ seekerMembershipId: ZSeekerId, opportunityKey: ZOpportunityKey }))
    .output(ZOpportunityTimeline)
    .query(({ ctx, input }) => getSeekerOpportunityTimeline(ctx.tx, { viewer: ctx.access, ...input })),
});
