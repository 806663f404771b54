import { z } from "zod";
import { listMyOrganizations } from "@/server/viewer/list-my-organizations";
import { selectOrganization } from "@/server/viewer/select-organization";
import { createTRPCRouter, signedInProcedure } from "../trpc";
import { ZOrganizationId } from "@/server/validation/ids";

const ZOrganizationChoice = z.object({
  organizationId: z.string(),
  name: z.string(),
  slug: z.string(),
  role: z.enum(["ADMIN", "COACH", "SEEKER"]),
});

export const viewerRouter = createTRPCRouter({
  /** Who is signed in, and where they can work. */
  me: signedInProcedure
    .input(z.void())
    .output(
      z.object({
        userId: z.string(),
        email: z.string(),
        activeOrganizationId: z.string().nullable(),
        organizations: z.array(ZOrganizationChoice),
      }),
    )
    .query(async ({ ctx }) => ({
      userId: ctx.session.userId,
      email: ctx.session.email,
      activeOrganizationId: ctx.session.activeOrganizationId,
      organizations: await listMyOrganizations(ctx.db, ctx.session.userId),
    })),

  selectOrganization: signedInProcedure
    .input(z.object({ organizationId: ZOrganizationId }))
    .output(ZOrganizationChoice)
    .mutation(({ ctx, input }) =>
      selectOrganization(ctx.db, {
        userId: ctx.session.userId,
        sessionToken: ctx.session.sessionToken,
        organizationId: input.organizationId,
      }),
    ),
});
