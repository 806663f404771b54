/**
 * What a seeker logs: one event in the cadence engine's own schema, and, for
 * an event that opens a new opportunity, its title and company. The forms
 * validate against this schema before sending (their messages come from
 * here, beside the field they concern); `opportunities.logEvent` takes it as
 * its input, and logEvent reads it again for callers that are not a form
 * (the seed, the mark-done action), so every path speaks with one voice.
 */
import { z } from "zod";
import { type EventType, ZEventInput } from "@/server/cadence";
import { LIMITS } from "@/server/validation/limits";
import { storable } from "@/server/validation/text";

const detailText = (tooLong: string) => storable(z.string().trim().max(LIMITS.name, tooLong));

/** Shown for an opportunity an opening event creates; the key is the fallback title. */
export const ZOpportunityDetails = z.object({
  title: detailText("That title is too long."),
  company: detailText("That company name is too long.").nullish(),
});
export type OpportunityDetails = z.infer<typeof ZOpportunityDetails>;

/** The words a form shows when a new opportunity's details are missing, in the terms of what was logged. */
const GENERIC_PROMPTS = { title: "Give the opportunity a title.", company: null };
const DETAIL_PROMPTS: Partial<Record<EventType, { title: string; company: string | null }>> = {
  applied: { title: "Enter the role you applied for.", company: "Enter the company you applied to." },
  interview: { title: "Enter the role you interviewed for.", company: "Enter the company you interviewed with." },
  informational_interview: { title: "Give the conversation a title.", company: null },
  networking_meeting: { title: "Give the conversation a title.", company: null },
};

export const ZLogEventInput = z
  .object({ event: ZEventInput, details: ZOpportunityDetails.nullish() })
  .superRefine(
    (input, ctx) => {
      // Runs even when the event has problems of its own, so a form shows every message at once.
      const interviewers = (input.event as { interviewers?: unknown } | undefined)?.interviewers;
      if (Array.isArray(interviewers)) {
        // Most follow-ups go to the hiring manager: the planner needs to know which one person that is.
        const managers = interviewers.flatMap((person, index) => ((person as { role?: unknown } | null)?.role === "hiring_manager" ? [index] : []));
        for (const index of managers.slice(1)) ctx.addIssue({ code: "custom", path: ["event", "interviewers", index, "role"], message: "mark only one hiring manager" });
      }
      const details = input.details as Partial<OpportunityDetails> | null | undefined;
      if (!details) return;
      const type = (input.event as { type?: unknown } | undefined)?.type;
      const prompts = (typeof type === "string" && DETAIL_PROMPTS[type as EventType]) || GENERIC_PROMPTS;
      if (typeof details.title === "string" && details.title.trim() === "") ctx.addIssue({ code: "custom", path: ["details", "title"], message: prompts.title });
      if (prompts.company && (details.company == null || (typeof details.company === "string" && details.company.trim() === ""))) {
        ctx.addIssue({ code: "custom", path: ["details", "company"], message: prompts.company });
      }
    },
    { when: () => true },
  );

/** What a form builds and `logEvent` takes: a misspelt field is a compile error. */
export type LogEventRequest = z.input<typeof ZLogEventInput>;
