import { answerQuestion } from '../../answering/answer';
import type { MessageHandler } from '../turn';

/** Any other message is a question for the guidance. */
export const answerQuestionHandler: MessageHandler['handle'] = (text, scope) => answerQuestion(text, scope.answer);
