import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/**
 * The frame every Followthrough email shares: a plain, readable card.
 * Inline styles only: email clients ignore stylesheets. One column, so it
 * reads the same on a phone; colours keep WCAG AA contrast on white.
 *
 * `organizationName` heads the email (whose program this is); an
 * `unsubscribeUrl` (added by deliverEmail to every email a member can opt out
 * of) puts the way out in the footer, next to why they get it.
 */
export function EmailLayout({
  preview,
  organizationName,
  unsubscribeUrl,
  why,
  children,
}: {
  preview: string;
  organizationName?: string;
  unsubscribeUrl?: string;
  /** Why this person gets this email, for the footer ("You get a reminder on the day each follow-up starts"). */
  why?: string;
  children: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{organizationName ?? "Followthrough"}</Text>
          <Section>{children}</Section>
          <Hr style={styles.rule} />
          {why ? <Text style={styles.footer}>{why}</Text> : null}
          {unsubscribeUrl ? (
            <Text style={styles.footer}>
              <Link href={unsubscribeUrl} style={styles.footerLink}>
                Unsubscribe or choose which emails you get
              </Link>
            </Text>
          ) : null}
          <Text style={styles.footer}>
            {organizationName
              ? `Sent by Followthrough for ${organizationName}.`
              : "Followthrough helps career centers and job seekers keep every application moving."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  body: { backgroundColor: "#f6f7f9", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 12px" },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "0 auto", maxWidth: "560px", padding: "32px 28px" },
  brand: { color: "#0f766e", fontSize: "13px", fontWeight: 700, letterSpacing: "0.04em", margin: "0 0 24px", textTransform: "uppercase" as const },
  heading: { color: "#111827", fontSize: "22px", fontWeight: 600, lineHeight: "30px", margin: "0 0 16px" },
  subheading: { color: "#111827", fontSize: "16px", fontWeight: 600, lineHeight: "24px", margin: "28px 0 8px" },
  paragraph: { color: "#374151", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  button: { backgroundColor: "#0f766e", borderRadius: "6px", color: "#ffffff", display: "inline-block", fontSize: "15px", fontWeight: 600, padding: "12px 20px", textDecoration: "none" },
  link: { color: "#0f766e", textDecoration: "underline" },
  /** Small print. */
  note: { color: "#4b5563", fontSize: "13px", lineHeight: "20px", margin: "16px 0 0" },
  /** A URL written out: long addresses may break anywhere (words never do). */
  url: { color: "#0f766e", textDecoration: "underline", wordBreak: "break-all" as const },
  rule: { borderColor: "#e5e7eb", margin: "32px 0 16px" },
  footer: { color: "#4b5563", fontSize: "12px", lineHeight: "18px", margin: "0 0 8px" },
  footerLink: { color: "#4b5563", textDecoration: "underline" },
};
