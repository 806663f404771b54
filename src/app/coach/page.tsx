import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { DashboardSummary } from "@/app/coach/_dashboard/dashboard-summary";

export const metadata: Metadata = { title: "Dashboard" };

export default async function CoachDashboardPage() {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach");
  const scope = membership.role === "ADMIN" ? "all" : "mine";
  prefetch(trpc.caseload.list.queryOptions({ scope }));
  return (
    <>
      <PageHeader title="Dashboard" description={`How ${membership.organizationName}'s seekers are following through.`} />
      <HydrateClient>
        <DashboardSummary scope={scope} />
      </HydrateClient>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="font-semibold text-slate-900">Bring your seekers in</h2>
          <p className="mt-1 text-sm text-slate-600">Invite seekers by email; they join your caseload when they accept.</p>
          <Link href="/coach/invitations" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            Send invitations →
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold text-slate-900">Set the follow-up policy</h2>
          <p className="mt-1 text-sm text-slate-600">Choose the coaching school that plans every seeker&apos;s follow-ups, and preview it first.</p>
          <Link href="/coach/policy" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            Review the policy →
          </Link>
        </Card>
      </div>
    </>
  );
}
