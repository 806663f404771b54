import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Dashboard" };

export default async function CoachDashboardPage() {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach");
  return (
    <>
      <PageHeader title="Dashboard" description={`How ${membership.organizationName}'s seekers are following through this week.`} />
      <EmptyState title="Your cohort's week will show here" icon="▤">
        As your seekers log activity, you will see who is on track, who has overdue follow-ups and who has gone quiet.
      </EmptyState>
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
          <p className="mt-1 text-sm text-slate-600">Decide how soon after each kind of activity seekers should follow up.</p>
          <Link href="/coach/policy" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            Review the policy →
          </Link>
        </Card>
      </div>
    </>
  );
}
