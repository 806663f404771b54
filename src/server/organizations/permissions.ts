/**
 * The role matrix inside one organization, as one pure function. Every
 * procedure builder, domain check and page that decides "may this member do
 * this" asks `can`, so the rules live here and in docs/security.md only.
 *
 * Records of one seeker are a separate question ("is this seeker in the
 * member's scope?"), answered by authorizeSeekerAccess with the same inputs.
 */
import type { Role } from "@/generated/prisma/enums";

/** The organization's role settings (columns on Organization). Both default to false. */
export interface RoleSettings {
  /** Coaches may read and change every seeker of the organization, not only their caseload. */
  coachesSeeAllSeekers: boolean;
  /** Coaches may save the organization's follow-up policy. */
  coachesManagePolicy: boolean;
}

export const DEFAULT_ROLE_SETTINGS: RoleSettings = { coachesSeeAllSeekers: false, coachesManagePolicy: false };

export const ACTIONS = [
  /** Read and change the seekers on one's own caseload (coach portal: seekers, timelines, overrides). */
  "seekers.caseload",
  /** Read and change every seeker of the organization ("All seekers"). */
  "seekers.all",
  /** Read the organization's policy, its history and the presets; preview a policy. */
  "policy.read",
  /** Save a new version of the organization's policy. */
  "policy.manage",
  /** Invite seekers (they join the inviting coach's caseload). */
  "invitations.seekers",
  /** Invite coaches and administrators. */
  "invitations.staff",
  /** Read and change the organization's role settings. */
  "settings.manage",
  /** Log one's own activity and read one's own follow-ups (the seeker portal). */
  "own.records",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Member {
  role: Role;
}

export function can(member: Member, settings: RoleSettings, action: Action): boolean {
  const { role } = member;
  switch (action) {
    case "seekers.caseload":
    case "policy.read":
      return role === "COACH" || role === "ADMIN";
    case "seekers.all":
      return role === "ADMIN" || (role === "COACH" && settings.coachesSeeAllSeekers);
    case "policy.manage":
      return role === "ADMIN" || (role === "COACH" && settings.coachesManagePolicy);
    case "invitations.seekers":
      return role === "COACH";
    case "invitations.staff":
    case "settings.manage":
      return role === "ADMIN";
    case "own.records":
      return role === "SEEKER";
  }
}
