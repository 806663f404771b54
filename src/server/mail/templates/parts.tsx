/**
 * Pieces the reminder, nudge and digest emails share. Plain blocks and
 * lists rather than layout tables: they stack on a phone and read as
 * sentences in the plain-text version.
 */
import { Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Channel } from "@/server/cadence";
import { CHANNEL_LABEL } from "@/server/vocabulary/labels";
import { styles } from "./email-layout";

/** Whom to contact; every field but the name may be unknown. */
export interface EmailContact {
  name: string;
  /** In words, mid-sentence: "hiring manager", "recruiter". */
  role: string | null;
  email: string | null;
  phone: string | null;
}

/** One follow-up in a list: "Email Dana Lee to check in", on "Product manager at Acme", with a date in words. */
export interface EmailStepLine {
  step: string;
  opportunity: string;
  /** "Tue, Dec 1". */
  date: string;
}

/** A seeker in a coach's list, with a link to their page. */
export interface EmailSeekerLine {
  seeker: string;
  /** What to say about them: "2 follow-ups overdue", "3 irons in the fire". */
  detail: string;
  url: string;
}

const box = { backgroundColor: "#f9fafb", border: "1px solid #e5e7eb", borderRadius: "6px", padding: "12px 16px", margin: "0 0 16px" };
const label = { color: "#4b5563", fontSize: "12px", fontWeight: 600, letterSpacing: "0.03em", lineHeight: "18px", margin: "0", textTransform: "uppercase" as const };
const value = { color: "#111827", fontSize: "15px", lineHeight: "22px", margin: "0 0 10px" };
const listItem = { color: "#374151", fontSize: "15px", lineHeight: "22px", margin: "0 0 6px" };

/** Who to reach and how, with the address and number as links when known. */
export function ContactBox({ contact, channel }: { contact: EmailContact | null; channel: Channel }) {
  return (
    <Section style={box}>
      <Text style={label}>Who</Text>
      <Text style={value}>
        {contact ? `${contact.name}${contact.role ? `, ${contact.role}` : ""}` : "Your contact there (we don't have a name yet)"}
        {contact?.email ? (
          <>
            <br />
            <Link href={`mailto:${contact.email}`} style={styles.link}>
              {contact.email}
            </Link>
          </>
        ) : null}
        {contact?.phone ? (
          <>
            <br />
            <Link href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} style={styles.link}>
              {contact.phone}
            </Link>
          </>
        ) : null}
      </Text>
      <Text style={label}>How</Text>
      <Text style={{ ...value, margin: 0 }}>{CHANNEL_LABEL[channel]}</Text>
    </Section>
  );
}

/** The script, under a heading that fits the channel: said aloud, or written. */
export function ScriptBox({ script, channel }: { script: string; channel: Channel }) {
  const spoken = channel === "phone" || channel === "in_person";
  return (
    <>
      <Text style={styles.subheading}>{spoken ? "What to say" : "What to write"}</Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #0f766e", paddingLeft: "12px", whiteSpace: "pre-line" as const }}>{script}</Text>
    </>
  );
}

export function StepList({ steps, empty }: { steps: EmailStepLine[]; empty: string }) {
  if (steps.length === 0) return <Text style={styles.paragraph}>{empty}</Text>;
  return (
    <Section style={{ margin: "0 0 16px" }}>
      {steps.map((line, index) => (
        <Text key={index} style={listItem}>
          • <strong>{line.date}</strong>: {line.step} <span style={{ color: "#4b5563" }}>({line.opportunity})</span>
        </Text>
      ))}
    </Section>
  );
}

export function SeekerList({ seekers, empty }: { seekers: EmailSeekerLine[]; empty: string }) {
  if (seekers.length === 0) return <Text style={styles.paragraph}>{empty}</Text>;
  return (
    <Section style={{ margin: "0 0 16px" }}>
      {seekers.map((line, index) => (
        <Text key={index} style={listItem}>
          •{" "}
          <Link href={line.url} style={styles.link}>
            {line.seeker}
          </Link>
          : {line.detail}
        </Text>
      ))}
    </Section>
  );
}

/** One figure and what it means, e.g. "4 of 6" / "irons in the fire". */
export function Figure({ figure, caption, children }: { figure: string; caption: string; children?: ReactNode }) {
  return (
    <Section style={box}>
      <Text style={{ color: "#0f766e", fontSize: "28px", fontWeight: 700, lineHeight: "34px", margin: 0 }}>{figure}</Text>
      <Text style={{ ...label, margin: "2px 0 0" }}>{caption}</Text>
      {children ? <Text style={{ ...styles.paragraph, margin: "8px 0 0" }}>{children}</Text> : null}
    </Section>
  );
}

/** "1 follow-up", "3 follow-ups". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
