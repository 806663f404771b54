/**
 * What an unsubscribe link may do, for the routes that take one
 * (app/api/unsubscribe, app/unsubscribe). The signed token names the
 * organization, the member and the kind; every read and write happens in
 * that organization's tenant transaction, so a token can reach that one
 * member's settings and nothing else. A member id that is not in the
 * token's organization reads as not found, exactly like a deleted one.
 */
import type { Database } from "@/server/db/client";
import { withTenant, type Tx } from "@/server/db/tenant";
import { EMAIL_KIND_LABEL, emailKindsFor, type UnsubscribableEmailKind } from "./email-kinds";
import { readEmailPreferences, saveEmailPreferences } from "./email-preferences";
import { readUnsubscribeToken, type UnsubscribeClaims } from "./unsubscribe-link";

export type UnsubscribeRefusal = "malformed" | "forged" | "expired" | "wrong_purpose" | "not_found";

export interface EmailChoice {
  kind: UnsubscribableEmailKind;
  label: string;
  description: string;
  subscribed: boolean;
}

export interface UnsubscribeLinkView {
  organizationName: string;
  email: string;
  /** The kind the link came from. */
  kind: UnsubscribableEmailKind;
  choices: EmailChoice[];
}

export type LinkResult<T> = { ok: true; value: T } | { ok: false; reason: UnsubscribeRefusal };

/** Readers' words for each refusal, shared by the page and the one-click endpoint. */
export const REFUSAL_MESSAGE: Readonly<Record<UnsubscribeRefusal, string>> = {
  malformed: "This unsubscribe link is incomplete. Copy the whole link from the email, or use the link in a more recent one.",
  forged: "This unsubscribe link is not one Followthrough made. Use the link in an email from us.",
  wrong_purpose: "This link is not an unsubscribe link. Use the unsubscribe link at the bottom of an email from us.",
  expired: "This unsubscribe link is more than a year old. Use the link in a more recent email from Followthrough.",
  not_found: "This unsubscribe link is for an account that no longer exists, so there is nothing to change.",
};

/** The member, their organization and their choices, for the preferences page. Reads only. */
export async function describeUnsubscribeLink(db: Database, token: string, now: Date = new Date()): Promise<LinkResult<UnsubscribeLinkView>> {
  return withLink(db, token, now, async (tx, claims, member) => {
    const preferences = await readEmailPreferences(tx, claims.membershipId);
    return { organizationName: member.organizationName, email: member.email, kind: claims.kind, choices: choicesFor(member.role, claims.kind, preferences) };
  });
}

/** One-click: stop the link's kind. Idempotent: a second click finds it already stopped. */
export async function unsubscribeWithToken(db: Database, token: string, now: Date = new Date()): Promise<LinkResult<{ kind: UnsubscribableEmailKind; label: string }>> {
  return withLink(db, token, now, async (tx, claims) => {
    await saveEmailPreferences(tx, { organizationId: claims.organizationId, membershipId: claims.membershipId }, { [claims.kind]: false });
    return { kind: claims.kind, label: EMAIL_KIND_LABEL[claims.kind].label };
  });
}

/** The preferences page's save: the kinds offered to this member, each on or off. */
export async function saveEmailChoicesWithToken(
  db: Database,
  token: string,
  choices: Partial<Record<UnsubscribableEmailKind, boolean>>,
  now: Date = new Date(),
): Promise<LinkResult<EmailChoice[]>> {
  return withLink(db, token, now, async (tx, claims, member) => {
    const offered = new Set(offeredKinds(member.role, claims.kind));
    const allowed = Object.fromEntries(Object.entries(choices).filter(([kind]) => offered.has(kind as UnsubscribableEmailKind)));
    await saveEmailPreferences(tx, { organizationId: claims.organizationId, membershipId: claims.membershipId }, allowed);
    return choicesFor(member.role, claims.kind, await readEmailPreferences(tx, claims.membershipId));
  });
}

interface Member {
  role: "SEEKER" | "COACH" | "ADMIN";
  email: string;
  organizationName: string;
}

async function withLink<T>(db: Database, token: string, now: Date, work: (tx: Tx, claims: UnsubscribeClaims, member: Member) => Promise<T>): Promise<LinkResult<T>> {
  const check = readUnsubscribeToken(token, now);
  if (!check.valid) return { ok: false, reason: check.reason };
  const { claims } = check;
  return withTenant({ organizationId: claims.organizationId }, async (tx) => {
    // Row-level security: a membership of any other organization is invisible here.
    const membership = await tx.membership.findUnique({
      where: { id: claims.membershipId },
      select: { organizationId: true, role: true, user: { select: { email: true } }, organization: { select: { name: true } } },
    });
    if (!membership || membership.organizationId !== claims.organizationId) return { ok: false, reason: "not_found" } as const;
    const member: Member = { role: membership.role, email: membership.user.email, organizationName: membership.organization.name };
    return { ok: true, value: await work(tx, claims, member) } as const;
  }, db);
}

/** The kinds meant for the member's role, plus the link's own kind if their role has changed since. */
function offeredKinds(role: Member["role"], linkKind: UnsubscribableEmailKind): UnsubscribableEmailKind[] {
  const kinds = emailKindsFor(role);
  return kinds.includes(linkKind) ? kinds : [linkKind, ...kinds];
}

function choicesFor(role: Member["role"], linkKind: UnsubscribableEmailKind, preferences: Record<UnsubscribableEmailKind, boolean>): EmailChoice[] {
  return offeredKinds(role, linkKind).map((kind) => ({ kind, ...pick(EMAIL_KIND_LABEL[kind]), subscribed: preferences[kind] }));
}

const pick = ({ label, description }: { label: string; description: string }) => ({ label, description });
