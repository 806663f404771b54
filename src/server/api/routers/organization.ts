/**
 * The organization's role settings, for administrators only: whether
 * coaches see every seeker and whether they may save the policy.
 */
import { z } from "zod";
import { getRoleSettings, updateRoleSettings } from "@/server/organizations/role-settings";
import { ZRoleSettings } from "@/server/organizations/schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const organizationRouter = createTRPCRouter({
  settings: adminProcedure
    .input(z.void())
    .output(ZRoleSettings)
    .query(({ ctx }) => getRoleSettings(ctx.tx, ctx.membership.organizationId)),

  updateSettings: adminProcedure
    .input(ZRoleSettings)
    .output(ZRoleSettings)
    .mutation(({ ctx, input }) => updateRoleSettings(ctx.tx, ctx.membership.organizationId, input, { userId: ctx.membership.userId, membershipId: ctx.membership.id })),
});
