import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { InvitationsPanel } from "./invitations-panel";

export const metadata: Metadata = { title: "Invitations" };

export default async function CoachInvitationsPage() {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach/invitations");
  prefetch(trpc.invitations.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Invitations"
        description={
          membership.role === "ADMIN"
            ? "Invite coaches and administrators to your organization. Each invitation link works for 7 days."
            : "Invite seekers by email. When they accept, they join your caseload. Each invitation link works for 7 days."
        }
      />
      <HydrateClient>
        <InvitationsPanel />
      </HydrateClient>
    </>
  );
}
