import type { Db, Migration } from '../store/database';
import { migrate } from '../store/database';
import type { FeedbackEntry, FeedbackStore } from './feedback';

export const FEEDBACK_MIGRATIONS: readonly Migration[] = [
  {
    id: 'feedback-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        received_at TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        topic TEXT NOT NULL,
        rule_ids TEXT NOT NULL,
        guidance_version TEXT NOT NULL,
        question TEXT NOT NULL,
        comment TEXT
      )`),
  },
];

interface Row {
  id: number;
  received_at: string;
  helpful: number;
  topic: string;
  rule_ids: string;
  guidance_version: string;
  question: string;
  comment: string | null;
}

const toEntry = (r: Row): FeedbackEntry => ({
  id: r.id,
  receivedAt: r.received_at,
  helpful: r.helpful === 1,
  topic: r.topic,
  ruleIds: JSON.parse(r.rule_ids) as string[],
  guidanceVersion: r.guidance_version,
  question: r.question,
  comment: r.comment,
});

/** Feedback in the embedded store, next to the rulings it concerned (topic, rule ids, guidance version). */
export function sqliteFeedbackStore(db: Db): FeedbackStore {
  migrate(db, FEEDBACK_MIGRATIONS);
  const insert = db.prepare(
    `INSERT INTO feedback (received_at, helpful, topic, rule_ids, guidance_version, question, comment)
     VALUES (@receivedAt, @helpful, @topic, @ruleIds, @guidanceVersion, @question, @comment)`,
  );
  const all = db.prepare('SELECT * FROM feedback ORDER BY id');
  return {
    add(entry) {
      const info = insert.run({ ...entry, helpful: entry.helpful ? 1 : 0, ruleIds: JSON.stringify(entry.ruleIds) });
      return { ...entry, id: Number(info.lastInsertRowid) };
    },
    list: () => (all.all() as Row[]).map(toEntry),
  };
}
