"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/server/auth";
import { clientKeyFromHeaders } from "@/server/auth/client-address";
import { limitMagicLinkRequests, type MagicLinkAllowance } from "@/server/auth/limit-magic-link-requests";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { safeReturnPath } from "@/server/auth/portal";

export interface SignInFormState {
  email: string;
  emailError?: string;
  formError?: string;
}

const ZEmail = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("That does not look like an email address. Check for typos, e.g. name@example.com."));

export async function requestMagicLink(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const typed = String(form.get("email") ?? "");
  const callbackUrl = safeReturnPath(String(form.get("callbackUrl") ?? ""), "/");
  const parsed = ZEmail.safeParse(typed);
  if (!parsed.success) return { email: typed, emailError: parsed.error.issues[0]?.message };
  const email = parsed.data.toLowerCase();

  let allowance: MagicLinkAllowance;
  try {
    allowance = await limitMagicLinkRequests({ email, clientKey: clientKeyFromHeaders(await headers()) });
  } catch (error) {
    // During a database outage the form says so and keeps the address, rather than failing with a 500.
    if (isDatabaseUnavailable(error)) return { email: typed, formError: UNAVAILABLE_MESSAGE };
    throw error;
  }
  if (!allowance.allowed) return { email: typed, emailError: allowance.message };

  try {
    await signIn("resend", { email, redirectTo: callbackUrl, redirect: false });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { email: typed, formError: UNAVAILABLE_MESSAGE };
    if (!(error instanceof AuthError)) throw error;
    console.error("[sign-in] could not send the magic link", error);
    return { email: typed, formError: "We could not send your sign-in link just now. Please try again in a minute." };
  }
  redirect(`/sign-in/check-email?email=${encodeURIComponent(email)}`);
}
