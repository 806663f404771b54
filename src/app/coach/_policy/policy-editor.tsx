"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, Notice } from "@/components/ui";
import type { Policy } from "@/server/cadence";
import { useTRPC } from "@/trpc/react";
import { CurrentPolicy } from "./current-policy";
import { PolicyPreview } from "./policy-preview";
import { PolicyTuning } from "./policy-tuning";
import { PresetCards } from "./preset-cards";
import { ReplanProgress } from "./replan-progress";
import { applyTuning, changedTuning } from "@/server/policies/tune-policy";

export function PolicyEditor({ presets }: { presets: Policy[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: current } = useSuspenseQuery(trpc.policy.current.queryOptions());
  const currentId = current.organization.policyId;
  const [selected, setSelected] = useState(currentId);
  const [tuning, setTuning] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<string | null>(null);
  // The current policy starts from its own (possibly tuned) numbers; another school from its defaults.
  const base = selected === currentId ? (current.organization.policy as Policy) : presets.find((preset) => preset.id === selected)!;
  const changes = changedTuning(base, tuning);
  const tuned = Object.keys(changes).length > 0;
  const candidate: string | Policy = tuned ? applyTuning(base, changes) : selected === currentId && !current.organization.presetId ? base : selected;
  const unchanged = selected === currentId && !tuned;

  const update = useMutation(
    trpc.policy.update.mutationOptions({
      onSuccess: async (summary) => {
        setSaved(`Saved as version ${summary.version}: ${summary.name}.`);
        setTuning({});
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.caseload.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() }),
        ]);
      },
    }),
  );

  function choose(id: string) {
    setSelected(id);
    setTuning({});
    setSaved(null);
    update.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current.canManage) return; // no save button; Enter in a field must not try either
    setSaved(null);
    update.mutate({ policy: candidate as string | Record<string, unknown> });
  }

  const serverFieldErrors = update.error?.data?.fieldErrors ?? null;
  return (
    <div className="space-y-8">
      <CurrentPolicy />
      <form onSubmit={submit} noValidate className="space-y-6">
        <PresetCards presets={presets} selected={selected} current={current.organization.presetId ?? currentId} onSelect={choose} />
        <div className="grid gap-6 lg:grid-cols-2">
          <PolicyTuning key={`${selected}-${current.organization.version}`} policy={base} onChange={setTuning} serverFieldErrors={serverFieldErrors} />
          <PolicyPreview policy={candidate} label={tuned ? `${base.name ?? base.id} (tuned)` : (base.name ?? base.id)} />
        </div>
        {current.canManage ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={unchanged || update.isPending}>
              {update.isPending ? "Saving…" : "Save as the organization policy"}
            </Button>
            {unchanged ? <span className="text-sm text-slate-500">This is the current policy. Choose another school or change a number to save.</span> : null}
          </div>
        ) : (
          <Notice>Only an administrator can change your organization&apos;s policy. You can still try any school on the sample story, and set a per-client policy from a seeker&apos;s page.</Notice>
        )}
        {saved ? <ReplanProgress savedText={saved} /> : null}
        {update.error && !serverFieldErrors ? <Notice tone="error">{update.error.message}</Notice> : null}
      </form>
    </div>
  );
}
