"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, Card, FieldError, Notice } from "@/components/ui";
import { useTRPC } from "@/trpc/react";

type SettingKey = "coachesSeeAllSeekers" | "coachesManagePolicy";

const SETTINGS: { key: SettingKey; label: string; explanation: string }[] = [
  {
    key: "coachesSeeAllSeekers",
    label: "Coaches can see every seeker",
    explanation:
      "Off: each coach sees and changes only the seekers on their own caseload. On: every coach can open any seeker in the organization, see their timeline and set a per-client policy, and the Seekers page offers “All seekers”.",
  },
  {
    key: "coachesManagePolicy",
    label: "Coaches can change the organization's follow-up policy",
    explanation:
      "Off: coaches can look at the policy and try changes on a sample story, but only administrators save it. On: any coach can save a new policy, which re-plans every seeker without a per-client override.",
  },
];

export function SettingsForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: current } = useSuspenseQuery(trpc.organization.settings.queryOptions());
  const [values, setValues] = useState(current);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: async (next) => {
        setValues(next);
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.organization.pathKey() });
      },
    }),
  );
  const unchanged = SETTINGS.every(({ key }) => values[key] === current[key]);
  const fieldErrors = update.error?.data?.fieldErrors ?? {};
  const formError = update.error && !SETTINGS.some(({ key }) => fieldErrors[key]) ? update.error.message : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    update.mutate(values);
  }

  return (
    <Card className="max-w-2xl">
      <form onSubmit={submit} noValidate className="space-y-6">
        {saved ? <Notice tone="success">Settings saved. They apply to every coach from their next page.</Notice> : null}
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <fieldset className="space-y-5">
          <legend className="text-sm font-semibold text-slate-900">Coaches</legend>
          {SETTINGS.map(({ key, label, explanation }) => (
            <div key={key} className="flex gap-3">
              <input
                id={`setting-${key}`}
                type="checkbox"
                checked={values[key]}
                onChange={(event) => {
                  setSaved(false);
                  setValues({ ...values, [key]: event.target.checked });
                }}
                aria-describedby={`setting-${key}-help${fieldErrors[key] ? ` setting-${key}-error` : ""}`}
                className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-700 focus:ring-brand-600"
              />
              <div>
                <label htmlFor={`setting-${key}`} className="text-sm font-medium text-slate-900">
                  {label}
                </label>
                <p id={`setting-${key}-help`} className="mt-1 text-sm text-slate-600">
                  {explanation}
                </p>
                <FieldError id={`setting-${key}-error`} message={fieldErrors[key]?.[0]} />
              </div>
            </div>
          ))}
        </fieldset>
        <Button type="submit" disabled={unchanged || update.isPending}>
          {update.isPending ? "Saving…" : "Save settings"}
        </Button>
      </form>
    </Card>
  );
}
