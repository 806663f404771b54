"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "@/components/field";
import { FormStatus } from "./form-status";
import { CONTACT_ROLES, type ContactRole } from "@/server/cadence";
import { ROLE_OPTION } from "@/server/vocabulary/labels";
import { makeOpportunityKey } from "./local-time";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

const EMPTY = { company: "", title: "", contactName: "", contactRole: "hr" as ContactRole };

export function ApplicationForm() {
  const [values, setValues] = useState(EMPTY);
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(showsPaths("details.company", "details.title", /^event\.contact/, "event.at"));
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      {
        event: {
          type: "applied",
          at: atOf(at),
          opportunity: makeOpportunityKey(values.company, values.title),
          ...(values.contactName.trim() ? { contact: { name: values.contactName, role: values.contactRole } } : {}),
        },
        details: { title: values.title, company: values.company },
      },
      () => `Application to ${values.company.trim()} logged.`,
    );
    if (saved) {
      setValues(EMPTY);
      setAt(null);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Log an application">
      <FormStatus formError={formError} logged={logged} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="app-company" label="Company" error={errorAt("details.company")}>
          <input {...fieldAria("app-company", errorAt("details.company"))} value={values.company} onChange={set("company")} className={inputClassName} autoComplete="organization" />
        </Field>
        <Field id="app-title" label="Role title" error={errorAt("details.title")}>
          <input {...fieldAria("app-title", errorAt("details.title"))} value={values.title} onChange={set("title")} className={inputClassName} placeholder="e.g. Warehouse supervisor" />
        </Field>
        <Field id="app-contact" label="Contact name" optional hint="Who to follow up with, if you know." error={errorAt("event.contact.name")}>
          <input {...fieldAria("app-contact", errorAt("event.contact.name"), "Who to follow up with, if you know.")} value={values.contactName} onChange={set("contactName")} className={inputClassName} />
        </Field>
        <Field id="app-contact-role" label="Their role" optional>
          <select id="app-contact-role" value={values.contactRole} onChange={set("contactRole")} className={inputClassName} disabled={!values.contactName.trim()}>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_OPTION[role]}
              </option>
            ))}
          </select>
        </Field>
        <WhenField id="app-at" label="When you applied" value={at} onChange={setAt} error={errorAt("event.at")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log application"}
      </Button>
    </form>
  );
}
