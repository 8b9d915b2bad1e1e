import type { AnswerThreads } from '../../answering/answer-threads';
import { workOn } from '../../answering/answer-threads';
import type { ActionHandler } from '../turn';

// "refine" (a follow-up choice), "ask" (an example question) and "wording" (just the wording) are answered by the answers
// module, on the answering threads when there are any, as typed questions are.
export function answerActions(threads?: AnswerThreads): ActionHandler[] {
  const handle: ActionHandler['handle'] = (data, scope) => workOn(threads, 'action', data, scope.answer);
  return ['refine', 'ask', 'wording'].map((verb) => ({ verb, handle }));
}
