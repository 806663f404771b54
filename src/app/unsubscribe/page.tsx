import type { Metadata } from "next";
import { CenteredCard } from "@/components/centered-card";
import { getDb } from "@/server/db/client";
import { describeUnsubscribeLink, REFUSAL_MESSAGE } from "@/server/mail/unsubscribe";
import { EmailSettingsForm } from "./email-settings-form";

export const metadata: Metadata = { title: "Email settings", robots: { index: false } };

/**
 * /unsubscribe?token=…: the footer link of every email a member can opt
 * out of. No sign-in: the signed token names the member, the organization
 * and the kind. Opening the page changes nothing (mail scanners open
 * links); the buttons do.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const link = typeof token === "string" ? await describeUnsubscribeLink(getDb(), token) : ({ ok: false, reason: "malformed" } as const);
  if (!link.ok) {
    return (
      <CenteredCard title="This link does not work">
        <p className="text-sm text-slate-700">{REFUSAL_MESSAGE[link.reason]}</p>
      </CenteredCard>
    );
  }
  const view = link.value;
  return (
    <CenteredCard title={`Email from ${view.organizationName}`}>
      <p className="mb-6 text-sm text-slate-700">
        Settings for <strong className="font-semibold">{view.email}</strong>. Sign-in links and invitations always arrive: you asked for those.
      </p>
      <EmailSettingsForm token={typeof token === "string" ? token : ""} linkKind={view.kind} choices={view.choices} />
    </CenteredCard>
  );
}
