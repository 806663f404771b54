/**
 * The development mailbox (/dev/mailbox) shows outbox mail so sign-in works
 * without a mail provider. It must not exist in production: it would hand
 * anyone a sign-in link for anyone. The one exception is the e2e suite's
 * production build, which sets FOLLOWTHROUGH_E2E=1 and reads links here.
 */
export function isDevMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.FOLLOWTHROUGH_E2E === "1";
}

/** The first web link in an email: the sign-in or invitation button, a reminder's contact's mailto: and tel: skipped. */
export function firstLinkIn(html: string): string | null {
  const match = /href="(https?:[^"]+)"/.exec(html);
  return match?.[1] ? match[1].replace(/&amp;/g, "&") : null;
}
