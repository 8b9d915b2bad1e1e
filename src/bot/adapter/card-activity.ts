import { CardFactory, MessageFactory, type Activity, type AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCardJson, Reply } from '../replies';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export const cardActivity = (card: AdaptiveCardJson): Partial<Activity> => MessageFactory.attachment(CardFactory.adaptiveCard(card));

// A reply with text goes as a plain message (wording to copy on a phone); every other reply as its card.
export const replyActivities = (replies: readonly Reply[]): Partial<Activity>[] =>
  replies.map((r) => (r.text !== undefined ? MessageFactory.text(r.text) : cardActivity(r.card)));

/** Action.Execute answers with the card that replaces the one the button was on. */
export const cardInvokeResponse = (card: AdaptiveCardJson): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: ADAPTIVE_CARD_CONTENT_TYPE,
  value: card as AdaptiveCardInvokeResponse['value'],
});
