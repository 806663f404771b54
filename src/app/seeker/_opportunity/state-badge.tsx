import type { OpportunityFlag, OpportunityState } from "@/server/cadence";
import { FLAG_LABEL, STATE_LABEL } from "@/server/vocabulary/labels";

const STATE_LOOK: Record<OpportunityState, string> = {
  active: "bg-brand-50 text-brand-800 ring-brand-200",
  closed_offer: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  closed_rejected: "bg-slate-100 text-slate-700 ring-slate-200",
  closed_runner_up: "bg-violet-50 text-violet-800 ring-violet-200",
  presumed_closed: "bg-slate-100 text-slate-600 ring-slate-200",
  withdrawn: "bg-slate-100 text-slate-600 ring-slate-200",
};

export function StateBadge({ state }: { state: OpportunityState }) {
  return (
    <span data-testid="state-badge" className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STATE_LOOK[state]}`}>
      {STATE_LABEL[state].label}
    </span>
  );
}

/** Each flag with its plain-words explanation (not just a code). */
export function FlagNotes({ flags }: { flags: readonly OpportunityFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {flags.map((flag) => (
        <li key={flag} className="text-sm text-amber-900">
          <span className="font-medium">{FLAG_LABEL[flag].seekerLabel}.</span> <span className="text-amber-800">{FLAG_LABEL[flag].seeker}</span>
        </li>
      ))}
    </ul>
  );
}
