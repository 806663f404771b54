import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/centered-card";
import { describeDoneLink } from "@/server/reminders/done-link";
import { DoneLinkForm } from "./done-link-form";

export const metadata: Metadata = { title: "Mark a follow-up done", robots: { index: false } };

/**
 * Where a reminder's "Done" link lands. Opening it changes nothing (mail
 * scanners open links too); the button completes the step, by its planned
 * channel unless the seeker picks another.
 */
export default async function DoneLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const linked = typeof token === "string" && token.length <= 1024 ? await describeDoneLink(token) : ({ state: "invalid", reason: "not_valid" } as const);
  const today = (
    <Link href="/seeker" className="font-medium text-brand-700 underline-offset-2 hover:underline">
      Open Today
    </Link>
  );
  if (linked.state === "invalid") {
    return (
      <CenteredCard title={linked.reason === "expired" ? "This link has expired" : "This link does not work"}>
        <p className="text-sm text-slate-700">
          {linked.reason === "expired" ? "Done links work for 7 days. " : "It may have been copied incompletely. "}
          {today} to mark the step done there.
        </p>
      </CenteredCard>
    );
  }
  if (linked.state === "closed") {
    return (
      <CenteredCard title={linked.status === "done" ? "Already done" : "Nothing to do here"}>
        <p className="text-sm text-slate-700">
          {linked.sentence ? `${linked.sentence}: ` : ""}
          {linked.status === "done" ? "this step is already marked done." : "this step is no longer planned (the plan changed since the email)."} {today} for what is next.
        </p>
      </CenteredCard>
    );
  }
  return (
    <CenteredCard title="Did you do it?">
      <p className="text-sm text-slate-700">
        <strong className="font-semibold text-slate-900">{linked.sentence}</strong>
        <span className="block text-slate-600">
          {linked.opportunityTitle}
          {linked.company ? ` · ${linked.company}` : ""}
        </span>
      </p>
      <DoneLinkForm token={token as string} plannedChannel={linked.channel} />
    </CenteredCard>
  );
}
