"use client";

import { useActionState } from "react";
import { Button, FieldError, inputClassName, Notice } from "@/components/ui";
import { requestMagicLink, type SignInFormState } from "./actions";

export function SignInForm({ callbackUrl, initialEmail }: { callbackUrl: string; initialEmail: string }) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(requestMagicLink, { email: initialEmail });
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      <div>
        <label htmlFor="email" className="mb-1.5 block text-sm font-medium text-slate-800">
          Email address
        </label>
        <input
          // Remount with what was typed, so React's post-action form reset keeps it.
          key={state.email}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          autoFocus
          defaultValue={state.email}
          placeholder="you@example.com"
          aria-invalid={state.emailError ? true : undefined}
          aria-describedby={state.emailError ? "email-error" : undefined}
          className={inputClassName}
        />
        <FieldError id="email-error" message={state.emailError} />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending your link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
