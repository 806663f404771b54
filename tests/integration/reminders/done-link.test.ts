/**
 * The "Done" link: it completes its one step once, by the planned channel or
 * the one chosen, and refuses afterwards; a forged, expired or other-seeker
 * link does nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EventInput } from "@/server/cadence";
import { logEvent } from "@/server/opportunities/log-event";
import { completeFromDoneLink, describeDoneLink, makeDoneLink } from "@/server/reminders/done-link";
import { createMember } from "@/server/seed/fixtures";
import { signToken } from "@/server/tokens/signed-token";
import { appDb } from "../db";
import { freshTenant, inTenant, seekerOf, type CadenceTenant } from "../cadence/helpers";

const now = new Date("2026-04-07T15:00:00Z");
const interview: EventInput = { type: "interview", at: "2026-04-06T10:00:00-05:00", opportunity: "acme-pm", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] };
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

async function openStepOf(tenant: CadenceTenant) {
  await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event: interview, now }));
  return inTenant(tenant, (tx) => tx.plannedFollowUp.findFirstOrThrow({ where: { status: "open", notBefore: { lte: now } }, orderBy: { due: "asc" } }));
}

describe("the Done link", () => {
  beforeAll(() => vi.stubEnv("AUTH_SECRET", "integration-secret-of-at-least-thirty-two-chars"));
  afterAll(() => vi.unstubAllEnvs());

  it("completes its step once, by the planned channel, then says it is already done", async () => {
    const tenant = await freshTenant();
    const step = await openStepOf(tenant);
    const token = tokenOf(makeDoneLink({ id: step.id, organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id }, now));

    expect(await describeDoneLink(token, now)).toMatchObject({ state: "open", channel: step.channel });
    const done = await completeFromDoneLink(token, undefined, now);
    expect(done.stepStatus).toBe("done");
    const event = await inTenant(tenant, (tx) => tx.opportunityEvent.findFirstOrThrow({ where: { type: "follow_up" } }));
    expect(event.payload).toMatchObject({ channel: step.channel, action: step.action });

    expect(await describeDoneLink(token, now)).toMatchObject({ state: "closed", status: "done" });
    await expect(completeFromDoneLink(token, undefined, now)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await inTenant(tenant, (tx) => tx.opportunityEvent.count({ where: { type: "follow_up" } }))).toBe(1);
  });

  it("records another channel when the seeker picks one", async () => {
    const tenant = await freshTenant();
    const step = await openStepOf(tenant);
    const other = step.channel === "phone" ? "email" : "phone";
    await completeFromDoneLink(tokenOf(makeDoneLink({ id: step.id, organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id }, now)), other, now);
    const event = await inTenant(tenant, (tx) => tx.opportunityEvent.findFirstOrThrow({ where: { type: "follow_up" } }));
    expect(event.payload).toMatchObject({ channel: other });
  });

  it("refuses an expired link, a forged one, and one naming another seeker or another tenant, and changes nothing", async () => {
    const tenant = await freshTenant();
    const step = await openStepOf(tenant);
    const other = await createMember(appDb(), { organizationId: tenant.organization.id, email: `other-${tenant.organization.id}@example.test`, role: "SEEKER" });
    const elsewhere = await freshTenant();
    const claims = { purpose: "follow_up_done" as const, subject: step.id, expiresAt: new Date(now.getTime() + 86_400_000) };

    const expired = tokenOf(makeDoneLink({ id: step.id, organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id }, new Date(now.getTime() - 8 * 86_400_000)));
    const forged = `${expired.split(".")[0]}.${"A".repeat(43)}`;
    const otherSeeker = signToken({ ...claims, organizationId: tenant.organization.id, extra: other.membership.id });
    const otherTenant = signToken({ ...claims, organizationId: elsewhere.organization.id, extra: tenant.seeker.membership.id });

    expect(await describeDoneLink(expired, now)).toEqual({ state: "invalid", reason: "expired" });
    expect(await describeDoneLink(forged, now)).toEqual({ state: "invalid", reason: "not_valid" });
    expect(await describeDoneLink(otherSeeker, now)).toMatchObject({ state: "closed", status: "gone" });
    expect(await describeDoneLink(otherTenant, now)).toMatchObject({ state: "closed", status: "gone" });
    for (const token of [expired, forged, otherSeeker, otherTenant]) {
      await expect(completeFromDoneLink(token, undefined, now)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await inTenant(tenant, (tx) => tx.plannedFollowUp.findUniqueOrThrow({ where: { id: step.id }, select: { status: true } }))).toEqual({ status: "open" });
  });
});
