import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { CaseloadTable } from "@/app/coach/_dashboard/caseload-table";

export const metadata: Metadata = { title: "Seekers" };

export default async function CoachSeekersPage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach/seekers");
  const scope = (await searchParams).scope === "all" || membership.role === "ADMIN" ? "all" : "mine";
  prefetch(trpc.caseload.list.queryOptions({ scope }));
  return (
    <>
      <PageHeader
        title="Seekers"
        description="Who needs you first: overdue follow-ups, flags and open work for each seeker, from what they have logged. Select a name to see their timeline."
      />
      <HydrateClient>
        <CaseloadTable scope={scope} />
      </HydrateClient>
    </>
  );
}
