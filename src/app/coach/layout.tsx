import type { ReactNode } from "react";
import { PortalShell } from "@/components/portal-shell";
import { requireMember } from "@/server/auth/require-member";

const COACH_NAV = [
  { href: "/coach", label: "Dashboard" },
  { href: "/coach/seekers", label: "Seekers" },
  { href: "/coach/policy", label: "Policy" },
  { href: "/coach/invitations", label: "Invitations" },
] as const;
// Settings and the audit log are for administrators only (each page checks too).
const ADMIN_NAV = [...COACH_NAV, { href: "/coach/settings", label: "Settings" }, { href: "/coach/audit", label: "Audit log" }] as const;

export default async function CoachLayout({ children }: { children: ReactNode }) {
  // The layout needs the membership for its header; each page still checks access itself.
  const { session, membership } = await requireMember(["COACH", "ADMIN"], "/coach");
  return (
    <PortalShell
      portalLabel={membership.role === "ADMIN" ? "Coach portal · Administrator" : "Coach portal"}
      homeHref="/coach"
      organizationName={membership.organizationName}
      email={session.email}
      nav={membership.role === "ADMIN" ? ADMIN_NAV : COACH_NAV}
    >
      {children}
    </PortalShell>
  );
}
