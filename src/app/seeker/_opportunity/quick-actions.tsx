"use client";

import { useState } from "react";
import { AnswerForm, WithdrawForm } from "@/app/seeker/_forms/answer-form";
import { FollowUpForm } from "@/app/seeker/_forms/follow-up-form";
import { InterviewForm } from "@/app/seeker/_forms/interview-form";

type Panel = "follow-up" | "answer" | "interview" | "withdraw";

/** The things a seeker does on one opportunity, each opening its own small form. */
export function QuickActions({ opportunityKey, contacts, canWithdraw, isJob }: { opportunityKey: string; contacts: string[]; canWithdraw: boolean; isJob: boolean }) {
  const [open, setOpen] = useState<Panel | null>(null);
  const actions: { panel: Panel; label: string }[] = [
    { panel: "follow-up", label: "Log a follow-up" },
    { panel: "answer", label: "Record an answer" },
    ...(isJob ? [{ panel: "interview" as const, label: "Log the next interview" }] : []),
    ...(canWithdraw ? [{ panel: "withdraw" as const, label: "Withdraw" }] : []),
  ];
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action.panel}
            type="button"
            aria-expanded={open === action.panel}
            aria-controls="quick-action-panel"
            onClick={() => setOpen((current) => (current === action.panel ? null : action.panel))}
            className={`rounded-lg border px-3 py-2 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
              open === action.panel ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
            }`}
          >
            {action.label}
          </button>
        ))}
      </div>
      {open ? (
        <div id="quick-action-panel" className="mt-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:p-5">
          {open === "follow-up" ? <FollowUpForm fixedOpportunity={opportunityKey} contacts={contacts} /> : null}
          {open === "answer" ? <AnswerForm opportunityKey={opportunityKey} /> : null}
          {open === "interview" ? <InterviewForm fixedOpportunity={opportunityKey} /> : null}
          {open === "withdraw" ? <WithdrawForm opportunityKey={opportunityKey} /> : null}
        </div>
      ) : null}
    </div>
  );
}
