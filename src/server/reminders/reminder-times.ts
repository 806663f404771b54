/**
 * When a step's emails go out: the reminder at 08:00 local on the first day
 * the step may be done (its notBefore), early enough to plan the day around
 * it; the one overdue nudge at 08:00 local the morning after its due date.
 */
import { addDays, instantAtLocalTime } from "@/server/dates";

export const REMINDER_HOUR = 8;

export function reminderTime(step: { notBefore: string }, timeZone: string): Date {
  return instantAtLocalTime(step.notBefore, REMINDER_HOUR, 0, timeZone);
}

export function overdueNudgeTime(step: { due: string }, timeZone: string): Date {
  return instantAtLocalTime(addDays(step.due, 1), REMINDER_HOUR, 0, timeZone);
}
