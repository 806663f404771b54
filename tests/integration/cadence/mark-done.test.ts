/**
 * Marking a step done another way than planned: the follow-up is logged as
 * it happened, and the planner's matching rules decide which step it
 * completes (same channel first, then earliest due, then policy order).
 */
import { describe, expect, it } from "vitest";
import { logEvent } from "@/server/opportunities/log-event";
import { markFollowUpDone } from "@/server/opportunities/mark-follow-up-done";
import { setSeekerOverride } from "@/server/policy-changes/set-seeker-override";
import { freshTenant, inTenant, seekerOf, type CadenceTenant } from "./helpers";

const now = new Date("2026-03-12T15:00:00-05:00");

async function interviewedUnderThreeByThree(tenant: CadenceTenant) {
  await inTenant(tenant, async (tx) => {
    await setSeekerOverride(tx, { access: "system", seekerMembershipId: tenant.seeker.membership.id, actorUserId: tenant.coach.user.id, policy: "three-by-three", now });
    await logEvent(tx, {
      ...seekerOf(tenant),
      now,
      event: { type: "interview", at: "2026-03-10T15:00:00-05:00", opportunity: "acme-pm", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] },
    });
  });
  const steps = await inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { status: "open" }, select: { id: true, stepId: true, channel: true } }));
  const byStep = (step: string) => steps.find((row) => row.stepId === step) ?? expect.fail(`no open ${step}`);
  return { call: byStep("thank-you-call"), note: byStep("handwritten-note") };
}

describe("markFollowUpDone with another channel", () => {
  it("a thank-you call made as an email still completes the call (no email step; policy order decides)", async () => {
    const tenant = await freshTenant();
    const { call, note } = await interviewedUnderThreeByThree(tenant);
    const result = await inTenant(tenant, (tx) =>
      markFollowUpDone(tx, { ...seekerOf(tenant), followUpId: call.id, channel: "email", at: new Date("2026-03-11T09:00:00-05:00"), now }),
    );
    expect(result.stepStatus).toBe("done");
    const rows = await inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { id: { in: [call.id, note.id] } }, select: { id: true, status: true } }));
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [call.id]: "done", [note.id]: "open" });
    const logged = await inTenant(tenant, (tx) => tx.opportunityEvent.findFirstOrThrow({ where: { type: "follow_up" }, select: { payload: true } }));
    expect(logged.payload).toMatchObject({ channel: "email", action: "thank_you", contact: "Dana Lee" });
  });

  it("a note 'done by phone' is the thank-you call by the matching rules, and says so", async () => {
    const tenant = await freshTenant();
    const { call, note } = await interviewedUnderThreeByThree(tenant);
    const result = await inTenant(tenant, (tx) =>
      markFollowUpDone(tx, { ...seekerOf(tenant), followUpId: note.id, channel: "phone", at: new Date("2026-03-11T09:00:00-05:00"), now }),
    );
    expect(result.stepStatus).toBe("open");
    const callAfter = await inTenant(tenant, (tx) => tx.plannedFollowUp.findUniqueOrThrow({ where: { id: call.id }, select: { status: true } }));
    expect(callAfter.status).toBe("done");
  });
});
