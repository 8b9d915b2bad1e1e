import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { migrate, type Db, type Migration } from '../../store/database';
import { groupCommit } from '../../store/group-commit';

// Bot state in the embedded store (companion.sqlite) when no shared storage is configured: one instance, kept across restarts.

/** Where a person's conversation reference is kept, and the list of everyone who has one. */
export const referenceKey = (userId: string): string => `reference/${userId}`;
export const REFERENCE_INDEX_KEY = 'reference-index';

const MIGRATIONS: readonly Migration[] = [
  { id: 'bot-state-001-create', up: (db) => db.exec('CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)') },
  // The managers' features once kept references in a table of their own: moved here, so nobody has to talk to the bot again.
  {
    id: 'bot-state-002-conversation-references',
    up: (db) => {
      const old = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'conversation_references'`).get();
      if (!old) return;
      const rows = db.prepare('SELECT user_id, reference FROM conversation_references').all() as { user_id: string; reference: string }[];
      const put = db.prepare('INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
      for (const r of rows) put.run(referenceKey(r.user_id), r.reference, randomUUID());
      const index = db.prepare('SELECT value FROM bot_state WHERE key = ?').pluck().get(REFERENCE_INDEX_KEY) as string | undefined;
      const users = new Set([...((index ? (JSON.parse(index) as { users?: string[] }).users : undefined) ?? []), ...rows.map((r) => r.user_id)]);
      db.prepare('INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag').run(REFERENCE_INDEX_KEY, JSON.stringify({ users: [...users] }), randomUUID());
      db.exec('DROP TABLE conversation_references');
    },
  },
];

/** botbuilder's Storage over SQLite, with the same eTag rule as its blob storage: a stale eTag refuses the write. */
export function embeddedStorage(db: Db): Storage {
  migrate(db, MIGRATIONS);
  const get = db.prepare('SELECT value, etag FROM bot_state WHERE key = ?');
  const put = db.prepare('INSERT INTO bot_state (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag');
  const remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
  // Run only through the group commit, which gives each write its own savepoint: all of its items or none.
  const writeAll = (changes: StoreItems): void => {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string };
      // '*' (or none) writes whatever is there: the stored eTag is read only when the write depends on it.
      if (eTag && eTag !== '*' && (get.get(key) as { etag: string } | undefined)?.etag !== eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      put.run(key, JSON.stringify(value), randomUUID());
    }
  };
  // Every turn writes where to reach its practitioner: the writes of turns running together share one transaction (with
  // the answer audit's, on the same connection). A read first commits what is waiting, so it sees every write made.
  const group = groupCommit(db);
  return {
    read: async (keys) => {
      group.commitNow();
      const items: StoreItems = {};
      for (const key of keys) {
        const row = get.get(key) as { value: string; etag: string } | undefined;
        if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      }
      return items;
    },
    write: (changes) => group.run(() => writeAll(changes)),
    delete: async (keys) => {
      group.commitNow();
      for (const key of keys) remove.run(key);
    },
  };
}
