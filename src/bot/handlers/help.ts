import { welcome } from '../../answering/answer';
import type { MessageHandler } from '../turn';

const HELP = /^\s*(help|hi|hello|hey|start|menu|\?)\s*[.!?]*\s*$/i;

export const helpIntent: MessageHandler = {
  intent: 'help',
  matches: (text) => HELP.test(text),
  handle: (_text, scope) => welcome(scope.answer),
};
