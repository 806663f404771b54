"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { portalPathFor } from "@/server/auth/portal";
import { serverCaller } from "@/trpc/server";

export async function chooseOrganization(form: FormData): Promise<void> {
  const organizationId = String(form.get("organizationId") ?? "");
  let destination: string;
  try {
    const chosen = await serverCaller.viewer.selectOrganization({ organizationId });
    destination = portalPathFor(chosen.role);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED") redirect("/sign-in?callbackUrl=%2Fselect-organization");
    destination = "/select-organization?error=unavailable";
  }
  redirect(destination);
}
