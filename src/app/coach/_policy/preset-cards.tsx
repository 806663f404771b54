"use client";

import type { Policy } from "@/server/cadence";

/** The six schools as a radio group of cards. */
export function PresetCards({ presets, selected, current, onSelect }: { presets: Policy[]; selected: string; current: string; onSelect: (id: string) => void }) {
  return (
    <fieldset>
      <legend className="mb-3 font-semibold text-slate-900">Choose a coaching school</legend>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {presets.map((preset) => {
          const checked = preset.id === selected;
          return (
            <label
              key={preset.id}
              className={`flex cursor-pointer flex-col rounded-xl border bg-white p-4 shadow-sm transition has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${checked ? "border-brand-700 ring-1 ring-brand-700" : "border-slate-200 hover:border-slate-300"}`}
            >
              <span className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-2">
                  <input type="radio" name="preset" value={preset.id} checked={checked} onChange={() => onSelect(preset.id)} className="accent-brand-700" />
                  <span className="font-medium text-slate-900">{preset.name}</span>
                </span>
                {preset.id === current ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">Current</span> : null}
              </span>
              <span className="mt-2 text-sm text-slate-600">{preset.description}</span>
              {preset.source ? <span className="mt-2 text-xs text-slate-500">Source: “{preset.source.title}”</span> : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
