-- Email (issue 8): the delivery claims that make every email go out once,
-- members' per-kind preferences, Resend's webhook events and the
-- suppression list. See docs/email.md.

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('magic_link', 'invitation', 'reminder', 'overdue_nudge', 'seeker_digest', 'coach_digest', 'coach_nudge');

-- CreateEnum
CREATE TYPE "EmailDeliveryStatus" AS ENUM ('sending', 'sent', 'failed', 'suppressed', 'unsubscribed');

-- CreateEnum
CREATE TYPE "EmailEventType" AS ENUM ('delivered', 'bounced', 'complained');

-- CreateEnum
CREATE TYPE "SuppressionReason" AS ENUM ('bounced', 'complained');

-- CreateTable
CREATE TABLE "EmailDelivery" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "organizationId" TEXT,
    "recipientMembershipId" TEXT,
    "recipient" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "status" "EmailDeliveryStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "providerMessageId" TEXT,
    "lastError" TEXT,
    "outcomeUnknown" BOOLEAN NOT NULL DEFAULT false,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailPreference" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "subscribed" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailEvent" (
    "id" TEXT NOT NULL,
    "svixId" TEXT NOT NULL,
    "type" "EmailEventType" NOT NULL,
    "resendEmailId" TEXT,
    "recipients" TEXT[],
    "bounceType" TEXT,
    "bounceSubType" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailSuppression" (
    "address" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "svixId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailSuppression_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailDelivery_idempotencyKey_key" ON "EmailDelivery"("idempotencyKey");

-- CreateIndex
CREATE INDEX "EmailDelivery_organizationId_recipientMembershipId_kind_idx" ON "EmailDelivery"("organizationId", "recipientMembershipId", "kind");

-- CreateIndex
CREATE INDEX "EmailDelivery_recipient_idx" ON "EmailDelivery"("recipient");

-- CreateIndex
CREATE UNIQUE INDEX "EmailPreference_organizationId_membershipId_kind_key" ON "EmailPreference"("organizationId", "membershipId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "EmailEvent_svixId_key" ON "EmailEvent"("svixId");

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_organizationId_recipientMembershipId_fkey" FOREIGN KEY ("organizationId", "recipientMembershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. EmailPreference is a tenant table like any other.
ALTER TABLE "EmailPreference" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailPreference" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EmailPreference"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

-- EmailDelivery holds tenant rows and sign-in rows (organizationId NULL:
-- signing in belongs to no organization). A tenant transaction sees and
-- writes its own organization's rows only; a transaction with no tenant set
-- sees and writes the sign-in rows only. The claim key includes the
-- organization, so a claim never collides with a row it cannot see.
ALTER TABLE "EmailDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EmailDelivery"
  USING ("organizationId" IS NOT DISTINCT FROM app_current_organization_id())
  WITH CHECK ("organizationId" IS NOT DISTINCT FROM app_current_organization_id());

-- What Resend reported is a record, not a working table: the app role may
-- add and read events, never change or remove them.
GRANT SELECT, INSERT ON "EmailEvent" TO followthrough_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "EmailEvent" FROM followthrough_app;
