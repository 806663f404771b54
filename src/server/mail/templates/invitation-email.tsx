import { Button, Heading, Link, Text } from "@react-email/components";
import type { Role } from "@/generated/prisma/enums";
import { EmailLayout, styles } from "./email-layout";

export interface InvitationEmailProps {
  url: string;
  organizationName: string;
  inviterName: string;
  role: Role;
  /** Expiry as shown to the reader ("December 2"). */
  expiresOn: string;
}

const WHAT_YOU_CAN_DO: Record<Role, string> = {
  SEEKER: "log your job-search activity and get a dated follow-up plan, with your coach alongside you",
  COACH: "see your seekers' progress and help them keep every application moving",
  ADMIN: "set up your organization, invite coaches and see how your cohorts are doing",
};

const ROLE_NAME: Record<Role, string> = { SEEKER: "a job seeker", COACH: "a coach", ADMIN: "an administrator" };

/** An invitation to join an organization. Default props are the preview data. */
export default function InvitationEmail({
  url = "http://localhost:3000/invite/preview.token",
  organizationName = "Northside Career Center",
  inviterName = "Maya Okafor",
  role = "SEEKER",
  expiresOn = "December 2",
}: Partial<InvitationEmailProps>) {
  return (
    <EmailLayout preview={`${inviterName} invited you to ${organizationName} on Followthrough`} organizationName={organizationName}>
      <Heading as="h1" style={styles.heading}>
        You are invited to {organizationName}
      </Heading>
      <Text style={styles.paragraph}>
        {inviterName} invited you to join {organizationName} on Followthrough as {ROLE_NAME[role]}. Once you accept, you can{" "}
        {WHAT_YOU_CAN_DO[role]}.
      </Text>
      <Button href={url} style={styles.button}>
        Accept the invitation
      </Button>
      <Text style={styles.note}>
        The invitation is for this email address and expires on {expiresOn}. If the button does not work, paste this address into
        your browser: <Link href={url} style={styles.url}>
          {url}
        </Link>
      </Text>
      <Text style={styles.note}>Not expecting this? You can ignore this email and nothing will happen.</Text>
    </EmailLayout>
  );
}
