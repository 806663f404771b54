"use client";

import { inputClassName } from "@/components/ui";
import { fieldAria } from "@/components/field";
import { CONTACT_ROLES, type ContactRole } from "@/server/cadence";
import { ROLE_OPTION } from "@/server/vocabulary/labels";
import { FieldError } from "@/components/ui";

export interface InterviewerRow {
  name: string;
  role: ContactRole;
}

/** The rows as the event lists them: a lone empty first row means "not given"; any other empty row is a name the schema asks for. */
export function interviewersToSend(rows: InterviewerRow[]): InterviewerRow[] {
  return rows.length === 1 && !rows[0]!.name.trim() ? [] : rows;
}

/** The people in the room: a name and a role each, one of them marked as the hiring manager. */
export function InterviewersField(props: { idPrefix: string; rows: InterviewerRow[]; onChange: (rows: InterviewerRow[]) => void; errorAt: (path: string) => string | undefined }) {
  const update = (index: number, patch: Partial<InterviewerRow>) => props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">Who interviewed you</legend>
      <p className="text-xs text-slate-500">Mark the hiring manager: most follow-ups go to them.</p>
      {props.rows.map((row, index) => {
        const nameId = `${props.idPrefix}-interviewer-${index}-name`;
        const roleId = `${props.idPrefix}-interviewer-${index}-role`;
        const nameError = props.errorAt(`event.interviewers[${index}].name`);
        const roleError = props.errorAt(`event.interviewers[${index}].role`);
        return (
          <div key={index} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
            <div>
              <label htmlFor={nameId} className="mb-1 block text-xs font-medium text-slate-600">
                Interviewer {index + 1} name
              </label>
              <input {...fieldAria(nameId, nameError)} value={row.name} onChange={(event) => update(index, { name: event.target.value })} className={inputClassName} />
              <FieldError id={`${nameId}-error`} message={nameError} />
            </div>
            <div>
              <label htmlFor={roleId} className="mb-1 block text-xs font-medium text-slate-600">
                Role
              </label>
              <select {...fieldAria(roleId, roleError)} value={row.role} onChange={(event) => update(index, { role: event.target.value as ContactRole })} className={inputClassName}>
                {CONTACT_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_OPTION[role]}
                  </option>
                ))}
              </select>
              <FieldError id={`${roleId}-error`} message={roleError} />
            </div>
            {props.rows.length > 1 ? (
              <button
                type="button"
                onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
                className="self-end rounded-md px-2 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:mt-5"
                aria-label={`Remove interviewer ${index + 1}`}
              >
                Remove
              </button>
            ) : null}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => props.onChange([...props.rows, { name: "", role: "interviewer" }])}
        className="rounded-md text-sm font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        + Add another interviewer
      </button>
    </fieldset>
  );
}
