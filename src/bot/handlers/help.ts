import type { Reply } from '../../answering/answer';
import type { MessageHandler, TurnScope } from '../turn';

const HELP = /^\s*(help|hi|hello|hey|start|menu|\?)\s*[.!?]*\s*$/i;

export const isHelpRequest = (text: string): boolean => HELP.test(text);

/** "help", "hi" and the like get the welcome card: what the bot can answer, with example questions. */
export function helpIntent(welcomeCard: (scope: TurnScope) => Reply[]): MessageHandler {
  return {
    intent: 'help',
    matches: isHelpRequest,
    handle: (_text, scope) => welcomeCard(scope),
  };
}
