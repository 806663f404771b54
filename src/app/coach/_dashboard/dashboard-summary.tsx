"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { EmptyState } from "@/components/ui";
import { summarizeCaseload } from "@/server/caseload/summarize-caseload";
import { useTRPC } from "@/trpc/react";

/** Figures computed from the caseload's stored plans, nothing estimated. */
export function DashboardSummary({ scope }: { scope: "mine" | "all" }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.caseload.list.queryOptions({ scope }));
  const [now] = useState(() => Date.now());
  const seekers = data.seekers;
  if (seekers.length === 0) {
    return (
      <EmptyState title="No seekers yet" icon="▤">
        Invite seekers and, as they log activity, you will see who is on track and who has overdue follow-ups.
      </EmptyState>
    );
  }
  const summary = summarizeCaseload(seekers, new Date(now));
  const { open, overdue, seekersWithOverdue: withOverdue, flaggedSeekers: flagged, quietSeekers: quiet } = summary;
  const { total: due, done, rate } = summary.dueLast30Days;

  const tiles = [
    { label: scope === "mine" ? "Seekers on your caseload" : "Seekers", value: String(summary.seekers), note: `${summary.activeOpportunities} active opportunities` },
    { label: "Open follow-ups", value: String(open), note: `${overdue} overdue, across ${withOverdue} ${withOverdue === 1 ? "seeker" : "seekers"}` },
    {
      label: "Follow-up rate, last 30 days",
      value: rate === null ? "—" : `${rate}%`,
      note: rate === null ? "No steps fell due in the last 30 days." : `${done} of ${due} steps that fell due are done. Commonly cited: about 60% of job seekers never follow up at all.`,
    },
    { label: "Need a word", value: String(flagged + quiet), note: `${flagged} flagged for over-contact or calling early, ${quiet} quiet for two weeks or more` },
  ];
  return (
    <div>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tracking-tight text-slate-900">{tile.value}</dd>
            <dd className="mt-1 text-xs text-slate-500">{tile.note}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <Link href="/coach/seekers" className="font-medium text-brand-700 hover:underline">
          See who needs you first →
        </Link>
      </p>
    </div>
  );
}
