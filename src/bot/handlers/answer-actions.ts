import { answerAction } from '../../answering/answer';
import type { ActionHandler } from '../turn';

// "refine" (facts chosen on a card) and "ask" (an example question) are answered by the answers module.
export const refineAction: ActionHandler = { verb: 'refine', handle: (data, scope) => answerAction(data, scope.answer) };
export const askAction: ActionHandler = { verb: 'ask', handle: (data, scope) => answerAction(data, scope.answer) };
