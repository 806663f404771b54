/**
 * Magic links cost an email each and land in someone's inbox. The limits
 * are keyed so that nobody can lock someone else out:
 *
 * - per address AND client: the same browser or network cannot flood one
 *   inbox, but a stranger hammering victim@ from their network does not stop
 *   victim@ from signing in from theirs;
 * - per client: one network cannot spray addresses (generous, because a
 *   career center's computer lab puts many seekers behind one address);
 * - a global ceiling: bounds what a crowd of clients can cost us in mail
 *   and sender reputation.
 *
 * The checks run in that order and stop at the first refusal, so attempts a
 * narrower limit already refused never count towards the wider ones: one
 * client cannot use up the global ceiling on its own.
 *
 * Whichever limit trips, the answer is the same neutral sentence: it does
 * not tell a prober which limit, or whether the address exists.
 */
import { consumeRateLimit, describeRetry } from "@/server/rate-limit/consume-rate-limit";

export const MAGIC_LINK_WINDOW_MS = 15 * 60 * 1000;

export interface MagicLinkLimits {
  perAddressAndClient: number;
  perClient: number;
  global: number;
}

export const MAGIC_LINK_LIMITS: MagicLinkLimits = { perAddressAndClient: 5, perClient: 60, global: 1000 };

export type MagicLinkAllowance = { allowed: true } | { allowed: false; message: string };

export function magicLinkRefusal(resetsAt: Date, now: Date): string {
  return `We cannot send another sign-in link just now. ${describeRetry(resetsAt, now)}`;
}

export async function limitMagicLinkRequests(
  input: { email: string; clientKey: string },
  now: Date = new Date(),
  limits: MagicLinkLimits = MAGIC_LINK_LIMITS,
): Promise<MagicLinkAllowance> {
  const email = input.email.trim().toLowerCase();
  const rules = [
    { key: `magic-link:address-client:${email}|${input.clientKey}`, limit: limits.perAddressAndClient },
    { key: `magic-link:client:${input.clientKey}`, limit: limits.perClient },
    { key: "magic-link:global", limit: limits.global },
  ];
  for (const rule of rules) {
    const decision = await consumeRateLimit({ ...rule, windowMs: MAGIC_LINK_WINDOW_MS }, now);
    if (!decision.allowed) return { allowed: false, message: magicLinkRefusal(decision.resetsAt, now) };
  }
  return { allowed: true };
}
