import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/centered-card";
import { getRequestSession } from "@/server/auth/request-session";
import { signOutAction } from "@/server/auth/sign-out-action";
import { getDb } from "@/server/db/client";
import { describeInvitation } from "@/server/invitations/describe-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Your invitation" };

const ROLE_PHRASE = { SEEKER: "a job seeker", COACH: "a coach", ADMIN: "an administrator" } as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = decodeURIComponent(token);
  const invitation = await describeInvitation(getDb(), link);
  if (!invitation) {
    return (
      <CenteredCard title="This invitation link does not work">
        <p className="text-sm text-slate-700">
          It may have been replaced by a newer invitation or withdrawn. Check for a more recent email, or ask the person who invited you to
          send a new one.
        </p>
      </CenteredCard>
    );
  }

  const title = `Join ${invitation.organizationName}`;
  const intro = (
    <p className="text-sm text-slate-700">
      You have been invited to join <strong className="font-semibold">{invitation.organizationName}</strong> on Followthrough as{" "}
      {ROLE_PHRASE[invitation.role]}. The invitation is for <strong className="font-semibold">{invitation.email}</strong>.
    </p>
  );

  if (invitation.status === "EXPIRED") {
    return (
      <CenteredCard title="This invitation has expired">
        <p className="text-sm text-slate-700">Invitations work for 7 days. Ask the person who invited you to send a new one.</p>
      </CenteredCard>
    );
  }
  if (invitation.status === "ACCEPTED") {
    return (
      <CenteredCard title="This invitation was already accepted">
        <p className="text-sm text-slate-700">Sign in with {invitation.email} to reach {invitation.organizationName}.</p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
          Continue to Followthrough →
        </Link>
      </CenteredCard>
    );
  }

  const session = await getRequestSession();
  if (!session) {
    const back = `/invite/${link}`;
    return (
      <CenteredCard title={title}>
        {intro}
        <p className="mt-3 text-sm text-slate-600">First, sign in with that address: we will email you a link and bring you straight back here.</p>
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(back)}&email=${encodeURIComponent(invitation.email)}`}
          className="mt-6 block rounded-lg bg-brand-700 px-4 py-2 text-center text-sm font-medium text-white hover:bg-brand-800"
        >
          Sign in to accept
        </Link>
      </CenteredCard>
    );
  }

  if (session.email.toLowerCase() !== invitation.email) {
    return (
      <CenteredCard title={title}>
        {intro}
        <p className="mt-3 text-sm text-slate-700">
          You are signed in as <strong className="font-semibold">{session.email}</strong>. Sign out, then open the invitation again and sign
          in as {invitation.email}.
        </p>
        <form action={signOutAction} className="mt-6">
          <button type="submit" className="w-full rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Sign out
          </button>
        </form>
      </CenteredCard>
    );
  }

  return (
    <CenteredCard title={title}>
      {intro}
      <div className="mt-6">
        <AcceptInvitationForm link={link} organizationName={invitation.organizationName} />
      </div>
    </CenteredCard>
  );
}
