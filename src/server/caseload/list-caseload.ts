/**
 * A coach's caseload: every seeker in scope with what a coach scans for
 * (open, overdue and done follow-ups, flags, irons in the fire, last
 * activity), overdue first. Counts are computed from the stored plan, with
 * "overdue" judged against each seeker's own local date, as the seeker sees it.
 */
import { addDays, isOverdue, localDateOf, toDayText } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { can } from "@/server/organizations/permissions";
import { seekerScopeWhere, type MemberAccess } from "@/server/organizations/seeker-access";
import { getOrganizationPolicy } from "@/server/policies/effective-policy";
import { policyDisplayName } from "@/server/policies/resolve-policy";
import { displayName } from "@/server/people/display-name";
import type { Caseload, CaseloadRow, CaseloadScope } from "./schemas";

export interface ListCaseloadInput {
  viewer: MemberAccess;
  scope: CaseloadScope;
  now?: Date;
}


export async function listCaseload(tx: Tx, input: ListCaseloadInput): Promise<Caseload> {
  // Admins carry no caseload: they always see everyone. A coach may pick "all" only
  // when the organization lets coaches see every seeker; otherwise "all" narrows to "mine".
  const { viewer } = input;
  const seesAll = can(viewer, viewer.settings, "seekers.all");
  const canChooseScope = viewer.role === "COACH" && seesAll;
  const scope: CaseloadScope = viewer.role === "ADMIN" ? "all" : canChooseScope ? input.scope : "mine";
  const now = input.now ?? new Date();
  const organization = await tx.organization.findFirst({ select: { timeZone: true } });
  const seekers = await tx.membership.findMany({
    where: scope === "mine" ? { role: "SEEKER", caseload: { coachMembershipId: viewer.membershipId } } : seekerScopeWhere(viewer),
    select: {
      id: true,
      timeZone: true,
      user: { select: { name: true, email: true } },
      cohort: { select: { name: true } },
      caseload: { select: { coach: { select: { id: true, user: { select: { name: true, email: true } } } } } },
      policyOverride: { select: { policy: true } },
    },
  });
  const ids = seekers.map((seeker) => seeker.id);
  // One transaction is one connection: its queries run one after another.
  const followUps = await tx.plannedFollowUp.findMany({ where: { seekerMembershipId: { in: ids }, status: { not: "cancelled" } }, select: { seekerMembershipId: true, status: true, due: true } });
  const opportunities = await tx.opportunity.findMany({ where: { seekerMembershipId: { in: ids } }, select: { seekerMembershipId: true, state: true, flags: true, lastEventAt: true } });
  const orgPolicy = await getOrganizationPolicy(tx);

  const rows = new Map<string, CaseloadRow>();
  const todayOf = new Map<string, { today: string; monthAgo: string }>();
  for (const seeker of seekers) {
    const today = localDateOf(now, seeker.timeZone ?? organization?.timeZone ?? "UTC");
    todayOf.set(seeker.id, { today, monthAgo: addDays(today, -30) });
    const coach = seeker.caseload?.coach;
    const overridePolicy = seeker.policyOverride?.policy;
    rows.set(seeker.id, {
      membershipId: seeker.id,
      name: displayName(seeker.user),
      email: seeker.user.email,
      cohort: seeker.cohort?.name ?? null,
      coach: coach ? { membershipId: coach.id, name: displayName(coach.user) } : null,
      followUps: { open: 0, overdue: 0, done: 0 },
      dueLast30Days: { total: 0, done: 0 },
      flags: { overContact: 0, tooEarly: 0 },
      activeOpportunities: 0,
      totalOpportunities: 0,
      lastActivityAt: null,
      override: overridePolicy != null ? { source: "override", name: policyDisplayName(overridePolicy) } : null,
    });
  }
  for (const followUp of followUps) {
    const row = rows.get(followUp.seekerMembershipId)!;
    const { today, monthAgo } = todayOf.get(followUp.seekerMembershipId)!;
    const due = toDayText(followUp.due);
    if (followUp.status === "done") row.followUps.done += 1;
    else {
      row.followUps.open += 1;
      if (isOverdue({ status: followUp.status, due }, today)) row.followUps.overdue += 1;
    }
    if (due >= monthAgo && due < today) {
      row.dueLast30Days.total += 1;
      if (followUp.status === "done") row.dueLast30Days.done += 1;
    }
  }
  for (const opportunity of opportunities) {
    const row = rows.get(opportunity.seekerMembershipId)!;
    row.totalOpportunities += 1;
    if (opportunity.state === "active") row.activeOpportunities += 1;
    if (opportunity.flags.includes("over_contact")) row.flags.overContact += 1;
    if (opportunity.flags.includes("too_early")) row.flags.tooEarly += 1;
    if (!row.lastActivityAt || opportunity.lastEventAt > row.lastActivityAt) row.lastActivityAt = opportunity.lastEventAt;
  }

  return {
    scope,
    canChooseScope,
    organizationPolicy: { name: orgPolicy.policy.name ?? orgPolicy.policy.id, version: orgPolicy.version },
    seekers: [...rows.values()].sort(byNeedOfAttention),
  };
}

/** Overdue first, then flagged, then the most open work, then by name. */
function byNeedOfAttention(a: CaseloadRow, b: CaseloadRow): number {
  const flagged = (row: CaseloadRow) => row.flags.overContact + row.flags.tooEarly;
  return b.followUps.overdue - a.followUps.overdue || flagged(b) - flagged(a) || b.followUps.open - a.followUps.open || a.name.localeCompare(b.name);
}
