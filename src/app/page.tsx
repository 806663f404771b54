import Link from "next/link";
import { redirect } from "next/navigation";
import { BrandMark } from "@/components/brand";
import { getRequestSession } from "@/server/auth/request-session";
import { homePathFor } from "@/server/auth/require-member";

const POINTS = [
  { title: "For seekers", body: "Log an application in seconds and get a dated follow-up plan that skips weekends and holidays." },
  { title: "For coaches", body: "See at a glance who on your caseload is on track, who is overdue and who has gone quiet." },
  { title: "For career centers", body: "One place for every cohort, with each organization's data kept strictly its own." },
] as const;

export default async function LandingPage() {
  const session = await getRequestSession();
  if (session) redirect(await homePathFor(session));
  return (
    <div className="min-h-screen bg-gradient-to-b from-brand-50 to-slate-50">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-6 py-6">
        <BrandMark />
        <Link href="/sign-in" className="rounded-lg px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-100">
          Sign in
        </Link>
      </header>
      <main className="mx-auto max-w-5xl px-6 pt-16 pb-24">
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
          Every application gets its follow-up.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-600">
          Followthrough turns a job seeker&apos;s activity into a dated follow-up plan, and gives their career coach a calm,
          clear view of the whole cohort.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/sign-in" className="rounded-lg bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800">
            Sign in with your email
          </Link>
        </div>
        <div className="mt-20 grid gap-6 sm:grid-cols-3">
          {POINTS.map((point) => (
            <div key={point.title} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <h2 className="font-semibold text-slate-900">{point.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{point.body}</p>
            </div>
          ))}
        </div>
      </main>
    </div>
  );
}
