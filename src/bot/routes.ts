import { welcome } from '../answering/answer';
import { withCardQuestion } from '../answering/card-question';
import type { AnswerThreads } from '../answering/answer-threads';
import { memoiseAnswers } from '../answering/memo';
import { auditEntries, type AnswerAudit } from '../audit/answer-audit';
import type { FeedbackStore } from '../feedback/feedback';
import type { AskStore } from '../asking/ask-store';
import type { Principal } from '../auth/principal';
import { answerActions } from './handlers/answer-actions';
import { askPersonActions, type ExpertConversations } from './handlers/ask-person';
import { feedbackAction } from './handlers/feedback';
import { helpIntent } from './handlers/help';
import { managerHandlers, type ManagerDesks } from './handlers/managers';
import { answerQuestionHandler } from './handlers/question';
import { tooLongIntent } from './handlers/too-long';
import { BotRouter } from './router';
import type { ActionHandler } from './turn';

/** The answer card's buttons: their submit carries the card's question in its hidden input, read back as the question. */
const fromAnswerCard = (handlers: ActionHandler[]): ActionHandler[] =>
  handlers.map((h) => ({ ...h, handle: (data, scope) => h.handle(withCardQuestion(data), scope) }));

/** Every feature the bot answers, registered by intent and card verb. */
export function createBotRouter(deps: { feedback: FeedbackStore; answerCacheSize: number; answerThreads?: AnswerThreads; asks: AskStore; experts: ExpertConversations; audit?: AnswerAudit; managers?: ManagerDesks }): BotRouter {
  const managers = managerHandlers(deps.managers);
  // "Ask my manager" goes to the asker's line manager in the organisation model (the same one the record rules use).
  const access = deps.managers?.recordings.access;
  const lineManagerOf = access ? (p: Principal) => access.lineManagerOf(p, p.userId) : undefined;
  // The welcome card depends only on the profile, the day and the guidance version, like any answer.
  const welcomeCard = memoiseAnswers((_text, ctx) => welcome(ctx), deps.answerCacheSize > 0 ? 16 : 0);
  return new BotRouter({
    messages: [tooLongIntent, helpIntent((scope) => welcomeCard('', scope.answer)), ...managers.messages],
    fallback: managers.answer(answerQuestionHandler(deps.answerCacheSize, deps.answerThreads)),
    fallbackReadsIfSignedIn: managers.answerReadsRecords,
    actions: [...fromAnswerCard([...answerActions(deps.answerThreads), feedbackAction(deps.feedback, deps.answerThreads), ...askPersonActions(deps.asks, deps.experts, lineManagerOf, deps.answerThreads)]), ...managers.actions],
    welcome: (scope) => welcomeCard('', scope.answer),
    answered: (replies, scope) => deps.audit?.record(auditEntries(replies, scope.askerId ?? 'unknown', scope.now)),
  });
}
