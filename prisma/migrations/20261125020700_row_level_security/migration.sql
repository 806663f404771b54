-- Row-level security: the database's own guarantee that one organization
-- never sees another's rows, whatever the application code does.
--
-- The app connects as `followthrough_app`, which owns nothing and cannot
-- bypass RLS. Each transaction says which tenant it works for with
-- set_config('app.organization_id', <id>, true); with nothing set, every
-- tenant table looks empty. Migrations run as the schema owner.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'followthrough_app') THEN
    CREATE ROLE followthrough_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO followthrough_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO followthrough_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO followthrough_app;
REVOKE ALL ON TABLE "_prisma_migrations" FROM followthrough_app;

CREATE FUNCTION app_current_organization_id() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '') $$;

CREATE FUNCTION app_current_user_id() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '') $$;

-- Tenant tables: enabled and forced (forced: even the table owner obeys).
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());
-- A signed-in user may list their own memberships to pick an organization.
CREATE POLICY own_memberships_read ON "Membership" FOR SELECT
  USING ("userId" = app_current_user_id());

ALTER TABLE "Cohort" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Cohort" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Cohort"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "CaseloadAssignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseloadAssignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CaseloadAssignment"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Invitation"
  USING ("organizationId" = app_current_organization_id())
  WITH CHECK ("organizationId" = app_current_organization_id());

-- The tenant itself: visible when it is the current tenant or one of the
-- signed-in user's organizations. Enabled, not forced, so that the owner's
-- SECURITY DEFINER function below can list tenants for scheduled jobs.
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Organization"
  USING ("id" = app_current_organization_id())
  WITH CHECK ("id" = app_current_organization_id());
CREATE POLICY member_organizations_read ON "Organization" FOR SELECT
  USING (EXISTS (
    SELECT 1 FROM "Membership" m
    WHERE m."organizationId" = "Organization"."id" AND m."userId" = app_current_user_id()
  ));

-- Scheduled jobs (weekly digests) fan out per organization; this is the one
-- cross-tenant read the app may make, and it returns ids only.
CREATE FUNCTION app_list_organization_ids() RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT "id" FROM "Organization" ORDER BY "createdAt" $$;
REVOKE ALL ON FUNCTION app_list_organization_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_list_organization_ids() TO followthrough_app;

-- Seeds and provisioning find an existing tenant by its public slug.
CREATE FUNCTION app_find_organization_id(organization_slug text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT "id" FROM "Organization" WHERE "slug" = organization_slug $$;
REVOKE ALL ON FUNCTION app_find_organization_id(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_find_organization_id(text) TO followthrough_app;
