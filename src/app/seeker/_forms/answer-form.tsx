"use client";

import { useState, type FormEvent } from "react";
import { Button, FieldError } from "@/components/ui";
import { FormStatus } from "./form-status";
import type { ResponseResult } from "@/server/cadence";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

const RESULTS: { value: ResponseResult; label: string; hint: string }[] = [
  { value: "offer", label: "Offer", hint: "They offered you the job." },
  { value: "rejected", label: "Not this time", hint: "They chose someone else." },
  { value: "runner_up", label: "Runner-up", hint: "You were their second choice." },
  { value: "still_deciding", label: "Still deciding", hint: "No answer yet; nothing changes." },
];

/** An employer's answer on this opportunity. */
export function AnswerForm({ opportunityKey }: { opportunityKey: string }) {
  const [result, setResult] = useState<ResponseResult | "">("");
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(showsPaths("event.result", "event.at"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      // Until one is chosen the result is missing, and the schema says so beside the choices.
      { event: { type: "response", at: atOf(at), opportunity: opportunityKey, result: (result || undefined) as ResponseResult } },
      () => (result === "offer" ? "Congratulations! Answer recorded." : "Answer recorded. Your plan is updated."),
    );
    if (saved) setResult("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Record an answer">
      <FormStatus formError={formError} logged={logged} />
      <fieldset aria-describedby={errorAt("event.result") ? "answer-result-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">What did they say?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {RESULTS.map((option) => (
            <label key={option.value} className="flex cursor-pointer items-start gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="answer-result" value={option.value} checked={result === option.value} onChange={() => setResult(option.value)} className="mt-1 accent-brand-700" />
              <span>
                <span className="block font-medium text-slate-900">{option.label}</span>
                <span className="block text-xs text-slate-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="answer-result-error" message={errorAt("event.result")} />
      </fieldset>
      <div className="max-w-sm">
        <WhenField id="answer-at" label="When you heard" value={at} onChange={setAt} error={errorAt("event.at")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record answer"}
      </Button>
    </form>
  );
}

/** Stepping back from an opportunity: every open step is cancelled. */
export function WithdrawForm({ opportunityKey }: { opportunityKey: string }) {
  const { formError, pending, logged, submit } = useLogEvent(showsPaths());
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit({ event: { type: "withdrawn", at: atOf(null), opportunity: opportunityKey } }, () => "Withdrawn. Its follow-ups are cancelled.");
      }}
      className="space-y-4"
      aria-label="Withdraw"
    >
      <FormStatus formError={formError} logged={logged} />
      <p className="text-sm text-slate-600">Not interested any more? Withdrawing cancels the follow-ups still planned here. Nothing you logged is deleted.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Yes, withdraw"}
      </Button>
    </form>
  );
}
