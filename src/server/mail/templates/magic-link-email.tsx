import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./email-layout";

export interface MagicLinkEmailProps {
  url: string;
  /** How long the link works, in words ("15 minutes"). */
  validFor: string;
}

/** The sign-in link. Default props are the preview data. */
export default function MagicLinkEmail({
  url = "http://localhost:3000/api/auth/callback/resend?token=preview&email=seeker%40northside.test",
  validFor = "15 minutes",
}: Partial<MagicLinkEmailProps>) {
  return (
    <EmailLayout preview="Your Followthrough sign-in link">
      <Heading as="h1" style={styles.heading}>
        Sign in to Followthrough
      </Heading>
      <Text style={styles.paragraph}>Welcome back. Use the button below to sign in; no password needed.</Text>
      <Button href={url} style={styles.button}>
        Sign in
      </Button>
      <Text style={styles.note}>
        This link works once and expires in {validFor}. If the button does not work, paste this address into your browser:{" "}
        <Link href={url} style={styles.url}>
          {url}
        </Link>
      </Text>
      <Text style={styles.note}>Did not ask to sign in? You can safely ignore this email.</Text>
    </EmailLayout>
  );
}
