/** The shapes the policy read models return (and the policy procedures declare as output). */
import { z } from "zod";

export const ZPolicyVersion = z.object({
  version: z.number().int(),
  name: z.string(),
  presetId: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.date(),
});
export type PolicyVersion = z.infer<typeof ZPolicyVersion>;

export const ZPolicyHistory = z.object({
  /** The organization's time zone, to show when each change was made. */
  timeZone: z.string(),
  versions: z.array(ZPolicyVersion),
});
export type PolicyHistory = z.infer<typeof ZPolicyHistory>;
