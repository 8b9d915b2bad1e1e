import { answerAgain, answerRuling, withFeedbackThanks } from '../../answering/answer';
import { FeedbackButtonSchema, withRuling, type FeedbackStore } from '../../feedback/feedback';
import { recordFeedback } from '../../feedback/record-feedback';
import { thankYouCard } from '../../feedback/thank-you-card';
import { invalidFeedbackCard } from '../notices';
import { cardReply } from '../replies';
import type { ActionHandler } from '../turn';

export function feedbackAction(store: FeedbackStore): ActionHandler {
  return {
    verb: 'feedback',
    handle: (data, scope) => {
      const parsed = FeedbackButtonSchema.safeParse(data);
      if (!parsed.success) return [cardReply(invalidFeedbackCard())];
      // Action.Execute replaces the card it was on: send that same answer back with only its feedback row changed.
      const again = answerAgain(data, scope.answer);
      recordFeedback(store, withRuling(parsed.data, again ? answerRuling(again) : undefined), scope.now);
      return [cardReply(again ? withFeedbackThanks(again.card, parsed.data.helpful) : thankYouCard(parsed.data.helpful))];
    },
  };
}
