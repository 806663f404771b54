import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Policy" };

export default async function CoachPolicyPage() {
  await requireMember(["COACH", "ADMIN"], "/coach/policy");
  return (
    <>
      <PageHeader title="Follow-up policy" description="How many days after each activity a follow-up is due, for your whole organization." />
      <EmptyState title="Policy settings coming next" icon="⚙">
        Until then, seekers get Followthrough&apos;s recommended schedule, which skips weekends and holidays.
      </EmptyState>
    </>
  );
}
