import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { PRESETS } from "@/server/cadence";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { PolicyEditor } from "@/app/coach/_policy/policy-editor";

export const metadata: Metadata = { title: "Policy" };

export default async function CoachPolicyPage() {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach/policy");
  prefetch(trpc.policy.current.queryOptions());
  prefetch(trpc.caseload.policyVersions.queryOptions({ limit: 5 }));
  return (
    <>
      <PageHeader
        title="Follow-up policy"
        description={`Which coaching school plans ${membership.organizationName}'s follow-ups. Try a change on a sample story before saving; saving re-plans every seeker without a per-client override, and never rewrites what they already did.`}
      />
      <HydrateClient>
        <PolicyEditor presets={PRESETS.map((preset) => ({ ...preset }))} />
      </HydrateClient>
    </>
  );
}
