import { MAX_QUESTION_CHARS, tooLongCard } from '../notices';
import { cardReply } from '../replies';
import type { MessageHandler } from '../turn';

// Long text is refused before understanding sees it: it keeps answers fast and pasted case notes out of the bot.
export const tooLongIntent: MessageHandler = {
  intent: 'too-long',
  matches: (text) => text.length > MAX_QUESTION_CHARS,
  handle: () => [cardReply(tooLongCard())],
};
