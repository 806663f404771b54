import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { getQueryClient, HydrateClient, prefetch, serverCaller, trpc } from "@/trpc/server";
import { ComingUp } from "./_components/coming-up";
import { TodayList, type ContactRoles } from "./_components/today-list";
import { formatDay } from "./_components/words";

export const metadata: Metadata = { title: "Today" };

/** Who each contact is (hiring manager, HR…), so a card can say "Call Dana Lee (hiring manager)". */
async function contactRoles(opportunityKeys: string[]): Promise<ContactRoles> {
  const timelines = await Promise.all(opportunityKeys.map((opportunityKey) => serverCaller.opportunities.timeline({ opportunityKey }).catch(() => null)));
  const roles: ContactRoles = {};
  for (const timeline of timelines) {
    if (!timeline) continue;
    const byName: ContactRoles[string] = {};
    for (const contact of timeline.contacts) byName[contact.name] ??= contact.role;
    roles[timeline.opportunity.key] = byName;
  }
  return roles;
}

export default async function SeekerTodayPage() {
  await requireMember(["SEEKER"], "/seeker");
  const today = await getQueryClient().fetchQuery(trpc.followUps.today.queryOptions());
  prefetch(trpc.opportunities.list.queryOptions());
  const roles = await contactRoles([...new Set(today.followUps.map((item) => item.opportunityKey))]);
  const count = today.followUps.length;
  return (
    <>
      <PageHeader
        title="Today"
        description={
          count === 0
            ? `${formatDay(today.today)}. Your follow-ups appear here on the day they are due.`
            : `${formatDay(today.today)}. ${count === 1 ? "One follow-up is" : `${count} follow-ups are`} ready for you. Each one comes with the words to use.`
        }
      />
      <HydrateClient>
        <TodayList roles={roles} />
        <ComingUp />
      </HydrateClient>
    </>
  );
}
