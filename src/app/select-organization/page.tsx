import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CenteredCard } from "@/components/centered-card";
import { Notice } from "@/components/ui";
import { portalPathFor } from "@/server/auth/portal";
import { requireSignedIn } from "@/server/auth/require-member";
import { signOutAction } from "@/server/auth/sign-out-action";
import { serverCaller } from "@/trpc/server";
import { chooseOrganization } from "./actions";

export const metadata: Metadata = { title: "Choose an organization" };

const ROLE_LABEL = { ADMIN: "Administrator", COACH: "Coach", SEEKER: "Job seeker" } as const;

export default async function SelectOrganizationPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  await requireSignedIn("/select-organization");
  const { error } = await searchParams;
  const me = await serverCaller.viewer.me();
  const [only] = me.organizations;
  if (me.organizations.length === 1 && only) {
    // Nothing to choose: point the session at the one organization and go straight in.
    await serverCaller.viewer.selectOrganization({ organizationId: only.organizationId });
    redirect(portalPathFor(only.role));
  }

  if (me.organizations.length === 0) {
    return (
      <CenteredCard title="You are not in an organization yet">
        <p className="text-sm text-slate-700">
          You are signed in as <strong className="font-semibold">{me.email}</strong>, but this address is not a member of any career
          center on Followthrough yet. Ask your coach or career center for an invitation, then open the link in it.
        </p>
        <form action={signOutAction} className="mt-6">
          <button type="submit" className="text-sm font-medium text-brand-700 hover:underline">
            Sign out and use another address
          </button>
        </form>
      </CenteredCard>
    );
  }

  return (
    <CenteredCard title="Choose an organization">
      <p className="mb-5 text-sm text-slate-600">You belong to more than one organization. Where would you like to work?</p>
      {error ? (
        <div className="mb-4">
          <Notice tone="error">That organization is no longer available to you. Pick another one.</Notice>
        </div>
      ) : null}
      <ul className="space-y-3">
        {me.organizations.map((organization) => (
          <li key={organization.organizationId}>
            <form action={chooseOrganization}>
              <input type="hidden" name="organizationId" value={organization.organizationId} />
              <button
                type="submit"
                className="flex w-full items-center justify-between rounded-lg border border-slate-200 px-4 py-3 text-left hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-medium text-slate-900">{organization.name}</span>
                <span className="text-xs text-slate-500">{ROLE_LABEL[organization.role]}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </CenteredCard>
  );
}
