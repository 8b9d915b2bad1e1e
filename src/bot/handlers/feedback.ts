import { answerRuling, withFeedbackThanks } from '../../answering/answer';
import { workOn, type AnswerThreads } from '../../answering/answer-threads';
import { FeedbackButtonSchema, withRuling, type FeedbackStore } from '../../feedback/feedback';
import { recordFeedback } from '../../feedback/record-feedback';
import { thankYouCard } from '../../feedback/thank-you-card';
import { invalidFeedbackCard } from '../notices';
import { cardReply } from '../replies';
import type { ActionHandler } from '../turn';

const FEEDBACK_KEPT = 'Thank you: your feedback is recorded. Phone numbers, e-mail addresses and names were removed before it was stored.';

/** The answer is rebuilt on the answering threads when there are any, as it was first answered. */
export function feedbackAction(store: FeedbackStore, threads?: AnswerThreads): ActionHandler {
  return {
    verb: 'feedback',
    handle: async (data, scope) => {
      const parsed = FeedbackButtonSchema.safeParse(data);
      if (!parsed.success) return [cardReply(invalidFeedbackCard())];
      // Action.Execute replaces the card it was on: send that same answer back with only its feedback row changed.
      const again = await workOn(threads, 'again', data, scope.answer);
      recordFeedback(store, withRuling(parsed.data, again ? answerRuling(again) : undefined), scope.now);
      if (again) return [cardReply(withFeedbackThanks(again.card, parsed.data.helpful))];
      // The answer cannot be rebuilt (its question did not come back with the button, or the guidance changed since): say
      // thank you in words, so the answer the button was on stays in view instead of being replaced by a thank-you card.
      return [{ ...cardReply(thankYouCard(parsed.data.helpful)), text: FEEDBACK_KEPT }];
    },
  };
}
