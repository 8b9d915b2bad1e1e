import type { ConversationTarget } from '../asking/ask-store';

// Where the bot can reach a person later (proactive cards): their last personal chat with the bot, without names.
// One store (src/bot/adapter/conversation-store.ts) keeps them, embedded or in Azure Blob Storage, for every instance.

// Enough to post into a conversation later: the one shape every proactive feature uses.
export type { ConversationTarget };

/** The one interface proactive features use. */
export interface ConversationReferences {
  save(userId: string, target: ConversationTarget): Promise<void>;
  get(userId: string): Promise<ConversationTarget | undefined>;
  /** Everyone the bot can reach (reminders look at their records). */
  users(): Promise<string[]>;
}
