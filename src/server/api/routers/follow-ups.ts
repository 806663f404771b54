/** The seeker's follow-up list: what to do today, and ticking a step off. */
import { z } from "zod";
import { listTodayFollowUps } from "@/server/opportunities/list-today-follow-ups";
import { markFollowUpDone } from "@/server/opportunities/mark-follow-up-done";
import { CHANNELS } from "@/server/cadence";
import { ZLogEventResult, ZToday } from "@/server/opportunities/schemas";
import { createTRPCRouter, seekerProcedure } from "../trpc";
import { instantInput } from "@/server/validation/dates";
import { ZFollowUpId } from "@/server/validation/ids";
import { announceActivity } from "@/server/workflows/announce";

export const followUpsRouter = createTRPCRouter({
  today: seekerProcedure
    .input(z.void())
    .output(ZToday)
    .query(({ ctx }) => listTodayFollowUps(ctx.tx, ctx.membership.id)),

  /** Logs the follow_up event matching the step (same action, channel and contact). */
  markDone: seekerProcedure
    .input(
      z.object({
        followUpId: ZFollowUpId,
        at: instantInput("Give the time it was done with its UTC offset.").optional(),
        channel: z.enum(CHANNELS).optional(),
      }),
    )
    .output(ZLogEventResult.extend({ stepStatus: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const seeker = { organizationId: ctx.membership.organizationId, seekerMembershipId: ctx.membership.id };
      const result = await markFollowUpDone(ctx.tx, {
        ...seeker,
        actorUserId: ctx.membership.userId,
        followUpId: input.followUpId,
        at: input.at ? new Date(input.at) : undefined,
        channel: input.channel,
      });
      ctx.afterCommit(() => announceActivity(seeker, result, { closedFollowUpId: input.followUpId }));
      return result;
    }),
});
