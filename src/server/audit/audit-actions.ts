/** The audited actions (declared once, in the Prisma schema) and how the admin page names them. */
import { AuditAction } from "@/generated/prisma/enums";

export type { AuditAction };
export const AUDIT_ACTIONS = Object.values(AuditAction) as AuditAction[];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  sign_in_succeeded: "Signed in",
  sign_in_failed: "Sign-in failed",
  access_denied: "Access denied",
  seeker_record_viewed: "Viewed a seeker's record",
  caseload_viewed: "Viewed the seeker list",
  policy_changed: "Changed the organization's policy",
  override_changed: "Changed a seeker's policy",
  invitation_created: "Sent an invitation",
  invitation_revoked: "Revoked an invitation",
  invitation_accepted: "Accepted an invitation",
  role_changed: "Role granted or changed",
  caseload_changed: "Caseload changed",
  settings_changed: "Changed organization settings",
  export_created: "Exported data",
};

/** What each audited view shows: to staff on the audit page, and to the seeker in "Who has viewed my record". */
const AUDITED_VIEWS: Record<string, { staff: string; seeker: string }> = {
  "caseload.seeker": { staff: "Seeker profile", seeker: "Your profile" },
  "caseload.list": { staff: "Seeker list", seeker: "The seeker list" },
  "opportunities.listForSeeker": { staff: "Opportunities", seeker: "Your opportunities" },
  "opportunities.timelineForSeeker": { staff: "An opportunity's timeline", seeker: "An opportunity's timeline" },
  "sign-in": { staff: "Sign-in link", seeker: "Sign-in link" },
};

export function viewLabel(view: string | null, audience: "staff" | "seeker" = "seeker"): string {
  if (!view) return audience === "seeker" ? "Your record" : "";
  return AUDITED_VIEWS[view]?.[audience] ?? view;
}
