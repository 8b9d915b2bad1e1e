import type { ConversationTarget } from '../asking/ask-store';
import type { AdaptiveCardJson, AnswerContext, Reply } from './replies';

/** The person who acted in this turn, as the channel identified them (Entra object id in Teams). */
export interface Actor {
  userId: string;
  name: string;
  tenantId: string;
  /** True in local mode (anonymous, loopback only), where the id is the chat client's own. */
  local: boolean;
  /** A Graph token acting as this person (Teams single sign-on), when the turn needs the records as them; never logged or stored. */
  graphToken?: string;
}

/** 'sent', or 'unreachable' when the person has never talked to the bot (no stored conversation) or delivery failed. */
export type Delivery = 'sent' | 'unreachable';

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
  /** Absent when the channel named no one (then nothing may be recorded). */
  actor?: Actor;
  /** Sends a card to someone else's personal chat with the bot, through their stored conversation reference. */
  notify?: (userId: string, card: AdaptiveCardJson) => Promise<Delivery>;
  /** Told once the turn's replies are ready, just before their audit entry is written: what the turn keeps joins that write. */
  answerReady?: () => void;
}

export interface MessageHandler {
  /** For logs and tests, e.g. "help". */
  intent: string;
  matches(text: string): boolean;
  /** Reads or writes records as the person (SharePoint needs their own token): the bot asks them to sign in first. */
  actsAsUser?: boolean;
  handle(text: string, scope: TurnScope): Reply[] | Promise<Reply[]>;
}

export interface ActionHandler {
  /** The card action verb, e.g. "feedback". */
  verb: string;
  /** The first reply replaces the card the button was on (also for the Action.Submit fallback). */
  replacesCard?: boolean;
  /** Reads or writes records as the person (SharePoint needs their own token): the bot asks them to sign in first. */
  actsAsUser?: boolean;
  handle(data: Record<string, unknown>, scope: TurnScope): Reply[] | Promise<Reply[]>;
}
