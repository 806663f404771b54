/**
 * A job seeker of the current tenant with what planning needs: their time
 * zone (their own, else the organization's) and the holiday calendar.
 * Row-level security hides other tenants' memberships, so a foreign id is
 * simply not found.
 */
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";

export interface SeekerContext {
  membershipId: string;
  organizationId: string;
  timeZone: string;
  holidayCalendar: string | null;
}

export async function loadSeeker(tx: Tx, seekerMembershipId: string): Promise<SeekerContext> {
  const membership = await tx.membership.findFirst({
    where: { id: seekerMembershipId, role: "SEEKER" },
    select: { id: true, organizationId: true, timeZone: true, organization: { select: { timeZone: true, holidayCalendar: true } } },
  });
  if (!membership) throw notFound("That job seeker");
  return {
    membershipId: membership.id,
    organizationId: membership.organizationId,
    timeZone: membership.timeZone ?? membership.organization.timeZone,
    holidayCalendar: membership.organization.holidayCalendar,
  };
}
