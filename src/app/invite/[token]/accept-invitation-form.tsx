"use client";

import { useActionState } from "react";
import { Button, Notice } from "@/components/ui";
import { acceptInvitationAction, type AcceptInvitationState } from "./actions";

export function AcceptInvitationForm({ link, organizationName }: { link: string; organizationName: string }) {
  const [state, formAction, pending] = useActionState<AcceptInvitationState, FormData>(acceptInvitationAction, {});
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="link" value={link} />
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
    </form>
  );
}
