import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { serverCaller } from "@/trpc/server";
import { FlagNotes, StateBadge } from "@/app/seeker/_opportunity/state-badge";
import { displayDay } from "@/server/dates";

export const metadata: Metadata = { title: "Opportunities" };

export default async function SeekerOpportunitiesPage() {
  await requireMember(["SEEKER"], "/seeker/opportunities");
  const { today, opportunities } = await serverCaller.opportunities.list();
  const active = opportunities.filter((row) => row.state === "active");
  const closed = opportunities.filter((row) => row.state !== "active");
  const logLink = (
    <Link href="/seeker/log" className="inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
      Log activity
    </Link>
  );
  return (
    <>
      <PageHeader title="Opportunities" description="Every job and conversation you are pursuing, where it stands and what comes next." actions={opportunities.length ? logLink : null} />
      {opportunities.length === 0 ? (
        <EmptyState title="No opportunities yet" icon="◎">
          Opportunities are created as you log activity: an application, an interview or a conversation each starts one.{" "}
          <Link href="/seeker/log" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Log your first one
          </Link>
          .
        </EmptyState>
      ) : null}
      {[
        { id: "in-progress", title: "In progress", rows: active },
        { id: "closed", title: "Closed", rows: closed },
      ].map((group) =>
        group.rows.length ? (
          <section key={group.id} aria-labelledby={`${group.id}-heading`} className="mb-10">
            <h2 id={`${group.id}-heading`} className="mb-3 text-lg font-semibold text-slate-900">
              {group.title} <span className="text-sm font-normal text-slate-500">({group.rows.length})</span>
            </h2>
            <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
              {group.rows.map((row) => (
                <li key={row.key} data-testid="opportunity-row">
                  <Link
                    href={`/seeker/opportunities/${encodeURIComponent(row.key)}`}
                    className="block px-5 py-4 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
                  >
                    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                      <div className="min-w-0">
                        <p className="font-medium break-words text-slate-900">{row.title}</p>
                        <p className="text-sm break-words text-slate-600">
                          {row.company ?? (row.kind === "networking" ? "Networking" : "Company not given")}
                        </p>
                      </div>
                      <StateBadge state={row.state} />
                    </div>
                    <p className="mt-2 text-sm text-slate-600">
                      {row.nextDue
                        ? `Next step ${row.nextDue < today ? `was due ${displayDay(row.nextDue)}` : row.nextDue === today ? "due today" : `due ${displayDay(row.nextDue)}`}${row.openFollowUps > 1 ? ` · ${row.openFollowUps} steps planned` : ""}`
                        : `${row.state === "active" ? "Nothing planned right now" : "No more follow-ups"} · last activity ${displayDay(row.lastEventDay)}`}
                    </p>
                    <FlagNotes flags={row.flags} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
