import type { Tx } from "@/server/db/tenant";

/** The cohorts a new seeker can be placed in, for the invitation form. */
export async function listInvitableCohorts(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx.cohort.findMany({ orderBy: [{ startsOn: "desc" }, { name: "asc" }], select: { id: true, name: true } });
}
