/**
 * Follow-up policy, for coaches and admins: the six presets, the
 * organization's current policy and overrides, previews, and changes
 * (which re-plan the affected seekers in the same transaction).
 */
import { z } from "zod";
import { ACTIONS, CHANNELS, OPPORTUNITY_FLAGS, OPPORTUNITY_STATES, PRESETS, STEP_STATUSES, ZEventInput } from "@/server/cadence";
import { ZPolicySummary } from "@/server/policies/describe-policy";
import { getPolicyOverview } from "@/server/policies/get-policy-overview";
import { previewPolicyForOrganization } from "@/server/policies/preview-policy";
import { ZPolicyChoice } from "@/server/policies/resolve-policy";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { clearSeekerOverride, setSeekerOverride } from "@/server/policy-changes/set-seeker-override";
import { coachProcedure, createTRPCRouter, policyManagerProcedure } from "../trpc";
import { instantInput } from "@/server/validation/dates";
import { getPolicyReplanProgress } from "@/server/policy-changes/replan-for-policy";
import { startPolicyReplan } from "@/server/policy-changes/start-policy-replan";
import { announcePolicyChange } from "@/server/workflows/announce";
import { ZSeekerId } from "@/server/validation/ids";
import { LIMITS } from "@/server/validation/limits";
import { boundedText } from "@/server/validation/text";


const ZPlanPreview = z.object({
  policy: z.object({ id: z.string(), version: z.number() }),
  followUps: z.array(
    z.object({
      opportunity: z.string(),
      step: z.string(),
      action: z.enum(ACTIONS),
      channel: z.enum(CHANNELS),
      contact: z.string().nullable(),
      notBefore: z.string(),
      due: z.string(),
      status: z.enum(STEP_STATUSES),
      doneAt: z.string().nullable(),
      optional: z.boolean(),
      overdue: z.boolean(),
      script: z.string(),
    }),
  ),
  opportunities: z.array(z.object({ opportunity: z.string(), state: z.enum(OPPORTUNITY_STATES), flags: z.array(z.enum(OPPORTUNITY_FLAGS)) })),
  extraContacts: z.array(z.object({ opportunity: z.string(), at: z.string(), channel: z.enum(CHANNELS), contact: z.string().nullable(), flag: z.enum(["over_contact"]).nullable() })),
});

export const policyRouter = createTRPCRouter({
  presets: coachProcedure
    .input(z.void())
    .output(z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), source: z.string() })))
    .query(() => PRESETS.map((preset) => ({ id: preset.id, name: preset.name ?? preset.id, description: preset.description ?? "", source: preset.source?.title ?? "" }))),

  current: coachProcedure
    .input(z.void())
    .output(z.object({ organization: ZPolicySummary, canManage: z.boolean(), overrides: z.array(z.object({ seekerMembershipId: z.string(), seekerName: z.string().nullable(), policy: ZPolicySummary })) }))
    .query(({ ctx }) => getPolicyOverview(ctx.tx, ctx.access)),

  /** Plans a sample story under a policy without saving anything. */
  preview: coachProcedure
    .input(
      z.object({
        policy: ZPolicyChoice,
        story: z.object({
          timezone: boundedText({ max: LIMITS.zone }).nullish(),
          holidays: boundedText({ max: 16 }).nullish(),
          events: z.array(ZEventInput).max(500, "A preview story holds at most 500 events."),
        }),
        now: instantInput("Give `now` with its UTC offset.").optional(),
      }),
    )
    .output(ZPlanPreview)
    .query(({ ctx, input }) => previewPolicyForOrganization(ctx.tx, { ...input, now: input.now ? new Date(input.now) : new Date() })),

  /** Admins; coaches only when the organization's `coachesManagePolicy` setting is on. */
  update: policyManagerProcedure
    .input(z.object({ policy: ZPolicyChoice }))
    .output(ZPolicySummary.extend({ replan: z.object({ version: z.number().int(), total: z.number().int() }) }))
    .mutation(async ({ ctx, input }) => {
      const saved = await setOrganizationPolicy(ctx.tx, { organizationId: ctx.membership.organizationId, actorUserId: ctx.membership.userId, policy: input.policy });
      // Re-planning starts once the new version is committed, off the request.
      ctx.afterCommit(async () => {
        await startPolicyReplan({ organizationId: ctx.membership.organizationId, policyVersion: saved.replan.version });
      });
      return saved;
    }),

  /** How far re-planning after the latest policy change has come (the policy page polls it). */
  replanProgress: coachProcedure
    .input(z.void())
    .output(z.object({ version: z.number().int(), total: z.number().int(), replanned: z.number().int(), inProcess: z.boolean() }).nullable())
    .query(({ ctx }) => getPolicyReplanProgress(ctx.tx)),

  setOverride: coachProcedure
    .input(z.object({ seekerMembershipId: ZSeekerId, policy: ZPolicyChoice }))
    .output(ZPolicySummary)
    .mutation(async ({ ctx, input }) => {
      const saved = await setSeekerOverride(ctx.tx, { ...input, access: ctx.access, actorUserId: ctx.membership.userId });
      ctx.afterCommit(async () => void (await announcePolicyChange({ organizationId: ctx.membership.organizationId, seekerMembershipId: input.seekerMembershipId, policyVersion: saved.version })));
      return saved;
    }),

  clearOverride: coachProcedure
    .input(z.object({ seekerMembershipId: ZSeekerId }))
    .output(ZPolicySummary)
    .mutation(async ({ ctx, input }) => {
      const saved = await clearSeekerOverride(ctx.tx, { ...input, access: ctx.access, actorUserId: ctx.membership.userId });
      ctx.afterCommit(async () => void (await announcePolicyChange({ organizationId: ctx.membership.organizationId, seekerMembershipId: input.seekerMembershipId, policyVersion: saved.version })));
      return saved;
    }),
});
