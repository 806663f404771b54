"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import { QuickActions } from "./quick-actions";
import { FlagNotes, StateBadge } from "./state-badge";
import { ROLE_LABEL } from "@/server/vocabulary/labels";
import { TimelineList } from "./timeline-list";

export function OpportunityDetail({ opportunityKey }: { opportunityKey: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.opportunities.timeline.queryOptions({ opportunityKey }));
  const { opportunity } = data;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0 space-y-6">
        <Card>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{opportunity.title}</h1>
              <p className="mt-1 text-sm break-words text-slate-600">{opportunity.company ?? (opportunity.kind === "networking" ? "Networking" : "")}</p>
            </div>
            <StateBadge state={opportunity.state} />
          </div>
          <FlagNotes flags={opportunity.flags} />
          <div className="mt-5 border-t border-slate-100 pt-5">
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Quick actions</h2>
            <QuickActions
              opportunityKey={opportunity.key}
              contacts={data.contacts.map((contact) => contact.name)}
              canWithdraw={opportunity.state === "active" || opportunity.state === "presumed_closed"}
              isJob={opportunity.kind === "job"}
            />
          </div>
        </Card>
        <Card>
          <h2 className="mb-5 text-lg font-semibold text-slate-900">Timeline</h2>
          {data.entries.length ? <TimelineList entries={data.entries} today={data.today} /> : <p className="text-sm text-slate-600">Nothing logged yet.</p>}
        </Card>
      </div>
      <aside className="space-y-6">
        <Card>
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">People</h2>
          {data.contacts.length ? (
            <ul className="space-y-2">
              {data.contacts.map((contact) => (
                <li key={`${contact.name}-${contact.role}`} className="text-sm">
                  <span className="font-medium break-words text-slate-900">{contact.name}</span>
                  <span className="text-slate-500"> · {contact.role === "other" ? "contact" : ROLE_LABEL[contact.role]}</span>
                  {contact.email ? <span className="block break-all text-slate-600">{contact.email}</span> : null}
                  {contact.phone ? <span className="block text-slate-600">{contact.phone}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">No contacts yet. Names you log with an interview or a follow-up appear here.</p>
          )}
        </Card>
      </aside>
    </div>
  );
}
