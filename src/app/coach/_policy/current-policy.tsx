"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui";
import type { Policy } from "@/server/cadence";
import { useTRPC } from "@/trpc/react";
import { displayDateTime } from "@/server/dates";
import { PolicySentences } from "./policy-sentences";

export function CurrentPolicy() {
  const trpc = useTRPC();
  const { data: current } = useSuspenseQuery(trpc.policy.current.queryOptions());
  const { data: history } = useSuspenseQuery(trpc.caseload.policyVersions.queryOptions({ limit: 5 }));
  const { versions, timeZone } = history;
  const organization = current.organization;
  const policy = organization.policy as Policy;
  const latest = versions[0];
  return (
    <Card>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Current policy</p>
      <h2 className="mt-1 text-lg font-semibold text-slate-900" data-testid="current-policy-name">
        {organization.name}
      </h2>
      <p className="text-sm text-slate-600" data-testid="current-policy-version">
        {latest ? `Version ${latest.version}, changed by ${latest.changedBy ?? "the demo set-up"} on ${displayDateTime(latest.changedAt, timeZone)}` : "Followthrough's built-in default: no one has chosen a policy yet."}
      </p>
      {organization.description ? <p className="mt-3 text-sm text-slate-700">{organization.description}</p> : null}
      {policy.source ? <p className="mt-1 text-xs text-slate-500">Source: “{policy.source.title}”</p> : null}
      <PolicySentences policy={policy} className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700" />
      {current.overrides.length > 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          {current.overrides.length} {current.overrides.length === 1 ? "seeker is" : "seekers are"} on a per-client override and keep it when this changes:{" "}
          {current.overrides.map((row) => `${row.seekerName ?? "a seeker"} (${row.policy.name})`).join(", ")}.
        </p>
      ) : null}
      {versions.length > 1 ? (
        <details className="mt-3 text-sm text-slate-600">
          <summary className="cursor-pointer font-medium text-slate-700">Earlier versions</summary>
          <ul className="mt-1 space-y-0.5">
            {versions.slice(1).map((version) => (
              <li key={version.version}>
                Version {version.version}: {version.name}, by {version.changedBy ?? "the demo set-up"} on {displayDateTime(version.changedAt, timeZone)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
