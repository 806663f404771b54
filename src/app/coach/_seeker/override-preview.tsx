"use client";

import { useQuery, useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import type { Policy } from "@/server/cadence";
import { useTRPC } from "@/trpc/react";
import { displayDay } from "@/server/dates";
import { ACTION_LABEL, channelWords } from "@/server/vocabulary/labels";

/** The seeker's own history planned under the candidate policy: the open steps they would have after the change. */
export function OverridePreview({ seekerMembershipId, policy }: { seekerMembershipId: string; policy: string | Policy }) {
  const trpc = useTRPC();
  const { data: seeker } = useSuspenseQuery(trpc.caseload.seeker.queryOptions({ seekerMembershipId }));
  const { data: list } = useSuspenseQuery(trpc.opportunities.listForSeeker.queryOptions({ seekerMembershipId }));
  const opportunities = list.opportunities;
  const titles = new Map(opportunities.map((opportunity) => [opportunity.key, opportunity.title]));
  // Already loaded for the timeline: the logged events, exactly as the planner's contract spells them.
  const timelines = useSuspenseQueries({
    queries: opportunities.map((opportunity) => trpc.opportunities.timelineForSeeker.queryOptions({ seekerMembershipId, opportunityKey: opportunity.key })),
  });
  const events = timelines.flatMap((query) => query.data.events.map((logged) => logged.event));
  const preview = useQuery({
    ...trpc.policy.preview.queryOptions({ policy: policy as string | Record<string, unknown>, story: { timezone: seeker.timeZone, events } }),
    enabled: events.length > 0,
  });
  if (events.length === 0) return null;
  if (preview.isPending) return <p className="mt-3 text-slate-500">Working out their plan under this policy…</p>;
  if (preview.error) return <p className="mt-3 text-red-700">{preview.error.message}</p>;
  const open = preview.data.followUps.filter((step) => step.status === "open");
  const openNow = opportunities.reduce((sum, opportunity) => sum + opportunity.openFollowUps, 0);
  // The whole history is re-judged under the new policy, so contacts that were fine before can become over-contact.
  const overContacts = preview.data.extraContacts.filter((extra) => extra.flag === "over_contact").length;
  return (
    <div className="mt-3">
      {overContacts > 0 ? (
        <p className="mb-2 rounded border border-amber-200 bg-amber-50 px-2 py-1.5 text-amber-900" data-testid="override-over-contact-warning">
          Their past contacts are re-judged too: {overContacts} {overContacts === 1 ? "contact they already made counts" : "contacts they already made count"} as over-contact under this policy.
        </p>
      ) : null}
      <p className="text-slate-600">Open steps today: {openNow}. After the change: {open.length}.</p>
      <p className="font-medium text-slate-900">Their open steps after the change</p>
      {open.length === 0 ? (
        <p className="mt-1 text-slate-600">Nothing left to do on their current opportunities.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-slate-700" data-testid="override-preview">
          {open.map((step) => (
            <li key={`${step.opportunity}-${step.step}-${step.due}`}>
              <span className={step.overdue ? "font-medium text-red-700" : "font-medium"}>{displayDay(step.due)}</span> · {ACTION_LABEL[step.action]} by {channelWords(step.channel)} · {titles.get(step.opportunity) ?? step.opportunity}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
