"use server";

import { getDb } from "@/server/db/client";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { UNSUBSCRIBABLE_EMAIL_KINDS } from "@/server/mail/email-kinds";
import { describeUnsubscribeLink, REFUSAL_MESSAGE, saveEmailChoicesWithToken, unsubscribeWithToken, type EmailChoice } from "@/server/mail/unsubscribe";

export interface EmailSettingsState {
  choices: EmailChoice[];
  /** Bumped on every answer, so the form re-reads the choices it shows. */
  version: number;
  message?: string;
  error?: string;
}

/**
 * The preferences page's two buttons: "Unsubscribe from <kind>" (the
 * link's own kind) and "Save my choices". The token in the form is the
 * authority, as in the one-click endpoint; the choices shown afterwards
 * are read back from the database, never taken from the client's state.
 */
export async function updateEmailSettings(previous: EmailSettingsState, form: FormData): Promise<EmailSettingsState> {
  const token = String(form.get("token") ?? "");
  const db = getDb();
  try {
    let message: string;
    if (form.get("intent") === "unsubscribe") {
      const stopped = await unsubscribeWithToken(db, token);
      if (!stopped.ok) return { ...previous, message: undefined, error: REFUSAL_MESSAGE[stopped.reason] };
      message = `Unsubscribed. You will get no more ${stopped.value.label.toLowerCase()}.`;
    } else {
      const checked = new Set(form.getAll("kinds").map(String));
      const saved = await saveEmailChoicesWithToken(db, token, Object.fromEntries(UNSUBSCRIBABLE_EMAIL_KINDS.map((kind) => [kind, checked.has(kind)])));
      if (!saved.ok) return { ...previous, message: undefined, error: REFUSAL_MESSAGE[saved.reason] };
      message = "Saved. We will send you only the emails you ticked.";
    }
    const view = await describeUnsubscribeLink(db, token);
    if (!view.ok) return { ...previous, message: undefined, error: REFUSAL_MESSAGE[view.reason] };
    return { choices: view.value.choices, version: previous.version + 1, message };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ...previous, message: undefined, error: UNAVAILABLE_MESSAGE };
    throw error;
  }
}
