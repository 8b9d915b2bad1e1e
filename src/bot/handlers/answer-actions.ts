import { answerAction } from '../../answering/answer';
import type { ActionHandler } from '../turn';

// "refine" (a follow-up choice), "ask" (an example question) and "wording" (just the wording) are answered by the answers module.
export const refineAction: ActionHandler = { verb: 'refine', handle: (data, scope) => answerAction(data, scope.answer) };
export const wordingAction: ActionHandler = { verb: 'wording', handle: (data, scope) => answerAction(data, scope.answer) };
export const askAction: ActionHandler = { verb: 'ask', handle: (data, scope) => answerAction(data, scope.answer) };
