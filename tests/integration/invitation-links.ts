/** Reads the invitation link a test just caused to be sent, from the development outbox. */
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
export function freshEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.test`;
}
