import { describe, expect, it } from "vitest";
import { renderEmail } from "../render-email";
import InvitationEmail from "./invitation-email";
import MagicLinkEmail from "./magic-link-email";

describe("email templates", () => {
  it("renders the magic link into both the HTML and the plain text", async () => {
    const url = "http://localhost:3100/api/auth/callback/resend?token=abc123&email=coach%40northside.test";
    const { html, text } = await renderEmail(<MagicLinkEmail url={url} validFor="24 hours" />);
    expect(html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(html).toContain("Sign in to Followthrough");
    expect(text).toContain(url);
    expect(text).toContain("expires in 24 hours");
    expect(text).not.toContain("<");
  });

  it("tells an invited seeker who invited them, to what, and until when", async () => {
    const { html, text } = await renderEmail(
      <InvitationEmail url="http://localhost:3100/invite/org.tok" organizationName="Lakeshore Workforce Partners" inviterName="Sam Lee" role="SEEKER" expiresOn="March 3" />,
    );
    expect(text).toContain("Sam Lee invited you to join Lakeshore Workforce Partners");
    expect(text).toContain("as a job seeker");
    expect(text).toContain("expires on March 3");
    expect(html).toContain('href="http://localhost:3100/invite/org.tok"');
  });

  it("renders with its preview data alone", async () => {
    const magic = await renderEmail(<MagicLinkEmail />);
    const invitation = await renderEmail(<InvitationEmail />);
    expect(magic.text).toContain("Sign in");
    expect(invitation.text).toContain("Northside Career Center");
  });
});
