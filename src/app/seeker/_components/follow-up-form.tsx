"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "./field";
import { FormStatus } from "./form-status";
import { toOffsetInstant } from "./local-time";
import { OpportunityPicker } from "./opportunity-picker";
import { onlyFields, type FieldErrors } from "./server-errors";
import { useLogEvent } from "./use-log-event";
import { whenValue, WhenField } from "./when-field";
import { ACTION_LABEL, ACTIONS, CHANNEL_LABEL, CHANNELS, type Action, type Channel } from "./words";

/** A contact the seeker made: it ticks off the matching planned step, or is recorded as an extra contact. */
export function FollowUpForm({ initialOpportunity, fixedOpportunity, contacts = [] }: { initialOpportunity?: string; fixedOpportunity?: string; contacts?: string[] }) {
  const [opportunity, setOpportunity] = useState(fixedOpportunity ?? initialOpportunity ?? "");
  const [channel, setChannel] = useState<Channel>("email");
  const [action, setAction] = useState<Action | "">("");
  const [contact, setContact] = useState("");
  const [at, setAt] = useState<string | null>(null);
  const { errors, formError, pending, logged, submit } = useLogEvent(onlyFields("channel", "contactName", "at", ...(fixedOpportunity ? [] : ["opportunity"])));
  const prefix = fixedOpportunity ? "qf" : "fu";

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!opportunity) found.opportunity = "Choose the opportunity you followed up on.";
    if (!toOffsetInstant(whenValue(at))) found.at = "Enter the date and time of the follow-up.";
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      check(),
      () => ({
        event: {
          type: "follow_up",
          at: toOffsetInstant(whenValue(at))!,
          opportunity,
          channel,
          ...(action ? { action } : {}),
          ...(contact.trim() ? { contact: contact.trim() } : {}),
        },
      }),
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
      {fixedOpportunity ? null : <OpportunityPicker id={`${prefix}-opportunity`} label="Which opportunity" value={opportunity} onChange={setOpportunity} error={errors.opportunity} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${prefix}-channel`} label="How you reached out" error={errors.channel}>
          <select {...fieldAria(`${prefix}-channel`, errors.channel)} value={channel} onChange={(event) => setChannel(event.target.value as Channel)} className={inputClassName}>
            {CHANNELS.map((option) => (
              <option key={option} value={option}>
                {CHANNEL_LABEL[option]}
              </option>
            ))}
          </select>
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
        <Field id={`${prefix}-contact`} label="Who you contacted" optional error={errors.contactName}>
          <input
            {...fieldAria(`${prefix}-contact`, errors.contactName)}
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
        <WhenField id={`${prefix}-at`} label="When" value={at} onChange={setAt} error={errors.at} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log follow-up"}
      </Button>
    </form>
  );
}
