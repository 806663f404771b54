/**
 * Appends one row to the audit trail, in the caller's transaction, so the
 * record and the action it describes are stored together or not at all.
 * Details are small and bounded: ids, outcomes and reasons, never the
 * record's contents.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";
import type { AuditAction } from "./audit-actions";

export interface AuditActor {
  userId: string | null;
  membershipId: string | null;
}

export interface AuditEntry {
  organizationId: string;
  action: AuditAction;
  actor: AuditActor | null;
  subjectMembershipId?: string | null;
  view?: string | null;
  targetId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

const MAX_TEXT = 200;
const clip = (text: string | null | undefined) => (text == null ? null : text.slice(0, MAX_TEXT));

export async function recordAuditEvent(tx: Tx, entry: AuditEntry): Promise<void> {
  const detail = entry.detail
    ? (Object.fromEntries(Object.entries(entry.detail).slice(0, 20).map(([key, value]) => [key.slice(0, 60), typeof value === "string" ? clip(value) : value])) as Prisma.InputJsonObject)
    : undefined;
  await tx.auditEvent.create({
    data: {
      organizationId: entry.organizationId,
      action: entry.action,
      actorUserId: entry.actor?.userId ?? null,
      actorMembershipId: entry.actor?.membershipId ?? null,
      subjectMembershipId: clip(entry.subjectMembershipId),
      view: clip(entry.view),
      targetId: clip(entry.targetId),
      detail,
    },
  });
}
