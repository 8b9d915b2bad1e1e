import type { ConversationTarget } from '../asking/ask-store';
import { migrate, type Db, type Migration } from '../store/database';

// Where the bot can reach a person later (proactive cards): their last personal chat with the bot, without names.
// One row per person, replaced when it changes.

// Enough to post into a conversation later: the one shape every proactive feature uses.
export type { ConversationTarget };

/** The one interface proactive features use; a scale-out store implements the same two calls. */
export interface ConversationReferences {
  save(userId: string, target: ConversationTarget): Promise<void>;
  get(userId: string): Promise<ConversationTarget | undefined>;
  /** Everyone the bot can reach (reminders look at their records); optional for a scale-out store. */
  users?(): Promise<string[]>;
}

export const CONVERSATION_REFERENCE_MIGRATIONS: readonly Migration[] = [
  {
    id: 'conversation-references-001-create',
    up: (db) => db.exec('CREATE TABLE conversation_references (user_id TEXT PRIMARY KEY, reference TEXT NOT NULL, saved_at TEXT NOT NULL)'),
  },
];

/** The embedded store (companion.sqlite). */
export function sqliteConversationReferences(db: Db): ConversationReferences {
  migrate(db, CONVERSATION_REFERENCE_MIGRATIONS);
  const upsert = db.prepare(
    'INSERT INTO conversation_references (user_id, reference, saved_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET reference = excluded.reference, saved_at = excluded.saved_at WHERE reference <> excluded.reference',
  );
  const select = db.prepare('SELECT reference FROM conversation_references WHERE user_id = ?').pluck();
  const everyone = db.prepare('SELECT user_id FROM conversation_references ORDER BY user_id').pluck();
  return {
    save: async (userId, target) => {
      const { serviceUrl, channelId, conversationId, botId } = target;
      upsert.run(userId, JSON.stringify({ serviceUrl, channelId, conversationId, ...(botId ? { botId } : {}) }), new Date().toISOString());
    },
    get: async (userId) => {
      const raw = select.get(userId) as string | undefined;
      return raw === undefined ? undefined : (JSON.parse(raw) as ConversationTarget);
    },
    users: async () => everyone.all() as string[],
  };
}
