import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/server/auth/require-member";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { OpportunityDetail } from "@/app/seeker/_opportunity/opportunity-detail";

export const metadata: Metadata = { title: "Opportunity" };

/** Params may arrive still encoded; a stray "%" must not crash the page. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export default async function SeekerOpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opportunityKey = safeDecode(id);
  await requireMember(["SEEKER"], `/seeker/opportunities/${id}`);
  try {
    await getQueryClient().fetchQuery(trpc.opportunities.timeline.queryOptions({ opportunityKey }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/seeker/opportunities" className="text-brand-700 hover:underline">
          ← All opportunities
        </Link>
      </nav>
      <HydrateClient>
        <OpportunityDetail opportunityKey={opportunityKey} />
      </HydrateClient>
    </>
  );
}
