import { welcome } from '../answering/answer';
import { memoiseAnswers } from '../answering/memo';
import type { FeedbackStore } from '../feedback/feedback';
import { askAction, refineAction } from './handlers/answer-actions';
import { feedbackAction } from './handlers/feedback';
import { helpIntent } from './handlers/help';
import { supervisionIntent, supervisionOpenAction, supervisionSubmitAction } from './handlers/supervision';
import type { SupervisionDesk } from '../supervision/desk';
import { answerQuestionHandler } from './handlers/question';
import { tooLongIntent } from './handlers/too-long';
import { BotRouter } from './router';

/** Every feature the bot answers, registered by intent and card verb. */
export function createBotRouter(deps: { feedback: FeedbackStore; answerCacheSize: number; supervision?: SupervisionDesk }): BotRouter {
  const desk = deps.supervision;
  // The welcome card depends only on the profile, the day and the guidance version, like any answer.
  const welcomeCard = memoiseAnswers((_text, ctx) => welcome(ctx), deps.answerCacheSize > 0 ? 16 : 0);
  return new BotRouter({
    messages: [tooLongIntent, helpIntent((scope) => welcomeCard('', scope.answer)), ...(desk ? [supervisionIntent(desk)] : [])],
    fallback: answerQuestionHandler(deps.answerCacheSize),
    actions: [refineAction, askAction, feedbackAction(deps.feedback), ...(desk ? [supervisionOpenAction(desk), supervisionSubmitAction(desk)] : [])],
    welcome: (scope) => welcomeCard('', scope.answer),
  });
}
