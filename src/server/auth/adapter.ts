/**
 * Auth.js's Prisma adapter with two rules of ours on top:
 *
 * - issuing a magic link voids the address's earlier links (its older
 *   VerificationToken rows are deleted in the same transaction, under a
 *   per-address advisory lock so two concurrent requests cannot both keep
 *   a link);
 * - a session past its absolute lifetime is refused and deleted when it is
 *   looked up, and a refreshed session never outlives it;
 * - a magic link that is unknown, already used or expired is recorded in the
 *   audit trail as a failed sign-in for that address.
 */
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { recordSignInAttempt } from "@/server/audit/record-outside-transaction";
import type { Database } from "@/server/db/client";
import { absoluteSessionEnd, isPastAbsoluteLifetime } from "./session-lifetime";

export function buildAdapter(db: Database): Adapter {
  // The generated client is structurally the adapter's PrismaClient; the
  // types differ only because ours is generated to a custom path.
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async createVerificationToken(data) {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`verification:${data.identifier}`}))`;
        await tx.verificationToken.deleteMany({ where: { identifier: data.identifier } });
        const row = await tx.verificationToken.create({ data: { identifier: data.identifier, token: data.token, expires: data.expires } });
        return { identifier: row.identifier, token: row.token, expires: row.expires };
      });
    },
    async useVerificationToken(params) {
      const token = await base.useVerificationToken!(params);
      // Auth.js refuses the link after this when it is missing or expired.
      if (!token) await recordSignInAttempt({ email: params.identifier, succeeded: false, reason: "link unknown or already used" }, db);
      else if (token.expires.valueOf() < Date.now()) await recordSignInAttempt({ email: params.identifier, succeeded: false, reason: "link expired" }, db);
      return token;
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const createdAt = (found.session as AdapterSession & { createdAt?: Date }).createdAt;
      if (createdAt && isPastAbsoluteLifetime(createdAt)) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      return found;
    },
    async updateSession(data) {
      if (!data.expires) return base.updateSession!(data);
      const row = await db.session.findUnique({ where: { sessionToken: data.sessionToken }, select: { createdAt: true } });
      if (!row) return null;
      const end = absoluteSessionEnd(row.createdAt);
      return base.updateSession!({ ...data, expires: data.expires > end ? end : data.expires });
    },
  };
}
