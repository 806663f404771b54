"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, inputClassName } from "@/components/ui";
import { CopyButton } from "./copy-button";
import { ChannelSelect } from "@/components/channel-select";
import type { Channel } from "@/server/cadence";
import { friendlyDue } from "@/server/dates";
import type { TodayFollowUp } from "@/server/opportunities/schemas";
import { describeFollowUp } from "@/server/vocabulary/describe-follow-up";

export function FollowUpCard(props: {
  item: TodayFollowUp;
  today: string;
  pending: boolean;
  error?: string | null;
  onDone: (channel: Channel) => void;
}) {
  const { item } = props;
  const [channel, setChannel] = useState<Channel>(item.channel);
  const dueText = friendlyDue(item.due, props.today);
  const headingId = `follow-up-${item.id}-title`;
  return (
    <li aria-labelledby={headingId} data-testid="today-follow-up" data-follow-up-id={item.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold break-words text-slate-900">
            {describeFollowUp(item.action, item.channel, item.contact, item.contactDetails?.role)}
          </h3>
          <p className="mt-0.5 text-sm break-words text-slate-600">
            <Link href={`/seeker/opportunities/${encodeURIComponent(item.opportunityKey)}`} className="hover:text-brand-800 hover:underline">
              {item.opportunityTitle}
              {item.company ? <span className="text-slate-500"> · {item.company}</span> : null}
            </Link>
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {item.optional ? <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-600">Optional</span> : null}
          <span
            className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${item.overdue ? "bg-amber-100 text-amber-900" : "bg-brand-50 text-brand-800"}`}
          >
            {dueText}
          </span>
        </div>
      </div>

      <figure className="mt-4 rounded-lg bg-slate-50 px-4 py-3">
        <div className="flex items-center justify-between gap-2">
          <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-500">What to say</figcaption>
          <CopyButton text={item.script} />
        </div>
        <blockquote className="mt-1 text-[15px] leading-relaxed text-slate-800" data-testid="follow-up-script">
          {item.script}
        </blockquote>
      </figure>

      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          props.onDone(channel);
        }}
      >
        <div>
          <label htmlFor={`${item.id}-channel`} className="mb-1 block text-xs font-medium text-slate-600">
            How you did it
          </label>
          <ChannelSelect id={`${item.id}-channel`} value={channel} onChange={setChannel} className={`${inputClassName} w-auto`} />
        </div>
        <Button type="submit" disabled={props.pending} aria-describedby={props.error ? `${item.id}-done-error` : undefined}>
          {props.pending ? "Saving…" : "Mark done"}
        </Button>
        {props.error ? (
          <p id={`${item.id}-done-error`} role="alert" className="basis-full text-sm text-red-700">
            {props.error}
          </p>
        ) : null}
      </form>
    </li>
  );
}
