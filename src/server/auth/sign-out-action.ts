"use server";

import { signOut } from "./index";

/** Deletes the Session row (database strategy) and clears the cookie, then goes home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
