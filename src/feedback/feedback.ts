import { z } from 'zod';

// What is recorded from a feedback button on an answer card ("Helpful" carries it all; see FeedbackButtonSchema).
export const FeedbackSubmissionSchema = z.object({
  verb: z.literal('feedback'),
  // Input.Toggle and some clients submit booleans as strings.
  helpful: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  comment: z.string().max(2000).optional(),
  topic: z.string().min(1).max(100),
  ruleIds: z.array(z.string().max(200)).max(100),
  guidanceVersion: z.string().min(1).max(100),
  question: z.string().max(2000),
});

export type FeedbackSubmission = z.infer<typeof FeedbackSubmissionSchema>;

/**
 * What either feedback button submits: the topic and rule ids are read from the answer rebuilt from its question. The
 * question comes from the card's hidden input; a client that does not send it still has the feedback recorded (without it).
 */
export const FeedbackButtonSchema = FeedbackSubmissionSchema.partial({ topic: true, ruleIds: true, question: true });
export type FeedbackButton = z.infer<typeof FeedbackButtonSchema>;

/** The topic recorded when the ruling a card showed cannot be rebuilt (the guidance changed since it was sent). */
export const UNKNOWN_TOPIC = 'unknown';

/**
 * The submission with the ruling it concerned: carried by the button, or that of the answer rebuilt from the same question
 * under the same guidance version. Under another version the ruling shown is not known: the feedback is still kept.
 */
export function withRuling(button: FeedbackButton, rebuilt: { topic: string; ruleIds: string[]; guidanceVersion: string } | undefined): FeedbackSubmission {
  const question = button.question ?? '';
  if (button.topic !== undefined && button.ruleIds !== undefined) return { ...button, question, topic: button.topic, ruleIds: button.ruleIds };
  const same = rebuilt !== undefined && rebuilt.guidanceVersion === button.guidanceVersion;
  return { ...button, question, topic: button.topic ?? (same ? rebuilt.topic : UNKNOWN_TOPIC), ruleIds: button.ruleIds ?? (same ? rebuilt.ruleIds : []) };
}

/** A stored piece of feedback: the question and comment are already redacted. */
export interface FeedbackEntry {
  id: number;
  receivedAt: string;
  helpful: boolean;
  topic: string;
  ruleIds: string[];
  guidanceVersion: string;
  question: string;
  comment: string | null;
}

export interface FeedbackStore {
  add(entry: Omit<FeedbackEntry, 'id'>): FeedbackEntry;
  list(): FeedbackEntry[];
}
