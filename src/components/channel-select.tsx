"use client";

import type { ComponentProps } from "react";
import { inputClassName } from "@/components/ui";
import { type Channel, CHANNELS } from "@/server/cadence";
import { CHANNEL_LABEL } from "@/server/vocabulary/labels";

/** How a follow-up was (or will be) made: every channel, in the vocabulary's words. The label and aria come from the caller. */
export function ChannelSelect({
  value,
  onChange,
  className = inputClassName,
  ...props
}: Omit<ComponentProps<"select">, "value" | "onChange" | "children"> & { value: Channel; onChange: (channel: Channel) => void }) {
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value as Channel)} className={className}>
      {CHANNELS.map((option) => (
        <option key={option} value={option}>
          {CHANNEL_LABEL[option]}
        </option>
      ))}
    </select>
  );
}
