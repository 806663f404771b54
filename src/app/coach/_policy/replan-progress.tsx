"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Notice } from "@/components/ui";
import { useTRPC } from "@/trpc/react";

/**
 * After a save: how many of the seekers who follow the organization's policy
 * have been re-planned under the new version, polled until all are. Plans
 * shown elsewhere are refreshed once it completes.
 */
export function ReplanProgress({ savedText }: { savedText: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    ...trpc.policy.replanProgress.queryOptions(),
    refetchInterval: (query) => (query.state.data && query.state.data.replanned < query.state.data.total ? 1500 : false),
  });
  const complete = data ? data.replanned >= data.total : false;
  const refreshed = useRef(false);
  useEffect(() => {
    if (!complete || refreshed.current) return;
    refreshed.current = true;
    void Promise.all([queryClient.invalidateQueries({ queryKey: trpc.caseload.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() })]);
  }, [complete, queryClient, trpc]);

  if (!data) return <Notice tone="success">{savedText}</Notice>;
  const seekers = (count: number) => `${count} ${count === 1 ? "seeker" : "seekers"}`;
  if (complete) {
    return (
      <Notice tone="success">
        {savedText} {seekers(data.total)} {data.total === 1 ? "was" : "were"} re-planned; done steps are unchanged.
        {data.inProcess ? " (Re-planned by the app itself: the workflow server could not be reached.)" : ""}
      </Notice>
    );
  }
  return (
    <Notice tone="info">
      {savedText} Re-planning {seekers(data.total)} under the new version: {data.replanned} done.
      <progress className="mt-2 block h-2 w-full" max={data.total} value={data.replanned} aria-label={`Re-planned ${data.replanned} of ${data.total} seekers`} />
    </Notice>
  );
}
