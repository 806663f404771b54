"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { portalPathFor } from "@/server/auth/portal";
import { serverCaller } from "@/trpc/server";

export interface AcceptInvitationState {
  error?: string;
}

export async function acceptInvitationAction(_previous: AcceptInvitationState, form: FormData): Promise<AcceptInvitationState> {
  let destination: string;
  try {
    const accepted = await serverCaller.invitations.accept({ link: String(form.get("link") ?? "") });
    destination = portalPathFor(accepted.role);
  } catch (error) {
    // Domain refusals (expired, used, another address) arrive with a message written for the reader.
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
  redirect(destination);
}
