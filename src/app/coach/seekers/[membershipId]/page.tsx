import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PRESETS } from "@/server/cadence";
import { requireMember } from "@/server/auth/require-member";
import { getQueryClient, HydrateClient, prefetch, trpc } from "@/trpc/server";
import { OverridePanel } from "@/app/coach/_seeker/override-panel";
import { SeekerHeader } from "@/app/coach/_seeker/seeker-header";
import { SeekerTimeline } from "@/app/coach/_seeker/seeker-timeline";

export const metadata: Metadata = { title: "Seeker" };

export default async function CoachSeekerPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId } = await params;
  await requireMember(["COACH", "ADMIN"], `/coach/seekers/${membershipId}`);
  const queryClient = getQueryClient();
  try {
    await queryClient.fetchQuery(trpc.caseload.seeker.queryOptions({ seekerMembershipId: membershipId }));
  } catch (error) {
    // Another tenant's seeker, a coach's id or a mistyped link: the same page, on purpose.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  const { opportunities } = await queryClient.fetchQuery(trpc.opportunities.listForSeeker.queryOptions({ seekerMembershipId: membershipId }));
  for (const opportunity of opportunities) {
    prefetch(trpc.opportunities.timelineForSeeker.queryOptions({ seekerMembershipId: membershipId, opportunityKey: opportunity.key }));
  }
  prefetch(trpc.policy.current.queryOptions());
  return (
    <>
      <Link href="/coach/seekers" className="mb-4 inline-block text-sm font-medium text-brand-700 hover:underline">
        ← Seekers
      </Link>
      <HydrateClient>
        <SeekerHeader seekerMembershipId={membershipId} />
        <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
          <SeekerTimeline seekerMembershipId={membershipId} />
          <OverridePanel seekerMembershipId={membershipId} presets={PRESETS.map((preset) => ({ ...preset }))} />
        </div>
      </HydrateClient>
    </>
  );
}
