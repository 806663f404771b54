import { Button, Heading, Text } from "@react-email/components";
import type { UnsubscribableEmailProps } from "../deliver-email";
import { EmailLayout, styles } from "./email-layout";

export interface CoachNudgeEmailProps extends UnsubscribableEmailProps {
  organizationName: string;
  seekerFirstName: string;
  coachName: string;
  /** The coach's own words. */
  message: string;
  /** The follow-up it concerns, in words, when it concerns one: "Email Dana Lee to check in". */
  step: string | null;
  /** "Operations analyst at Acme Logistics", when it concerns one opportunity. */
  opportunity: string | null;
  todayUrl: string;
}

export const coachNudgeSubject = (props: Pick<CoachNudgeEmailProps, "coachName">) => `${props.coachName} asks you to follow up`;

/** A coach asks a seeker to follow up. Default props are the preview data. */
export default function CoachNudgeEmail({
  organizationName = "Northside Career Center",
  seekerFirstName = "Jordan",
  coachName = "Maya Okafor",
  message = "Jordan, it has been a week since your Brightline interview. A two-line check-in with Sam today would keep you on their radar. You've got this.",
  step = "Call Sam Ortiz (recruiter) to check in",
  opportunity = "Data coordinator at Brightline Health",
  todayUrl = "http://localhost:3000/seeker",
  unsubscribeUrl,
}: Partial<CoachNudgeEmailProps>) {
  return (
    <EmailLayout
      preview={`${coachName}: ${message}`.slice(0, 140)}
      organizationName={organizationName}
      unsubscribeUrl={unsubscribeUrl}
      why={`You get this because ${coachName}, your coach at ${organizationName}, sent it.`}
    >
      <Heading as="h1" style={styles.heading}>
        {coachName} asks you to follow up
      </Heading>
      <Text style={styles.paragraph}>Hi {seekerFirstName}, a note from your coach:</Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #0f766e", paddingLeft: "12px", whiteSpace: "pre-line" as const }}>{message}</Text>
      {step ? (
        <Text style={styles.paragraph}>
          <strong>The follow-up:</strong> {step}
          {opportunity ? ` (${opportunity})` : ""}
        </Text>
      ) : opportunity ? (
        <Text style={styles.paragraph}>
          <strong>About:</strong> {opportunity}
        </Text>
      ) : null}
      <Button href={todayUrl} style={styles.button}>
        Open your Today page
      </Button>
    </EmailLayout>
  );
}
