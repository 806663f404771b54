/**
 * Roles inside one organization, through the real tRPC caller on a real
 * PostgreSQL (docs/security.md, "Roles"): a coach stays inside their
 * caseload unless the organization lets coaches see every seeker; only
 * admins save the policy unless the organization lets coaches; admins reach
 * everything in their organization; seekers reach no coach procedure.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, expectCode, withRoleSettings, type World } from "./isolation/world";

type Overview = { organization: { version: number; policyId: string }; canManage: boolean; overrides: { seekerMembershipId: string }[] };
type Timeline = { events: { id: string }[]; followUps: { id: string; status: string }[] };

describe("roles inside an organization", () => {
  let world: World;
  let theirKey: string;
  beforeAll(async () => {
    world = await createWorld();
    theirKey = "acme-analyst";
    await world.call(world.a.otherSeeker, "opportunities.logEvent", {
      event: { type: "interview", at: "2026-11-02T10:00:00-05:00", opportunity: theirKey, interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] },
      details: { title: "Analyst", company: "Acme" },
    });
  });

  const seeker = () => world.a.otherSeeker.membership.id;

  it("a coach reaching another coach's seeker gets NOT_FOUND for the detail, the timeline and an override, and nothing changes", async () => {
    const timelineBefore = (await world.call(world.a.otherSeeker, "opportunities.timeline", { opportunityKey: theirKey })) as Timeline;
    const overviewBefore = await world.call(world.a.admin, "policy.current");
    await expectCode(world.call(world.a.coach, "caseload.seeker", { seekerMembershipId: seeker() }), "NOT_FOUND");
    await expectCode(world.call(world.a.coach, "opportunities.listForSeeker", { seekerMembershipId: seeker() }), "NOT_FOUND");
    await expectCode(world.call(world.a.coach, "opportunities.timelineForSeeker", { seekerMembershipId: seeker(), opportunityKey: theirKey }), "NOT_FOUND");
    await expectCode(world.call(world.a.coach, "policy.setOverride", { seekerMembershipId: seeker(), policy: "three-by-three" }), "NOT_FOUND");
    await expectCode(world.call(world.a.coach, "policy.clearOverride", { seekerMembershipId: seeker() }), "NOT_FOUND");
    expect(await world.call(world.a.otherSeeker, "opportunities.timeline", { opportunityKey: theirKey })).toEqual(timelineBefore);
    expect(await world.call(world.a.admin, "policy.current")).toEqual(overviewBefore);
  });

  it("with coachesSeeAllSeekers on, the same coach reads and changes that seeker", async () => {
    await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
      expect(await world.call(world.a.coach, "caseload.seeker", { seekerMembershipId: seeker() })).toMatchObject({ membershipId: seeker(), isMine: false });
      const timeline = (await world.call(world.a.coach, "opportunities.timelineForSeeker", { seekerMembershipId: seeker(), opportunityKey: theirKey })) as Timeline;
      expect(timeline.events).toHaveLength(1);
      await world.call(world.a.coach, "policy.setOverride", { seekerMembershipId: seeker(), policy: "three-by-three" });
      const overview = (await world.call(world.a.coach, "policy.current")) as Overview;
      expect(overview.overrides.map((row) => row.seekerMembershipId)).toContain(seeker());
      await world.call(world.a.coach, "policy.clearOverride", { seekerMembershipId: seeker() });
    });
    // Back to the default: closed again.
    await expectCode(world.call(world.a.coach, "caseload.seeker", { seekerMembershipId: seeker() }), "NOT_FOUND");
  });

  it("a coach saving the organization's policy gets FORBIDDEN and no version is written; with coachesManagePolicy it saves", async () => {
    const before = (await world.call(world.a.admin, "policy.current")) as Overview;
    expect(((await world.call(world.a.coach, "policy.current")) as Overview).canManage).toBe(false);
    await expectCode(world.call(world.a.coach, "policy.update", { policy: "persist-until-answer" }), "FORBIDDEN");
    expect(((await world.call(world.a.admin, "policy.current")) as Overview).organization).toEqual(before.organization);
    await withRoleSettings(world.a, { coachesManagePolicy: true }, async () => {
      expect(((await world.call(world.a.coach, "policy.current")) as Overview).canManage).toBe(true);
      const saved = (await world.call(world.a.coach, "policy.update", { policy: "persist-until-answer" })) as { version: number; policyId: string };
      expect(saved).toMatchObject({ version: before.organization.version + 1, policyId: "persist-until-answer" });
    });
    await expectCode(world.call(world.a.coach, "policy.update", { policy: "three-by-three" }), "FORBIDDEN");
  });

  it("an admin reaches every seeker, saves the policy and changes the settings, with both settings off", async () => {
    const all = (await world.call(world.a.admin, "caseload.list", { scope: "mine" })) as { scope: string; seekers: { membershipId: string }[] };
    expect(all.scope).toBe("all");
    expect(all.seekers.map((row) => row.membershipId).sort()).toEqual([world.a.seeker.membership.id, seeker()].sort());
    for (const id of [world.a.seeker.membership.id, seeker()]) {
      await world.call(world.a.admin, "caseload.seeker", { seekerMembershipId: id });
      await world.call(world.a.admin, "opportunities.listForSeeker", { seekerMembershipId: id });
      await world.call(world.a.admin, "policy.setOverride", { seekerMembershipId: id, policy: "two-week-call" });
      await world.call(world.a.admin, "policy.clearOverride", { seekerMembershipId: id });
    }
    await world.call(world.a.admin, "opportunities.timelineForSeeker", { seekerMembershipId: seeker(), opportunityKey: theirKey });
    expect(((await world.call(world.a.admin, "policy.current")) as Overview).canManage).toBe(true);
    await world.call(world.a.admin, "policy.update", { policy: "decision-date" });
    expect(await world.call(world.a.admin, "organization.settings")).toEqual({ coachesSeeAllSeekers: false, coachesManagePolicy: false });
  });

  it("coaches and seekers cannot read or change the settings", async () => {
    for (const actor of [world.a.coach, world.a.seeker]) {
      await expectCode(world.call(actor, "organization.settings"), "FORBIDDEN");
      await expectCode(world.call(actor, "organization.updateSettings", { coachesSeeAllSeekers: true, coachesManagePolicy: true }), "FORBIDDEN");
    }
    expect(await world.call(world.a.admin, "organization.settings")).toEqual({ coachesSeeAllSeekers: false, coachesManagePolicy: false });
  });

  it("a seeker reaching coach procedures gets FORBIDDEN, even for their own records and with every setting on", async () => {
    await withRoleSettings(world.a, { coachesSeeAllSeekers: true, coachesManagePolicy: true }, async () => {
      const own = { seekerMembershipId: world.a.seeker.membership.id };
      const calls: [string, unknown][] = [
        ["caseload.list", { scope: "all" }],
        ["caseload.seeker", own],
        ["opportunities.listForSeeker", own],
        ["opportunities.timelineForSeeker", { ...own, opportunityKey: theirKey }],
        ["policy.current", undefined],
        ["policy.update", { policy: "three-by-three" }],
        ["policy.setOverride", { ...own, policy: "three-by-three" }],
        ["policy.clearOverride", own],
        ["invitations.create", { email: "someone@example.test", role: "SEEKER" }],
      ];
      for (const [path, input] of calls) await expectCode(world.call(world.a.seeker, path, input), "FORBIDDEN");
    });
  });
});
