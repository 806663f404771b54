import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Log activity" };

export default async function SeekerLogActivityPage() {
  await requireMember(["SEEKER"], "/seeker/log");
  return (
    <>
      <PageHeader title="Log activity" description="Record an application, a networking conversation or an interview." />
      <EmptyState title="Activity logging is on its way" icon="✎">
        Soon you will log each step here in a few seconds, and Followthrough will plan your follow-ups from it.
      </EmptyState>
    </>
  );
}
