"use client";

import { useSyncExternalStore } from "react";
import { inputClassName } from "@/components/ui";
import { Field, fieldAria } from "@/components/field";
import { nowLocalInput, toOffsetInstant } from "./local-time";

const noSubscription = () => () => {};
/** False while server-rendering and hydrating, true after: "now" is only known in the browser. */
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

/** A local date and time; null means "now" until the seeker changes it. */
export function WhenField(props: { id: string; label: string; value: string | null; onChange: (value: string) => void; error?: string | null }) {
  const hydrated = useHydrated();
  const hint = "Your local time.";
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={hint}>
      <input
        {...fieldAria(props.id, props.error, hint)}
        type="datetime-local"
        value={props.value ?? (hydrated ? nowLocalInput() : "")}
        onChange={(event) => props.onChange(event.target.value)}
        className={inputClassName}
      />
    </Field>
  );
}

/** The value to send: what was typed, or now. */
export const whenValue = (value: string | null) => value ?? nowLocalInput();

/** The event's `at`: what was typed (or now) with its UTC offset; "" when it is not a date and time, which the schema says beside the field. */
export const atOf = (value: string | null) => toOffsetInstant(whenValue(value)) ?? "";
