/**
 * "What would this policy plan for this story?": a policy and a sample
 * story in, the plan in the CLI's shape out. previewPolicy is pure; the
 * organization variant only reads its calendar. Nothing is written, so
 * coaches can try tunings freely before saving one.
 */
import type { Tx } from "@/server/db/tenant";
import { AppError, notFound } from "@/server/errors";
import { parseTimeline, planTimeline, toContractOutput } from "@/server/cadence";

export interface PreviewPolicyInput {
  policy: unknown;
  story: { timezone: string; holidays?: string | null; events: unknown[] };
  now: Date;
}

export type PolicyPreview = ReturnType<typeof toContractOutput>;

export function previewPolicy(input: PreviewPolicyInput): PolicyPreview {
  const parsed = parseTimeline({ ...input.story, policy: input.policy });
  if (!parsed.success) {
    // The planner names fields relative to the timeline; here the story is one level down.
    const field = parsed.error.slice(0, parsed.error.indexOf(":"));
    const qualified = field.startsWith("policy") ? field : `story.${field}`;
    throw new AppError("BAD_REQUEST", `${qualified}${parsed.error.slice(field.length)}`, qualified);
  }
  return toContractOutput(planTimeline(parsed.data, { now: input.now }));
}

/** The preview a coach asks for: the story's time zone and calendar default to the organization's. */
export async function previewPolicyForOrganization(
  tx: Tx,
  input: { policy: unknown; story: { timezone?: string | null; holidays?: string | null; events: unknown[] }; now: Date },
): Promise<PolicyPreview> {
  const organization = await tx.organization.findFirst({ select: { timeZone: true, holidayCalendar: true } });
  if (!organization) throw notFound("Your organization");
  return previewPolicy({
    policy: input.policy,
    story: {
      timezone: input.story.timezone ?? organization.timeZone,
      holidays: input.story.holidays === undefined ? organization.holidayCalendar : input.story.holidays,
      events: input.story.events,
    },
    now: input.now,
  });
}
