import { Button, Heading, Section, Text } from "@react-email/components";
import type { UnsubscribableEmailProps } from "../deliver-email";
import { EmailLayout, styles } from "./email-layout";
import { Figure, SeekerList, count, type EmailSeekerLine } from "./parts";

export interface CoachDigestEmailProps extends UnsubscribableEmailProps {
  organizationName: string;
  coachFirstName: string;
  /** The Monday this digest opens, in words: "November 30". */
  weekOf: string;
  caseloadSize: number;
  /**
   * The caseload's interview follow-up rate, in percent (0–100): the share
   * of interview follow-ups due that week that were done. Null: none were due.
   */
  followUpRate: { lastWeek: number | null; weekBefore: number | null; benchmark: number };
  /** Seekers with overdue follow-ups; detail: "2 follow-ups overdue". */
  overdue: EmailSeekerLine[];
  /** Seekers below the irons-in-the-fire target; detail: "2 irons in the fire". */
  belowTarget: EmailSeekerLine[];
  ironsTarget: number;
  /** Seekers who contacted an employer more than the policy asks; detail: the opportunity. */
  overContacting: EmailSeekerLine[];
  /** Offers, answers after a follow-up: "Offer from Acme Logistics". */
  wins: { seeker: string; what: string }[];
  dashboardUrl: string;
}

export const coachDigestSubject = (props: Pick<CoachDigestEmailProps, "weekOf" | "overdue">) =>
  `Your caseload, week of ${props.weekOf}${props.overdue.length ? `: ${count(props.overdue.length, "seeker")} overdue` : ""}`;

/** "up 14 points on the week before", "level with the week before". */
function comparison(now: number, before: number | null, what: string): string {
  if (before === null) return `no ${what} to compare with`;
  const delta = Math.round(now - before);
  if (delta === 0) return `level with ${what}`;
  return `${delta > 0 ? "up" : "down"} ${count(Math.abs(delta), "point")} on ${what}`;
}

function rateSentence(rate: CoachDigestEmailProps["followUpRate"]): string {
  if (rate.lastWeek === null) return `No interview follow-ups were due last week. The benchmark is ${rate.benchmark}%.`;
  const benchmark = rate.lastWeek >= rate.benchmark ? `at or above the ${rate.benchmark}% benchmark` : `${count(Math.round(rate.benchmark - rate.lastWeek), "point")} below the ${rate.benchmark}% benchmark`;
  return `Last week: ${benchmark}, ${comparison(rate.lastWeek, rate.weekBefore, "the week before")}${rate.weekBefore === null ? "" : ` (${rate.weekBefore}%)`}.`;
}

/** Monday's digest for a coach: the caseload's rate, who needs a word, and the wins. Default props are the preview data. */
export default function CoachDigestEmail({
  organizationName = "Northside Career Center",
  coachFirstName = "Maya",
  weekOf = "November 30",
  caseloadSize = 13,
  followUpRate = { lastWeek: 78, weekBefore: 64, benchmark: 80 },
  overdue = [
    { seeker: "Jordan Ellis", detail: "1 follow-up overdue (Brightline Health, due Nov 27)", url: "http://localhost:3000/coach/seekers/preview-1" },
    { seeker: "Amara Okoye", detail: "2 follow-ups overdue", url: "http://localhost:3000/coach/seekers/preview-2" },
  ],
  belowTarget = [
    { seeker: "Luis Romero", detail: "2 irons in the fire", url: "http://localhost:3000/coach/seekers/preview-3" },
    { seeker: "Jordan Ellis", detail: "4 irons in the fire", url: "http://localhost:3000/coach/seekers/preview-1" },
  ],
  ironsTarget = 6,
  overContacting = [{ seeker: "Chris Park", detail: "three calls in a week to Northwind", url: "http://localhost:3000/coach/seekers/preview-4" }],
  wins = [
    { seeker: "Taylor Nguyen", what: "Offer from Acme Logistics" },
    { seeker: "Sam Wright", what: "Second interview at Brightline Health, after a follow-up" },
  ],
  dashboardUrl = "http://localhost:3000/coach",
  unsubscribeUrl,
}: Partial<CoachDigestEmailProps>) {
  const rateFigure = followUpRate.lastWeek === null ? "–" : `${Math.round(followUpRate.lastWeek)}%`;
  return (
    <EmailLayout
      preview={`Follow-up rate ${rateFigure}. ${count(overdue.length, "seeker")} overdue, ${count(wins.length, "win")}.`}
      organizationName={organizationName}
      unsubscribeUrl={unsubscribeUrl}
      why="You get this digest every Monday morning for the seekers on your caseload."
    >
      <Heading as="h1" style={styles.heading}>
        Your caseload, week of {weekOf}
      </Heading>
      <Text style={styles.paragraph}>
        Good morning, {coachFirstName}. Here is how your {count(caseloadSize, "seeker")} followed through last week.
      </Text>

      <Figure figure={rateFigure} caption="Interview follow-up rate">
        {rateSentence(followUpRate)}
      </Figure>

      <Heading as="h2" style={styles.subheading}>
        Overdue: {overdue.length}
      </Heading>
      <SeekerList seekers={overdue} empty="Nobody has an overdue follow-up." />

      <Heading as="h2" style={styles.subheading}>
        Below {ironsTarget} irons in the fire: {belowTarget.length}
      </Heading>
      <SeekerList seekers={belowTarget} empty={`Everyone has at least ${ironsTarget} opportunities in play.`} />

      <Heading as="h2" style={styles.subheading}>
        Contacting too often: {overContacting.length}
      </Heading>
      <SeekerList seekers={overContacting} empty="Nobody is contacting employers more than the policy asks." />

      <Heading as="h2" style={styles.subheading}>
        Wins: {wins.length}
      </Heading>
      {wins.length === 0 ? (
        <Text style={styles.paragraph}>No offers or answers last week. They come in waves.</Text>
      ) : (
        <Section style={{ margin: "0 0 16px" }}>
          {wins.map((win, index) => (
            <Text key={index} style={{ ...styles.paragraph, margin: "0 0 6px" }}>
              • <strong>{win.seeker}</strong>: {win.what}
            </Text>
          ))}
        </Section>
      )}

      <Button href={dashboardUrl} style={{ ...styles.button, marginTop: "12px" }}>
        Open your dashboard
      </Button>
    </EmailLayout>
  );
}
