"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

export function SeekerHeader({ seekerMembershipId }: { seekerMembershipId: string }) {
  const trpc = useTRPC();
  const { data: seeker } = useSuspenseQuery(trpc.caseload.seeker.queryOptions({ seekerMembershipId }));
  const { data: list } = useSuspenseQuery(trpc.opportunities.listForSeeker.queryOptions({ seekerMembershipId }));
  const opportunities = list.opportunities;
  const active = opportunities.filter((opportunity) => opportunity.state === "active").length;
  const open = opportunities.reduce((sum, opportunity) => sum + opportunity.openFollowUps, 0);
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{seeker.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {seeker.email}
          {seeker.cohort ? ` · ${seeker.cohort}` : ""} · {seeker.coach ? (seeker.isMine ? "on your caseload" : `coached by ${seeker.coach.name}`) : "no coach assigned"}
        </p>
      </div>
      <dl className="flex gap-6 text-sm">
        <div>
          <dt className="text-slate-500">Irons in the fire</dt>
          <dd className="text-xl font-semibold text-slate-900">{active}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Open follow-ups</dt>
          <dd className="text-xl font-semibold text-slate-900">{open}</dd>
        </div>
      </dl>
    </div>
  );
}
