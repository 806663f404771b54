/** The summary of a policy that coaches see: which school, which version, from where. */
import { z } from "zod";
import type { Policy } from "@/server/cadence";
import type { EffectivePolicy } from "./effective-policy";

export const ZPolicySummary = z.object({
  source: z.enum(["default", "organization", "override"]),
  /** The stored version (0: the built-in default). */
  version: z.number().int(),
  policyId: z.string(),
  name: z.string(),
  description: z.string(),
  /** The preset id when the stored choice is a preset as-is; null for a tuned policy. */
  presetId: z.string().nullable(),
  policy: z.custom<Policy>((value) => typeof value === "object" && value !== null),
});
export type PolicySummary = z.infer<typeof ZPolicySummary>;

export function describePolicy(effective: EffectivePolicy): PolicySummary {
  return {
    source: effective.source,
    version: effective.version,
    policyId: effective.policy.id,
    name: effective.policy.name ?? effective.policy.id,
    description: effective.policy.description ?? "",
    presetId: typeof effective.choice === "string" ? effective.choice : null,
    policy: effective.policy,
  };
}
