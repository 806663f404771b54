/** A policy's steps in plain words, with their timing: what coaches read before choosing a school. */
import type { Policy } from "@/server/cadence/policy-schema";
import { describeDays } from "./format";
import { ACTION_LABEL, CHANNEL_LABEL } from "./labels";

type Step = Policy["steps"][number];
type Offset = { unit: "business_days" | "calendar_days"; days: number };

const TRIGGER_LABEL: Record<string, string> = {
  applied: "an application",
  interview: "an interview",
  informational_interview: "an informational interview",
  networking_meeting: "a networking meeting",
  competing_offer: "a competing offer",
  rejected: "a rejection",
};
const AUDIENCE_LABEL = { main_contact: "the main contact", each_interviewer: "each interviewer", other_interviewers: "each other interviewer" } as const;

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function offsetText(offset: Offset, from: string): string {
  if (offset.days === 0) return offset.unit === "business_days" ? `on ${from} (next business day if needed)` : `on ${from}`;
  return `${describeDays(offset.days, offset.unit)} after ${from}`;
}

export function describeTiming(step: Step, policy: Policy): string {
  const anchor =
    step.start.kind === "event" ? "it" : `the ${policy.steps.find((other) => other.id === (step.start as { step: string }).step)?.id.replace(/-/g, " ") ?? "previous step"} is done`;
  const notBefore = step.timing.notBefore;
  const due = step.timing.due;
  if (notBefore.unit === "decision_date") {
    const fallback = notBefore.fallback;
    return `on the decision date the employer gave (or ${describeDays(fallback.days, fallback.unit)} after ${anchor} if none was given)`;
  }
  if (due.from === "anchor" && notBefore.days === due.days && notBefore.unit === due.unit) return `due ${offsetText(due, anchor)}`;
  if (due.from === "anchor" && notBefore.days === 0) return `due ${offsetText(due, anchor)}`;
  const start = offsetText(notBefore, anchor);
  const end = due.from === "not_before" ? `within ${describeDays(due.days, due.unit)} of that` : `by ${describeDays(due.days, due.unit)} after ${anchor}`;
  return `from ${start}, ${end}`;
}

export function describeStep(step: Step, policy: Policy): string {
  const what = `${ACTION_LABEL[step.action] ?? step.action} by ${CHANNEL_LABEL[step.channel] ?? step.channel} to ${AUDIENCE_LABEL[step.audience]}`;
  const when = step.start.kind === "event" ? `After ${listOf(step.start.triggers.map((trigger) => TRIGGER_LABEL[trigger] ?? trigger))}` : "Then";
  const repeat = step.repeats ? ", repeating until a definite yes or no" : "";
  const optional = step.optional ? " (optional)" : "";
  return `${when}: ${what}${optional}, ${describeTiming(step, policy)}${repeat}.`;
}

/** The rules that are not steps: caps, presumed closed, runner-up, too early. */
export function describeRules(policy: Policy): string[] {
  const rules: string[] = [];
  rules.push(policy.caps.flagExtraContacts ? "Any contact beyond these steps is flagged as over-contact." : "Extra contacts are recorded, never flagged.");
  if (policy.presumedClosed) {
    const from = policy.steps.find((step) => step.id === policy.presumedClosed!.step)?.id.replace(/-/g, " ") ?? policy.presumedClosed.step;
    rules.push(`No answer ${policy.presumedClosed.businessDays} business days after the ${from} is ${policy.presumedClosed.from === "due" ? "due" : "done"}: presumed closed.`);
  } else rules.push("Never presumed closed: keep going until a definite answer.");
  if (policy.stopConditions.onRunnerUp === "close") rules.push("Being told you are the runner-up closes the opportunity.");
  if (policy.tooEarly) rules.push(`A ${CHANNEL_LABEL[policy.tooEarly.channel]} before the ${policy.tooEarly.step.replace(/-/g, " ")} may start is flagged as too early.`);
  return rules;
}
