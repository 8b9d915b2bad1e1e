import { welcome } from '../answering/answer';
import { memoiseAnswers } from '../answering/memo';
import type { FeedbackStore } from '../feedback/feedback';
import { askAction, refineAction } from './handlers/answer-actions';
import { feedbackAction } from './handlers/feedback';
import { helpIntent } from './handlers/help';
import { managerHandlers, type ManagerDesks } from './handlers/managers';
import { answerQuestionHandler } from './handlers/question';
import { tooLongIntent } from './handlers/too-long';
import { BotRouter } from './router';

/** Every feature the bot answers, registered by intent and card verb. */
export function createBotRouter(deps: { feedback: FeedbackStore; answerCacheSize: number; managers?: ManagerDesks }): BotRouter {
  const managers = managerHandlers(deps.managers);
  // The welcome card depends only on the profile, the day and the guidance version, like any answer.
  const welcomeCard = memoiseAnswers((_text, ctx) => welcome(ctx), deps.answerCacheSize > 0 ? 16 : 0);
  return new BotRouter({
    messages: [tooLongIntent, helpIntent((scope) => welcomeCard('', scope.answer)), ...managers.messages],
    fallback: managers.answer(answerQuestionHandler(deps.answerCacheSize)),
    actions: [refineAction, askAction, feedbackAction(deps.feedback), ...managers.actions],
    welcome: (scope) => welcomeCard('', scope.answer),
  });
}
