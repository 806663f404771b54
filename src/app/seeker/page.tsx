import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { ComingUp } from "@/app/seeker/_today/coming-up";
import { TodayList } from "@/app/seeker/_today/today-list";
import { displayDay } from "@/server/dates";

export const metadata: Metadata = { title: "Today" };

export default async function SeekerTodayPage() {
  await requireMember(["SEEKER"], "/seeker");
  // Both reads the page shows, awaited: a failed prefetch must never fall back to fetching from the server itself.
  const queryClient = getQueryClient();
  const [today] = await Promise.all([queryClient.fetchQuery(trpc.followUps.today.queryOptions()), queryClient.fetchQuery(trpc.opportunities.list.queryOptions())]);
  const count = today.followUps.length;
  return (
    <>
      <PageHeader
        title="Today"
        description={
          count === 0
            ? `${displayDay(today.today)}. Your follow-ups appear here on the day they are due.`
            : `${displayDay(today.today)}. ${count === 1 ? "One follow-up is" : `${count} follow-ups are`} ready for you. Each one comes with the words to use.`
        }
      />
      <HydrateClient>
        <TodayList />
        <ComingUp />
      </HydrateClient>
    </>
  );
}
