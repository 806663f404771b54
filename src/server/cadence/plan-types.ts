/** The planner's output and its working records. */
import type { PolicyStep } from "./policy-schema";
import type { Action, Channel, OpportunityFlag, OpportunityState, StepStatus } from "./vocabulary";
import type { DayNumber } from "@/server/dates";

export type { OpportunityFlag, OpportunityState, StepStatus } from "./vocabulary";

/** One occurrence of a policy step for one opportunity, as the planner tracks it. */
export interface Occurrence {
  opportunity: string;
  stepIndex: number;
  step: PolicyStep;
  /** 0-based count of earlier occurrences of this step for this opportunity (rounds, repeats, interviewers). */
  occurrence: number;
  contact: string | null;
  notBefore: DayNumber;
  due: DayNumber;
  status: StepStatus;
  doneAtMs: number | null;
  /** The event that planned it, and the follow-up that completed it. */
  sourceEventId: string;
  doneEventId: string | null;
}

export interface PlannedFollowUp {
  /** `${opportunity}:${step}:${occurrence}`: stable for the same history, so a store can upsert by it. */
  key: string;
  opportunity: string;
  step: string;
  occurrence: number;
  action: Action;
  channel: Channel;
  contact: string | null;
  notBefore: string;
  due: string;
  status: StepStatus;
  doneAt: string | null;
  optional: boolean;
  overdue: boolean;
  script: string;
  sourceEventId: string;
  doneEventId: string | null;
}

export interface PlannedOpportunity {
  opportunity: string;
  state: OpportunityState;
  flags: OpportunityFlag[];
  /** Contacts who became networking leads after a rejection (persist-until-answer). */
  networkingLeads: string[];
}

export interface ExtraContact {
  opportunity: string;
  at: string;
  channel: Channel;
  contact: string | null;
  flag: "over_contact" | null;
  eventId: string;
}

export interface PlanResult {
  policy: { id: string; version: number };
  followUps: PlannedFollowUp[];
  opportunities: PlannedOpportunity[];
  extraContacts: ExtraContact[];
}
