/**
 * The coach portal's read models: the caseload table, one seeker's header
 * and the organization's policy history. Tenant and role come from the
 * membership; a seeker of another tenant is simply not found.
 */
import { z } from "zod";
import { getCaseloadSeeker } from "@/server/caseload/get-caseload-seeker";
import { listCaseload } from "@/server/caseload/list-caseload";
import { listPolicyVersions } from "@/server/policies/list-policy-versions";
import { ZCaseload, ZCaseloadScope, ZCaseloadSeeker } from "@/server/caseload/schemas";
import { ZPolicyHistory } from "@/server/policies/schemas";
import { coachProcedure, createTRPCRouter, staffReadProcedure } from "../trpc";
import { ZSeekerId } from "@/server/validation/ids";


export const caseloadRouter = createTRPCRouter({
  /** A coach's own caseload; "all" when the organization lets coaches see every seeker; admins always see everyone. */
  list: staffReadProcedure("caseload_viewed")
    .input(z.object({ scope: ZCaseloadScope.default("mine") }))
    .output(ZCaseload)
    .query(({ ctx, input }) => listCaseload(ctx.tx, { viewer: ctx.access, scope: input.scope })),

  seeker: staffReadProcedure("seeker_record_viewed")
    .input(z.object({ seekerMembershipId: ZSeekerId }))
    .output(ZCaseloadSeeker)
    .query(({ ctx, input }) => getCaseloadSeeker(ctx.tx, { seekerMembershipId: input.seekerMembershipId, viewer: ctx.access })),

  /** Who changed the organization's policy, to what, and when (newest first). */
  policyVersions: coachProcedure
    .input(z.object({ limit: z.number().int().min(1).max(50).default(10) }))
    .output(ZPolicyHistory)
    .query(({ ctx, input }) => listPolicyVersions(ctx.tx, input)),
});
