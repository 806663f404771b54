/**
 * "Who has viewed my record": the coaches and admins who opened this
 * seeker's records, newest first, from the audit trail (FERPA's record of
 * disclosures). Views a seeker makes of their own record are not recorded.
 */
import { displayName } from "@/server/people/display-name";
import type { Tx } from "@/server/db/tenant";
import { viewLabel } from "./audit-actions";
import type { RecordView } from "./schemas";

export async function listRecordViews(tx: Tx, input: { seekerMembershipId: string; limit: number }): Promise<RecordView[]> {
  const events = await tx.auditEvent.findMany({
    where: { action: "seeker_record_viewed", subjectMembershipId: input.seekerMembershipId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: input.limit,
    select: { occurredAt: true, view: true, actorMembershipId: true },
  });
  const actorIds = [...new Set(events.map((event) => event.actorMembershipId).filter((id): id is string => Boolean(id)))];
  const actors = await tx.membership.findMany({ where: { id: { in: actorIds } }, select: { id: true, role: true, user: { select: { name: true, email: true } } } });
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return events.map((event) => {
    const actor = event.actorMembershipId ? byId.get(event.actorMembershipId) : undefined;
    return { occurredAt: event.occurredAt, viewer: actor ? displayName(actor.user) : "A former staff member", role: actor?.role ?? null, view: viewLabel(event.view) };
  });
}
