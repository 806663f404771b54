"use client";

import { useQuery } from "@tanstack/react-query";
import { inputClassName } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import { Field } from "@/components/field";
import { STATE_LABEL } from "@/server/vocabulary/labels";

export const NEW_OPPORTUNITY = "__new__";

/** Chooses one of the seeker's opportunities (open ones first), or "a new one" where the form allows it. */
export function OpportunityPicker(props: {
  id: string;
  label: string;
  value: string;
  onChange: (key: string) => void;
  error?: string | null;
  allowNew?: boolean;
  kind?: "job" | "networking";
}) {
  const trpc = useTRPC();
  const { data, isLoading } = useQuery(trpc.opportunities.list.queryOptions());
  const rows = (data?.opportunities ?? [])
    .filter((row) => !props.kind || row.kind === props.kind)
    .sort((a, b) => Number(b.state === "active") - Number(a.state === "active"));
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        className={inputClassName}
      >
        {props.allowNew ? <option value={NEW_OPPORTUNITY}>A new opportunity</option> : <option value="">{isLoading ? "Loading…" : "Choose one"}</option>}
        {rows.map((row) => (
          <option key={row.key} value={row.key}>
            {row.title}
            {row.company ? ` · ${row.company}` : ""}
            {row.state === "active" ? "" : ` (${STATE_LABEL[row.state].label.toLowerCase()})`}
          </option>
        ))}
      </select>
    </Field>
  );
}
