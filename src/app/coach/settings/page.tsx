import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Organization settings" };

export default async function CoachSettingsPage() {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach/settings");
  // Administrators only; to a coach the page does not exist (the procedures answer FORBIDDEN).
  if (membership.role !== "ADMIN") notFound();
  prefetch(trpc.organization.settings.queryOptions());
  return (
    <>
      <PageHeader
        title="Organization settings"
        description={`What coaches at ${membership.organizationName} may do. Administrators always see every seeker and may change the policy.`}
      />
      <HydrateClient>
        <SettingsForm />
      </HydrateClient>
    </>
  );
}
