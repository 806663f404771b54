/**
 * The "Done" link in a reminder: signed with the app secret, for one step of
 * one seeker, expiring after 7 days, and single use (a step that is no longer
 * open cannot be completed again). It needs no sign-in: the seeker taps it on
 * a phone where they may not be signed in, so the token is the authority, and
 * it can do exactly one thing: complete that step.
 *
 * Opening the link never changes anything: mail scanners (Outlook's Safe
 * Links, antivirus gateways) fetch every link in a message, so a GET that
 * completed the step would complete it for them. The page shows the step
 * with its planned channel chosen and one button; the POST completes it.
 */
import { appUrlFor } from "@/server/auth/app-url";
import type { Channel } from "@/server/cadence";
import { withTenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { markFollowUpDone } from "@/server/opportunities/mark-follow-up-done";
import { signToken, verifyToken } from "@/server/tokens/signed-token";
import { describeFollowUp } from "@/server/vocabulary/describe-follow-up";

export const DONE_LINK_LIFETIME_DAYS = 7;

export interface DoneLinkStep {
  id: string;
  organizationId: string;
  seekerMembershipId: string;
}

export function makeDoneLink(step: DoneLinkStep, now: Date = new Date()): string {
  const token = signToken({
    purpose: "follow_up_done",
    subject: step.id,
    organizationId: step.organizationId,
    extra: step.seekerMembershipId,
    expiresAt: new Date(now.getTime() + DONE_LINK_LIFETIME_DAYS * 86_400_000),
  });
  return appUrlFor(`/follow-ups/done?token=${encodeURIComponent(token)}`);
}

export type LinkedStep =
  | { state: "invalid"; reason: "expired" | "not_valid" }
  | { state: "closed"; status: "done" | "cancelled" | "gone"; sentence: string | null }
  | { state: "open"; sentence: string; channel: Channel; opportunityTitle: string; company: string | null };

type LinkClaims = { ok: true; followUpId: string; organizationId: string; seekerMembershipId: string } | { ok: false; invalid: Extract<LinkedStep, { state: "invalid" }> };

function claimsOf(token: string, now: Date): LinkClaims {
  const check = verifyToken(token, "follow_up_done", now);
  if (!check.valid) return { ok: false, invalid: { state: "invalid", reason: check.reason === "expired" ? "expired" : "not_valid" } };
  const seekerMembershipId = check.claims.extra;
  if (!seekerMembershipId) return { ok: false, invalid: { state: "invalid", reason: "not_valid" } };
  return { ok: true, followUpId: check.claims.subject, organizationId: check.claims.organizationId, seekerMembershipId };
}

/** What the link is for, as the page shows it: never more than this one step. */
export async function describeDoneLink(token: string, now: Date = new Date()): Promise<LinkedStep> {
  const claims = claimsOf(token, now);
  if (!claims.ok) return claims.invalid;
  return withTenant({ organizationId: claims.organizationId }, async (tx) => {
    // The step must be this seeker's: a link naming another seeker is refused like a made-up one.
    const step = await tx.plannedFollowUp.findFirst({
      where: { id: claims.followUpId, seekerMembershipId: claims.seekerMembershipId },
      include: { opportunity: { select: { title: true, company: true } } },
    });
    if (!step) return { state: "closed", status: "gone", sentence: null };
    const sentence = describeFollowUp(step.action, step.channel, step.contactName);
    if (step.status !== "open") return { state: "closed", status: step.status, sentence };
    return { state: "open", sentence, channel: step.channel, opportunityTitle: step.opportunity.title, company: step.opportunity.company };
  });
}

/** Completes the linked step, once, by `channel` (the planned one unless the seeker changed it). */
export async function completeFromDoneLink(token: string, channel: Channel | undefined, now: Date = new Date()) {
  const claims = claimsOf(token, now);
  if (!claims.ok) throw new AppError("BAD_REQUEST", claims.invalid.reason === "expired" ? "This link has expired: open Today to mark the step done." : "This link does not work.", "token");
  return withTenant({ organizationId: claims.organizationId }, async (tx) => {
    const seeker = await tx.membership.findFirst({ where: { id: claims.seekerMembershipId, role: "SEEKER" }, select: { userId: true } });
    const step = await tx.plannedFollowUp.findFirst({ where: { id: claims.followUpId, seekerMembershipId: claims.seekerMembershipId }, select: { id: true } });
    if (!seeker || !step) throw new AppError("BAD_REQUEST", "This link does not work.", "token");
    const result = await markFollowUpDone(tx, {
      organizationId: claims.organizationId,
      seekerMembershipId: claims.seekerMembershipId,
      actorUserId: seeker.userId,
      followUpId: step.id,
      channel,
      at: now,
      now,
    });
    return { ...result, organizationId: claims.organizationId, seekerMembershipId: claims.seekerMembershipId, followUpId: step.id };
  });
}
