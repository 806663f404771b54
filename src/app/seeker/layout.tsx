import type { ReactNode } from "react";
import { PortalShell } from "@/components/portal-shell";
import { requireMember } from "@/server/auth/require-member";

const SEEKER_NAV = [
  { href: "/seeker", label: "Today" },
  { href: "/seeker/opportunities", label: "Opportunities" },
  { href: "/seeker/log", label: "Log activity" },
] as const;

export default async function SeekerLayout({ children }: { children: ReactNode }) {
  // The layout needs the membership for its header; each page still checks access itself.
  const { session, membership } = await requireMember(["SEEKER"], "/seeker");
  return (
    <PortalShell portalLabel="Seeker portal" homeHref="/seeker" organizationName={membership.organizationName} email={session.email} nav={SEEKER_NAV}>
      {children}
    </PortalShell>
  );
}
