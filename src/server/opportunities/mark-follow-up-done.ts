/**
 * "I did this one": logs the follow_up event that matches a planned step
 * (its action, channel and contact), so the planner completes it the same
 * way it would from any other client. Done another way than planned, it is
 * logged as it happened; the planner's matching rules then decide which
 * step it completes (the result's stepStatus says whether it was this one). Only the seeker's own open steps, and
 * only once their notBefore has come: an earlier contact is not this step.
 */
import type { Channel, LoggedEvent } from "@/server/cadence";
import { localDateOf, toDayText } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { AppError, notFound } from "@/server/errors";
import { loadSeeker } from "./load-seeker";
import { appendEvent, type LogEventResult } from "./log-event";
import { lockSeeker } from "./seeker-lock";

export interface MarkFollowUpDoneInput {
  organizationId: string;
  seekerMembershipId: string;
  actorUserId: string | null;
  followUpId: string;
  /** When it was done; defaults to now. */
  at?: Date;
  /** How it was done, when not the planned way (a call instead of an email). */
  channel?: Channel;
  now?: Date;
}

export async function markFollowUpDone(tx: Tx, input: MarkFollowUpDoneInput): Promise<LogEventResult & { stepStatus: string }> {
  const now = input.now ?? new Date();
  const at = input.at ?? now;
  // Locked before the step is read: two taps on "Done" complete it once.
  await lockSeeker(tx, input.seekerMembershipId);
  const seeker = await loadSeeker(tx, input.seekerMembershipId);
  const step = await tx.plannedFollowUp.findFirst({
    where: { id: input.followUpId, seekerMembershipId: seeker.membershipId },
    include: { opportunity: { select: { key: true } } },
  });
  if (!step) throw notFound("That follow-up");
  if (step.status !== "open") throw new AppError("CONFLICT", `This follow-up is already ${step.status}.`, "followUpId");
  const notBefore = toDayText(step.notBefore);
  if (localDateOf(at, seeker.timeZone) < notBefore) {
    throw new AppError("BAD_REQUEST", `at: this follow-up is planned for ${notBefore} or later.`, "at");
  }
  const event: LoggedEvent = {
    type: "follow_up",
    at: at.toISOString(),
    opportunity: step.opportunity.key,
    channel: input.channel ?? step.channel,
    action: step.action,
    ...(step.contactName ? { contact: step.contactName } : {}),
  };
  const result = await appendEvent(tx, seeker, { actorUserId: input.actorUserId, event, details: null, now });
  const after = await tx.plannedFollowUp.findUnique({ where: { id: step.id }, select: { status: true } });
  return { ...result, stepStatus: after?.status ?? "replaced" };
}
