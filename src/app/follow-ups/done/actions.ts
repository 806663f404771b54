"use server";

import { z } from "zod";
import { CHANNELS } from "@/server/cadence";
import { isAppError } from "@/server/errors";
import { completeFromDoneLink, describeDoneLink } from "@/server/reminders/done-link";
import { CHANNEL_LABEL } from "@/server/vocabulary/labels";
import { announceActivity } from "@/server/workflows/announce";

export interface DoneLinkState {
  done?: string;
  error?: string;
}

const ZForm = z.object({ token: z.string().min(1).max(1024), channel: z.enum(CHANNELS).optional() });

/** The POST behind the "Done" link's button: completes that one step, once. */
export async function completeStepAction(_previous: DoneLinkState, form: FormData): Promise<DoneLinkState> {
  const parsed = ZForm.safeParse({ token: form.get("token"), channel: form.get("channel") || undefined });
  if (!parsed.success) return { error: "This link does not work." };
  const linked = await describeDoneLink(parsed.data.token);
  if (linked.state !== "open") return { error: linked.state === "invalid" ? "This link does not work any more." : "This step is already closed: nothing to do." };
  try {
    const completed = await completeFromDoneLink(parsed.data.token, parsed.data.channel);
    // Committed: tell the workflows (fails soft), so the overdue nudge for this step never comes.
    await announceActivity({ organizationId: completed.organizationId, seekerMembershipId: completed.seekerMembershipId }, completed, { closedFollowUpId: completed.followUpId });
    const channel = parsed.data.channel ?? linked.channel;
    return { done: `Done: ${linked.sentence}, by ${CHANNEL_LABEL[channel].toLowerCase()}. Nice work.` };
  } catch (error) {
    // Refusals (the step closed in the meantime, a bad link) are written for the reader.
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
}
