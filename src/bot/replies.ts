import type { AnswerContext, Reply } from '../answering/answer';

// The bot speaks in the answers module's Reply shape; the adapter turns each into a Teams message.
export type { AnswerContext, Reply };
export type AdaptiveCardJson = Reply['card'];

export const cardReply = (card: AdaptiveCardJson): Reply => ({ kind: 'card', card, rulings: [] });
