/**
 * Isolation cases for the audit trail. A's admin lists only A's rows, and a
 * filter naming B's people finds nothing; a seeker's "who viewed my record"
 * shows only views of their own record, never B's or another seeker's.
 */
import { expect } from "vitest";
import type { ProcedureCases } from "../case";
import type { World } from "../world";

type AuditPage = { rows: { id: string; subject: { membershipId: string | null } | null; actor: { membershipId: string | null } | null }[] };
type RecordViews = { viewer: string }[];

/** B's coach reads B's seeker: rows in B's trail that must never reach A. */
async function bActivity(world: World): Promise<void> {
  await world.call(world.b.coach, "caseload.seeker", { seekerMembershipId: world.b.seeker.membership.id });
  await world.call(world.b.coach, "opportunities.listForSeeker", { seekerMembershipId: world.b.seeker.membership.id });
}

export const auditCases: ProcedureCases = {
  "audit.list": {
    access: ["ADMIN"],
    outsideCaseload: { notApplicable: "administrators only: coaches are refused (FORBIDDEN) whatever their caseload" },
    validInput: () => ({}),
    async crossTenant(world) {
      await bActivity(world);
      const bRows = (await world.call(world.b.admin, "audit.list", {})) as AuditPage;
      expect(bRows.rows.length).toBeGreaterThan(0);
      const aRows = (await world.call(world.a.admin, "audit.list", { limit: 100 })) as AuditPage;
      const bIds = new Set(bRows.rows.map((row) => row.id));
      expect(aRows.rows.filter((row) => bIds.has(row.id))).toEqual([]);
      // Filtering by B's seeker or coach finds nothing, rather than B's rows.
      expect(((await world.call(world.a.admin, "audit.list", { subjectMembershipId: world.b.seeker.membership.id })) as AuditPage).rows).toEqual([]);
      expect(((await world.call(world.a.admin, "audit.list", { actorMembershipId: world.b.coach.membership.id })) as AuditPage).rows).toEqual([]);
      // A cursor from B's trail does not open it.
      const bCursor = bRows.rows[0]!.id;
      const page = await world.call(world.a.admin, "audit.list", { cursor: bCursor }).then(
        (value) => value as AuditPage,
        () => ({ rows: [] }) as AuditPage,
      );
      expect(page.rows.filter((row) => bIds.has(row.id))).toEqual([]);
    },
  },
  "audit.myRecordViews": {
    access: ["SEEKER"],
    outsideCaseload: { notApplicable: "the calling seeker's own record only; takes no seeker id" },
    validInput: () => ({}),
    async crossTenant(world) {
      await bActivity(world);
      const bViews = (await world.call(world.b.seeker, "audit.myRecordViews", {})) as RecordViews;
      expect(bViews.length).toBeGreaterThan(0);
      const before = (await world.call(world.a.seeker, "audit.myRecordViews", {})) as RecordViews;
      await bActivity(world);
      expect(await world.call(world.a.seeker, "audit.myRecordViews", {})).toEqual(before);
    },
  },
};
