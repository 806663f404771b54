/**
 * The admin's audit page: the organization's trail, newest first, filtered
 * by action, actor, seeker and local dates (in the organization's time
 * zone), one page at a time (cursor on id; ties on time break by id).
 */
import type { Prisma } from "@/generated/prisma/client";
import { dayFromCivil, zoneClock } from "@/server/dates";
import { displayName } from "@/server/people/display-name";
import type { Tx } from "@/server/db/tenant";
import { AUDIT_ACTION_LABELS, viewLabel, type AuditAction } from "./audit-actions";
import type { AuditFilter, AuditPage, AuditRow } from "./schemas";

const MS_PER_DAY = 86_400_000;

/** The instant a local date starts in `timeZone`. */
export function startOfLocalDay(isoDay: string, timeZone: string): Date {
  const [year, month, day] = isoDay.split("-").map(Number) as [number, number, number];
  const midnightUtc = dayFromCivil(year, month, day) * MS_PER_DAY;
  const clock = zoneClock(timeZone);
  // Midnight local is midnight UTC minus the offset then; one correction covers a DST change near midnight.
  const guess = midnightUtc - clock.offsetAt(midnightUtc);
  return new Date(midnightUtc - clock.offsetAt(guess));
}

export async function listAuditEvents(tx: Tx, organizationId: string, filter: AuditFilter): Promise<AuditPage> {
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } });
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filter.from) occurredAt.gte = startOfLocalDay(filter.from, organization.timeZone);
  if (filter.to) occurredAt.lt = startOfLocalDay(nextDay(filter.to), organization.timeZone);
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action as AuditAction } : {}),
    ...(filter.actorMembershipId ? { actorMembershipId: filter.actorMembershipId } : {}),
    ...(filter.subjectMembershipId ? { subjectMembershipId: filter.subjectMembershipId } : {}),
    ...(filter.from || filter.to ? { occurredAt } : {}),
  };
  const events = await tx.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const page = events.slice(0, filter.limit);
  const people = await loadPeople(tx, page);
  const rows: AuditRow[] = page.map((event) => ({
    id: event.id,
    occurredAt: event.occurredAt,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action],
    actor: event.actorMembershipId ? (people.get(event.actorMembershipId) ?? unknownPerson(event.actorMembershipId)) : event.actorUserId ? (people.get(`user:${event.actorUserId}`) ?? null) : null,
    subject: event.subjectMembershipId ? (people.get(event.subjectMembershipId) ?? unknownPerson(event.subjectMembershipId)) : null,
    view: event.view ? viewLabel(event.view, "staff") : null,
    targetId: event.targetId,
    detail: (event.detail as AuditRow["detail"]) ?? null,
  }));
  return { rows, nextCursor: events.length > filter.limit ? (page.at(-1)?.id ?? null) : null, timeZone: organization.timeZone };
}

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

type Person = NonNullable<AuditRow["actor"]>;
const unknownPerson = (membershipId: string): Person => ({ membershipId, name: "A former member", role: null });

/** Names and roles of everyone a page mentions, in two queries. */
async function loadPeople(tx: Tx, events: { actorMembershipId: string | null; actorUserId: string | null; subjectMembershipId: string | null }[]): Promise<Map<string, Person>> {
  const membershipIds = [...new Set(events.flatMap((event) => [event.actorMembershipId, event.subjectMembershipId]).filter((id): id is string => Boolean(id)))];
  const userIds = [...new Set(events.filter((event) => !event.actorMembershipId && event.actorUserId).map((event) => event.actorUserId as string))];
  const people = new Map<string, Person>();
  const memberships = await tx.membership.findMany({
    where: { OR: [{ id: { in: membershipIds } }, { userId: { in: userIds } }] },
    select: { id: true, userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  for (const membership of memberships) {
    const person: Person = { membershipId: membership.id, name: displayName(membership.user), role: membership.role };
    people.set(membership.id, person);
    people.set(`user:${membership.userId}`, person);
  }
  return people;
}
