import type { Role } from "@/generated/prisma/enums";

/** Where each role works: seekers in their own portal, coaches and admins in the coach portal. */
export function portalPathFor(role: Role): "/seeker" | "/coach" {
  return role === "SEEKER" ? "/seeker" : "/coach";
}

/**
 * A return path is only ever one of our own pages: never an absolute URL,
 * never protocol-relative, so a crafted link cannot bounce a user elsewhere.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}
