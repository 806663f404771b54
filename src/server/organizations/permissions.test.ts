/**
 * The role matrix, checked over every role × action × combination of the two
 * settings against a table written out by hand (the same table as
 * docs/security.md), so a change to `can` that the docs do not make fails.
 */
import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { INVITABLE_ROLES } from "@/server/invitations/invitable-roles";
import { ACTIONS, can, type Action, type RoleSettings } from "./permissions";

const ROLES: Role[] = ["SEEKER", "COACH", "ADMIN"];
const SETTINGS: RoleSettings[] = [
  { coachesSeeAllSeekers: false, coachesManagePolicy: false },
  { coachesSeeAllSeekers: true, coachesManagePolicy: false },
  { coachesSeeAllSeekers: false, coachesManagePolicy: true },
  { coachesSeeAllSeekers: true, coachesManagePolicy: true },
];

/** yes: always; no: never; "seeAll" / "managePolicy": only when that setting is on. */
type Cell = "yes" | "no" | "seeAll" | "managePolicy";
const MATRIX: Record<Action, Record<Role, Cell>> = {
  "seekers.caseload": { SEEKER: "no", COACH: "yes", ADMIN: "yes" },
  "seekers.all": { SEEKER: "no", COACH: "seeAll", ADMIN: "yes" },
  "policy.read": { SEEKER: "no", COACH: "yes", ADMIN: "yes" },
  "policy.manage": { SEEKER: "no", COACH: "managePolicy", ADMIN: "yes" },
  "invitations.seekers": { SEEKER: "no", COACH: "yes", ADMIN: "no" },
  "invitations.staff": { SEEKER: "no", COACH: "no", ADMIN: "yes" },
  "settings.manage": { SEEKER: "no", COACH: "no", ADMIN: "yes" },
  "own.records": { SEEKER: "yes", COACH: "no", ADMIN: "no" },
};

function expected(cell: Cell, settings: RoleSettings): boolean {
  if (cell === "seeAll") return settings.coachesSeeAllSeekers;
  if (cell === "managePolicy") return settings.coachesManagePolicy;
  return cell === "yes";
}

describe("can", () => {
  it("has a row in the matrix for every action", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  const cases = ROLES.flatMap((role) => ACTIONS.flatMap((action) => SETTINGS.map((settings) => ({ role, action, settings }))));
  it.each(cases)("$role / $action / seeAll=$settings.coachesSeeAllSeekers managePolicy=$settings.coachesManagePolicy", ({ role, action, settings }) => {
    expect(can({ role }, settings, action)).toBe(expected(MATRIX[action][role], settings));
  });

  it("a setting never grants anything to a seeker, and never takes anything from an admin", () => {
    for (const action of ACTIONS) {
      const forSeeker = SETTINGS.map((settings) => can({ role: "SEEKER" }, settings, action));
      const forAdmin = SETTINGS.map((settings) => can({ role: "ADMIN" }, settings, action));
      expect(new Set(forSeeker).size, action).toBe(1);
      expect(new Set(forAdmin).size, action).toBe(1);
    }
  });

  it("agrees with who the invitation form lets each role invite", () => {
    for (const role of ROLES) {
      const settings = SETTINGS[0]!;
      expect(INVITABLE_ROLES[role].includes("SEEKER"), role).toBe(can({ role }, settings, "invitations.seekers"));
      expect(INVITABLE_ROLES[role].includes("COACH"), role).toBe(can({ role }, settings, "invitations.staff"));
    }
  });
});
