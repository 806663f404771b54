import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CenteredCard } from "@/components/centered-card";
import { Notice } from "@/components/ui";
import { safeReturnPath } from "@/server/auth/portal";
import { getRequestSession } from "@/server/auth/request-session";
import { homePathFor } from "@/server/auth/require-member";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl), "/");
  const session = await getRequestSession();
  if (session) redirect(callbackUrl === "/" ? await homePathFor(session) : callbackUrl);
  return (
    <CenteredCard title="Sign in to Followthrough">
      <p className="mb-6 text-sm text-slate-600">Enter your email and we will send you a link to sign in. No password needed.</p>
      {first(params.error) ? (
        <div className="mb-4">
          <Notice tone="error">That sign-in did not work. Request a new link below.</Notice>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialEmail={first(params.email)?.slice(0, 254) ?? ""} />
    </CenteredCard>
  );
}
