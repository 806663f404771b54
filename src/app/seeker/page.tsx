import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";

export const metadata: Metadata = { title: "Today" };

const HOW_IT_WORKS = [
  { step: "1", title: "Log what you did", body: "An application sent, a networking chat, an interview: a few seconds each." },
  { step: "2", title: "Get a dated plan", body: "Followthrough schedules the follow-ups, skipping weekends and holidays." },
  { step: "3", title: "Follow through", body: "Each morning, Today shows exactly who to nudge and when." },
] as const;

export default async function SeekerTodayPage() {
  await requireMember(["SEEKER"], "/seeker");
  return (
    <>
      <PageHeader title="Today" description="Your follow-ups due today, and anything that slipped." />
      <EmptyState title="Nothing due today" icon="✓">
        Once you log an application or a conversation, your follow-ups appear here on the day they are due.{" "}
        <Link href="/seeker/log" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Log your first activity
        </Link>
        .
      </EmptyState>
      <h2 className="mt-10 mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">How Followthrough works</h2>
      <div className="grid gap-4 sm:grid-cols-3">
        {HOW_IT_WORKS.map((item) => (
          <Card key={item.step}>
            <p className="text-sm font-semibold text-brand-700">Step {item.step}</p>
            <h3 className="mt-1 font-semibold text-slate-900">{item.title}</h3>
            <p className="mt-1 text-sm text-slate-600">{item.body}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
