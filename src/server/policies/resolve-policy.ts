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
import { formatIssuePath, getPreset, ZPolicy, type Policy } from "@/server/opportunities/planner";

/** What a coach sends: a preset id or a policy object (checked in depth by resolvePolicy). */
export const ZPolicyChoice = z.union([
  boundedText({ max: LIMITS.key, required: "Choose a preset or provide a policy.", tooLong: "That preset id is too long." }),
  ZBoundedJsonObject,
]);
export type PolicyChoice = z.infer<typeof ZPolicyChoice>;

/** Resolves and validates `choice`; BAD_REQUEST naming the field (e.g. `policy.steps[0].id`) when it is wrong. */
export function resolvePolicy(choice: unknown, field = "policy"): Policy {
  if (typeof choice === "string") {
    const preset = getPreset(choice);
    if (!preset) throw new AppError("BAD_REQUEST", `${field}: unknown preset "${choice}".`, field);
    return preset;
  }
  const parsed = ZPolicy.safeParse(choice);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatIssuePath(field, issue.path);
    throw new AppError("BAD_REQUEST", `${path}: ${issue.message}`, path);
  }
  return parsed.data;
}
