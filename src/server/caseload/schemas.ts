/** The shapes the caseload read models return (and the caseload procedures declare as output). */
import { z } from "zod";
import { POLICY_SOURCES } from "@/server/cadence";

export const ZCaseloadScope = z.enum(["mine", "all"]);
export type CaseloadScope = z.infer<typeof ZCaseloadScope>;

const ZPolicyLabel = z.object({
  source: z.enum(POLICY_SOURCES),
  name: z.string(),
});

export const ZCaseloadRow = z.object({
  membershipId: z.string(),
  name: z.string(),
  email: z.string(),
  cohort: z.string().nullable(),
  coach: z.object({ membershipId: z.string(), name: z.string() }).nullable(),
  followUps: z.object({ open: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
  /** Steps whose due date fell in the last 30 days (before today), and how many of them are done. */
  dueLast30Days: z.object({ total: z.number().int(), done: z.number().int() }),
  /** Opportunities carrying each flag. */
  flags: z.object({ overContact: z.number().int(), tooEarly: z.number().int() }),
  activeOpportunities: z.number().int(),
  totalOpportunities: z.number().int(),
  lastActivityAt: z.date().nullable(),
  /** Set only when the seeker is on a per-client override. */
  override: ZPolicyLabel.nullable(),
});
export type CaseloadRow = z.infer<typeof ZCaseloadRow>;

export const ZCaseload = z.object({
  /** The scope actually shown: admins, who carry no caseload, always see everyone. */
  scope: ZCaseloadScope,
  canChooseScope: z.boolean(),
  organizationPolicy: z.object({ name: z.string(), version: z.number().int() }),
  seekers: z.array(ZCaseloadRow),
});
export type Caseload = z.infer<typeof ZCaseload>;

export const ZCaseloadSeeker = z.object({
  membershipId: z.string(),
  name: z.string(),
  email: z.string(),
  cohort: z.string().nullable(),
  coach: z.object({ membershipId: z.string(), name: z.string() }).nullable(),
  timeZone: z.string(),
  isMine: z.boolean(),
});
export type CaseloadSeeker = z.infer<typeof ZCaseloadSeeker>;
