"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "./field";
import { FormStatus } from "./form-status";
import { InterviewersField, type InterviewerRow } from "./interviewers-field";
import { makeOpportunityKey, toOffsetInstant } from "./local-time";
import { NEW_OPPORTUNITY, OpportunityPicker } from "./opportunity-picker";
import { onlyFields, type FieldErrors } from "./server-errors";
import { useLogEvent } from "./use-log-event";
import { whenValue, WhenField } from "./when-field";

const FIRST_ROW: InterviewerRow[] = [{ name: "", role: "hiring_manager" }];

/** An interview: for an opportunity already logged, or a new one. `fixedOpportunity` pins it (the timeline's quick action). */
export function InterviewForm({ initialOpportunity, fixedOpportunity }: { initialOpportunity?: string; fixedOpportunity?: string }) {
  const [opportunity, setOpportunity] = useState(fixedOpportunity ?? initialOpportunity ?? NEW_OPPORTUNITY);
  const [company, setCompany] = useState("");
  const [title, setTitle] = useState("");
  const [interviewers, setInterviewers] = useState<InterviewerRow[]>(FIRST_ROW);
  const [decisionDate, setDecisionDate] = useState("");
  const [at, setAt] = useState<string | null>(null);
  const { errors, formError, pending, logged, submit } = useLogEvent(onlyFields("company", "title", /^interviewer-/, "at", "decisionDate", ...(fixedOpportunity ? [] : ["opportunity"])));
  const isNew = opportunity === NEW_OPPORTUNITY;

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (isNew && !company.trim()) found.company = "Enter the company.";
    if (isNew && !title.trim()) found.title = "Enter the role you interviewed for.";
    interviewers.forEach((row, index) => {
      if (!row.name.trim() && (interviewers.length > 1 || index > 0)) found[`interviewer-${index}-name`] = "Enter a name, or remove this row.";
    });
    if (interviewers.filter((row) => row.role === "hiring_manager").length > 1) found["interviewer-0-role"] = "Mark only one hiring manager.";
    if (!toOffsetInstant(whenValue(at))) found.at = "Enter the date and time of the interview.";
    if (decisionDate && !/^\d{4}-\d{2}-\d{2}$/.test(decisionDate)) found.decisionDate = "Enter a valid date.";
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const people = interviewers.filter((row) => row.name.trim()).map((row) => ({ name: row.name.trim(), role: row.role }));
    const saved = await submit(
      check(),
      () => ({
        event: {
          type: "interview",
          at: toOffsetInstant(whenValue(at))!,
          opportunity: isNew ? makeOpportunityKey(company, title) : opportunity,
          interviewers: people,
          ...(decisionDate ? { decisionDate } : {}),
        },
        details: isNew ? { title: title.trim(), company: company.trim() } : null,
      }),
      () => "Interview logged. Your thank-you steps are planned.",
    );
    if (saved) {
      setInterviewers(FIRST_ROW);
      setDecisionDate("");
      setAt(null);
      if (isNew) {
        setCompany("");
        setTitle("");
      }
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Log an interview">
      <FormStatus formError={formError} logged={logged} />
      {fixedOpportunity ? null : (
        <OpportunityPicker id="iv-opportunity" label="Which opportunity" value={opportunity} onChange={setOpportunity} error={errors.opportunity} allowNew kind="job" />
      )}
      {isNew ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="iv-company" label="Company" error={errors.company}>
            <input {...fieldAria("iv-company", errors.company)} value={company} onChange={(event) => setCompany(event.target.value)} className={inputClassName} />
          </Field>
          <Field id="iv-title" label="Role title" error={errors.title}>
            <input {...fieldAria("iv-title", errors.title)} value={title} onChange={(event) => setTitle(event.target.value)} className={inputClassName} />
          </Field>
        </div>
      ) : null}
      <InterviewersField idPrefix="iv" rows={interviewers} onChange={setInterviewers} errors={errors} />
      <div className="grid gap-5 sm:grid-cols-2">
        <WhenField id="iv-at" label="When the interview was" value={at} onChange={setAt} error={errors.at} />
        <Field id="iv-decision" label="When they said they would decide" optional hint="If they gave a date." error={errors.decisionDate}>
          <input
            {...fieldAria("iv-decision", errors.decisionDate, "If they gave a date.")}
            type="date"
            value={decisionDate}
            onChange={(event) => setDecisionDate(event.target.value)}
            className={inputClassName}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Log interview"}
      </Button>
    </form>
  );
}
