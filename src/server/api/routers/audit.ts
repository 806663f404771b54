/**
 * The audit trail: admins read and filter their organization's; a seeker
 * reads who has viewed their record. Both are read-only: nothing in the app
 * can change the trail (the database refuses UPDATE and DELETE).
 */
import { z } from "zod";
import { listAuditEvents } from "@/server/audit/list-audit-events";
import { listRecordViews } from "@/server/audit/list-record-views";
import { ZAuditFilter, ZAuditPage, ZRecordView } from "@/server/audit/schemas";
import { adminProcedure, createTRPCRouter, seekerProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: adminProcedure
    .input(ZAuditFilter)
    .output(ZAuditPage)
    .query(({ ctx, input }) => listAuditEvents(ctx.tx, ctx.membership.organizationId, input)),

  myRecordViews: seekerProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }))
    .output(z.array(ZRecordView))
    .query(({ ctx, input }) => listRecordViews(ctx.tx, { seekerMembershipId: ctx.membership.id, limit: input.limit })),
});
