import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Opportunities" };

export default async function SeekerOpportunitiesPage() {
  await requireMember(["SEEKER"], "/seeker/opportunities");
  return (
    <>
      <PageHeader title="Opportunities" description="Every job you are pursuing, where it stands and what comes next." />
      <EmptyState title="No opportunities yet" icon="◎">
        Opportunities are created as you log activity: the first application to a company starts one.
      </EmptyState>
    </>
  );
}
