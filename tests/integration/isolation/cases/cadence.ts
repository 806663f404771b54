/**
 * Isolation cases for the cadence store's procedures (opportunities,
 * followUps, policy). Tenant A's people pass tenant B's ids and keys: they
 * get NOT_FOUND (or, for keys that are per-seeker names, A's own empty
 * namespace), lists show none of B, and B's rows are unchanged.
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { ProcedureCases } from "../case";
import { expectCode, withRoleSettings, type Actor, type World } from "../world";

type Listed = { opportunities: { key: string; title: string }[] };
const key = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;
const at = (isoDate: string) => `${isoDate}T10:00:00-05:00`;

/** Opens an interviewed opportunity for `seeker` (through the API) and returns its key. */
async function interviewFor(world: World, seeker: Actor, label: string): Promise<string> {
  const opportunityKey = key(label);
  await world.call(seeker, "opportunities.logEvent", {
    event: { type: "interview", at: at("2026-11-02"), opportunity: opportunityKey, interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] },
    details: { title: `Secret role ${label}`, company: "B Corp" },
  });
  return opportunityKey;
}

type Timeline = { events: { id: string }[]; followUps: { id: string; status: string }[] };
const timelineOf = (world: World, seeker: Actor, opportunityKey: string) =>
  world.call(seeker, "opportunities.timeline", { opportunityKey }) as Promise<Timeline>;

async function openFollowUpOf(world: World, seeker: Actor, opportunityKey: string): Promise<string> {
  const timeline = await timelineOf(world, seeker, opportunityKey);
  const open = timeline.followUps.find((followUp) => followUp.status === "open");
  if (!open) throw new Error("expected an open follow-up");
  return open.id;
}

type Overview = { organization: { version: number; policyId: string }; overrides: { seekerMembershipId: string }[] };

export const cadenceCases: ProcedureCases = {
  "opportunities.logEvent": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "a seeker procedure: the seeker is always the caller, never an input" },
    validInput: () => ({ event: { type: "applied", at: at("2026-11-02"), opportunity: key("valid") } }),
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-log");
      const before = await timelineOf(world, world.b.seeker, ofB);
      // B's key means nothing to A: a follow-up on it finds no opening event in A's own log.
      await expectCode(
        world.call(world.a.seeker, "opportunities.logEvent", { event: { type: "follow_up", at: at("2026-11-03"), opportunity: ofB, channel: "email" } }),
        "BAD_REQUEST",
      );
      // Naming B's seeker in the input changes nothing: the seeker is the caller.
      await world.call(world.a.seeker, "opportunities.logEvent", {
        seekerMembershipId: world.b.seeker.membership.id,
        event: { type: "interview", at: at("2026-11-03"), opportunity: ofB, interviewers: [{ name: "Mallory" }] },
      });
      expect((await timelineOf(world, world.b.seeker, ofB)).events).toEqual(before.events);
      const listedForA = ((await world.call(world.a.seeker, "opportunities.list")) as Listed).opportunities;
      expect(listedForA.find((row) => row.key === ofB)?.title).toBe(ofB); // A's own, not B's "Secret role"
    },
  },
  "opportunities.list": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "a seeker procedure: the seeker is always the caller, never an input" },
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-list");
      const listed = ((await world.call(world.a.seeker, "opportunities.list")) as Listed).opportunities;
      expect(listed.map((row) => row.key)).not.toContain(ofB);
      expect(listed.map((row) => row.title)).not.toContain("Secret role b-list");
    },
  },
  "opportunities.timeline": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "a seeker procedure: the seeker is always the caller, never an input" },
    validInput: () => ({ opportunityKey: "no-such-opportunity" }),
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-timeline");
      await expectCode(world.call(world.a.seeker, "opportunities.timeline", { opportunityKey: ofB }), "NOT_FOUND");
    },
  },
  "opportunities.listForSeeker": {
    access: ["COACH", "ADMIN"],
    validInput: (world) => ({ seekerMembershipId: world.a.seeker.membership.id }),
    async crossTenant(world) {
      await interviewFor(world, world.b.seeker, "b-coach-list");
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "opportunities.listForSeeker", { seekerMembershipId: world.b.seeker.membership.id }), "NOT_FOUND");
      }
    },
    async outsideCaseload(world) {
      const theirs = await interviewFor(world, world.a.otherSeeker, "a-other-list");
      const input = { seekerMembershipId: world.a.otherSeeker.membership.id };
      await expectCode(world.call(world.a.coach, "opportunities.listForSeeker", input), "NOT_FOUND");
      const keysFor = async (actor: Actor) => ((await world.call(actor, "opportunities.listForSeeker", input)) as Listed).opportunities.map((row) => row.key);
      expect(await keysFor(world.a.otherCoach)).toContain(theirs);
      expect(await keysFor(world.a.admin)).toContain(theirs);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        expect(await keysFor(world.a.coach)).toContain(theirs);
      });
    },
  },
  "opportunities.timelineForSeeker": {
    access: ["COACH", "ADMIN"],
    validInput: (world) => ({ seekerMembershipId: world.a.seeker.membership.id, opportunityKey: "no-such-opportunity" }),
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-coach-timeline");
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "opportunities.timelineForSeeker", { seekerMembershipId: world.b.seeker.membership.id, opportunityKey: ofB }), "NOT_FOUND");
      }
    },
    async outsideCaseload(world) {
      const theirs = await interviewFor(world, world.a.otherSeeker, "a-other-timeline");
      const input = { seekerMembershipId: world.a.otherSeeker.membership.id, opportunityKey: theirs };
      await expectCode(world.call(world.a.coach, "opportunities.timelineForSeeker", input), "NOT_FOUND");
      const expected = await timelineOf(world, world.a.otherSeeker, theirs);
      expect(await world.call(world.a.otherCoach, "opportunities.timelineForSeeker", input)).toEqual(expected);
      expect(await world.call(world.a.admin, "opportunities.timelineForSeeker", input)).toEqual(expected);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        expect(await world.call(world.a.coach, "opportunities.timelineForSeeker", input)).toEqual(expected);
      });
    },
  },
  "followUps.today": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "a seeker procedure: the seeker is always the caller, never an input" },
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-today");
      const idOfB = await openFollowUpOf(world, world.b.seeker, ofB);
      const today = (await world.call(world.a.seeker, "followUps.today")) as { followUps: { id: string; opportunityKey: string }[] };
      expect(today.followUps.map((row) => row.id)).not.toContain(idOfB);
      expect(today.followUps.map((row) => row.opportunityKey)).not.toContain(ofB);
    },
  },
  "followUps.markDone": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "a seeker procedure: the seeker is always the caller, never an input" },
    validInput: () => ({ followUpId: "no-such-follow-up" }),
    async crossTenant(world) {
      const ofB = await interviewFor(world, world.b.seeker, "b-done");
      const idOfB = await openFollowUpOf(world, world.b.seeker, ofB);
      await expectCode(world.call(world.a.seeker, "followUps.markDone", { followUpId: idOfB }), "NOT_FOUND");
      const after = await timelineOf(world, world.b.seeker, ofB);
      expect(after.followUps.find((row) => row.id === idOfB)?.status).toBe("open");
      expect(after.events).toHaveLength(1);
    },
  },
  "policy.presets": {
    access: ["COACH", "ADMIN"],
    outsideCaseload: { notApplicable: "product data, the same for everyone; no seeker's records" },
    async crossTenant(world) {
      // Presets are product data, the same for every tenant; nothing of B's is in them.
      const presets = (await world.call(world.a.coach, "policy.presets")) as { id: string }[];
      expect(presets.map((preset) => preset.id)).toContain("decision-date");
      expect(presets).toHaveLength(6);
    },
  },
  "policy.current": {
    access: ["COACH", "ADMIN"],
    async crossTenant(world) {
      await world.call(world.b.coach, "policy.setOverride", { seekerMembershipId: world.b.seeker.membership.id, policy: "two-week-call" });
      for (const actor of [world.a.coach, world.a.admin]) {
        const current = (await world.call(actor, "policy.current")) as Overview;
        expect(current.overrides.map((row) => row.seekerMembershipId)).not.toContain(world.b.seeker.membership.id);
      }
    },
    async outsideCaseload(world) {
      await world.call(world.a.otherCoach, "policy.setOverride", { seekerMembershipId: world.a.otherSeeker.membership.id, policy: "two-week-call" });
      const overriddenFor = async (actor: Actor) => ((await world.call(actor, "policy.current")) as Overview).overrides.map((row) => row.seekerMembershipId);
      expect(await overriddenFor(world.a.coach)).not.toContain(world.a.otherSeeker.membership.id);
      expect(await overriddenFor(world.a.otherCoach)).toContain(world.a.otherSeeker.membership.id);
      expect(await overriddenFor(world.a.admin)).toContain(world.a.otherSeeker.membership.id);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        expect(await overriddenFor(world.a.coach)).toContain(world.a.otherSeeker.membership.id);
      });
    },
  },
  "policy.preview": {
    access: ["COACH", "ADMIN"],
    outsideCaseload: { notApplicable: "plans a sample story; reads no seeker's records" },
    validInput: () => ({ policy: "decision-date", story: { events: [] } }),
    async crossTenant(world) {
      const bBefore = (await world.call(world.b.coach, "policy.current")) as Overview;
      const preview = (await world.call(world.a.coach, "policy.preview", {
        policy: "persist-until-answer",
        story: { events: [{ type: "interview", at: at("2026-11-02"), opportunity: "sample", interviewers: [{ name: "Dana Lee" }] }] },
        now: "2026-11-20T12:00:00Z",
      })) as { followUps: unknown[] };
      expect(preview.followUps.length).toBeGreaterThan(0);
      // A preview saves nothing, anywhere.
      expect(await world.call(world.b.coach, "policy.current")).toEqual(bBefore);
    },
  },
  "policy.update": {
    // Coaches only with coachesManagePolicy (tests/integration/roles.test.ts); by default the suite checks they get FORBIDDEN.
    access: ["ADMIN"],
    outsideCaseload: { notApplicable: "the organization's policy, not one seeker's; coach vs admin is the role check" },
    validInput: () => ({ policy: "three-by-three" }),
    async crossTenant(world) {
      const bBefore = (await world.call(world.b.coach, "policy.current")) as Overview;
      const ofB = await interviewFor(world, world.b.seeker, "b-update");
      const bPlan = await timelineOf(world, world.b.seeker, ofB);
      await world.call(world.a.admin, "policy.update", { policy: "persist-until-answer" });
      expect(((await world.call(world.b.coach, "policy.current")) as Overview).organization).toEqual(bBefore.organization);
      expect((await timelineOf(world, world.b.seeker, ofB)).followUps).toEqual(bPlan.followUps);
    },
  },
  "policy.replanProgress": {
    access: ["COACH", "ADMIN"],
    outsideCaseload: { notApplicable: "counts for the whole organization's re-plan; names no seeker" },
    async crossTenant(world) {
      // Version and total only: A's own re-plan may be moving in the background meanwhile.
      const versionAndTotal = async () => {
        const progress = (await world.call(world.a.coach, "policy.replanProgress")) as { version: number; total: number } | null;
        return progress ? { version: progress.version, total: progress.total } : null;
      };
      const aBefore = await versionAndTotal();
      // B saves a policy: B's progress names B's new version; A's does not move.
      const saved = (await world.call(world.b.admin, "policy.update", { policy: "only-mutual-interest" })) as { replan: { version: number } };
      const bProgress = (await world.call(world.b.admin, "policy.replanProgress")) as { version: number } | null;
      expect(bProgress?.version).toBe(saved.replan.version);
      expect(await versionAndTotal()).toEqual(aBefore);
    },
  },
  "policy.setOverride": {
    access: ["COACH", "ADMIN"],
    validInput: (world) => ({ seekerMembershipId: world.a.seeker.membership.id, policy: "two-week-call" }),
    async crossTenant(world) {
      const bBefore = (await world.call(world.b.coach, "policy.current")) as Overview;
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "policy.setOverride", { seekerMembershipId: world.b.seeker.membership.id, policy: "only-mutual-interest" }), "NOT_FOUND");
      }
      // A's own coach is not a seeker either.
      await expectCode(world.call(world.a.admin, "policy.setOverride", { seekerMembershipId: world.a.coach.membership.id, policy: "two-week-call" }), "NOT_FOUND");
      expect(await world.call(world.b.coach, "policy.current")).toEqual(bBefore);
    },
    async outsideCaseload(world) {
      const seekerMembershipId = world.a.otherSeeker.membership.id;
      const before = await world.call(world.a.admin, "policy.current");
      await expectCode(world.call(world.a.coach, "policy.setOverride", { seekerMembershipId, policy: "only-mutual-interest" }), "NOT_FOUND");
      expect(await world.call(world.a.admin, "policy.current")).toEqual(before);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        const summary = (await world.call(world.a.coach, "policy.setOverride", { seekerMembershipId, policy: "only-mutual-interest" })) as { policyId: string };
        expect(summary.policyId).toBe("only-mutual-interest");
      });
      await world.call(world.a.admin, "policy.setOverride", { seekerMembershipId, policy: "decision-date" });
    },
  },
  "policy.clearOverride": {
    access: ["COACH", "ADMIN"],
    validInput: (world) => ({ seekerMembershipId: world.a.seeker.membership.id }),
    async crossTenant(world) {
      await world.call(world.b.coach, "policy.setOverride", { seekerMembershipId: world.b.seeker.membership.id, policy: "two-week-call" });
      const bBefore = (await world.call(world.b.coach, "policy.current")) as Overview;
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "policy.clearOverride", { seekerMembershipId: world.b.seeker.membership.id }), "NOT_FOUND");
      }
      expect(await world.call(world.b.coach, "policy.current")).toEqual(bBefore);
    },
    async outsideCaseload(world) {
      const seekerMembershipId = world.a.otherSeeker.membership.id;
      await world.call(world.a.otherCoach, "policy.setOverride", { seekerMembershipId, policy: "two-week-call" });
      const before = await world.call(world.a.admin, "policy.current");
      await expectCode(world.call(world.a.coach, "policy.clearOverride", { seekerMembershipId }), "NOT_FOUND");
      expect(await world.call(world.a.admin, "policy.current")).toEqual(before);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        await world.call(world.a.coach, "policy.clearOverride", { seekerMembershipId });
      });
      const after = (await world.call(world.a.admin, "policy.current")) as Overview;
      expect(after.overrides.map((row) => row.seekerMembershipId)).not.toContain(seekerMembershipId);
    },
  },
};
