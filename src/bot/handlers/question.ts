import { answerQuestion } from '../../answering/answer';
import { memoiseAnswers } from '../../answering/memo';
import type { MessageHandler } from '../turn';

/** Any other message is a question for the guidance; identical questions on the same day reuse their cards. */
export function answerQuestionHandler(cacheSize: number): MessageHandler['handle'] {
  const answer = memoiseAnswers(answerQuestion, cacheSize);
  return (text, scope) => answer(text, scope.answer);
}
