"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "@/components/field";
import { FormStatus } from "./form-status";
import { EVENT_LABEL } from "@/server/vocabulary/labels";
import { makeOpportunityKey } from "./local-time";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

type MeetingType = "informational_interview" | "networking_meeting";
const EMPTY = { type: "informational_interview" as MeetingType, name: "", company: "", topic: "" };
const MEETING_TYPES: readonly MeetingType[] = ["informational_interview", "networking_meeting"];

/** A conversation with one person: each opens its own (networking) opportunity, with a thank-you planned. */
export function MeetingForm() {
  const [values, setValues] = useState(EMPTY);
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(showsPaths("event.contact.name", "details.company", "details.title", "event.at"));
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = values.name.trim();
    const kind = EVENT_LABEL[values.type];
    const saved = await submit(
      {
        event: { type: values.type, at: atOf(at), opportunity: makeOpportunityKey("meeting", name), contact: { name: values.name, role: "other" } },
        details: { title: values.topic.trim() || `${kind} with ${name}`, company: values.company.trim() || null },
      },
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
          {MEETING_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="meeting-type" value={type} checked={values.type === type} onChange={set("type")} className="accent-brand-700" />
              {EVENT_LABEL[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="mt-name" label="Person you met" error={errorAt("event.contact.name")}>
          <input {...fieldAria("mt-name", errorAt("event.contact.name"))} value={values.name} onChange={set("name")} className={inputClassName} />
        </Field>
        <Field id="mt-company" label="Their company" optional error={errorAt("details.company")}>
          <input {...fieldAria("mt-company", errorAt("details.company"))} value={values.company} onChange={set("company")} className={inputClassName} />
        </Field>
        <Field id="mt-topic" label="What it was about" optional hint="Shown as the title; e.g. “Careers in logistics”." error={errorAt("details.title")}>
          <input {...fieldAria("mt-topic", errorAt("details.title"), "Shown as the title")} value={values.topic} onChange={set("topic")} className={inputClassName} />
        </Field>
        <WhenField id="mt-at" label="When you met" value={at} onChange={setAt} error={errorAt("event.at")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log conversation"}
      </Button>
    </form>
  );
}
