"use client";

import { useState } from "react";
import { Card, FieldError, inputClassName } from "@/components/ui";
import type { Policy } from "@/server/cadence";
import { tunableFields } from "@/server/policies/tune-policy";

/**
 * The policy's day counts as number fields. Typed text is kept as typed; only
 * whole numbers in range reach the preview, and anything else is explained
 * beside its field.
 */
export function PolicyTuning({
  policy,
  onChange,
  serverFieldErrors,
}: {
  policy: Policy;
  onChange: (tuning: Record<string, number>) => void;
  serverFieldErrors: Record<string, string[]> | null;
}) {
  const fields = tunableFields(policy);
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.key, String(field.value)])));

  function errorOf(key: string, text: string | undefined): string | null {
    const field = fields.find((candidate) => candidate.key === key)!;
    if (text === undefined || text.trim() === "") return "Enter a number of days.";
    const value = Number(text);
    if (!Number.isInteger(value)) return "Use a whole number of days.";
    if (value < field.min || value > field.max) return `Between ${field.min} and ${field.max}.`;
    return null;
  }

  function edit(key: string, text: string) {
    const next = { ...typed, [key]: text };
    setTyped(next);
    const valid = Object.fromEntries(Object.entries(next).filter(([name, value]) => !errorOf(name, value)).map(([name, value]) => [name, Number(value)]));
    onChange(valid);
  }

  const serverMessages = serverFieldErrors ? Object.values(serverFieldErrors).flat() : [];
  return (
    <Card className="h-fit">
      <h2 className="font-semibold text-slate-900">Tune the timing</h2>
      <p className="mt-1 text-sm text-slate-600">Days count from the activity (business days skip weekends and holidays). Leave them as they are to use the school&apos;s defaults.</p>
      {fields.length === 0 ? <p className="mt-3 text-sm text-slate-500">This school has no day counts to tune.</p> : null}
      <div className="mt-4 space-y-3">
        {fields.map((field) => {
          const id = `tune-${field.key.replace(/\./g, "-")}`;
          const error = errorOf(field.key, typed[field.key]);
          return (
            <div key={field.key}>
              <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                {field.label.charAt(0).toUpperCase() + field.label.slice(1)}
              </label>
              <div className="mt-1 flex items-center gap-2">
                <div className="w-24">
                <input
                  id={id}
                  inputMode="numeric"
                  value={typed[field.key] ?? ""}
                  onChange={(event) => edit(field.key, event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className={inputClassName}
                />
                </div>
                <span className="text-sm text-slate-600">{field.unit}</span>
              </div>
              <FieldError id={`${id}-error`} message={error} />
            </div>
          );
        })}
      </div>
      {serverMessages.length > 0 ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {serverMessages.join(" ")}
        </p>
      ) : null}
    </Card>
  );
}
