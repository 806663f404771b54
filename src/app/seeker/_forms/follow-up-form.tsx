"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "@/components/field";
import { FormStatus } from "./form-status";
import { ChannelSelect } from "@/components/channel-select";
import { type Action, ACTIONS, type Channel } from "@/server/cadence";
import { ACTION_LABEL } from "@/server/vocabulary/labels";
import { OpportunityPicker } from "./opportunity-picker";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

/** A contact the seeker made: it ticks off the matching planned step, or is recorded as an extra contact. */
export function FollowUpForm({ initialOpportunity, fixedOpportunity, contacts = [] }: { initialOpportunity?: string; fixedOpportunity?: string; contacts?: string[] }) {
  const [opportunity, setOpportunity] = useState(fixedOpportunity ?? initialOpportunity ?? "");
  const [channel, setChannel] = useState<Channel>("email");
  const [action, setAction] = useState<Action | "">("");
  const [contact, setContact] = useState("");
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(showsPaths("event.channel", "event.contact", "event.at", ...(fixedOpportunity ? [] : ["event.opportunity"])));
  const prefix = fixedOpportunity ? "qf" : "fu";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      {
        event: {
          type: "follow_up",
          at: atOf(at),
          opportunity,
          channel,
          ...(action ? { action } : {}),
          ...(contact.trim() ? { contact } : {}),
        },
      },
      () => "Follow-up logged. If it was a planned step, it is now ticked off.",
    );
    if (saved) {
      setAction("");
      setContact("");
      setAt(null);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Log a follow-up">
      <FormStatus formError={formError} logged={logged} />
      {fixedOpportunity ? null : <OpportunityPicker id={`${prefix}-opportunity`} label="Which opportunity" value={opportunity} onChange={setOpportunity} error={errorAt("event.opportunity")} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${prefix}-channel`} label="How you reached out" error={errorAt("event.channel")}>
          <ChannelSelect {...fieldAria(`${prefix}-channel`, errorAt("event.channel"))} value={channel} onChange={setChannel} />
        </Field>
        <Field id={`${prefix}-action`} label="What it was" optional>
          <select id={`${prefix}-action`} value={action} onChange={(event) => setAction(event.target.value as Action | "")} className={inputClassName}>
            <option value="">Just keeping in touch</option>
            {ACTIONS.map((option) => (
              <option key={option} value={option}>
                {ACTION_LABEL[option]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-contact`} label="Who you contacted" optional error={errorAt("event.contact")}>
          <input
            {...fieldAria(`${prefix}-contact`, errorAt("event.contact"))}
            value={contact}
            onChange={(event) => setContact(event.target.value)}
            list={contacts.length ? `${prefix}-contacts` : undefined}
            className={inputClassName}
          />
          {contacts.length ? (
            <datalist id={`${prefix}-contacts`}>
              {contacts.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ) : null}
        </Field>
        <WhenField id={`${prefix}-at`} label="When" value={at} onChange={setAt} error={errorAt("event.at")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log follow-up"}
      </Button>
    </form>
  );
}
