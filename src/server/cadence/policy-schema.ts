/**
 * The policy model: a coaching school's follow-up rules as plain data
 * (JSON-serialisable, validated with zod, versioned). The planner reads
 * only this; presets are instances of it and coaches may tune any number.
 */
import { z } from "zod";
import { LIMITS } from "@/server/validation/limits";
import { storable } from "@/server/validation/text";

const stepRef = () => z.string().max(LIMITS.key, `a step id is at most ${LIMITS.key} characters`);

import { ACTIONS, CHANNELS, OPENING_EVENT_TYPES } from "./vocabulary";

/** What can start a step: an opening event, a seeker-wide competing offer, or a rejection. */
export const STEP_TRIGGERS = [...OPENING_EVENT_TYPES, "competing_offer", "rejected"] as const;

export const ZAction = z.enum(ACTIONS);
export const ZChannel = z.enum(CHANNELS);

/**
 * Who a step addresses. `main_contact` is the hiring manager for an interview,
 * the person met for a meeting and the application's contact for an application
 * (for a competing offer or a rejection: the latest interview's hiring manager).
 */
export const ZAudience = z.enum(["main_contact", "each_interviewer", "other_interviewers"]);

/** An offset from a base date. B+n counts business days (B+0 = the base rolled); D+n counts calendar days, then rolls. */
export const ZOffset = z.object({
  unit: z.enum(["business_days", "calendar_days"]),
  days: z.number().int().min(0).max(366),
});

/** The decision date the interviewer stated (rolled), or `fallback` from the anchor when none was stated. */
export const ZDecisionDate = z.object({ unit: z.literal("decision_date"), fallback: ZOffset });

export const ZTiming = z.object({
  notBefore: z.union([ZOffset, ZDecisionDate]),
  due: ZOffset.extend({ from: z.enum(["anchor", "not_before"]) }),
});

/** A step starts from its trigger event, or from the day another step of the same round was done. */
export const ZStepStart = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("event"), triggers: z.array(z.enum(STEP_TRIGGERS)).min(1).max(STEP_TRIGGERS.length) }),
  z.object({ kind: z.literal("after_done"), step: stepRef() }),
]);

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ZStep = z.object({
  id: stepRef().regex(STEP_ID, "must be kebab-case"),
  action: ZAction,
  channel: ZChannel,
  audience: ZAudience,
  start: ZStepStart,
  timing: ZTiming,
  /** Repeats plan the next occurrence from the local date the previous one was done; one open at a time. */
  repeats: z.boolean().default(false),
  optional: z.boolean().default(false),
  script: storable(z.string().min(1).max(LIMITS.script, `a script is at most ${LIMITS.script} characters`)),
});

export const ZPresumedClosed = z.object({
  /** The step the span counts from (its latest occurrence in the current round). */
  step: stepRef(),
  from: z.enum(["due", "done"]),
  businessDays: z.number().int().min(1).max(260),
});

export const ZPolicy = z
  .object({
    id: storable(z.string().min(1).max(LIMITS.key, `a policy id is at most ${LIMITS.key} characters`)),
    version: z.number().int().min(1).max(1_000_000),
    // A coach's tuned copy may drop the presentation fields; presets always carry them.
    name: storable(z.string().min(1).max(LIMITS.name)).optional(),
    description: storable(z.string().min(1).max(LIMITS.note)).optional(),
    /** The source article, cited by title. */
    source: z.object({ title: storable(z.string().min(1).max(LIMITS.name)), file: storable(z.string().min(1).max(LIMITS.name)) }).optional(),
    steps: z.array(ZStep).min(1).max(LIMITS.policySteps, `a policy has at most ${LIMITS.policySteps} steps`),
    caps: z.object({
      /** When true, a logged follow-up that completes no planned step is over-contact. */
      flagExtraContacts: z.boolean(),
    }),
    stopConditions: z.object({
      /** A definite answer (offer, rejected) and a withdrawal always cancel open steps; runner-up depends on the school. */
      onRunnerUp: z.enum(["keep_active", "close"]),
    }),
    presumedClosed: ZPresumedClosed.nullable(),
    /** Flags the opportunity when a contact on `channel` comes before the notBefore of `step`. */
    tooEarly: z.object({ channel: ZChannel, step: stepRef() }).nullable(),
  })
  .superRefine((policy, ctx) => {
    const ids = policy.steps.map((step) => step.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: ["steps", index, "id"], message: `duplicate step id "${id}"` });
    });
    policy.steps.forEach((step, index) => {
      if (step.start.kind === "after_done" && !ids.includes(step.start.step)) {
        ctx.addIssue({ code: "custom", path: ["steps", index, "start", "step"], message: `unknown step "${step.start.step}"` });
      }
    });
    if (policy.presumedClosed && !ids.includes(policy.presumedClosed.step)) {
      ctx.addIssue({ code: "custom", path: ["presumedClosed", "step"], message: `unknown step "${policy.presumedClosed.step}"` });
    }
    if (policy.tooEarly && !ids.includes(policy.tooEarly.step)) {
      ctx.addIssue({ code: "custom", path: ["tooEarly", "step"], message: `unknown step "${policy.tooEarly.step}"` });
    }
  });

export type { Action, Channel } from "./vocabulary";
export type Audience = z.infer<typeof ZAudience>;
export type Offset = z.infer<typeof ZOffset>;
export type Timing = z.infer<typeof ZTiming>;
export type StepTrigger = (typeof STEP_TRIGGERS)[number];
export type PolicyStep = z.infer<typeof ZStep>;
export type Policy = z.infer<typeof ZPolicy>;
/** A policy as written (defaults not yet applied), e.g. in a preset file or a coach's JSON. */
export type PolicyInput = z.input<typeof ZPolicy>;
