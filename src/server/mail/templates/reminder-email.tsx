import { Button, Heading, Link, Text } from "@react-email/components";
import type { Channel } from "@/server/cadence";
import type { UnsubscribableEmailProps } from "../deliver-email";
import { EmailLayout, styles } from "./email-layout";
import { ContactBox, ScriptBox, type EmailContact } from "./parts";

export interface ReminderEmailProps extends UnsubscribableEmailProps {
  organizationName: string;
  seekerFirstName: string;
  /** The step in words, as describeFollowUp says it: "Email Dana Lee (hiring manager) to check in". */
  step: string;
  /** "Operations analyst at Acme Logistics". */
  opportunity: string;
  channel: Channel;
  contact: EmailContact | null;
  /** The words to say or send. */
  script: string;
  /** The plan's last day for it, in words: "Thursday, December 3". */
  dueOn: string;
  /** One click marks the step done by its planned channel (a signed, single-use link). */
  doneUrl: string;
  /** The seeker's Today page. */
  todayUrl: string;
}

export const reminderSubject = (props: Pick<ReminderEmailProps, "step">) => `Today: ${props.step}`;

/** The morning a follow-up opens: who, how, what to say, and one click when it's done. Default props are the preview data. */
export default function ReminderEmail({
  organizationName = "Northside Career Center",
  seekerFirstName = "Jordan",
  step = "Email Dana Lee (hiring manager) to check in",
  opportunity = "Operations analyst at Acme Logistics",
  channel = "email",
  contact = { name: "Dana Lee", role: "hiring manager", email: "dana.lee@acme-logistics.example", phone: "+1 (312) 555-0142" },
  script = "Hi Dana, thank you again for talking with me last Tuesday about the operations analyst role. I'm still very interested and wanted to check whether there's anything else I can send you. Best, Jordan",
  dueOn = "Thursday, December 3",
  doneUrl = "http://localhost:3000/done?token=preview.token",
  todayUrl = "http://localhost:3000/seeker",
  unsubscribeUrl,
}: Partial<ReminderEmailProps>) {
  return (
    <EmailLayout
      preview={`${step}, for ${opportunity}. Due by ${dueOn}.`}
      organizationName={organizationName}
      unsubscribeUrl={unsubscribeUrl}
      why="You get a reminder on the morning each follow-up in your plan starts."
    >
      <Heading as="h1" style={styles.heading}>
        Today: {step}
      </Heading>
      <Text style={styles.paragraph}>
        Good morning, {seekerFirstName}. Today is the day for this follow-up on <strong>{opportunity}</strong>. Any time before the end of{" "}
        {dueOn} is right on plan.
      </Text>
      <ContactBox contact={contact} channel={channel} />
      <ScriptBox script={script} channel={channel} />
      <Button href={doneUrl} style={styles.button}>
        Mark as done
      </Button>
      <Text style={styles.note}>
        Did it another way? Mark it done anyway; the page that opens lets you change how you reached them.
      </Text>
      <Text style={styles.paragraph}>
        <br />
        <Link href={todayUrl} style={styles.link}>
          See everything on your Today page
        </Link>
      </Text>
    </EmailLayout>
  );
}
