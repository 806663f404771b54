/**
 * Who gets a weekly digest now, in one organization: seekers and staff whose
 * own time zone (else the organization's) is in its Monday 08:00 hour.
 * Zones are judged once each, in Node (a handful per organization); the
 * members are filtered in PostgreSQL.
 */
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db/tenant";
import { digestWeekAt, zonesInDigestHour } from "./digest-schedule";

export interface DigestRecipient {
  membershipId: string;
  role: Role;
  /** The ISO week the digest is for, in the recipient's own zone ("2026-W49"). */
  week: string;
}

export async function listDigestRecipients(tx: Tx, now: Date): Promise<DigestRecipient[]> {
  const organization = await tx.organization.findFirst({ select: { timeZone: true } });
  if (!organization) return [];
  const zones = await tx.membership.findMany({ where: { timeZone: { not: null } }, distinct: ["timeZone"], select: { timeZone: true } });
  const due = zonesInDigestHour([organization.timeZone, ...zones.map((row) => row.timeZone!)], now);
  if (due.length === 0) return [];
  const members = await tx.membership.findMany({
    where: {
      OR: [{ timeZone: { in: due } }, ...(due.includes(organization.timeZone) ? [{ timeZone: null }] : [])],
    },
    select: { id: true, role: true, timeZone: true },
    orderBy: { id: "asc" },
  });
  return members.map((member) => ({ membershipId: member.id, role: member.role, week: digestWeekAt(now, member.timeZone ?? organization.timeZone) }));
}
