"use client";

import { useActionState, useState } from "react";
import { Field, fieldAria } from "@/components/field";
import { Button, Notice } from "@/components/ui";
import { ChannelSelect } from "@/components/channel-select";
import type { Channel } from "@/server/cadence";
import { completeStepAction, type DoneLinkState } from "./actions";

export function DoneLinkForm({ token, plannedChannel }: { token: string; plannedChannel: Channel }) {
  const [channel, setChannel] = useState<Channel>(plannedChannel);
  const [state, action, pending] = useActionState<DoneLinkState, FormData>(completeStepAction, {});
  if (state.done) return <Notice tone="success">{state.done}</Notice>;
  return (
    <form action={action} className="mt-5 space-y-4">
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      <Field id="done-channel" label="How you did it" hint={channel === plannedChannel ? "As planned." : "Not as planned: that is fine, it is recorded as it happened."}>
        <ChannelSelect {...fieldAria("done-channel", null, "How you did it")} name="channel" value={channel} onChange={setChannel} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Yes, mark it done"}
      </Button>
    </form>
  );
}
