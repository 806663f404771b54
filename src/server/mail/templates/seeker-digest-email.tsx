import { Button, Heading, Text } from "@react-email/components";
import type { UnsubscribableEmailProps } from "../deliver-email";
import { EmailLayout, styles } from "./email-layout";
import { Figure, StepList, count, type EmailStepLine } from "./parts";

export interface SeekerDigestEmailProps extends UnsubscribableEmailProps {
  organizationName: string;
  seekerFirstName: string;
  /** The Monday this digest opens, in words: "November 30". */
  weekOf: string;
  /** Last week's follow-ups done (date: the day done) and missed (date: the day they were due). */
  lastWeek: { done: EmailStepLine[]; missed: EmailStepLine[] };
  /** This week's follow-ups, date: the day each is due. */
  thisWeek: EmailStepLine[];
  /** Opportunities still in play. */
  ironsInTheFire: number;
  /** The organization's target for irons in the fire. */
  ironsTarget: number;
  /** One line from the organization's coaching school. */
  encouragement: string;
  todayUrl: string;
}

export const seekerDigestSubject = (props: Pick<SeekerDigestEmailProps, "weekOf" | "thisWeek">) =>
  `Your week of ${props.weekOf}: ${count(props.thisWeek.length, "follow-up")} planned`;

/** Monday's summary for a seeker. Default props are the preview data. */
export default function SeekerDigestEmail({
  organizationName = "Northside Career Center",
  seekerFirstName = "Jordan",
  weekOf = "November 30",
  lastWeek = {
    done: [
      { step: "Emailed a thank-you to Dana Lee", opportunity: "Operations analyst at Acme Logistics", date: "Mon, Nov 23" },
      { step: "Called Priya Shah to check in", opportunity: "Supply chain associate at Northwind", date: "Wed, Nov 25" },
      { step: "Sent a handwritten thank-you note to Lee Chen", opportunity: "Informational interview at Harbor Freight Co.", date: "Thu, Nov 26" },
    ],
    missed: [{ step: "Email Sam Ortiz to check in", opportunity: "Data coordinator at Brightline Health", date: "Fri, Nov 27" }],
  },
  thisWeek = [
    { step: "Email Dana Lee to check in", opportunity: "Operations analyst at Acme Logistics", date: "Thu, Dec 3" },
    { step: "Call Sam Ortiz to check in", opportunity: "Data coordinator at Brightline Health", date: "Fri, Dec 4" },
  ],
  ironsInTheFire = 4,
  ironsTarget = 6,
  encouragement = "Every no is one more no closer to the yes.",
  todayUrl = "http://localhost:3000/seeker",
  unsubscribeUrl,
}: Partial<SeekerDigestEmailProps>) {
  const short = Math.max(0, ironsTarget - ironsInTheFire);
  const doneCount = lastWeek.done.length;
  const missedCount = lastWeek.missed.length;
  return (
    <EmailLayout
      preview={`Last week: ${count(doneCount, "follow-up")} done${missedCount ? `, ${missedCount} missed` : ""}. This week: ${thisWeek.length} planned.`}
      organizationName={organizationName}
      unsubscribeUrl={unsubscribeUrl}
      why="You get this summary every Monday morning."
    >
      <Heading as="h1" style={styles.heading}>
        Your week of {weekOf}
      </Heading>
      <Text style={styles.paragraph}>Good morning, {seekerFirstName}. Here is where your search stands.</Text>

      <Figure figure={`${ironsInTheFire} of ${ironsTarget}`} caption="Irons in the fire">
        {short > 0
          ? `${count(short, "more opportunity", "more opportunities")} (an application, an interview, a networking conversation) would bring you to ${organizationName}'s target of ${ironsTarget}.`
          : `You are at ${organizationName}'s target of ${ironsTarget}. Keep them warm with your follow-ups.`}
      </Figure>

      <Heading as="h2" style={styles.subheading}>
        Last week: {count(doneCount, "follow-up")} done
      </Heading>
      <StepList steps={lastWeek.done} empty="No follow-ups done last week." />
      {missedCount > 0 ? (
        <>
          <Heading as="h2" style={styles.subheading}>
            Missed last week: {missedCount}
          </Heading>
          <Text style={styles.paragraph}>Not too late: a short note this week still counts.</Text>
          <StepList steps={lastWeek.missed} empty="" />
        </>
      ) : null}

      <Heading as="h2" style={styles.subheading}>
        This week: {count(thisWeek.length, "follow-up")} due
      </Heading>
      <StepList steps={thisWeek} empty="Nothing due this week: a good week to add a new opportunity." />

      <Text style={{ ...styles.paragraph, fontStyle: "italic", margin: "24px 0" }}>
        “{encouragement}” — your coaches at {organizationName}
      </Text>
      <Button href={todayUrl} style={styles.button}>
        Open your Today page
      </Button>
    </EmailLayout>
  );
}
