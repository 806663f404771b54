/**
 * Audit rows for events that happen outside a tenant transaction: sign-in
 * attempts (which belong to no organization until the user picks one) and
 * denials (whose own transaction was rolled back). Each is written in a
 * short transaction of its own; a failure to write is logged, never thrown,
 * so auditing cannot turn a refusal into a 500 or block a sign-in.
 */
import type { Database } from "@/server/db/client";
import { getDb } from "@/server/db/client";
import { withTenant, withUser } from "@/server/db/tenant";
import { recordAuditEvent, type AuditEntry } from "./record-audit-event";

async function safely(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(`[audit] could not record ${what}`, error instanceof Error ? error.message : error);
  }
}

/** A denial inside an organization the caller belongs to (FORBIDDEN or NOT_FOUND from a member procedure). */
export async function recordAccessDenied(
  input: { organizationId: string; userId: string; membershipId: string; path: string; code: string; subjectMembershipId?: string | null },
  db: Database = getDb(),
): Promise<void> {
  await safely("a denial", () =>
    withTenant(
      { organizationId: input.organizationId, userId: input.userId },
      (tx) =>
        recordAuditEvent(tx, {
          organizationId: input.organizationId,
          action: "access_denied",
          actor: { userId: input.userId, membershipId: input.membershipId },
          subjectMembershipId: input.subjectMembershipId ?? null,
          view: input.path,
          detail: { code: input.code },
        }),
      db,
    ),
  );
}

/**
 * A sign-in attempt, recorded in every organization the address belongs to,
 * so each organization's admins see their own members' sign-ins. An
 * address with no account, or with no membership, leaves no row: there is
 * no organization whose trail it belongs to (the attempt is still logged
 * to the server log by Auth.js).
 */
export async function recordSignInAttempt(
  input: { email: string; succeeded: boolean; reason?: string },
  db: Database = getDb(),
): Promise<void> {
  await safely("a sign-in", async () => {
    const user = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } });
    if (!user) return;
    const memberships = await withUser(user.id, (tx) => tx.membership.findMany({ where: { userId: user.id }, select: { id: true, organizationId: true } }), db);
    for (const membership of memberships) {
      await withTenant(
        { organizationId: membership.organizationId, userId: user.id },
        (tx) => recordSignInRow(tx, membership, user.id, input),
        db,
      );
    }
  });
}

function recordSignInRow(tx: Parameters<typeof recordAuditEvent>[0], membership: { id: string; organizationId: string }, userId: string, input: { succeeded: boolean; reason?: string }) {
  const entry: AuditEntry = {
    organizationId: membership.organizationId,
    action: input.succeeded ? "sign_in_succeeded" : "sign_in_failed",
    actor: { userId, membershipId: membership.id },
    view: "sign-in",
    ...(input.reason ? { detail: { reason: input.reason } } : {}),
  };
  return recordAuditEvent(tx, entry);
}
