import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { requireMember } from "@/server/auth/require-member";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";
import { ACTIVITY_KINDS, ActivityKindNav, isActivityKind, type ActivityKind } from "@/app/seeker/_forms/activity-kinds";
import { ApplicationForm } from "@/app/seeker/_forms/application-form";
import { CompetingOfferForm } from "@/app/seeker/_forms/competing-offer-form";
import { FollowUpForm } from "@/app/seeker/_forms/follow-up-form";
import { InterviewForm } from "@/app/seeker/_forms/interview-form";
import { MeetingForm } from "@/app/seeker/_forms/meeting-form";

export const metadata: Metadata = { title: "Log activity" };

function ActivityForm({ kind, opportunity }: { kind: ActivityKind; opportunity?: string }) {
  switch (kind) {
    case "application":
      return <ApplicationForm />;
    case "interview":
      return <InterviewForm initialOpportunity={opportunity} />;
    case "meeting":
      return <MeetingForm />;
    case "follow-up":
      return <FollowUpForm initialOpportunity={opportunity} />;
    case "offer":
      return <CompetingOfferForm />;
  }
}

export default async function SeekerLogActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireMember(["SEEKER"], "/seeker/log");
  const params = await searchParams;
  const kind: ActivityKind = isActivityKind(params.kind) ? params.kind : "application";
  const opportunity = typeof params.opportunity === "string" ? params.opportunity : undefined;
  const label = ACTIVITY_KINDS.find((item) => item.kind === kind)!.label;
  // Awaited, not streamed: the opportunity picker reads it without suspending, and must render the same options on the server and in the browser.
  await getQueryClient().fetchQuery(trpc.opportunities.list.queryOptions());
  return (
    <>
      <PageHeader title="Log activity" description="Record what you did; Followthrough plans the follow-ups from it, skipping weekends and holidays." />
      <ActivityKindNav current={kind} />
      <Card>
        <h2 className="mb-5 text-lg font-semibold text-slate-900">Log {label === "Conversation" ? "a conversation" : `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label.toLowerCase()}`}</h2>
        <HydrateClient>
          <ActivityForm key={`${kind}-${opportunity ?? ""}`} kind={kind} opportunity={opportunity} />
        </HydrateClient>
      </Card>
    </>
  );
}
