-- Tenancy in the schema: every reference between tenant tables is a
-- composite (organizationId, id) foreign key, so the database refuses a row
-- that points into another organization whatever the application does
-- (tests/integration/tenant-foreign-keys.test.ts checks the catalog).
--
-- And the audit trail (AuditEvent): append-only, under row-level security.

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('sign_in_succeeded', 'sign_in_failed', 'access_denied', 'seeker_record_viewed', 'caseload_viewed', 'policy_changed', 'override_changed', 'invitation_created', 'invitation_revoked', 'invitation_accepted', 'role_changed', 'caseload_changed', 'settings_changed', 'export_created');

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "CaseloadAssignment" DROP CONSTRAINT "CaseloadAssignment_coachMembershipId_fkey";

-- DropForeignKey
ALTER TABLE "CaseloadAssignment" DROP CONSTRAINT "CaseloadAssignment_seekerMembershipId_fkey";

-- DropForeignKey
ALTER TABLE "OpportunityContact" DROP CONSTRAINT "OpportunityContact_opportunityId_fkey";

-- DropForeignKey
ALTER TABLE "OpportunityEvent" DROP CONSTRAINT "OpportunityEvent_opportunityId_fkey";

-- DropForeignKey
ALTER TABLE "PlannedFollowUp" DROP CONSTRAINT "PlannedFollowUp_opportunityId_fkey";

-- DropForeignKey
ALTER TABLE "ExtraContact" DROP CONSTRAINT "ExtraContact_opportunityId_fkey";

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "AuditAction" NOT NULL,
    "actorUserId" TEXT,
    "actorMembershipId" TEXT,
    "subjectMembershipId" TEXT,
    "view" TEXT,
    "targetId" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_occurredAt_idx" ON "AuditEvent"("organizationId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_subjectMembershipId_occurredAt_idx" ON "AuditEvent"("organizationId", "subjectMembershipId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_action_occurredAt_idx" ON "AuditEvent"("organizationId", "action", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_actorMembershipId_occurredAt_idx" ON "AuditEvent"("organizationId", "actorMembershipId", "occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_organizationId_id_key" ON "Cohort"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CaseloadAssignment_organizationId_seekerMembershipId_key" ON "CaseloadAssignment"("organizationId", "seekerMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_organizationId_id_key" ON "Opportunity"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityEvent_organizationId_id_key" ON "OpportunityEvent"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExtraContact_organizationId_eventId_key" ON "ExtraContact"("organizationId", "eventId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE SET NULL ("cohortId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_organizationId_coachMembershipId_fkey" FOREIGN KEY ("organizationId", "coachMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_invitedByMembershipId_fkey" FOREIGN KEY ("organizationId", "invitedByMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE SET NULL ("cohortId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityContact" ADD CONSTRAINT "OpportunityContact_organizationId_opportunityId_fkey" FOREIGN KEY ("organizationId", "opportunityId") REFERENCES "Opportunity"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityEvent" ADD CONSTRAINT "OpportunityEvent_organizationId_opportunityId_fkey" FOREIGN KEY ("organizationId", "opportunityId") REFERENCES "Opportunity"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedFollowUp" ADD CONSTRAINT "PlannedFollowUp_organizationId_opportunityId_fkey" FOREIGN KEY ("organizationId", "opportunityId") REFERENCES "Opportunity"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedFollowUp" ADD CONSTRAINT "PlannedFollowUp_organizationId_doneByEventId_fkey" FOREIGN KEY ("organizationId", "doneByEventId") REFERENCES "OpportunityEvent"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtraContact" ADD CONSTRAINT "ExtraContact_organizationId_opportunityId_fkey" FOREIGN KEY ("organizationId", "opportunityId") REFERENCES "Opportunity"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtraContact" ADD CONSTRAINT "ExtraContact_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtraContact" ADD CONSTRAINT "ExtraContact_organizationId_eventId_fkey" FOREIGN KEY ("organizationId", "eventId") REFERENCES "OpportunityEvent"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Deleting a cohort clears cohortId only (written by hand: Prisma's SetNull
-- on a composite key would null organizationId as well, which is NOT NULL).
-- Needs PostgreSQL 15 or later.

-- The audit trail: tenant-scoped, and append-only for the app role.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEvent"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
GRANT SELECT, INSERT ON "AuditEvent" TO followthrough_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM followthrough_app;
