"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui";
import { FormStatus } from "./form-status";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

/** An offer from elsewhere: it concerns the seeker, not one opportunity. */
export function CompetingOfferForm() {
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(showsPaths("event.at"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      { event: { type: "competing_offer", at: atOf(at) } },
      () => "Offer logged. Congratulations! Where your plan calls for it, a call to employers still deciding is now on Today.",
    );
    if (saved) setAt(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Log a competing offer">
      <FormStatus formError={formError} logged={logged} />
      <p className="max-w-2xl text-sm text-slate-600">
        Got an offer from another employer (even one you are not sure about)? Employers still deciding often move faster when they know. Log it here;
        to record an answer on one of your own opportunities, open it from Opportunities instead.
      </p>
      <div className="max-w-sm">
        <WhenField id="co-at" label="When you got the offer" value={at} onChange={setAt} error={errorAt("event.at")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log offer"}
      </Button>
    </form>
  );
}
