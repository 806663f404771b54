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

describe("cross-tenant isolation", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });

  it("has an isolation case for every procedure, and none for procedures that no longer exist", () => {
    expect(procedurePaths.filter((path) => !(path in allCases)), "procedures with no isolation case").toEqual([]);
    expect(Object.keys(allCases).filter((path) => !procedurePaths.includes(path)), "stale cases").toEqual([]);
  });

  describe.each(procedurePaths)("%s", (path) => {
    const procedureCase = allCases[path];

    it.runIf(procedureCase && procedureCase.access !== "public")("refuses anonymous callers", async () => {
      await expectCode(world.call(null, path, undefined), "UNAUTHORIZED");
    });

    const access = procedureCase?.access;
    const forbiddenRoles = Array.isArray(access) ? ROLES.filter((role) => !access.includes(role)) : [];
    it.runIf(forbiddenRoles.length > 0)(`refuses ${forbiddenRoles.join(", ")}`, async () => {
      for (const role of forbiddenRoles) {
        const actor = world.actor(world.a, role);
        const input = procedureCase?.validInput ? await procedureCase.validInput(world, actor) : undefined;
        await expectCode(world.call(actor, path, input), "FORBIDDEN");
      }
    });

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
  });
});
