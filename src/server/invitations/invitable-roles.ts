import type { Role } from "@/generated/prisma/enums";

/** Who may invite whom: admins bring in staff, coaches bring in their seekers. */
export const INVITABLE_ROLES: Record<Role, readonly Role[]> = {
  ADMIN: ["COACH", "ADMIN"],
  COACH: ["SEEKER"],
  SEEKER: [],
};
