import { FeedbackSubmissionSchema, type FeedbackStore } from '../../feedback/feedback';
import { recordFeedback } from '../../feedback/record-feedback';
import { thankYouCard } from '../../feedback/thank-you-card';
import { invalidFeedbackCard } from '../notices';
import { cardReply } from '../replies';
import type { ActionHandler } from '../turn';

export function feedbackAction(store: FeedbackStore): ActionHandler {
  return {
    verb: 'feedback',
    handle: (data, scope) => {
      const parsed = FeedbackSubmissionSchema.safeParse(data);
      if (!parsed.success) return [cardReply(invalidFeedbackCard())];
      recordFeedback(store, parsed.data, scope.now);
      return [cardReply(thankYouCard(parsed.data.helpful))];
    },
  };
}
