import { expect } from "vitest";
import type { ProcedureCases } from "../case";
import { expectCode } from "../world";

export const viewerCases: ProcedureCases = {
  "viewer.me": {
    access: "signedIn",
    outsideCaseload: { notApplicable: "the caller's own user and memberships; no seeker's records" },
    async crossTenant(world) {
      const me = (await world.call(world.a.seeker, "viewer.me")) as { organizations: { organizationId: string }[] };
      expect(me.organizations.map((org) => org.organizationId)).toEqual([world.a.organization.id]);
    },
  },
  "viewer.selectOrganization": {
    access: "signedIn",
    outsideCaseload: { notApplicable: "the caller's own user and memberships; no seeker's records" },
    validInput: (world, actor) => ({ organizationId: actor.membership.organizationId }),
    async crossTenant(world) {
      for (const actor of [world.a.seeker, world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "viewer.selectOrganization", { organizationId: world.b.organization.id }), "NOT_FOUND");
      }
    },
  },
};
