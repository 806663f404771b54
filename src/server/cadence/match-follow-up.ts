/**
 * Which open step a logged follow-up completes. Candidates are the open steps
 * of the opportunity whose notBefore is on or before the follow-up's local
 * date and that fit its action and contact where those are given (a step with
 * no contact fits any). Among them: same channel first, then earliest due,
 * then the policy's order of steps, then the order they were planned.
 */
import type { DayNumber } from "@/server/dates";
import type { Action, Channel } from "./policy-schema";
import type { Occurrence } from "./plan-types";

export interface LoggedFollowUp {
  day: DayNumber;
  channel: Channel;
  action?: Action;
  contact?: string;
}

export const sameContact = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function matchFollowUp(occurrences: readonly Occurrence[], followUp: LoggedFollowUp): Occurrence | null {
  let best: Occurrence | null = null;
  let bestChannelRank = 2;
  for (const candidate of occurrences) {
    if (candidate.status !== "open" || candidate.notBefore > followUp.day) continue;
    if (followUp.action && candidate.step.action !== followUp.action) continue;
    if (followUp.contact && candidate.contact !== null && !sameContact(candidate.contact, followUp.contact)) continue;
    const channelRank = candidate.step.channel === followUp.channel ? 0 : 1;
    // Occurrences are scanned in planning order, so strict comparisons keep the earliest planned on a full tie.
    if (
      best === null ||
      channelRank < bestChannelRank ||
      (channelRank === bestChannelRank &&
        (candidate.due < best.due || (candidate.due === best.due && candidate.stepIndex < best.stepIndex)))
    ) {
      best = candidate;
      bestChannelRank = channelRank;
    }
  }
  return best;
}
