/**
 * Members' email choices, one EmailPreference row per member and kind; no
 * row means they get it. Every function runs in the caller's tenant
 * transaction, so row-level security keeps them to one organization.
 */
import type { Tx } from "@/server/db/tenant";
import { isTransactional, UNSUBSCRIBABLE_EMAIL_KINDS, type EmailKind, type UnsubscribableEmailKind } from "./email-kinds";

/**
 * Whether the member wants email of this kind. Transactional kinds (sign-in,
 * invitations) are always wanted. Reminders and digests ask this in the step
 * before sending; deliverEmail asks again, so a choice made in between holds.
 */
export async function isEmailWanted(tx: Tx, membershipId: string, kind: EmailKind): Promise<boolean> {
  if (isTransactional(kind)) return true;
  const choice = await tx.emailPreference.findFirst({ where: { membershipId, kind }, select: { subscribed: true } });
  return choice?.subscribed ?? true;
}

/** Every unsubscribable kind with the member's choice (true: they get it). */
export async function readEmailPreferences(tx: Tx, membershipId: string): Promise<Record<UnsubscribableEmailKind, boolean>> {
  const rows = await tx.emailPreference.findMany({ where: { membershipId }, select: { kind: true, subscribed: true } });
  const chosen = new Map(rows.map((row) => [row.kind, row.subscribed]));
  return Object.fromEntries(UNSUBSCRIBABLE_EMAIL_KINDS.map((kind) => [kind, chosen.get(kind) ?? true])) as Record<UnsubscribableEmailKind, boolean>;
}

/** Records the member's choices; kinds left out keep theirs. Idempotent: the same choice twice changes nothing. */
export async function saveEmailPreferences(
  tx: Tx,
  member: { organizationId: string; membershipId: string },
  choices: Partial<Record<UnsubscribableEmailKind, boolean>>,
): Promise<void> {
  for (const kind of UNSUBSCRIBABLE_EMAIL_KINDS) {
    const subscribed = choices[kind];
    if (subscribed === undefined) continue;
    await tx.emailPreference.upsert({
      where: { organizationId_membershipId_kind: { organizationId: member.organizationId, membershipId: member.membershipId, kind } },
      create: { organizationId: member.organizationId, membershipId: member.membershipId, kind, subscribed },
      update: { subscribed },
    });
  }
}
