/**
 * Telling the workflows what happened. Fails soft, always: by the time an
 * event is sent the member's change is committed and the plan on screen is
 * already right (logging re-plans that seeker synchronously), so a missing
 * Inngest server costs a reminder's timing at worst, never a saved record.
 *
 * Without Inngest configured (no INNGEST_EVENT_KEY, no INNGEST_DEV) nothing is
 * sent: the app works on its own and says so once.
 */
import { readEnv } from "@/env-schema";
import { inngest } from "~inngest/client";

type SendPayload = Parameters<typeof inngest.send>[0];

let saidNotConfigured = false;

export const isInngestConfigured = () => Boolean(readEnv("INNGEST_EVENT_KEY") || readEnv("INNGEST_DEV"));

export async function sendWorkflowEvent(payload: SendPayload): Promise<{ sent: boolean }> {
  if (!isInngestConfigured()) {
    if (!saidNotConfigured) {
      saidNotConfigured = true;
      console.info("[workflows] Inngest is not configured (set INNGEST_DEV=1 with the dev server, or INNGEST_EVENT_KEY): reminders and digests are off; plans still update when seekers log.");
    }
    return { sent: false };
  }
  try {
    await inngest.send(payload);
    return { sent: true };
  } catch (error) {
    const names = (Array.isArray(payload) ? payload : [payload]).map((event) => event.name).join(", ");
    console.warn(`[workflows] could not send ${names}: ${error instanceof Error ? error.message : String(error)}. Nothing saved was lost; the plan is already up to date.`);
    return { sent: false };
  }
}
