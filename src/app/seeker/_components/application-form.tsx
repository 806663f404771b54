"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "./field";
import { FormStatus } from "./form-status";
import { makeOpportunityKey, toOffsetInstant } from "./local-time";
import { onlyFields, type FieldErrors } from "./server-errors";
import { useLogEvent } from "./use-log-event";
import { whenValue, WhenField } from "./when-field";
import { ROLE_OPTION, ROLES, type ContactRole } from "./words";

const EMPTY = { company: "", title: "", contactName: "", contactRole: "hr" as ContactRole };

export function ApplicationForm() {
  const [values, setValues] = useState(EMPTY);
  const [at, setAt] = useState<string | null>(null);
  const { errors, formError, pending, logged, submit } = useLogEvent(onlyFields("company", "title", "contactName", "at"));
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!values.company.trim()) found.company = "Enter the company you applied to.";
    if (!values.title.trim()) found.title = "Enter the role you applied for.";
    if (!toOffsetInstant(whenValue(at))) found.at = "Enter the date and time you applied.";
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      check(),
      () => ({
        event: {
          type: "applied",
          at: toOffsetInstant(whenValue(at))!,
          opportunity: makeOpportunityKey(values.company, values.title),
          ...(values.contactName.trim() ? { contact: { name: values.contactName.trim(), role: values.contactRole } } : {}),
        },
        details: { title: values.title.trim(), company: values.company.trim() },
      }),
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
        <Field id="app-company" label="Company" error={errors.company}>
          <input {...fieldAria("app-company", errors.company)} value={values.company} onChange={set("company")} className={inputClassName} autoComplete="organization" />
        </Field>
        <Field id="app-title" label="Role title" error={errors.title}>
          <input {...fieldAria("app-title", errors.title)} value={values.title} onChange={set("title")} className={inputClassName} placeholder="e.g. Warehouse supervisor" />
        </Field>
        <Field id="app-contact" label="Contact name" optional hint="Who to follow up with, if you know." error={errors.contactName}>
          <input {...fieldAria("app-contact", errors.contactName, "Who to follow up with, if you know.")} value={values.contactName} onChange={set("contactName")} className={inputClassName} />
        </Field>
        <Field id="app-contact-role" label="Their role" optional>
          <select id="app-contact-role" value={values.contactRole} onChange={set("contactRole")} className={inputClassName} disabled={!values.contactName.trim()}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_OPTION[role]}
              </option>
            ))}
          </select>
        </Field>
        <WhenField id="app-at" label="When you applied" value={at} onChange={setAt} error={errors.at} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log application"}
      </Button>
    </form>
  );
}
