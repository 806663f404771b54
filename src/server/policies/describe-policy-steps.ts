/** A policy's steps in plain words, with their timing: what coaches read before choosing a school. */
import type { Offset, Policy, PolicyStep } from "@/server/cadence";
import { ACTION_LABEL, AUDIENCE_LABEL, channelWords, TRIGGER_LABEL } from "@/server/vocabulary/labels";

/** An offset in plain words: "the same day", "1 business day", "3 business days", "7 days". */
export function describeDays(days: number, unit: Offset["unit"]): string {
  if (unit === "business_days") return days === 0 ? "the same day" : days === 1 ? "1 business day" : `${days} business days`;
  return days === 1 ? "1 day" : `${days} days`;
}

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** A step id as words: "status-call" → "status call". */
const stepWords = (id: string) => id.replace(/-/g, " ");

function offsetText(offset: Offset, from: string): string {
  if (offset.days === 0) return offset.unit === "business_days" ? `on ${from} (next business day if needed)` : `on ${from}`;
  return `${describeDays(offset.days, offset.unit)} after ${from}`;
}

export function describeTiming(step: PolicyStep, policy: Policy): string {
  const start = step.start;
  const anchor = start.kind === "event" ? "it" : `the ${stepWords(policy.steps.find((other) => other.id === start.step)?.id ?? "previous step")} is done`;
  const notBefore = step.timing.notBefore;
  const due = step.timing.due;
  if (notBefore.unit === "decision_date") {
    const fallback = notBefore.fallback;
    return `on the decision date the employer gave (or ${describeDays(fallback.days, fallback.unit)} after ${anchor} if none was given)`;
  }
  if (due.from === "anchor" && notBefore.days === due.days && notBefore.unit === due.unit) return `due ${offsetText(due, anchor)}`;
  if (due.from === "anchor" && notBefore.days === 0) return `due ${offsetText(due, anchor)}`;
  const from = offsetText(notBefore, anchor);
  const end = due.from === "not_before" ? `within ${describeDays(due.days, due.unit)} of that` : `by ${describeDays(due.days, due.unit)} after ${anchor}`;
  return `from ${from}, ${end}`;
}

/** "After an interview: Thank-you by email to each interviewer, due 1 business day after it." */
export function describePolicyStep(step: PolicyStep, policy: Policy): string {
  const what = `${ACTION_LABEL[step.action]} by ${channelWords(step.channel)} to ${AUDIENCE_LABEL[step.audience]}`;
  const when = step.start.kind === "event" ? `After ${listOf(step.start.triggers.map((trigger) => TRIGGER_LABEL[trigger]))}` : "Then";
  const repeat = step.repeats ? ", repeating until a definite yes or no" : "";
  const optional = step.optional ? " (optional)" : "";
  return `${when}: ${what}${optional}, ${describeTiming(step, policy)}${repeat}.`;
}

/** The rules that are not steps: caps, presumed closed, runner-up, too early. */
export function describePolicyRules(policy: Policy): string[] {
  const rules: string[] = [];
  rules.push(policy.caps.flagExtraContacts ? "Any contact beyond these steps is flagged as over-contact." : "Extra contacts are recorded, never flagged.");
  const presumed = policy.presumedClosed;
  if (presumed) {
    const from = stepWords(policy.steps.find((step) => step.id === presumed.step)?.id ?? presumed.step);
    rules.push(`No answer ${presumed.businessDays} business days after the ${from} is ${presumed.from === "due" ? "due" : "done"}: presumed closed.`);
  } else rules.push("Never presumed closed: keep going until a definite answer.");
  if (policy.stopConditions.onRunnerUp === "close") rules.push("Being told you are the runner-up closes the opportunity.");
  if (policy.tooEarly) rules.push(`A ${channelWords(policy.tooEarly.channel)} before the ${stepWords(policy.tooEarly.step)} may start is flagged as too early.`);
  return rules;
}

/** Every step, then every rule: the whole policy as a list of sentences. */
export function describePolicyInFull(policy: Policy): string[] {
  return [...policy.steps.map((step) => describePolicyStep(step, policy)), ...describePolicyRules(policy)];
}
