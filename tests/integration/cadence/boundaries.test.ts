/**
 * What logEvent refuses: malformed events get BAD_REQUEST naming the field
 * and leave nothing behind; one seeker cannot reach another seeker's
 * opportunities or follow-ups in the same organization.
 */
import { describe, expect, it } from "vitest";
import type { EventInput } from "@/server/cadence";
import { createMember } from "@/server/seed/fixtures";
import { AppError } from "@/server/errors";
import { getOpportunityTimeline } from "@/server/opportunities/get-opportunity-timeline";
import { logEvent } from "@/server/opportunities/log-event";
import { markFollowUpDone } from "@/server/opportunities/mark-follow-up-done";
import { appDb } from "../db";
import { callPath, expectCode } from "../isolation/world";
import { freshTenant, inTenant, seekerOf } from "./helpers";

const now = new Date("2026-04-20T17:00:00Z");
const interview = { type: "interview", at: "2026-04-06T10:00:00-05:00", opportunity: "acme-pm", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] } satisfies EventInput;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("logEvent input", () => {
  it.each([
    ["event.type", { ...interview, type: "lunch" }, /unknown event type "lunch"/],
    ["event.at", { ...interview, at: "2026-04-06T10:00:00" }, /no UTC offset/],
    ["event.at", { ...interview, at: undefined }, /is required/],
    ["event.interviewers[0].role", { ...interview, interviewers: [{ name: "Dana", role: "boss" }] }, /unknown role "boss"/],
    ["event.channel", { type: "follow_up", at: "2026-04-07T10:00:00-05:00", opportunity: "acme-pm", channel: "pigeon" }, /unknown channel "pigeon"/],
    ["event.result", { type: "response", at: "2026-04-07T10:00:00-05:00", opportunity: "acme-pm", result: "maybe" }, /unknown result "maybe"/],
    ["event.opportunity", { type: "follow_up", at: "2026-04-07T10:00:00-05:00", opportunity: "never-opened", channel: "email" }, /has no opening event/],
    ["event.decisionDate", { ...interview, decisionDate: "next friday" }, /is not a date/],
  ])("refuses a bad %s with BAD_REQUEST and writes nothing", async (field, event, message) => {
    const tenant = await freshTenant();
    // Deliberately malformed: what a client that skips the form's checks could send.
    const error = await refusal(inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event: event as EventInput, now })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^${field.replace(/[[\].]/g, "\\$&")}: `));
    expect(error.message).toMatch(message);
    const counts = await inTenant(tenant, async (tx) => [await tx.opportunityEvent.count(), await tx.opportunity.count(), await tx.plannedFollowUp.count()]);
    expect(counts).toEqual([0, 0, 0]);
  });

  it("reports the field to the client through tRPC", async () => {
    const tenant = await freshTenant();
    const error = await callPath(tenant.seeker, "opportunities.logEvent", { event: { ...interview, at: "2026-04-06" } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^event\.at: /) });
  });
});

describe("seekers of the same organization", () => {
  it("cannot read or act on each other's opportunities and follow-ups", async () => {
    const tenant = await freshTenant();
    const other = await createMember(appDb(), { organizationId: tenant.organization.id, email: `other-${tenant.organization.id}@example.test`, role: "SEEKER" });
    await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event: interview, now }));
    const own = await inTenant(tenant, (tx) => getOpportunityTimeline(tx, { seekerMembershipId: tenant.seeker.membership.id, opportunityKey: "acme-pm", now }));
    const openStep = own.followUps.find((row) => row.status === "open")!;

    const asOther = { organizationId: tenant.organization.id, seekerMembershipId: other.membership.id, actorUserId: other.user.id };
    await expect(inTenant(tenant, (tx) => getOpportunityTimeline(tx, { seekerMembershipId: other.membership.id, opportunityKey: "acme-pm" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inTenant(tenant, (tx) => markFollowUpDone(tx, { ...asOther, followUpId: openStep.id, now }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inTenant(tenant, (tx) => logEvent(tx, { ...asOther, event: { type: "withdrawn", at: "2026-04-08T10:00:00-05:00", opportunity: "acme-pm" }, now })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", field: "event.opportunity" });

    // Through the API, the same.
    const otherActor = { ...tenant.seeker, user: { ...other.user }, membership: other.membership };
    await expectCode(callPath(otherActor, "opportunities.timeline", { opportunityKey: "acme-pm" }), "NOT_FOUND");
    await expectCode(callPath(otherActor, "followUps.markDone", { followUpId: openStep.id }), "NOT_FOUND");

    const after = await inTenant(tenant, (tx) => getOpportunityTimeline(tx, { seekerMembershipId: tenant.seeker.membership.id, opportunityKey: "acme-pm", now }));
    expect(after).toEqual(own);
  });
});

describe("the event log", () => {
  it("is append-only for the application role: no UPDATE, no DELETE", async () => {
    const tenant = await freshTenant();
    await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event: interview, now }));
    await expect(inTenant(tenant, (tx) => tx.opportunityEvent.updateMany({ data: { type: "withdrawn" } }))).rejects.toThrow(/permission denied/);
    await expect(inTenant(tenant, (tx) => tx.opportunityEvent.deleteMany({}))).rejects.toThrow(/permission denied/);
    await expect(inTenant(tenant, (tx) => tx.organizationPolicy.deleteMany({}))).rejects.toThrow(/permission denied/);
    expect(await inTenant(tenant, (tx) => tx.opportunityEvent.count())).toBe(1);
  });
});
