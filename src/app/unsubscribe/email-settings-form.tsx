"use client";

import { useActionState } from "react";
import { Button, Notice } from "@/components/ui";
import type { EmailChoice } from "@/server/mail/unsubscribe";
import { updateEmailSettings, type EmailSettingsState } from "./actions";

/** Stop the link's kind in one click, or choose kind by kind. Works without JavaScript too (plain form posts). */
export function EmailSettingsForm({ token, linkKind, choices }: { token: string; linkKind: string; choices: EmailChoice[] }) {
  const [state, formAction, pending] = useActionState<EmailSettingsState, FormData>(updateEmailSettings, { choices, version: 0 });
  const linkChoice = state.choices.find((choice) => choice.kind === linkKind);

  return (
    <div className="space-y-6">
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {state.message ? <Notice tone="success">{state.message}</Notice> : null}

      {linkChoice?.subscribed ? (
        <form action={formAction} aria-labelledby="stop-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h2 id="stop-heading" className="text-base font-semibold text-slate-900">
            Stop {linkChoice.label.toLowerCase()}?
          </h2>
          <p className="mt-1 text-sm text-slate-600">{linkChoice.description}</p>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" name="intent" value="unsubscribe" disabled={pending} className="mt-3">
            Unsubscribe from {linkChoice.label.toLowerCase()}
          </Button>
        </form>
      ) : null}

      <form action={formAction} key={state.version}>
        <input type="hidden" name="token" value={token} />
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">Choose which emails you get</legend>
          <ul className="mt-3 space-y-3">
            {state.choices.map((choice) => (
              <li key={choice.kind} className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={`kind-${choice.kind}`}
                  name="kinds"
                  value={choice.kind}
                  defaultChecked={choice.subscribed}
                  aria-describedby={`kind-${choice.kind}-description`}
                  className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                />
                <div>
                  <label htmlFor={`kind-${choice.kind}`} className="text-sm font-medium text-slate-900">
                    {choice.label}
                  </label>
                  <p id={`kind-${choice.kind}-description`} className="text-sm text-slate-600">
                    {choice.description}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} className="mt-4">
          {pending ? "Saving…" : "Save my choices"}
        </Button>
      </form>
    </div>
  );
}
