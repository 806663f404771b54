/** A labelled form control with its message beside it (linked for screen readers). */
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui";

export function Field(props: { id: string; label: string; optional?: boolean; hint?: string; error?: string | null; className?: string; children: ReactNode }) {
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className="mb-1.5 block text-sm font-medium text-slate-800">
        {props.label}
        {props.optional ? <span className="font-normal text-slate-500"> (optional)</span> : null}
      </label>
      {props.children}
      {props.hint && !props.error ? (
        <p id={`${props.id}-hint`} className="mt-1.5 text-xs text-slate-500">
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}

/** aria props for the control inside a Field. */
export function fieldAria(id: string, error?: string | null, hint?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
