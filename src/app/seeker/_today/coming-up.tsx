"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/react";
import { daysBetween, displayDay } from "@/server/dates";

/**
 * The week ahead, from each opportunity's next due date (the today list
 * holds only steps whose time has come; a step per row would need its own
 * read procedure).
 */
export function ComingUp() {
  const trpc = useTRPC();
  const { data: today } = useSuspenseQuery(trpc.followUps.today.queryOptions());
  const { data: list } = useSuspenseQuery(trpc.opportunities.list.queryOptions());
  const shownToday = new Set(today.followUps.map((item) => item.opportunityKey));
  const upcoming = list.opportunities
    .filter((row) => row.nextDue && !shownToday.has(row.key))
    .map((row) => ({ ...row, inDays: daysBetween(today.today, row.nextDue!) }))
    .filter((row) => row.inDays > 0 && row.inDays <= 7)
    .sort((a, b) => a.inDays - b.inDays);
  if (upcoming.length === 0) return null;
  return (
    <section aria-labelledby="coming-up-heading" className="mt-10">
      <h2 id="coming-up-heading" className="mb-1 text-lg font-semibold text-slate-900">
        Coming up this week
      </h2>
      <p className="mb-4 text-sm text-slate-600">Nothing to do yet: these will be on Today when their time comes.</p>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
        {upcoming.map((row) => (
          <li key={row.key}>
            <Link
              href={`/seeker/opportunities/${encodeURIComponent(row.key)}`}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="min-w-0 break-words text-sm font-medium text-slate-900">
                {row.title}
                {row.company ? <span className="font-normal text-slate-500"> · {row.company}</span> : null}
              </span>
              <span className="text-sm text-slate-600">
                {row.inDays === 1 ? "Tomorrow" : displayDay(row.nextDue!)}
                {row.openFollowUps > 1 ? ` · ${row.openFollowUps} steps planned` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
