/** The numbers a coach may tune in a policy, and applying them to a copy. */
import type { Policy } from "@/server/cadence";

export interface TunableField {
  key: string;
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
}

const unitWord = (unit: string) => (unit === "business_days" ? "business days" : "days");

export function tunableFields(policy: Policy): TunableField[] {
  const fields: TunableField[] = [];
  for (const step of policy.steps) {
    const name = step.id.replace(/-/g, " ");
    const notBefore = step.timing.notBefore;
    if (notBefore.unit === "decision_date") {
      fields.push({ key: `${step.id}.fallback`, label: `${name}: when no decision date was given, after`, unit: unitWord(notBefore.fallback.unit), value: notBefore.fallback.days, min: 0, max: 366 });
    } else if (notBefore.days > 0) {
      fields.push({ key: `${step.id}.notBefore`, label: `${name}: not before`, unit: unitWord(notBefore.unit), value: notBefore.days, min: 0, max: 366 });
    }
    if (step.timing.due.days > 0 && !(notBefore.unit !== "decision_date" && step.timing.due.from === "anchor" && notBefore.days === step.timing.due.days)) {
      fields.push({ key: `${step.id}.due`, label: `${name}: due ${step.timing.due.from === "anchor" ? "after the trigger" : "after it may start"}`, unit: unitWord(step.timing.due.unit), value: step.timing.due.days, min: 0, max: 366 });
    } else if (step.timing.due.days > 0) {
      fields.push({ key: `${step.id}.both`, label: `${name}: due`, unit: unitWord(step.timing.due.unit), value: step.timing.due.days, min: 0, max: 366 });
    }
  }
  if (policy.presumedClosed) {
    fields.push({ key: "presumedClosed", label: "presumed closed with no answer after", unit: "business days", value: policy.presumedClosed.businessDays, min: 1, max: 260 });
  }
  return fields;
}

/** A copy of `policy` with the tuned numbers; unknown keys are ignored. */
export function applyTuning(policy: Policy, tuning: Record<string, number>): Policy {
  // Presets are deep-frozen and once shared timing objects between steps: tune a deep copy of its own,
  // through JSON so no two steps of the copy share an object (tuning one step must never move another).
  const copy = JSON.parse(JSON.stringify(policy)) as Policy;
  for (const [key, value] of Object.entries(tuning)) {
    if (key === "presumedClosed" && copy.presumedClosed) copy.presumedClosed.businessDays = value;
    const [stepId, part] = key.split(".");
    const step = copy.steps.find((candidate) => candidate.id === stepId);
    if (!step) continue;
    const notBefore = step.timing.notBefore;
    if (part === "fallback" && notBefore.unit === "decision_date") notBefore.fallback.days = value;
    if ((part === "notBefore" || part === "both") && notBefore.unit !== "decision_date") notBefore.days = value;
    if (part === "due" || part === "both") step.timing.due.days = value;
  }
  return { ...copy, name: `${(policy.name ?? policy.id).replace(/ \(tuned\)$/, "")} (tuned)` };
}

/** Only the values that differ from the policy's own. */
export function changedTuning(policy: Policy, tuning: Record<string, number>): Record<string, number> {
  const original = new Map(tunableFields(policy).map((field) => [field.key, field.value]));
  return Object.fromEntries(Object.entries(tuning).filter(([key, value]) => original.has(key) && original.get(key) !== value));
}
