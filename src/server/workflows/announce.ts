/**
 * What the product tells the workflows, in the product's terms. Each is sent
 * after the change committed (`ctx.afterCommit`) and fails soft.
 */
import { activityLogged, followUpClosed, policyChanged, seekerReplanned } from "~inngest/events";
import { sendWorkflowEvent } from "./send-workflow-event";

interface Seeker {
  organizationId: string;
  seekerMembershipId: string;
}

/** A seeker logged an event (or ticked a step off): their reminders are planned again; a closed step's reminder ends now. */
export async function announceActivity(
  seeker: Seeker,
  logged: { eventId: string; opportunityKey: string | null; changes: { created: number; updated: number; deleted: number } },
  options: { closedFollowUpId?: string } = {},
): Promise<void> {
  await sendWorkflowEvent([
    // The event id makes a resend of the same logged event one event.
    activityLogged.create({ ...seeker, opportunityKey: logged.opportunityKey, eventId: logged.eventId, changes: logged.changes }, { id: `activity:${logged.eventId}` }),
    ...(options.closedFollowUpId ? [followUpClosed.create({ organizationId: seeker.organizationId, followUpId: options.closedFollowUpId })] : []),
  ]);
}

/**
 * A policy changed: the organization's (seekerMembershipId null: the workflow
 * re-plans its pending seekers) or one seeker's override (already re-planned
 * in the request: their reminders are planned again). True when it was sent.
 */
export async function announcePolicyChange(
  change: { organizationId: string; seekerMembershipId: string | null; policyVersion: number },
  send: typeof sendWorkflowEvent = sendWorkflowEvent,
): Promise<boolean> {
  const scope = change.seekerMembershipId ?? "organization";
  const events = [
    policyChanged.create(change, { id: `policy:${change.organizationId}:${scope}:${change.policyVersion}` }),
    ...(change.seekerMembershipId ? [seekerReplanned.create({ organizationId: change.organizationId, seekerMembershipId: change.seekerMembershipId })] : []),
  ];
  return (await send(events)).sent;
}
