"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import { displayAgo } from "@/server/dates";
import { ScopeToggle } from "./scope-toggle";

type SortKey = "attention" | "name" | "overdue" | "open" | "active" | "lastActivity";
const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "name", label: "Seeker" },
  { key: "overdue", label: "Overdue", numeric: true },
  { key: "open", label: "Open", numeric: true },
  { key: "active", label: "Irons in the fire", numeric: true },
  { key: "lastActivity", label: "Last activity" },
];

export function CaseloadTable({ scope }: { scope: "mine" | "all" }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.caseload.list.queryOptions({ scope }));
  const [sort, setSort] = useState<SortKey>("attention");
  const rows = useMemo(() => {
    const sorted = [...data.seekers];
    const by: Record<SortKey, (a: (typeof sorted)[number], b: (typeof sorted)[number]) => number> = {
      attention: () => 0, // the server's order: overdue first, then flagged, then open work
      name: (a, b) => a.name.localeCompare(b.name),
      overdue: (a, b) => b.followUps.overdue - a.followUps.overdue,
      open: (a, b) => b.followUps.open - a.followUps.open,
      active: (a, b) => b.activeOpportunities - a.activeOpportunities,
      lastActivity: (a, b) => (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0),
    };
    return sorted.sort(by[sort]);
  }, [data.seekers, sort]);

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        {data.canChooseScope ? <ScopeToggle scope={data.scope} /> : <p className="text-sm text-slate-600">{data.scope === "all" ? "Every seeker in your organization." : "The seekers on your caseload."}</p>}
        <p className="text-sm text-slate-600">
          {data.seekers.length} {data.seekers.length === 1 ? "seeker" : "seekers"} · organization policy: {data.organizationPolicy.name}
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={data.scope === "mine" ? "No seekers on your caseload yet" : "No seekers in your organization yet"} icon="☰">
          Invite seekers from the Invitations page; they join {data.scope === "mine" ? "your caseload" : "the organization"} when they accept.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">
              {data.scope === "mine" ? "Your caseload" : "All seekers"}, {sort === "attention" ? "most in need of attention first" : `sorted by ${COLUMNS.find((c) => c.key === sort)?.label}`}
            </caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                {COLUMNS.slice(0, 1).map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={setSort} />)}
                <th scope="col" className="px-4 py-3 font-medium">Cohort</th>
                {COLUMNS.slice(1, 3).map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={setSort} />)}
                <th scope="col" className="px-4 py-3 text-right font-medium">Done</th>
                <th scope="col" className="px-4 py-3 font-medium">Flags</th>
                {COLUMNS.slice(3).map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={setSort} />)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.membershipId} className="hover:bg-slate-50" data-testid="caseload-row">
                  <td className="px-4 py-3">
                    <Link href={`/coach/seekers/${row.membershipId}`} className="font-medium text-brand-700 hover:underline">
                      {row.name}
                    </Link>
                    <p className="text-xs text-slate-500">
                      {data.scope === "all" && row.coach ? `Coach: ${row.coach.name}` : row.email}
                      {row.override ? ` · on ${row.override.name}` : ""}
                    </p>
                  </td>
                  <td className="px-4 py-3 text-slate-700">{row.cohort ?? <span className="text-slate-400">—</span>}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {row.followUps.overdue > 0 ? <span className="rounded-full bg-red-50 px-2 py-0.5 font-semibold text-red-700 ring-1 ring-red-200">{row.followUps.overdue}</span> : <span className="text-slate-400">0</span>}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">{row.followUps.open}</td>
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">{row.followUps.done}</td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap gap-1">
                      {row.flags.overContact > 0 ? <Flag title="Contacted an employer more than the policy asks">Over-contact{row.flags.overContact > 1 ? ` ×${row.flags.overContact}` : ""}</Flag> : null}
                      {row.flags.tooEarly > 0 ? <Flag title="Phoned before the status call was due">Too early{row.flags.tooEarly > 1 ? ` ×${row.flags.tooEarly}` : ""}</Flag> : null}
                      {row.flags.overContact + row.flags.tooEarly === 0 ? <span className="text-slate-400">—</span> : null}
                    </div>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">{row.activeOpportunities}</td>
                  <td className="px-4 py-3 text-slate-700">{row.lastActivityAt ? displayAgo(row.lastActivityAt) : <span className="text-slate-400">Nothing logged yet</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Flag({ children, title }: { children: React.ReactNode; title: string }) {
  return (
    <span title={title} className="whitespace-nowrap rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
      {children}
    </span>
  );
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: SortKey; onSort: (key: SortKey) => void }) {
  const active = sort === column.key;
  return (
    <th scope="col" aria-sort={active ? (column.key === "name" ? "ascending" : "descending") : undefined} className={`px-4 py-3 font-medium ${column.numeric ? "text-right" : ""}`}>
      <button type="button" onClick={() => onSort(active ? "attention" : column.key)} className="inline-flex items-center gap-1 uppercase tracking-wide hover:text-slate-900">
        {column.label}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>{active ? (column.key === "name" ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );
}
