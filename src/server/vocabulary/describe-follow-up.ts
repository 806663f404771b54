/** One planned step in a sentence a seeker acts on: "Call Dana Lee (hiring manager) to say thank you". */
import type { Action, Channel, ContactRole } from "@/server/cadence";
import { ROLE_LABEL } from "./labels";

const who = (contact: string | null, role: ContactRole | null | undefined) =>
  contact ? `${contact}${role && role !== "other" ? ` (${ROLE_LABEL[role]})` : ""}` : null;

export function describeFollowUp(action: Action, channel: Channel, contact: string | null, role?: ContactRole | null): string {
  const person = who(contact, role);
  const to = person ? ` to ${person}` : "";
  if (action === "thank_you") {
    if (channel === "phone") return person ? `Call ${person} to say thank you` : "Make a thank-you call";
    if (channel === "letter") return `Mail a thank-you letter${to}`;
    if (channel === "handwritten_note") return `Send a handwritten thank-you note${to}`;
    if (channel === "in_person") return person ? `Thank ${person} in person` : "Say thank you in person";
    return `Email a thank-you${to}`;
  }
  if (action === "status_check") {
    if (channel === "phone") return person ? `Call ${person} to check in` : "Call to check in on your application";
    if (channel === "letter") return `Mail a short follow-up letter${to}`;
    if (channel === "handwritten_note") return `Send a short check-in note${to}`;
    if (channel === "in_person") return person ? `Check in with ${person} in person` : "Check in in person";
    return person ? `Email ${person} to check in` : "Email to check in on your application";
  }
  if (action === "offer_outreach") {
    const verb = channel === "phone" ? "Call" : channel === "email" ? "Email" : "Contact";
    return `${verb} ${person ?? "the employer"} to mention your other offer`;
  }
  const verb = channel === "phone" ? "Call" : channel === "email" ? "Email" : "Reach out to";
  return `${verb} ${person ?? "your contact"} to ask about other openings`;
}
