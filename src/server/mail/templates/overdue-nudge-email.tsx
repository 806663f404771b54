import { Button, Heading, Link, Text } from "@react-email/components";
import type { ReminderEmailProps } from "./reminder-email";
import { EmailLayout, styles } from "./email-layout";
import { ContactBox, ScriptBox, count } from "./parts";

/** The reminder's content (its `dueOn` now the due date that passed), and how many days ago that was. */
export interface OverdueNudgeEmailProps extends ReminderEmailProps {
  daysOverdue: number;
}

export const overdueNudgeSubject = (props: Pick<OverdueNudgeEmailProps, "step">) => `Still open: ${props.step}`;

/** The one nudge, the morning after a follow-up's due date. Default props are the preview data. */
export default function OverdueNudgeEmail({
  organizationName = "Northside Career Center",
  seekerFirstName = "Jordan",
  step = "Call Sam Ortiz (recruiter) to check in",
  opportunity = "Data coordinator at Brightline Health",
  channel = "phone",
  contact = { name: "Sam Ortiz", role: "recruiter", email: null, phone: "(773) 555-0199" },
  script = "Hi Sam, this is Jordan Ellis. I interviewed for the data coordinator role on the 19th and wanted to check in on the timeline. I'm still very interested.",
  dueOn = "Wednesday, December 2",
  daysOverdue = 1,
  doneUrl = "http://localhost:3000/done?token=preview.token",
  todayUrl = "http://localhost:3000/seeker",
  unsubscribeUrl,
}: Partial<OverdueNudgeEmailProps>) {
  return (
    <EmailLayout
      preview={`${step} was due ${dueOn}. It still counts today.`}
      organizationName={organizationName}
      unsubscribeUrl={unsubscribeUrl}
      why="We send one nudge the morning after a follow-up's due date, and never more than one."
    >
      <Heading as="h1" style={styles.heading}>
        Still open: {step}
      </Heading>
      <Text style={styles.paragraph}>
        Hi {seekerFirstName}, this follow-up on <strong>{opportunity}</strong> was due {dueOn} ({count(daysOverdue, "day")} ago). A short, friendly
        message today still counts. If you already did it, mark it done so your plan stays right.
      </Text>
      <ContactBox contact={contact} channel={channel} />
      <ScriptBox script={script} channel={channel} />
      <Button href={doneUrl} style={styles.button}>
        Mark as done
      </Button>
      <Text style={styles.note}>This is the only reminder we send about this follow-up.</Text>
      <Text style={styles.paragraph}>
        <br />
        <Link href={todayUrl} style={styles.link}>
          See everything on your Today page
        </Link>
      </Text>
    </EmailLayout>
  );
}
