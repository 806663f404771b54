import { describe, expect, it } from "vitest";
import { EMAIL_KINDS, isTransactional, type EmailKind } from "../email-kinds";
import { renderEmail } from "../render-email";
import CoachDigestEmail from "./coach-digest-email";
import CoachNudgeEmail from "./coach-nudge-email";
import InvitationEmail from "./invitation-email";
import MagicLinkEmail from "./magic-link-email";
import OverdueNudgeEmail from "./overdue-nudge-email";
import { EMAIL_PREVIEWS } from "./previews";
import ReminderEmail from "./reminder-email";
import SeekerDigestEmail from "./seeker-digest-email";

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

const href = (url: string) => `href="${url.replace(/&/g, "&amp;")}"`;
const unsubscribeUrl = "https://app.example.edu/unsubscribe?token=abc.def";

describe("reminder and nudge emails", () => {
  const contact = { name: "Dana Lee", role: "hiring manager", email: "dana@acme.example", phone: "+1 (312) 555-0142" };
  const common = {
    organizationName: "Lakeshore Workforce Partners",
    seekerFirstName: "Riley",
    step: "Email Dana Lee (hiring manager) to check in",
    opportunity: "Operations analyst at Acme Logistics",
    channel: "email" as const,
    contact,
    script: "Hi Dana, checking in on the operations analyst role.",
    dueOn: "Thursday, December 3",
    doneUrl: "https://app.example.edu/done?token=step.sig&x=1",
    todayUrl: "https://app.example.edu/seeker",
    unsubscribeUrl,
  };

  it("a reminder says the step, the contact with email and phone, the channel and the script, with working links", async () => {
    const { html, text } = await renderEmail(<ReminderEmail {...common} />);
    for (const words of ["Lakeshore Workforce Partners", "Today: Email Dana Lee (hiring manager) to check in", "Riley", "Operations analyst at Acme Logistics", "Thursday, December 3", "Dana Lee, hiring manager", "dana@acme.example", "+1 (312) 555-0142", "What to write", "Hi Dana, checking in on the operations analyst role.", "Mark as done"]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/How\s+Email/);
    expect(html).toContain(href(common.doneUrl));
    expect(html).toContain(href(common.todayUrl));
    expect(html).toContain(href(unsubscribeUrl));
    expect(html).toContain('href="mailto:dana@acme.example"');
    expect(html).toContain('href="tel:+13125550142"');
    expect(text).toContain(common.doneUrl);
    expect(text).toContain(unsubscribeUrl);
  });

  it("a phone reminder without a known contact asks what to say, and offers no address", async () => {
    const { html, text } = await renderEmail(<ReminderEmail {...common} channel="phone" contact={null} step="Make a thank-you call" />);
    expect(text).toContain("What to say");
    expect(text).toMatch(/How\s+Phone call/);
    expect(text).toContain("we don't have a name yet");
    expect(html).not.toContain("mailto:");
  });

  it("an overdue nudge says when it was due, how long ago, and that it is the only one", async () => {
    const { html, text } = await renderEmail(<OverdueNudgeEmail {...common} dueOn="Wednesday, December 2" daysOverdue={1} />);
    expect(text).toContain("Still open: Email Dana Lee (hiring manager) to check in");
    expect(text).toContain("was due Wednesday, December 2 (1 day ago)");
    expect(text).toContain("the only reminder we send");
    expect(text).toContain("Lakeshore Workforce Partners");
    expect(html).toContain(href(common.doneUrl));
    expect(html).toContain(href(unsubscribeUrl));
  });

  it("a coach nudge carries the coach's words and the follow-up it is about", async () => {
    const { html, text } = await renderEmail(
      <CoachNudgeEmail organizationName="Lakeshore Workforce Partners" seekerFirstName="Riley" coachName="Sam Lee" message="Give Dana a call today." step="Call Dana Lee to check in" opportunity="Operations analyst at Acme Logistics" todayUrl="https://app.example.edu/seeker" unsubscribeUrl={unsubscribeUrl} />,
    );
    expect(text).toContain("Sam Lee asks you to follow up");
    expect(text).toContain("Give Dana a call today.");
    expect(text).toContain("Call Dana Lee to check in (Operations analyst at Acme Logistics)");
    expect(text).toContain("Lakeshore Workforce Partners");
    expect(html).toContain(href("https://app.example.edu/seeker"));
    expect(html).toContain(href(unsubscribeUrl));
  });
});

describe("digests", () => {
  it("a seeker digest lists last week's done and missed, this week's with dates, irons against the target, and one line of encouragement", async () => {
    const { html, text } = await renderEmail(
      <SeekerDigestEmail
        organizationName="Lakeshore Workforce Partners"
        seekerFirstName="Riley"
        weekOf="November 30"
        lastWeek={{
          done: [{ step: "Emailed a thank-you to Dana Lee", opportunity: "Ops analyst at Acme", date: "Mon, Nov 23" }],
          missed: [{ step: "Call Sam Ortiz to check in", opportunity: "Data coordinator at Brightline", date: "Fri, Nov 27" }],
        }}
        thisWeek={[{ step: "Email Dana Lee to check in", opportunity: "Ops analyst at Acme", date: "Thu, Dec 3" }]}
        ironsInTheFire={3}
        ironsTarget={5}
        encouragement="It's one more no closer to the yes."
        todayUrl="https://app.example.edu/seeker"
        unsubscribeUrl={unsubscribeUrl}
      />,
    );
    expect(text).toContain("Your week of November 30");
    expect(text).toContain("Last week: 1 follow-up done");
    expect(text).toContain("Mon, Nov 23: Emailed a thank-you to Dana Lee (Ops analyst at Acme)");
    expect(text).toContain("Missed last week: 1");
    expect(text).toContain("Fri, Nov 27: Call Sam Ortiz to check in");
    expect(text).toContain("This week: 1 follow-up due");
    expect(text).toContain("Thu, Dec 3: Email Dana Lee to check in");
    expect(text).toContain("3 of 5");
    expect(text).toContain("2 more opportunities");
    expect(text).toContain("Lakeshore Workforce Partners's target of 5");
    expect(text).toContain("“It's one more no closer to the yes.”");
    expect(html).toContain(href("https://app.example.edu/seeker"));
    expect(html).toContain(href(unsubscribeUrl));
  });

  it("a seeker digest at target with a quiet week says so", async () => {
    const { text } = await renderEmail(<SeekerDigestEmail ironsInTheFire={6} ironsTarget={6} lastWeek={{ done: [], missed: [] }} thisWeek={[]} />);
    expect(text).toContain("You are at Northside Career Center's target of 6");
    expect(text).toContain("No follow-ups done last week.");
    expect(text).not.toContain("Missed last week");
    expect(text).toContain("Nothing due this week");
  });

  it("a coach digest compares the rate with the benchmark and the week before, and names who needs a word, with links", async () => {
    const seekerUrl = "https://app.example.edu/coach/seekers/mem_1";
    const { html, text } = await renderEmail(
      <CoachDigestEmail
        organizationName="Lakeshore Workforce Partners"
        coachFirstName="Sam"
        weekOf="November 30"
        caseloadSize={9}
        followUpRate={{ lastWeek: 85, weekBefore: 90, benchmark: 80 }}
        overdue={[{ seeker: "Riley Park", detail: "2 follow-ups overdue", url: seekerUrl }]}
        belowTarget={[{ seeker: "Ana Ruiz", detail: "1 iron in the fire", url: "https://app.example.edu/coach/seekers/mem_2" }]}
        ironsTarget={5}
        overContacting={[]}
        wins={[{ seeker: "Lee Chen", what: "Offer from Acme" }]}
        dashboardUrl="https://app.example.edu/coach"
        unsubscribeUrl={unsubscribeUrl}
      />,
    );
    expect(text).toContain("85%");
    expect(text).toContain("at or above the 80% benchmark, down 5 points on the week before (90%)");
    expect(text).toContain("Overdue: 1");
    expect(text).toContain("Riley Park");
    expect(text).toContain("2 follow-ups overdue");
    expect(text).toContain("Below 5 irons in the fire: 1");
    expect(text).toContain("Contacting too often: 0");
    expect(text).toContain("Nobody is contacting employers more than the policy asks.");
    expect(text).toContain("Lee Chen: Offer from Acme");
    expect(text).toContain("Lakeshore Workforce Partners");
    expect(html).toContain(href(seekerUrl));
    expect(html).toContain(href("https://app.example.edu/coach"));
    expect(html).toContain(href(unsubscribeUrl));
  });

  it("a coach digest with no interview follow-ups due says so instead of 0%", async () => {
    const { text } = await renderEmail(<CoachDigestEmail followUpRate={{ lastWeek: null, weekBefore: 50, benchmark: 80 }} />);
    expect(text).toContain("No interview follow-ups were due last week.");
    expect(text).not.toMatch(/(^|\s)0%/);
  });
});

describe("previews", () => {
  it("has one for every kind of email, each rendering with its preview data and the organization's name where there is one", async () => {
    expect(Object.keys(EMAIL_PREVIEWS).sort()).toEqual([...EMAIL_KINDS].sort());
    for (const [kind, element] of Object.entries(EMAIL_PREVIEWS)) {
      const { html, text } = await renderEmail(element);
      expect(html, kind).toMatch(/^<!DOCTYPE html/);
      if (kind !== "magic_link") expect(text, kind).toContain("Northside Career Center");
      if (!isTransactional(kind as EmailKind)) expect(text, kind).toContain("Unsubscribe or choose which emails you get");
    }
  });
});
