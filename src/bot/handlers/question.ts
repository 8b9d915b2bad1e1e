import { workOn, type AnswerThreads } from '../../answering/answer-threads';
import { memoiseAnswers } from '../../answering/memo';
import type { MessageHandler } from '../turn';

/**
 * Any other message is a question for the guidance; identical questions on the same day reuse their cards. Others are
 * answered on the answering threads when there are any; injected guidance (tests), which cannot cross to a thread, here.
 */
export function answerQuestionHandler(cacheSize: number, threads?: AnswerThreads): MessageHandler['handle'] {
  const answer = memoiseAnswers((text, ctx) => workOn(threads, 'question', text, ctx), cacheSize);
  return (text, scope) => answer(text, scope.answer);
}
