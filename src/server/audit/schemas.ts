/** Input and output shapes of the audit read models. */
import { z } from "zod";
import { AUDIT_ACTIONS } from "./audit-actions";
import { ZSeekerId } from "@/server/validation/ids";
import { boundedText } from "@/server/validation/text";
import { LIMITS } from "@/server/validation/limits";

const ZLocalDay = z.string().regex(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD between 1900 and 2100.");

export const ZAuditFilter = z
  .object({
    action: z.enum(AUDIT_ACTIONS as [string, ...string[]]).nullish(),
    actorMembershipId: boundedText({ max: LIMITS.id }).nullish(),
    subjectMembershipId: ZSeekerId.nullish(),
    from: ZLocalDay.nullish(),
    to: ZLocalDay.nullish(),
    cursor: boundedText({ max: LIMITS.id }).nullish(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: "The start date must be on or before the end date.", path: ["to"] });
export type AuditFilter = z.infer<typeof ZAuditFilter>;

const ZPerson = z.object({ membershipId: z.string().nullable(), name: z.string(), role: z.enum(["ADMIN", "COACH", "SEEKER"]).nullable() }).nullable();

export const ZAuditRow = z.object({
  id: z.string(),
  occurredAt: z.date(),
  action: z.enum(AUDIT_ACTIONS as [string, ...string[]]),
  actionLabel: z.string(),
  actor: ZPerson,
  subject: ZPerson,
  view: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});
export type AuditRow = z.infer<typeof ZAuditRow>;

export const ZAuditPage = z.object({ rows: z.array(ZAuditRow), nextCursor: z.string().nullable(), timeZone: z.string() });
export type AuditPage = z.infer<typeof ZAuditPage>;

export const ZRecordView = z.object({ occurredAt: z.date(), viewer: z.string(), role: z.enum(["ADMIN", "COACH", "SEEKER"]).nullable(), view: z.string() });
export type RecordView = z.infer<typeof ZRecordView>;
