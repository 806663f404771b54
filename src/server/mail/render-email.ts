import { render } from "@react-email/components";
import type { ReactElement } from "react";

export interface RenderedEmail {
  html: string;
  text: string;
}

/** HTML for mail clients that show it, plain text for those that do not (and for spam filters). */
export async function renderEmail(react: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  return { html, text };
}
