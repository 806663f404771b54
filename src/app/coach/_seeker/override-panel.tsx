"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, Card, FieldError, inputClassName, Notice } from "@/components/ui";
import type { Policy } from "@/server/cadence";
import { useTRPC } from "@/trpc/react";
import { PolicySentences } from "@/app/coach/_policy/policy-sentences";
import { OverridePreview } from "./override-preview";

const ORGANIZATION = "__organization__";

export function OverridePanel({ seekerMembershipId, presets }: { seekerMembershipId: string; presets: Policy[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: seeker } = useSuspenseQuery(trpc.caseload.seeker.queryOptions({ seekerMembershipId }));
  const { data: current } = useSuspenseQuery(trpc.policy.current.queryOptions());
  const override = current.overrides.find((row) => row.seekerMembershipId === seekerMembershipId) ?? null;
  const effective = override?.policy ?? current.organization;
  const currentChoice = override ? (override.policy.presetId ?? "__custom__") : ORGANIZATION;
  const [choice, setChoice] = useState(currentChoice);
  const [saved, setSaved] = useState<string | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.policy.current.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.caseload.list.queryKey() }),
    ]);
  const onSuccess = async (summary: { name: string; source: string }) => {
    setSaved(summary.source === "override" ? `${seeker.name} is now on ${summary.name}.` : `${seeker.name} now follows the organization policy (${summary.name}).`);
    await refresh();
  };
  const set = useMutation(trpc.policy.setOverride.mutationOptions({ onSuccess }));
  const clear = useMutation(trpc.policy.clearOverride.mutationOptions({ onSuccess }));
  const error = set.error ?? clear.error;
  const pending = set.isPending || clear.isPending;
  const fieldError = error?.data?.fieldErrors?.policy?.[0] ?? error?.message ?? null;

  const chosenPolicy = choice === ORGANIZATION ? (current.organization.policy as Policy) : (presets.find((preset) => preset.id === choice) ?? (effective.policy as Policy));
  const changed = choice !== currentChoice;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    set.reset();
    clear.reset();
    if (choice === ORGANIZATION) clear.mutate({ seekerMembershipId });
    else set.mutate({ seekerMembershipId, policy: choice });
  }

  return (
    <Card className="h-fit">
      <h2 className="font-semibold text-slate-900">Follow-up policy</h2>
      <p className="mt-1 text-sm text-slate-600" data-testid="effective-policy">
        {override ? (
          <>
            On a per-client override: <strong className="text-slate-900">{override.policy.name}</strong>. The organization uses {current.organization.name}.
          </>
        ) : (
          <>
            Follows the organization policy: <strong className="text-slate-900">{current.organization.name}</strong>
            {current.organization.version > 0 ? ` (version ${current.organization.version})` : " (built-in default)"}.
          </>
        )}
      </p>
      <form onSubmit={submit} noValidate className="mt-4 space-y-3">
        {saved ? <Notice tone="success">{saved} Open steps were re-planned; done steps are unchanged.</Notice> : null}
        <div>
          <label htmlFor="override-policy" className="mb-1.5 block text-sm font-medium text-slate-800">
            Policy for {seeker.name}
          </label>
          <select
            id="override-policy"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "override-policy-error" : undefined}
            className={inputClassName}
          >
            <option value={ORGANIZATION}>Use the organization policy ({current.organization.name})</option>
            {currentChoice === "__custom__" ? <option value="__custom__">{override?.policy.name} (tuned)</option> : null}
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </select>
          <FieldError id="override-policy-error" message={fieldError} />
        </div>
        {changed ? (
          <div className="rounded-lg bg-slate-50 p-3 text-sm" aria-live="polite">
            <p className="font-medium text-slate-900">What changes: {effective.name} → {chosenPolicy.name ?? chosenPolicy.id}</p>
            <PolicySentences policy={chosenPolicy} className="mt-2 list-disc space-y-1 pl-4 text-slate-700" />
            <OverridePreview seekerMembershipId={seekerMembershipId} policy={choice === ORGANIZATION ? (current.organization.presetId ?? (current.organization.policy as Policy)) : choice} />
          </div>
        ) : null}
        <Button type="submit" disabled={!changed || pending || choice === "__custom__"} className="w-full">
          {pending ? "Saving…" : choice === ORGANIZATION ? "Use the organization policy" : "Apply this override"}
        </Button>
      </form>
    </Card>
  );
}
