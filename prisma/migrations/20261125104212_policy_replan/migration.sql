-- CreateTable
CREATE TABLE "PolicyReplan" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "policyVersion" INTEGER NOT NULL,
    "seekerMembershipId" TEXT NOT NULL,
    "replannedAt" TIMESTAMPTZ(3),
    "replannedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyReplan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PolicyReplan_organizationId_policyVersion_replannedAt_idx" ON "PolicyReplan"("organizationId", "policyVersion", "replannedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyReplan_organizationId_policyVersion_seekerMembershipI_key" ON "PolicyReplan"("organizationId", "policyVersion", "seekerMembershipId");

-- AddForeignKey
ALTER TABLE "PolicyReplan" ADD CONSTRAINT "PolicyReplan_organizationId_seekerMembershipId_fkey" FOREIGN KEY ("organizationId", "seekerMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant table: row-level security, enabled and forced (docs/security.md).
ALTER TABLE "PolicyReplan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PolicyReplan" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PolicyReplan"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
