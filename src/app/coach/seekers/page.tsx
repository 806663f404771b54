import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Seekers" };

export default async function CoachSeekersPage() {
  await requireMember(["COACH", "ADMIN"], "/coach/seekers");
  return (
    <>
      <PageHeader title="Seekers" description="Everyone on your caseload, with their latest activity and what is due." />
      <EmptyState title="Seeker list coming next" icon="☰">
        Your caseload will be listed here with each seeker&apos;s activity and upcoming follow-ups.
      </EmptyState>
    </>
  );
}
