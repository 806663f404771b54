/** Reads the invitation link a test just caused to be sent, from the development outbox. */
import { randomBytes } from "node:crypto";
import { firstLinkIn } from "@/server/mail/dev-mailbox";
import { appDb } from "./db";

export async function latestInvitationLink(email: string): Promise<string> {
  const message = await appDb().outboxEmail.findFirst({ where: { to: email.toLowerCase(), tag: "invitation" }, orderBy: { createdAt: "desc" } });
  const url = message ? firstLinkIn(message.html) : null;
  const link = url?.split("/invite/")[1];
  if (!link) throw new Error(`No invitation email to ${email}`);
  return link;
}

let counter = 0;
/**
 * An address no other test uses. Files run in parallel workers, each with
 * its own counter, so the counter alone could repeat in the same millisecond:
 * the random part keeps addresses (and the rate-limit keys built on them) apart.
 */
export function freshEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${randomBytes(4).toString("hex")}@example.test`;
}
