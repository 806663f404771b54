/**
 * Page guards. Every page calls one of these itself (layouts are not a
 * security boundary in the App Router: a page can render without its
 * layout re-running), and each sends the visitor where they belong.
 */
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/server/db/client";
import { findActiveMembership, type ActiveMembership } from "./find-active-membership";
import { portalPathFor } from "./portal";
import { getRequestSession, type RequestSession } from "./request-session";

// Layout and page both ask within one request: one query.
const activeMembership = cache((userId: string, organizationId: string) => findActiveMembership(getDb(), { userId, organizationId }));

export function signInPath(returnTo: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
}

export async function requireSignedIn(returnTo: string): Promise<RequestSession> {
  const session = await getRequestSession();
  if (!session) redirect(signInPath(returnTo));
  return session;
}

export interface MemberAccess {
  session: RequestSession;
  membership: ActiveMembership;
}

/** The active membership, if its role is allowed here; otherwise a redirect to where the user belongs. */
export async function requireMember(allowed: readonly Role[], returnTo: string): Promise<MemberAccess> {
  const session = await requireSignedIn(returnTo);
  if (!session.activeOrganizationId) redirect("/select-organization");
  const membership = await activeMembership(session.userId, session.activeOrganizationId);
  if (!membership) redirect("/select-organization");
  if (!allowed.includes(membership.role)) redirect(portalPathFor(membership.role));
  return { session, membership };
}

/** Where a signed-in user should go right now: their portal, or the organization picker. */
export async function homePathFor(session: RequestSession): Promise<string> {
  if (!session.activeOrganizationId) return "/select-organization";
  const membership = await activeMembership(session.userId, session.activeOrganizationId);
  return membership ? portalPathFor(membership.role) : "/select-organization";
}
