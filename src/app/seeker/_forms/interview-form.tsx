"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClassName } from "@/components/ui";
import { Field, fieldAria } from "@/components/field";
import { FormStatus } from "./form-status";
import { InterviewersField, interviewersToSend, type InterviewerRow } from "./interviewers-field";
import { makeOpportunityKey } from "./local-time";
import { NEW_OPPORTUNITY, OpportunityPicker } from "./opportunity-picker";
import { showsPaths, useLogEvent } from "./use-log-event";
import { atOf, WhenField } from "./when-field";

const FIRST_ROW: InterviewerRow[] = [{ name: "", role: "hiring_manager" }];

/** An interview: for an opportunity already logged, or a new one. `fixedOpportunity` pins it (the timeline's quick action). */
export function InterviewForm({ initialOpportunity, fixedOpportunity }: { initialOpportunity?: string; fixedOpportunity?: string }) {
  const [opportunity, setOpportunity] = useState(fixedOpportunity ?? initialOpportunity ?? NEW_OPPORTUNITY);
  const [company, setCompany] = useState("");
  const [title, setTitle] = useState("");
  const [interviewers, setInterviewers] = useState<InterviewerRow[]>(FIRST_ROW);
  const [decisionDate, setDecisionDate] = useState("");
  const [at, setAt] = useState<string | null>(null);
  const { errorAt, formError, pending, logged, submit } = useLogEvent(
    showsPaths("details.company", "details.title", /^event\.interviewers\[\d+\]\.(name|role)$/, "event.at", "event.decisionDate", ...(fixedOpportunity ? [] : ["event.opportunity"])),
  );
  const isNew = opportunity === NEW_OPPORTUNITY;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      {
        event: {
          type: "interview",
          at: atOf(at),
          opportunity: isNew ? makeOpportunityKey(company, title) : opportunity,
          interviewers: interviewersToSend(interviewers),
          ...(decisionDate ? { decisionDate } : {}),
        },
        details: isNew ? { title, company } : null,
      },
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
        <OpportunityPicker id="iv-opportunity" label="Which opportunity" value={opportunity} onChange={setOpportunity} error={errorAt("event.opportunity")} allowNew kind="job" />
      )}
      {isNew ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="iv-company" label="Company" error={errorAt("details.company")}>
            <input {...fieldAria("iv-company", errorAt("details.company"))} value={company} onChange={(event) => setCompany(event.target.value)} className={inputClassName} />
          </Field>
          <Field id="iv-title" label="Role title" error={errorAt("details.title")}>
            <input {...fieldAria("iv-title", errorAt("details.title"))} value={title} onChange={(event) => setTitle(event.target.value)} className={inputClassName} />
          </Field>
        </div>
      ) : null}
      <InterviewersField idPrefix="iv" rows={interviewers} onChange={setInterviewers} errorAt={errorAt} />
      <div className="grid gap-5 sm:grid-cols-2">
        <WhenField id="iv-at" label="When the interview was" value={at} onChange={setAt} error={errorAt("event.at")} />
        <Field id="iv-decision" label="When they said they would decide" optional hint="If they gave a date." error={errorAt("event.decisionDate")}>
          <input
            {...fieldAria("iv-decision", errorAt("event.decisionDate"), "If they gave a date.")}
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
