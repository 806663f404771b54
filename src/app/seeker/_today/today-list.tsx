"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { EmptyState, Notice } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import type { Channel } from "@/server/cadence";
import type { TodayFollowUp } from "@/server/opportunities/schemas";
import { describeFollowUp } from "@/server/vocabulary/describe-follow-up";
import { FollowUpCard } from "./follow-up-card";

export function TodayList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.followUps.today.queryOptions());
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [doneText, setDoneText] = useState<string | null>(null);

  const markDone = useMutation(trpc.followUps.markDone.mutationOptions());

  async function complete(item: TodayFollowUp, channel: Channel) {
    setPendingId(item.id);
    setErrors(({ [item.id]: _dropped, ...rest }) => rest);
    try {
      // Done another way than planned: say so, and the planner matches it as it happened.
      await markDone.mutateAsync({ followUpId: item.id, ...(channel === item.channel ? {} : { channel }) });
      queryClient.setQueryData(trpc.followUps.today.queryKey(), (old) =>
        old ? { ...old, followUps: old.followUps.filter((row) => row.id !== item.id) } : old,
      );
      setDoneText(`Done: ${describeFollowUp(item.action, channel, item.contact, item.contactDetails?.role)}. Nice work.`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.followUps.today.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() }),
      ]);
    } catch (error) {
      setErrors((current) => ({ ...current, [item.id]: error instanceof Error ? error.message : "That did not save. Please try again." }));
    } finally {
      setPendingId(null);
    }
  }

  const overdue = data.followUps.filter((item) => item.overdue);
  const dueNow = data.followUps.filter((item) => !item.overdue);
  const card = (item: TodayFollowUp) => (
    <FollowUpCard
      key={item.id}
      item={item}
      today={data.today}
      pending={pendingId === item.id}
      error={errors[item.id]}
      onDone={(channel) => void complete(item, channel)}
    />
  );

  return (
    <div className="space-y-8">
      <div aria-live="polite">{doneText ? <Notice tone="success">{doneText}</Notice> : null}</div>
      {data.followUps.length === 0 ? (
        <EmptyState title="You are all caught up" icon="✓">
          Nothing to follow up on right now. New steps show up here on the day they are due. Had a conversation or sent an application?{" "}
          <Link href="/seeker/log" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Log it
          </Link>{" "}
          and Followthrough plans what comes next.
        </EmptyState>
      ) : null}
      {overdue.length > 0 ? (
        <section aria-labelledby="catch-up-heading">
          <h2 id="catch-up-heading" className="mb-1 text-lg font-semibold text-slate-900">
            Catch up <span className="text-sm font-normal text-slate-500">({overdue.length})</span>
          </h2>
          <p className="mb-4 text-sm text-slate-600">These slipped past their date. A late follow-up still beats none.</p>
          <ul className="space-y-4">{overdue.map(card)}</ul>
        </section>
      ) : null}
      {dueNow.length > 0 ? (
        <section aria-labelledby="due-now-heading">
          <h2 id="due-now-heading" className="mb-4 text-lg font-semibold text-slate-900">
            Ready for today <span className="text-sm font-normal text-slate-500">({dueNow.length})</span>
          </h2>
          <ul className="space-y-4">{dueNow.map(card)}</ul>
        </section>
      ) : null}
    </div>
  );
}
