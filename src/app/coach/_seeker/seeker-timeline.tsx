"use client";

import { useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { EmptyState } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import { OpportunityCard } from "./opportunity-card";

export function SeekerTimeline({ seekerMembershipId }: { seekerMembershipId: string }) {
  const trpc = useTRPC();
  const { data: seeker } = useSuspenseQuery(trpc.caseload.seeker.queryOptions({ seekerMembershipId }));
  const { data: list } = useSuspenseQuery(trpc.opportunities.listForSeeker.queryOptions({ seekerMembershipId }));
  const opportunities = list.opportunities;
  const timelines = useSuspenseQueries({
    queries: opportunities.map((opportunity) => trpc.opportunities.timelineForSeeker.queryOptions({ seekerMembershipId, opportunityKey: opportunity.key })),
  });
  // Active first, then by latest activity (the list's own order).
  const ordered = timelines.map((query) => query.data).sort((a, b) => Number(b.opportunity.state === "active") - Number(a.opportunity.state === "active"));

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 font-semibold text-slate-900">
        Timeline
      </h2>
      {ordered.length === 0 ? (
        <EmptyState title={`${seeker.name} has not logged anything yet`} icon="◷">
          When they log applications, interviews and follow-ups, each opportunity appears here with its planned steps and what they did.
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {ordered.map((timeline) => (
            <OpportunityCard key={timeline.opportunity.key} timeline={timeline} timeZone={seeker.timeZone} />
          ))}
        </div>
      )}
    </section>
  );
}
