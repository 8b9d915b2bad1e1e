import { z } from 'zod';

// What a feedback button on an answer card submits (see the brief's answers contract).
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
