/** Plain words for the planner's codes, as a coach would say them. */
export const ACTION_LABEL: Record<string, string> = {
  thank_you: "Thank-you",
  status_check: "Status check",
  offer_outreach: "Competing-offer call",
  referral_ask: "Ask for referrals",
};

export const CHANNEL_LABEL: Record<string, string> = {
  email: "email",
  phone: "phone call",
  letter: "mailed letter",
  handwritten_note: "handwritten note",
  in_person: "in person",
};

export const STATE_LABEL: Record<string, { label: string; explain: string; look: string }> = {
  active: { label: "Active", explain: "Still in play: no definite answer yet.", look: "bg-sky-50 text-sky-800 ring-sky-200" },
  closed_offer: { label: "Offer", explain: "They got an offer: every open step was cancelled.", look: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  closed_rejected: { label: "Not selected", explain: "The employer said no: open steps were cancelled.", look: "bg-slate-100 text-slate-700 ring-slate-200" },
  closed_runner_up: { label: "Runner-up (closed)", explain: "Runner-up; under this policy that closes the opportunity.", look: "bg-slate-100 text-slate-700 ring-slate-200" },
  presumed_closed: { label: "Presumed closed", explain: "No answer within the span the policy allows after the last check: time to move on.", look: "bg-amber-50 text-amber-800 ring-amber-200" },
  withdrawn: { label: "Withdrawn", explain: "The seeker withdrew: open steps were cancelled.", look: "bg-slate-100 text-slate-700 ring-slate-200" },
};

export const FLAG_LABEL: Record<string, { label: string; explain: string }> = {
  over_contact: { label: "Over-contact", explain: "They contacted the employer more than the policy asks; worth a word about persistence vs. pestering." },
  too_early: { label: "Called too early", explain: "They phoned before the status call was due under the policy." },
};

export const EVENT_LABEL: Record<string, string> = {
  applied: "Applied",
  interview: "Interview",
  informational_interview: "Informational interview",
  networking_meeting: "Networking meeting",
  follow_up: "Followed up",
  response: "Employer answered",
  competing_offer: "Competing offer",
  withdrawn: "Withdrew",
};

export const RESULT_LABEL: Record<string, string> = {
  offer: "an offer",
  rejected: "not selected",
  runner_up: "runner-up",
  still_deciding: "still deciding",
};

export const SOURCE_LABEL = { default: "Built-in default", organization: "Organization policy", override: "Per-client override" } as const;
