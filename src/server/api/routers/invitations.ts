import { z } from "zod";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import { createInvitation } from "@/server/invitations/create-invitation";
import { INVITABLE_ROLES } from "@/server/invitations/invitable-roles";
import { listInvitableCohorts } from "@/server/invitations/list-invitable-cohorts";
import { listInvitations } from "@/server/invitations/list-invitations";
import { revokeInvitation } from "@/server/invitations/revoke-invitation";
import { coachProcedure, createTRPCRouter, signedInProcedure, type MembershipContext } from "../trpc";
import { ZInvitationId as ZId } from "@/server/validation/ids";
import { LIMITS } from "@/server/validation/limits";
import { boundedText } from "@/server/validation/text";

const ZRole = z.enum(["ADMIN", "COACH", "SEEKER"]);
const ZStatus = z.enum(["PENDING", "ACCEPTED", "EXPIRED"]);

export const ZCreateInvitationInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter the email address to invite.")
    .max(254, "That email address is too long.")
    .pipe(z.email("That does not look like an email address. Check for typos, e.g. name@example.com.")),
  role: ZRole,
  cohortId: boundedText({ max: LIMITS.id, tooLong: "That cohort id is not valid." }).nullish().transform((value) => value || null),
});

const ZInvitationSummary = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: ZStatus,
  expiresAt: z.date(),
  createdAt: z.date(),
  cohortName: z.string().nullable(),
});

const inviterOf = (membership: MembershipContext) => ({ membershipId: membership.id, organizationId: membership.organizationId, role: membership.role });

export const invitationsRouter = createTRPCRouter({
  /** Invite someone by email; the domain enforces who may invite which role. */
  create: coachProcedure
    .input(ZCreateInvitationInput)
    .output(z.object({ id: z.string(), email: z.string(), role: ZRole, status: ZStatus, expiresAt: z.date() }))
    .mutation(({ ctx, input }) => createInvitation(ctx.tx, { inviter: inviterOf(ctx.membership), ...input })),

  /** The caller's invitations (all of them for admins), with what the invitation form needs. */
  list: coachProcedure
    .input(z.void())
    .output(
      z.object({
        invitations: z.array(ZInvitationSummary),
        invitableRoles: z.array(ZRole),
        cohorts: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    )
    .query(async ({ ctx }) => ({
      invitations: await listInvitations(ctx.tx, inviterOf(ctx.membership)),
      invitableRoles: [...INVITABLE_ROLES[ctx.membership.role]],
      cohorts: await listInvitableCohorts(ctx.tx),
    })),

  revoke: coachProcedure
    .input(z.object({ invitationId: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, inviterOf(ctx.membership), input.invitationId)),

  /** Accept the invitation in `link` ("<organizationId>.<token>") as the signed-in user. */
  accept: signedInProcedure
    .input(z.object({ link: boundedText({ max: 200, required: "The invitation link is missing.", tooLong: "That invitation link is not valid." }) }))
    .output(z.object({ organizationId: z.string(), organizationName: z.string(), role: ZRole }))
    .mutation(({ ctx, input }) =>
      acceptInvitation(ctx.db, { userId: ctx.session.userId, email: ctx.session.email, sessionToken: ctx.session.sessionToken, link: input.link }),
    ),
});
