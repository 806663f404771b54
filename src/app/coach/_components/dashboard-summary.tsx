"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { EmptyState } from "@/components/ui";
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
  const sum = (pick: (row: (typeof seekers)[number]) => number) => seekers.reduce((total, row) => total + pick(row), 0);
  const open = sum((row) => row.followUps.open);
  const overdue = sum((row) => row.followUps.overdue);
  const withOverdue = seekers.filter((row) => row.followUps.overdue > 0).length;
  const due = sum((row) => row.dueLast30Days.total);
  const done = sum((row) => row.dueLast30Days.done);
  const rate = due > 0 ? Math.round((done / due) * 100) : null;
  const flagged = seekers.filter((row) => row.flags.overContact + row.flags.tooEarly > 0).length;
  const quiet = seekers.filter((row) => !row.lastActivityAt || now - row.lastActivityAt.getTime() > 14 * 86_400_000).length;

  const tiles = [
    { label: scope === "mine" ? "Seekers on your caseload" : "Seekers", value: String(seekers.length), note: `${sum((row) => row.activeOpportunities)} active opportunities` },
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
