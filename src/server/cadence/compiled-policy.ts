/**
 * A policy indexed for the planner's hot path: which steps each trigger
 * starts, which steps follow a done step, and the step dates as integer
 * arithmetic on day numbers. Compiled once per policy object.
 */
import { addBusinessDays, addCalendarDaysRolled, type BusinessCalendar, rollForward } from "./business-days";
import type { DayNumber } from "@/server/dates";
import type { Offset, Policy, PolicyStep, StepTrigger } from "./policy-schema";

export interface CompiledPolicy {
  policy: Policy;
  steps: readonly PolicyStep[];
  stepsByTrigger: Readonly<Record<StepTrigger, readonly number[]>>;
  /** For each step index, the steps that start when an occurrence of it is done (including itself if it repeats). */
  followOnsByStep: readonly (readonly number[])[];
  presumedClosedStep: number;
  tooEarlyStep: number;
}

const compiled = new WeakMap<Policy, CompiledPolicy>();

export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const stepsByTrigger: Record<StepTrigger, number[]> = {
    applied: [],
    interview: [],
    informational_interview: [],
    networking_meeting: [],
    competing_offer: [],
    rejected: [],
  };
  const followOnsByStep: number[][] = policy.steps.map(() => []);
  const indexOf = (id: string) => policy.steps.findIndex((step) => step.id === id);
  policy.steps.forEach((step, index) => {
    if (step.start.kind === "event") for (const trigger of new Set(step.start.triggers)) stepsByTrigger[trigger].push(index);
    else followOnsByStep[indexOf(step.start.step)]?.push(index);
    if (step.repeats) followOnsByStep[index]!.push(index);
  });
  const result: CompiledPolicy = {
    policy,
    steps: policy.steps,
    stepsByTrigger,
    followOnsByStep,
    presumedClosedStep: policy.presumedClosed ? indexOf(policy.presumedClosed.step) : -1,
    tooEarlyStep: policy.tooEarly ? indexOf(policy.tooEarly.step) : -1,
  };
  compiled.set(policy, result);
  return result;
}

function applyOffset(calendar: BusinessCalendar, base: DayNumber, offset: Offset): DayNumber {
  return offset.unit === "business_days"
    ? addBusinessDays(calendar, base, offset.days)
    : addCalendarDaysRolled(calendar, base, offset.days);
}

/**
 * notBefore and due of a step counted from `anchor` (the trigger's or the
 * previous occurrence's done local date). Both are business days, and a
 * tuned policy can never produce a due before its notBefore.
 */
export function stepDates(
  calendar: BusinessCalendar,
  step: PolicyStep,
  anchor: DayNumber,
  decisionDay: DayNumber | null,
): { notBefore: DayNumber; due: DayNumber } {
  const rule = step.timing.notBefore;
  const notBefore =
    rule.unit === "decision_date"
      ? decisionDay === null
        ? applyOffset(calendar, anchor, rule.fallback)
        : rollForward(calendar, decisionDay)
      : applyOffset(calendar, anchor, rule);
  const dueBase = step.timing.due.from === "anchor" ? anchor : notBefore;
  const due = applyOffset(calendar, dueBase, step.timing.due);
  return { notBefore, due: due < notBefore ? notBefore : due };
}
