/**
 * Isolation cases for the organization's role settings (admins only). A's
 * admin reads and changes A's settings; B's stay as they were.
 */
import { expect } from "vitest";
import type { ProcedureCases } from "../case";
import { expectCode, setRoleSettings } from "../world";

const OFF = { coachesSeeAllSeekers: false, coachesManagePolicy: false };

export const organizationCases: ProcedureCases = {
  "organization.settings": {
    access: ["ADMIN"],
    outsideCaseload: { notApplicable: "the organization's settings, read by admins only; no seeker's records" },
    async crossTenant(world) {
      await setRoleSettings(world.b, { coachesSeeAllSeekers: true, coachesManagePolicy: true });
      try {
        expect(await world.call(world.a.admin, "organization.settings")).toEqual(OFF);
        expect(await world.call(world.b.admin, "organization.settings")).toEqual({ coachesSeeAllSeekers: true, coachesManagePolicy: true });
      } finally {
        await setRoleSettings(world.b, OFF);
      }
    },
  },
  "organization.updateSettings": {
    access: ["ADMIN"],
    validInput: () => OFF,
    outsideCaseload: { notApplicable: "the organization's settings, changed by admins only; no seeker's records" },
    async crossTenant(world) {
      try {
        expect(await world.call(world.a.admin, "organization.updateSettings", { coachesSeeAllSeekers: true, coachesManagePolicy: false })).toEqual({
          coachesSeeAllSeekers: true,
          coachesManagePolicy: false,
        });
        expect(await world.call(world.b.admin, "organization.settings")).toEqual(OFF);
        // Naming B in the input changes nothing: the organization is the session's.
        await world.call(world.a.admin, "organization.updateSettings", { organizationId: world.b.organization.id, coachesSeeAllSeekers: false, coachesManagePolicy: true });
        expect(await world.call(world.b.admin, "organization.settings")).toEqual(OFF);
        expect(await world.call(world.a.admin, "organization.settings")).toEqual({ coachesSeeAllSeekers: false, coachesManagePolicy: true });
        // Bad input: a missing or non-boolean setting is refused, naming the field.
        await expectCode(world.call(world.a.admin, "organization.updateSettings", { coachesSeeAllSeekers: "yes", coachesManagePolicy: false }), "BAD_REQUEST");
        await expectCode(world.call(world.a.admin, "organization.updateSettings", { coachesSeeAllSeekers: true }), "BAD_REQUEST");
      } finally {
        await setRoleSettings(world.a, OFF);
      }
    },
  },
};
