/** Helpers for the cadence unit tests: plan a story written as contract JSON and find steps in the result. */
import { planTimeline } from "./plan";
import { toContractOutput } from "./plan-output";
import type { PlanResult } from "./plan-types";
import { parseTimeline } from "./timeline-schema";

export type ContractPlan = ReturnType<typeof toContractOutput>;
type ContractFollowUp = ContractPlan["followUps"][number];

/** Validates like the CLI and plans at `now`; throws with the CLI's message on bad input. */
export function planFull(input: unknown, now: string): PlanResult {
  const parsed = parseTimeline(input);
  if (!parsed.success) throw new Error(parsed.error);
  return planTimeline(parsed.data, { now: new Date(now) });
}

export function plan(input: unknown, now: string): ContractPlan {
  return toContractOutput(planFull(input, now));
}

/** The follow-ups of one step of one opportunity, in due order. */
export function steps(result: ContractPlan, opportunity: string, step: string): ContractFollowUp[] {
  return result.followUps.filter((f) => f.opportunity === opportunity && f.step === step);
}

/** Exactly one follow-up of that step (optionally for that contact); fails loudly otherwise. */
export function step(result: ContractPlan, opportunity: string, stepId: string, contact?: string): ContractFollowUp {
  const found = steps(result, opportunity, stepId).filter((f) => contact === undefined || f.contact === contact);
  if (found.length !== 1) throw new Error(`expected one ${opportunity}/${stepId}${contact ? `/${contact}` : ""}, found ${found.length}`);
  return found[0]!;
}

/** The compact view tests compare against: [step, contact, notBefore, due, status]. */
export function summary(result: ContractPlan, opportunity?: string) {
  return result.followUps
    .filter((f) => opportunity === undefined || f.opportunity === opportunity)
    .map((f) => [f.step, f.contact, f.notBefore, f.due, f.status] as const);
}

export function opportunity(result: ContractPlan, id: string) {
  const found = result.opportunities.find((o) => o.opportunity === id);
  if (!found) throw new Error(`no opportunity ${id}`);
  return found;
}

/** The timeline example from the issue's contract, shared by the planner and CLI tests. */
export const CONTRACT_EXAMPLE = {
  timezone: "America/Chicago",
  holidays: "US",
  policy: "three-by-three",
  events: [
    { type: "applied", at: "2026-03-06T10:00:00-06:00", opportunity: "acme-pm", contact: { name: "Pat Kim", role: "hr" } },
    {
      type: "interview", at: "2026-03-10T15:00:00-05:00", opportunity: "acme-pm",
      interviewers: [{ name: "Dana Lee", role: "hiring_manager" }, { name: "Sam Roy" }], decisionDate: "2026-03-20",
    },
    { type: "follow_up", at: "2026-03-11T09:30:00-05:00", opportunity: "acme-pm", channel: "phone", contact: "Dana Lee", action: "thank_you" },
    { type: "response", at: "2026-03-25T12:00:00-05:00", opportunity: "acme-pm", result: "offer" },
    { type: "competing_offer", at: "2026-03-12T12:00:00-05:00" },
  ],
};
