/**
 * Every Inngest function the app serves, collected for `serve()` at
 * /api/inngest. Functions live beside this file, grouped by domain.
 */
import type { InngestFunction } from "inngest";
import { fanOutPolicyReplan, replanSeekerAfterPolicyChange } from "./policies/replan-after-policy-change";
import { refreshPlansDaily, replanOrganization } from "./refresh-plans";
import { planReminders } from "./reminders/plan-reminders";
import { remindFollowUp } from "./reminders/remind-follow-up";

export const functions: InngestFunction.Any[] = [refreshPlansDaily, replanOrganization, fanOutPolicyReplan, replanSeekerAfterPolicyChange, planReminders, remindFollowUp];
