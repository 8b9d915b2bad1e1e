import { migrate, type Db, type Migration } from '../store/database';

// Which reminders were sent, in the embedded store, so a restart, a second run or a second instance never sends one twice.
// Keys are a kind and a record reference (see reminders.ts): no names.

export interface SentReminders {
  keys(): Set<string>;
  /** Claims the key before sending; false if it was already claimed (sent, or being sent by another run). */
  claim(key: string, userId: string, at: Date): boolean;
  /** Gives a claim back when the card could not be delivered, so a later run tries again. */
  release(key: string): void;
}

export const SENT_REMINDER_MIGRATIONS: readonly Migration[] = [
  {
    id: 'sent-reminders-001-create',
    up: (db) => db.exec('CREATE TABLE sent_reminders (key TEXT PRIMARY KEY, user_id TEXT NOT NULL, sent_at TEXT NOT NULL)'),
  },
];

export function sqliteSentReminders(db: Db): SentReminders {
  migrate(db, SENT_REMINDER_MIGRATIONS);
  const all = db.prepare('SELECT key FROM sent_reminders').pluck();
  const insert = db.prepare('INSERT INTO sent_reminders (key, user_id, sent_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
  const remove = db.prepare('DELETE FROM sent_reminders WHERE key = ?');
  return {
    keys: () => new Set(all.all() as string[]),
    claim: (key, userId, at) => insert.run(key, userId, at.toISOString()).changes === 1,
    release: (key) => void remove.run(key),
  };
}
