import type { ConversationTarget } from '../asking/ask-store';
import type { AdaptiveCardJson, AnswerContext, Reply } from './replies';

/** What a handler knows about the turn: no SDK types, no personal data beyond what it is handed. */
export interface TurnScope {
  answer: AnswerContext;
  now: Date;
  /** The conversation this turn came from (no names), when the channel said. */
  origin?: ConversationTarget;
  /** Posts a card into another conversation (proactively), e.g. the experts' channel. */
  outbox?: (target: ConversationTarget, card: AdaptiveCardJson) => Promise<void>;
  /** Who asked: the Entra ID object id (Teams aadObjectId), or the channel's user id; for the answer audit only. */
  askerId?: string;
}

export interface MessageHandler {
  /** For logs and tests, e.g. "help". */
  intent: string;
  matches(text: string): boolean;
  handle(text: string, scope: TurnScope): Reply[] | Promise<Reply[]>;
}

export interface ActionHandler {
  /** The card action verb, e.g. "feedback". */
  verb: string;
  handle(data: Record<string, unknown>, scope: TurnScope): Reply[] | Promise<Reply[]>;
}
