/**
 * A policy as stored or submitted: a preset id ("three-by-three") or a full
 * tuned policy object. Resolving validates it with the planner's own schema,
 * so nothing the planner would reject is ever stored.
 */
import { z } from "zod";
import { AppError } from "@/server/errors";
import { ZBoundedJsonObject } from "@/server/validation/json";
import { LIMITS } from "@/server/validation/limits";
import { boundedText } from "@/server/validation/text";
import { readPolicy, type Policy } from "@/server/cadence";

/** What a coach sends: a preset id or a policy object (checked in depth by resolvePolicy). */
export const ZPolicyChoice = z.union([
  boundedText({ max: LIMITS.key, required: "Choose a preset or provide a policy.", tooLong: "That preset id is too long." }),
  ZBoundedJsonObject,
]);
export type PolicyChoice = z.infer<typeof ZPolicyChoice>;

/** Resolves and validates `choice`; BAD_REQUEST naming the field (e.g. `policy.steps[0].id`) when it is wrong. */
export function resolvePolicy(choice: unknown, field = "policy"): Policy {
  const reading = readPolicy(choice, field);
  if (!reading.success) throw new AppError("BAD_REQUEST", reading.line, reading.field);
  return reading.policy;
}

/**
 * A stored policy's name for lists and histories. One the planner no longer
 * accepts still shows (by its preset id, else as "Custom policy") rather
 * than failing the whole page.
 */
export function policyDisplayName(choice: unknown): string {
  const reading = readPolicy(choice);
  if (reading.success) return reading.policy.name ?? reading.policy.id;
  return typeof choice === "string" ? choice : "Custom policy";
}
