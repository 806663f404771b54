import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/**
 * The frame every Followthrough email shares: a plain, readable card.
 * Inline styles only: email clients ignore stylesheets.
 */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Followthrough</Text>
          <Section>{children}</Section>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>
            Followthrough helps career centers and job seekers keep every application moving.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  body: { backgroundColor: "#f6f7f9", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "0 auto", maxWidth: "520px", padding: "32px" },
  brand: { color: "#0f766e", fontSize: "14px", fontWeight: 700, letterSpacing: "0.04em", margin: "0 0 24px", textTransform: "uppercase" as const },
  heading: { color: "#111827", fontSize: "22px", fontWeight: 600, margin: "0 0 16px" },
  paragraph: { color: "#374151", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  button: { backgroundColor: "#0f766e", borderRadius: "6px", color: "#ffffff", display: "inline-block", fontSize: "15px", fontWeight: 600, padding: "12px 20px", textDecoration: "none" },
  small: { color: "#6b7280", fontSize: "13px", lineHeight: "20px", margin: "16px 0 0", wordBreak: "break-all" as const },
  rule: { borderColor: "#e5e7eb", margin: "32px 0 16px" },
  footer: { color: "#9ca3af", fontSize: "12px", lineHeight: "18px", margin: 0 },
};
