import type { Reply } from '../answering/answer';

/**
 * What the bot told a practitioner, kept so an organisation can show later which guidance was given on which policy
 * version: when, to whom (their id), the topic, the rules, the guidance version and the verdict. Never the question's
 * text, which can name a child or a family.
 */
export interface AnswerAuditEntry {
  answeredAt: string;
  /** The practitioner's Entra ID object id (Teams aadObjectId), or the channel's user id when there is none. */
  askerId: string;
  topic: string;
  ruleIds: string[];
  guidanceVersion: string;
  verdict: string;
}

export interface AnswerAudit {
  /** Settles once the entries are stored: the reply is sent only then. */
  record(entries: readonly AnswerAuditEntry[]): Promise<void>;
  /** Entries for one practitioner with from <= answeredAt < to, oldest first. */
  answersTo(askerId: string, from: Date, to: Date): Promise<AnswerAuditEntry[]>;
  /** Deletes entries answered before the cutoff; returns how many. */
  purgeBefore(cutoff: Date): Promise<number>;
}

/** One entry per ruling the replies carry (a question about two records gets two); welcome and help cards carry none. */
export function auditEntries(replies: readonly Reply[], askerId: string, at: Date): AnswerAuditEntry[] {
  return replies.flatMap((r) =>
    r.rulings.map((ruling) => ({
      answeredAt: at.toISOString(),
      askerId,
      topic: ruling.topic,
      ruleIds: [...ruling.ruleIds],
      guidanceVersion: ruling.guidanceVersion,
      verdict: ruling.verdict,
    })),
  );
}
