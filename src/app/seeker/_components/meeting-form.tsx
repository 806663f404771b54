"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "./field";
import { FormStatus } from "./form-status";
import { makeOpportunityKey, toOffsetInstant } from "./local-time";
import { onlyFields, type FieldErrors } from "./server-errors";
import { useLogEvent } from "./use-log-event";
import { whenValue, WhenField } from "./when-field";

type MeetingType = "informational_interview" | "networking_meeting";
const EMPTY = { type: "informational_interview" as MeetingType, name: "", company: "", topic: "" };
const TYPE_LABEL: Record<MeetingType, string> = { informational_interview: "Informational interview", networking_meeting: "Networking meeting" };

/** A conversation with one person: each opens its own (networking) opportunity, with a thank-you planned. */
export function MeetingForm() {
  const [values, setValues] = useState(EMPTY);
  const [at, setAt] = useState<string | null>(null);
  const { errors, formError, pending, logged, submit } = useLogEvent(onlyFields("contactName", "company", "title", "at"));
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!values.name.trim()) found.contactName = "Enter the name of the person you met.";
    if (!toOffsetInstant(whenValue(at))) found.at = "Enter the date and time you met.";
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = values.name.trim();
    const kind = values.type === "informational_interview" ? "Informational interview" : "Networking meeting";
    const saved = await submit(
      check(),
      () => ({
        event: { type: values.type, at: toOffsetInstant(whenValue(at))!, opportunity: makeOpportunityKey("meeting", name), contact: { name, role: "other" } },
        details: { title: values.topic.trim() || `${kind} with ${name}`, company: values.company.trim() || null },
      }),
      () => `${kind} with ${name} logged. A thank-you is planned.`,
    );
    if (saved) {
      setValues(EMPTY);
      setAt(null);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Log a meeting">
      <FormStatus formError={formError} logged={logged} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">What kind of conversation</legend>
        <div className="flex flex-wrap gap-4">
          {(Object.keys(TYPE_LABEL) as MeetingType[]).map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="meeting-type" value={type} checked={values.type === type} onChange={set("type")} className="accent-brand-700" />
              {TYPE_LABEL[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="mt-name" label="Person you met" error={errors.contactName}>
          <input {...fieldAria("mt-name", errors.contactName)} value={values.name} onChange={set("name")} className={inputClassName} />
        </Field>
        <Field id="mt-company" label="Their company" optional error={errors.company}>
          <input {...fieldAria("mt-company", errors.company)} value={values.company} onChange={set("company")} className={inputClassName} />
        </Field>
        <Field id="mt-topic" label="What it was about" optional hint="Shown as the title; e.g. “Careers in logistics”." error={errors.title}>
          <input {...fieldAria("mt-topic", errors.title, "Shown as the title")} value={values.topic} onChange={set("topic")} className={inputClassName} />
        </Field>
        <WhenField id="mt-at" label="When you met" value={at} onChange={setAt} error={errors.at} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log conversation"}
      </Button>
    </form>
  );
}
