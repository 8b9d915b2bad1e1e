import type { Db, Migration } from '../store/database';
import { migrate } from '../store/database';
import type { AnswerAudit, AnswerAuditEntry } from './answer-audit';

export const ANSWER_AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    id: 'answer-audit-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE answer_audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        answered_at TEXT NOT NULL,
        asker_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        rule_ids TEXT NOT NULL,
        guidance_version TEXT NOT NULL,
        verdict TEXT NOT NULL
      );
      CREATE INDEX answer_audit_by_asker ON answer_audit (asker_id, answered_at);
      CREATE INDEX answer_audit_by_time ON answer_audit (answered_at);`),
  },
];

interface Row {
  answered_at: string;
  asker_id: string;
  topic: string;
  rule_ids: string;
  guidance_version: string;
  verdict: string;
}

/** The answer audit in the embedded store (companion.sqlite), beside feedback. */
export function sqliteAnswerAudit(db: Db): AnswerAudit {
  migrate(db, ANSWER_AUDIT_MIGRATIONS);
  const insert = db.prepare(
    `INSERT INTO answer_audit (answered_at, asker_id, topic, rule_ids, guidance_version, verdict)
     VALUES (@answeredAt, @askerId, @topic, @ruleIds, @guidanceVersion, @verdict)`,
  );
  const insertAll = db.transaction((entries: readonly AnswerAuditEntry[]) => {
    for (const e of entries) insert.run({ ...e, ruleIds: JSON.stringify(e.ruleIds) });
  });
  const byAsker = db.prepare('SELECT * FROM answer_audit WHERE asker_id = ? AND answered_at >= ? AND answered_at < ? ORDER BY answered_at, id');
  const purge = db.prepare('DELETE FROM answer_audit WHERE answered_at < ?');
  // Group commit: the entries of every turn that answers in the same turn of the event loop are stored in one transaction,
  // so concurrent answers share one disk flush instead of each blocking the server for its own. Each turn still waits
  // for its entries to be stored before its reply is sent.
  let batch: { entries: AnswerAuditEntry[]; waiting: { resolve: () => void; reject: (e: unknown) => void }[] } | undefined;
  const commit = (): void => {
    const current = batch;
    batch = undefined;
    if (!current) return;
    try {
      insertAll(current.entries);
    } catch (error) {
      for (const w of current.waiting) w.reject(error);
      return;
    }
    for (const w of current.waiting) w.resolve();
  };
  return {
    record: (entries) => {
      if (entries.length === 0) return Promise.resolve();
      if (!batch) {
        batch = { entries: [], waiting: [] };
        setImmediate(commit);
      }
      const current = batch;
      current.entries.push(...entries);
      return new Promise<void>((resolve, reject) => current.waiting.push({ resolve, reject }));
    },
    answersTo: (askerId, from, to) =>
      (commit(), byAsker.all(askerId, from.toISOString(), to.toISOString()) as Row[]).map((r) => ({
        answeredAt: r.answered_at,
        askerId: r.asker_id,
        topic: r.topic,
        ruleIds: JSON.parse(r.rule_ids) as string[],
        guidanceVersion: r.guidance_version,
        verdict: r.verdict,
      })),
    purgeBefore: (cutoff) => (commit(), purge.run(cutoff.toISOString()).changes),
  };
}
