import { render } from "@react-email/components";
import type { ReactElement } from "react";

export interface RenderedEmail {
  html: string;
  text: string;
}

// Plain text reads as the email does: headings in their own case, not shouted.
const PLAIN_TEXT = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

/** HTML for mail clients that show it, plain text for those that do not (and for spam filters). */
export async function renderEmail(react: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true, htmlToTextOptions: PLAIN_TEXT })]);
  return { html, text };
}
