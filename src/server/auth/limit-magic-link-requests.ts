/**
 * Magic links cost an email each and land in someone's inbox: limit them
 * per address (nobody gets flooded) and per client (nobody sprays addresses).
 * The per-client limit is generous because a career center's computer lab
 * puts many seekers behind one IP address.
 */
import { consumeRateLimit, describeRetry } from "@/server/rate-limit/consume-rate-limit";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
export const MAGIC_LINKS_PER_ADDRESS = 5;
export const MAGIC_LINKS_PER_CLIENT = 30;

export type MagicLinkAllowance = { allowed: true } | { allowed: false; message: string };

export async function limitMagicLinkRequests(input: { email: string; clientKey: string }, now: Date = new Date()): Promise<MagicLinkAllowance> {
  const email = input.email.trim().toLowerCase();
  const perAddress = await consumeRateLimit({ key: `magic-link:address:${email}`, limit: MAGIC_LINKS_PER_ADDRESS, windowMs: FIFTEEN_MINUTES }, now);
  if (!perAddress.allowed) {
    return { allowed: false, message: `Too many sign-in links requested for this address. ${describeRetry(perAddress.resetsAt, now)}` };
  }
  const perClient = await consumeRateLimit({ key: `magic-link:client:${input.clientKey}`, limit: MAGIC_LINKS_PER_CLIENT, windowMs: FIFTEEN_MINUTES }, now);
  if (!perClient.allowed) {
    return { allowed: false, message: `Too many sign-in links requested from this network. ${describeRetry(perClient.resetsAt, now)}` };
  }
  return { allowed: true };
}
