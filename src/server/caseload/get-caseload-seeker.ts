/** One seeker's header: who they are, their cohort and coach, and whether they are on the viewer's caseload. */
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { authorizeSeekerAccess, type MemberAccess } from "@/server/organizations/seeker-access";
import { displayName } from "@/server/people/display-name";
import type { CaseloadSeeker } from "./schemas";

export async function getCaseloadSeeker(tx: Tx, input: { seekerMembershipId: string; viewer: MemberAccess }): Promise<CaseloadSeeker> {
  await authorizeSeekerAccess(tx, input.viewer, input.seekerMembershipId);
  const seeker = await tx.membership.findFirst({
    where: { id: input.seekerMembershipId, role: "SEEKER" },
    select: {
      id: true,
      timeZone: true,
      organization: { select: { timeZone: true } },
      user: { select: { name: true, email: true } },
      cohort: { select: { name: true } },
      caseload: { select: { coach: { select: { id: true, user: { select: { name: true, email: true } } } } } },
    },
  });
  if (!seeker) throw notFound("That job seeker");
  const coach = seeker.caseload?.coach;
  return {
    membershipId: seeker.id,
    name: displayName(seeker.user),
    email: seeker.user.email,
    cohort: seeker.cohort?.name ?? null,
    coach: coach ? { membershipId: coach.id, name: displayName(coach.user) } : null,
    timeZone: seeker.timeZone ?? seeker.organization.timeZone,
    isMine: coach?.id === input.viewer.membershipId,
  };
}
