/**
 * Every template with its preview data (its default props), one entry per
 * EmailKind: `npm run email:preview` renders them, and the rendering tests
 * check that none is missing. The unsubscribable ones get a sample
 * unsubscribe link, as deliverEmail would add.
 */
import type { ReactElement } from "react";
import type { EmailKind } from "../email-kinds";
import CoachDigestEmail from "./coach-digest-email";
import CoachNudgeEmail from "./coach-nudge-email";
import InvitationEmail from "./invitation-email";
import MagicLinkEmail from "./magic-link-email";
import OverdueNudgeEmail from "./overdue-nudge-email";
import ReminderEmail from "./reminder-email";
import SeekerDigestEmail from "./seeker-digest-email";

const unsubscribeUrl = "http://localhost:3000/unsubscribe?token=preview.token";

export const EMAIL_PREVIEWS: Readonly<Record<EmailKind, ReactElement>> = {
  magic_link: <MagicLinkEmail />,
  invitation: <InvitationEmail />,
  reminder: <ReminderEmail unsubscribeUrl={unsubscribeUrl} />,
  overdue_nudge: <OverdueNudgeEmail unsubscribeUrl={unsubscribeUrl} />,
  seeker_digest: <SeekerDigestEmail unsubscribeUrl={unsubscribeUrl} />,
  coach_digest: <CoachDigestEmail unsubscribeUrl={unsubscribeUrl} />,
  coach_nudge: <CoachNudgeEmail unsubscribeUrl={unsubscribeUrl} />,
};
