import { Inngest } from "inngest";

/**
 * The Inngest client. Locally, `INNGEST_DEV=1` (set by `npm run dev`) points
 * it at the Inngest dev server (`npx inngest-cli@latest dev`); in production
 * it needs INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY (Inngest Cloud) or
 * INNGEST_BASE_URL (self-hosted).
 */
export const inngest = new Inngest({ id: "followthrough" });
