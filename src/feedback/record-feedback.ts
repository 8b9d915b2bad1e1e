import { redactText } from '../privacy/redact';
import type { FeedbackEntry, FeedbackStore, FeedbackSubmission } from './feedback';

/** Redacts personal data from the question and comment, then stores the feedback with the ruling it concerned. */
export function recordFeedback(store: FeedbackStore, submission: FeedbackSubmission, now: Date): FeedbackEntry {
  const comment = submission.comment?.trim();
  return store.add({
    receivedAt: now.toISOString(),
    helpful: submission.helpful,
    topic: submission.topic,
    ruleIds: submission.ruleIds,
    guidanceVersion: submission.guidanceVersion,
    question: redactText(submission.question),
    comment: comment ? redactText(comment) : null,
  });
}
