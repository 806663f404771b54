import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/centered-card";

export const metadata: Metadata = { title: "Sign-in problem" };

// Auth.js error codes (https://authjs.dev/reference/core/errors), in words a person can act on.
const EXPLANATIONS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Links work once, for 24 hours.",
  AccessDenied: "This account is not allowed to sign in. If you think that is a mistake, contact your career center.",
  Configuration: "Sign-in is not available right now because of a problem on our side. Please try again shortly.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const explanation = (error && EXPLANATIONS[error]) ?? "Something went wrong while signing you in.";
  return (
    <CenteredCard title="We could not sign you in">
      <p className="text-sm text-slate-700">{explanation}</p>
      <Link href="/sign-in" className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
        Request a new sign-in link
      </Link>
    </CenteredCard>
  );
}
