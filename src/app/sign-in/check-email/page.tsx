import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/centered-card";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <CenteredCard title="Check your email">
      <p className="text-sm text-slate-700">
        We sent a sign-in link to {email ? <strong className="font-semibold">{email}</strong> : "your email address"}. Open it on this
        device to sign in. The link works once and expires in 24 hours.
      </p>
      <p className="mt-4 text-sm text-slate-600">
        Nothing arrived after a few minutes? Check your spam folder, or{" "}
        <Link href={`/sign-in${email ? `?email=${encodeURIComponent(email)}` : ""}`} className="font-medium text-brand-700 hover:underline">
          request another link
        </Link>
        .
      </p>
    </CenteredCard>
  );
}
