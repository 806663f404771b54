-- CreateEnum
CREATE TYPE "OpportunityKind" AS ENUM ('job', 'networking');

-- CreateEnum
CREATE TYPE "OpportunityState" AS ENUM ('active', 'closed_offer', 'closed_rejected', 'closed_runner_up', 'presumed_closed', 'withdrawn');

-- CreateEnum
CREATE TYPE "OpportunityFlag" AS ENUM ('over_contact', 'too_early');

-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('hiring_manager', 'hr', 'recruiter', 'interviewer', 'other');

-- CreateEnum
CREATE TYPE "CadenceEventType" AS ENUM ('applied', 'interview', 'informational_interview', 'networking_meeting', 'follow_up', 'response', 'competing_offer', 'withdrawn');

-- CreateEnum
CREATE TYPE "FollowUpAction" AS ENUM ('thank_you', 'status_check', 'offer_outreach', 'referral_ask');

-- CreateEnum
CREATE TYPE "FollowUpChannel" AS ENUM ('email', 'phone', 'letter', 'handwritten_note', 'in_person');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('open', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "PolicySource" AS ENUM ('default', 'organization', 'override');

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "company" TEXT,
    "kind" "OpportunityKind" NOT NULL,
    "state" "OpportunityState" NOT NULL DEFAULT 'active',
    "flags" "OpportunityFlag"[] DEFAULT ARRAY[]::"OpportunityFlag"[],
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastEventAt" TIMESTAMPTZ(3) NOT NULL,
    "stateChangedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityContact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ContactRole" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpportunityContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "opportunityId" TEXT,
    "sequence" INTEGER NOT NULL,
    "type" "CadenceEventType" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "loggedByUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpportunityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedFollowUp" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "planKey" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "action" "FollowUpAction" NOT NULL,
    "channel" "FollowUpChannel" NOT NULL,
    "contactName" TEXT,
    "notBefore" DATE NOT NULL,
    "due" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'open',
    "doneAt" TIMESTAMPTZ(3),
    "doneByEventId" TEXT,
    "optional" BOOLEAN NOT NULL DEFAULT false,
    "script" TEXT NOT NULL,
    "policySource" "PolicySource" NOT NULL,
    "policyId" TEXT NOT NULL,
    "policyVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtraContact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "channel" "FollowUpChannel" NOT NULL,
    "contactName" TEXT,
    "overContact" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtraContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationPolicy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "policy" JSONB NOT NULL,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeekerPolicyOverride" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "policy" JSONB,
    "version" INTEGER NOT NULL,
    "updatedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeekerPolicyOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_seekerMembershipId_state_idx" ON "Opportunity"("organizationId", "seekerMembershipId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_seekerMembershipId_key_key" ON "Opportunity"("seekerMembershipId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityContact_opportunityId_name_key" ON "OpportunityContact"("opportunityId", "name");

-- CreateIndex
CREATE INDEX "OpportunityEvent_opportunityId_at_idx" ON "OpportunityEvent"("opportunityId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityEvent_seekerMembershipId_sequence_key" ON "OpportunityEvent"("seekerMembershipId", "sequence");

-- CreateIndex
CREATE INDEX "PlannedFollowUp_seekerMembershipId_status_notBefore_idx" ON "PlannedFollowUp"("seekerMembershipId", "status", "notBefore");

-- CreateIndex
CREATE UNIQUE INDEX "PlannedFollowUp_opportunityId_planKey_key" ON "PlannedFollowUp"("opportunityId", "planKey");

-- CreateIndex
CREATE UNIQUE INDEX "ExtraContact_eventId_key" ON "ExtraContact"("eventId");

-- CreateIndex
CREATE INDEX "ExtraContact_organizationId_seekerMembershipId_idx" ON "ExtraContact"("organizationId", "seekerMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationPolicy_organizationId_version_key" ON "OrganizationPolicy"("organizationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SeekerPolicyOverride_organizationId_seekerMembershipId_key" ON "SeekerPolicyOverride"("organizationId", "seekerMembershipId");

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityContact" ADD CONSTRAINT "OpportunityContact_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityEvent" ADD CONSTRAINT "OpportunityEvent_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityEvent" ADD CONSTRAINT "OpportunityEvent_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedFollowUp" ADD CONSTRAINT "PlannedFollowUp_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedFollowUp" ADD CONSTRAINT "PlannedFollowUp_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtraContact" ADD CONSTRAINT "ExtraContact_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationPolicy" ADD CONSTRAINT "OrganizationPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerPolicyOverride" ADD CONSTRAINT "SeekerPolicyOverride_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Row-level security (hand-written) ─────────────
-- Every cadence table is tenant data: enabled, forced, one tenant_isolation
-- policy, as in 20261125020700_row_level_security. The app role gets its
-- grants from the default privileges set there.
ALTER TABLE "Opportunity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Opportunity" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Opportunity"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "OpportunityContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OpportunityContact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OpportunityContact"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "OpportunityEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OpportunityEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OpportunityEvent"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
-- The log is append-only in the database too: the app may read and append,
-- never edit or erase. (Cascading deletes from Membership/Opportunity run
-- as the table owner, so removing a tenant still cleans up.)
REVOKE UPDATE, DELETE ON "OpportunityEvent" FROM followthrough_app;

ALTER TABLE "PlannedFollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlannedFollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlannedFollowUp"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "ExtraContact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ExtraContact" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ExtraContact"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "OrganizationPolicy" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationPolicy" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrganizationPolicy"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
-- Policy versions are history too: new versions are inserted, old ones stay.
REVOKE UPDATE, DELETE ON "OrganizationPolicy" FROM followthrough_app;

ALTER TABLE "SeekerPolicyOverride" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SeekerPolicyOverride" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SeekerPolicyOverride"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
