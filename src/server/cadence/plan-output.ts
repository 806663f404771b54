/** Shapes the planner's records into the output: the module's full form and the CLI contract's exact form. */
import { type DayNumber, formatDay, isOverdue } from "@/server/dates";
import type { Occurrence, PlannedFollowUp, PlanResult } from "./plan-types";

export function followUpKey(opportunity: string, step: string, occurrence: number): string {
  return `${opportunity}:${step}:${occurrence}`;
}

export function toPlannedFollowUp(occurrence: Occurrence, nowDay: DayNumber): PlannedFollowUp {
  const { step } = occurrence;
  return {
    key: followUpKey(occurrence.opportunity, step.id, occurrence.occurrence),
    opportunity: occurrence.opportunity,
    step: step.id,
    occurrence: occurrence.occurrence,
    action: step.action,
    channel: step.channel,
    contact: occurrence.contact,
    notBefore: formatDay(occurrence.notBefore),
    due: formatDay(occurrence.due),
    status: occurrence.status,
    doneAt: occurrence.doneAtMs === null ? null : new Date(occurrence.doneAtMs).toISOString(),
    optional: step.optional,
    overdue: isOverdue({ status: occurrence.status, due: formatDay(occurrence.due) }, formatDay(nowDay)),
    script: step.script,
    sourceEventId: occurrence.sourceEventId,
    doneEventId: occurrence.doneEventId,
  };
}

/** The CLI's JSON document: exactly the contract's fields, in the contract's order. */
export function toContractOutput(result: PlanResult) {
  return {
    policy: result.policy,
    followUps: result.followUps.map((f) => ({
      opportunity: f.opportunity,
      step: f.step,
      action: f.action,
      channel: f.channel,
      contact: f.contact,
      notBefore: f.notBefore,
      due: f.due,
      status: f.status,
      doneAt: f.doneAt,
      optional: f.optional,
      overdue: f.overdue,
      script: f.script,
    })),
    opportunities: result.opportunities.map((o) => ({ opportunity: o.opportunity, state: o.state, flags: o.flags })),
    extraContacts: result.extraContacts.map((e) => ({
      opportunity: e.opportunity,
      at: e.at,
      channel: e.channel,
      contact: e.contact,
      flag: e.flag,
    })),
  };
}
