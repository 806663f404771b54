/**
 * How long a sign-in lasts. Two clocks:
 *
 * - idle: a session unused for SESSION_IDLE_SECONDS ends (Auth.js's maxAge;
 *   each use at most once a day pushes it out again);
 * - absolute: a session older than SESSION_MAX_AGE_DAYS (default 14) ends
 *   however recently it was used, so a stolen cookie cannot live forever.
 */
import { readEnv } from "@/env-schema";

export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_REFRESH_SECONDS = 24 * 60 * 60;
/** Magic links work for 15 minutes. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

export function sessionAbsoluteLifetimeMs(): number {
  return readEnv("SESSION_MAX_AGE_DAYS") * 24 * 60 * 60 * 1000;
}

/** When a session that began at `createdAt` must end, whatever its idle expiry says. */
export function absoluteSessionEnd(createdAt: Date): Date {
  return new Date(createdAt.getTime() + sessionAbsoluteLifetimeMs());
}

export function isPastAbsoluteLifetime(createdAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= absoluteSessionEnd(createdAt).getTime();
}
