"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui";
import { FormStatus } from "./form-status";
import { toOffsetInstant } from "./local-time";
import { onlyFields, type FieldErrors } from "./server-errors";
import { useLogEvent } from "./use-log-event";
import { whenValue, WhenField } from "./when-field";

type Result = "offer" | "rejected" | "runner_up" | "still_deciding";
const RESULTS: { value: Result; label: string; hint: string }[] = [
  { value: "offer", label: "Offer", hint: "They offered you the job." },
  { value: "rejected", label: "Not this time", hint: "They chose someone else." },
  { value: "runner_up", label: "Runner-up", hint: "You were their second choice." },
  { value: "still_deciding", label: "Still deciding", hint: "No answer yet; nothing changes." },
];

/** An employer's answer on this opportunity. */
export function AnswerForm({ opportunityKey }: { opportunityKey: string }) {
  const [result, setResult] = useState<Result | "">("");
  const [at, setAt] = useState<string | null>(null);
  const { errors, formError, pending, logged, submit } = useLogEvent(onlyFields("result", "at"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!result) found.result = "Choose what they said.";
    if (!toOffsetInstant(whenValue(at))) found.at = "Enter when you heard.";
    const saved = await submit(
      found,
      () => ({ event: { type: "response", at: toOffsetInstant(whenValue(at))!, opportunity: opportunityKey, result } }),
      () => (result === "offer" ? "Congratulations! Answer recorded." : "Answer recorded. Your plan is updated."),
    );
    if (saved) setResult("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Record an answer">
      <FormStatus formError={formError} logged={logged} />
      <fieldset aria-describedby={errors.result ? "answer-result-error" : undefined}>
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
        {errors.result ? (
          <p id="answer-result-error" role="alert" className="mt-1.5 text-sm text-red-700">
            {errors.result}
          </p>
        ) : null}
      </fieldset>
      <div className="max-w-sm">
        <WhenField id="answer-at" label="When you heard" value={at} onChange={setAt} error={errors.at} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record answer"}
      </Button>
    </form>
  );
}

/** Stepping back from an opportunity: every open step is cancelled. */
export function WithdrawForm({ opportunityKey }: { opportunityKey: string }) {
  const { formError, pending, logged, submit } = useLogEvent(onlyFields());
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit({}, () => ({ event: { type: "withdrawn", at: toOffsetInstant(whenValue(null))!, opportunity: opportunityKey } }), () => "Withdrawn. Its follow-ups are cancelled.");
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
