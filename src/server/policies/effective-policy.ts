/**
 * Which policy plans a seeker's follow-ups: their override if a coach set
 * one, else the organization's current version, else the default preset.
 */
import type { Tx } from "@/server/db/tenant";
import type { Policy } from "@/server/cadence";
import { DEFAULT_POLICY_VERSION, DEFAULT_PRESET_ID } from "./default-policy";
import { resolvePolicy } from "./resolve-policy";

export type PolicySourceName = "default" | "organization" | "override";

export interface EffectivePolicy {
  policy: Policy;
  /** The stored choice: a preset id or the policy object. */
  choice: unknown;
  source: PolicySourceName;
  /** The stored version of the organization policy or override; 0 for the default. */
  version: number;
}

export async function getOrganizationPolicy(tx: Tx): Promise<EffectivePolicy> {
  const current = await tx.organizationPolicy.findFirst({ orderBy: { version: "desc" }, select: { policy: true, version: true } });
  if (!current) return { policy: resolvePolicy(DEFAULT_PRESET_ID), choice: DEFAULT_PRESET_ID, source: "default", version: DEFAULT_POLICY_VERSION };
  return { policy: resolvePolicy(current.policy), choice: current.policy, source: "organization", version: current.version };
}

export async function getEffectivePolicy(tx: Tx, seekerMembershipId: string): Promise<EffectivePolicy> {
  const override = await tx.seekerPolicyOverride.findFirst({ where: { seekerMembershipId }, select: { policy: true, version: true } });
  if (override && override.policy !== null) {
    return { policy: resolvePolicy(override.policy), choice: override.policy, source: "override", version: override.version };
  }
  return getOrganizationPolicy(tx);
}
