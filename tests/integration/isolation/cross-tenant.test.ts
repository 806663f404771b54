/**
 * The cross-tenant suite: every procedure of the app router must have a case
 * (cases/), and every case is held to the same checks.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { appRouter } from "@/server/api/root";
import type { ProcedureCase } from "./case";
import { allCases } from "./cases";
import { createWorld, expectCode, type World } from "./world";

function allowedActor(world: World, access: ProcedureCase["access"] | undefined) {
  if (access === "public") return null;
  if (access === "signedIn" || !access) return world.a.seeker;
  return world.actor(world.a, access[0] ?? "ADMIN");
}

const ROLES: Role[] = ["ADMIN", "COACH", "SEEKER"];
const procedurePaths = Object.keys(appRouter._def.procedures).sort();

describe("isolation: tenants, roles and caseloads", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });

  it("says for every procedure whether a seeker outside a coach's caseload applies, and why not when it does not", () => {
    for (const [path, procedureCase] of Object.entries(allCases)) {
      const outside = procedureCase.outsideCaseload;
      expect(typeof outside === "function" || outside.notApplicable.length > 10, path).toBe(true);
    }
  });

  it("has an isolation case for every procedure, and none for procedures that no longer exist", () => {
    expect(procedurePaths.filter((path) => !(path in allCases)), "procedures with no isolation case").toEqual([]);
    expect(Object.keys(allCases).filter((path) => !procedurePaths.includes(path)), "stale cases").toEqual([]);
  });

  describe.each(procedurePaths)("%s", (path) => {
    const procedureCase = allCases[path];

    if (procedureCase?.access !== "public") {
      it("refuses anonymous callers", async () => {
        await expectCode(world.call(null, path, undefined), "UNAUTHORIZED");
      });
    }

    const access = procedureCase?.access;
    const forbiddenRoles = Array.isArray(access) ? ROLES.filter((role) => !access.includes(role)) : [];
    if (forbiddenRoles.length > 0) {
      it(`refuses ${forbiddenRoles.join(", ")}`, async () => {
        for (const role of forbiddenRoles) {
          const actor = world.actor(world.a, role);
          const input = procedureCase?.validInput ? await procedureCase.validInput(world, actor) : undefined;
          await expectCode(world.call(actor, path, input), "FORBIDDEN");
        }
      });
    }

    if (Array.isArray(access)) {
      it("refuses a session that names an organization the user is not a member of", async () => {
        const role = access[0] ?? "ADMIN";
        const outsider = world.actor(world.b, role);
        // B's member, with a session pointing at A (as a forged or stale session would).
        const forged = { ...outsider, membership: { ...outsider.membership, organizationId: world.a.organization.id } };
        await expectCode(world.call(forged, path, undefined), "FORBIDDEN");
      });
    }

    it("answers malformed input with a specific BAD_REQUEST, never a 500", async () => {
      const actor = allowedActor(world, procedureCase?.access);
      for (const garbage of ["not an object", 42, [1, 2, 3]]) {
        await expectCode(world.call(actor, path, garbage), "BAD_REQUEST");
      }
    });

    it("keeps tenant A away from tenant B's rows", async () => {
      if (!procedureCase) throw new Error(`No isolation case for ${path}`);
      await procedureCase.crossTenant(world);
    });

    const outside = procedureCase?.outsideCaseload;
    if (typeof outside === "function") {
      it("keeps a coach away from a seeker outside their caseload", async () => {
        await outside(world);
      });
    }
  });
});
