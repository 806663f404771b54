"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/ui";
import type { Policy } from "@/server/cadence";
import { useTRPC } from "@/trpc/react";
import { displayDay } from "@/server/dates";
import { ACTION_LABEL, channelWords } from "@/server/vocabulary/labels";
import { sampleStory } from "@/server/policies/sample-story";

/** The chosen (and tuned) policy planning a sample story, before anything is saved. */
export function PolicyPreview({ policy, label }: { policy: string | Policy; label: string }) {
  const trpc = useTRPC();
  const [story] = useState(() => sampleStory());
  const preview = useQuery({
    ...trpc.policy.preview.queryOptions({ policy: policy as string | Record<string, unknown>, story: { events: story.events }, now: story.now }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card className="h-fit">
      <h2 className="font-semibold text-slate-900">Preview: {label}</h2>
      <p className="mt-1 text-sm text-slate-600">
        A seeker applies on {displayDay(story.labels.applied)}, interviews on {displayDay(story.labels.interview)} with Dana Lee (hiring manager) and Sam Roy, and is told a decision is
        due {displayDay(story.labels.decision)}. Their plan:
      </p>
      {preview.error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {preview.error.message}
        </p>
      ) : !preview.data ? (
        <p className="mt-3 text-sm text-slate-500">Planning…</p>
      ) : (
        <ol className={`mt-3 space-y-2 text-sm ${preview.isFetching ? "opacity-60" : ""}`} data-testid="policy-preview" aria-busy={preview.isFetching}>
          {[...preview.data.followUps].sort((a, b) => a.notBefore.localeCompare(b.notBefore) || a.due.localeCompare(b.due)).map((step) => (
            <li key={`${step.step}-${step.due}-${step.contact}`} className={step.status === "cancelled" ? "text-slate-400" : "text-slate-800"}>
              <span className="font-medium">{step.notBefore === step.due ? displayDay(step.due) : `${displayDay(step.notBefore)} – ${displayDay(step.due)}`}</span>
              {" · "}
              <span className={step.status === "cancelled" ? "line-through" : ""}>
                {ACTION_LABEL[step.action]} by {channelWords(step.channel)}
                {step.contact ? ` to ${step.contact}` : ""}
              </span>
              {step.optional ? " (optional)" : ""}
              {step.status === "cancelled" ? " · cancelled by the interview" : ""}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
