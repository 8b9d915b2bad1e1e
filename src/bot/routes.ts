import { welcome } from '../answering/answer';
import type { FeedbackStore } from '../feedback/feedback';
import { askAction, refineAction } from './handlers/answer-actions';
import { feedbackAction } from './handlers/feedback';
import { helpIntent } from './handlers/help';
import { answerQuestionHandler } from './handlers/question';
import { tooLongIntent } from './handlers/too-long';
import { BotRouter } from './router';

/** Every feature the bot answers, registered by intent and card verb. */
export function createBotRouter(deps: { feedback: FeedbackStore; answerCacheSize: number }): BotRouter {
  return new BotRouter({
    messages: [tooLongIntent, helpIntent],
    fallback: answerQuestionHandler(deps.answerCacheSize),
    actions: [refineAction, askAction, feedbackAction(deps.feedback)],
    welcome: (scope) => welcome(scope.answer),
  });
}
