import type { Database } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { listMyOrganizations, type MyOrganization } from "./list-my-organizations";

/**
 * Points the session at one of the user's organizations. An organization
 * the user does not belong to answers NOT_FOUND, like any other tenant's row.
 */
export async function selectOrganization(
  db: Database,
  input: { userId: string; sessionToken: string | null; organizationId: string },
): Promise<MyOrganization> {
  const chosen = (await listMyOrganizations(db, input.userId)).find((org) => org.organizationId === input.organizationId);
  if (!chosen) throw notFound("That organization");
  if (input.sessionToken) {
    await db.session.updateMany({
      where: { sessionToken: input.sessionToken, userId: input.userId },
      data: { activeOrganizationId: chosen.organizationId },
    });
  }
  return chosen;
}
