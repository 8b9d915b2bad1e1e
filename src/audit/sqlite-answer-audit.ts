import { close, fdatasync, open } from 'node:fs';
import { promisify } from 'node:util';
import type { Db, Migration } from '../store/database';
import { migrate } from '../store/database';
import { groupCommit } from '../store/group-commit';
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
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // Run only through the group commit, which gives each batch its own savepoint: all of its entries or none.
  const insertAll = (entries: readonly AnswerAuditEntry[]): void => {
    for (const e of entries) insert.run(e.answeredAt, e.askerId, e.topic, JSON.stringify(e.ruleIds), e.guidanceVersion, e.verdict);
  };
  const byAsker = db.prepare('SELECT * FROM answer_audit WHERE asker_id = ? AND answered_at >= ? AND answered_at < ? ORDER BY answered_at, id');
  const purge = db.prepare('DELETE FROM answer_audit WHERE answered_at < ?');
  // Group commit: the entries of every turn that answers in the same turn of the event loop are stored in one transaction
  // (shared with the connection's other writes, such as where to reach each practitioner). Each turn still waits for its
  // entries to be on disk before its reply is sent. On a connection that does not flush at commit (synchronous NORMAL),
  // the write-ahead log is flushed here off the event loop (fdatasync in libuv's thread pool): the server keeps answering
  // while the disk works, and every entry committed meanwhile shares the next flush.
  type Waiter = { resolve: () => void; reject: (e: unknown) => void };
  const group = groupCommit(db);
  const flushedAtCommit = (db.pragma('synchronous', { simple: true }) as number) >= 2 || db.memory;
  const syncWal = walSync(`${db.name}-wal`, () => db.open);
  let batch: { entries: AnswerAuditEntry[]; waiting: Waiter[] } | undefined;
  let unflushed: Waiter[] = [];
  let flushing = false;
  const flush = (): void => {
    if (flushing || unflushed.length === 0) return;
    flushing = true;
    const waiting = unflushed;
    unflushed = [];
    void syncWal()
      .then(
        () => waiting.forEach((w) => w.resolve()),
        (error: unknown) => waiting.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        flushing = false;
        flush();
      });
  };
  const startBatch = (): NonNullable<typeof batch> => {
    const current: NonNullable<typeof batch> = { entries: [], waiting: [] };
    batch = current;
    group
      .run(() => {
        // Entries recorded from here on wait for the next group.
        if (batch === current) batch = undefined;
        insertAll(current.entries);
      })
      .then(
        () => {
          if (flushedAtCommit) {
            for (const w of current.waiting) w.resolve();
          } else {
            unflushed.push(...current.waiting);
            flush();
          }
        },
        (error: unknown) => current.waiting.forEach((w) => w.reject(error)),
      );
    return current;
  };
  const commit = (): void => group.commitNow();
  return {
    record: (entries) => {
      if (entries.length === 0) return Promise.resolve();
      const current = batch ?? startBatch();
      current.entries.push(...entries);
      return new Promise<void>((resolve, reject) => current.waiting.push({ resolve, reject }));
    },
    answersTo: async (askerId, from, to) =>
      (commit(), byAsker.all(askerId, from.toISOString(), to.toISOString()) as Row[]).map((r) => ({
        answeredAt: r.answered_at,
        askerId: r.asker_id,
        topic: r.topic,
        ruleIds: JSON.parse(r.rule_ids) as string[],
        guidanceVersion: r.guidance_version,
        verdict: r.verdict,
      })),
    purgeBefore: async (cutoff) => (commit(), purge.run(cutoff.toISOString()).changes),
  };
}

const openFile = promisify(open);
const closeFile = promisify(close);
const datasync = promisify(fdatasync);

/**
 * Flushes the write-ahead log from the thread pool (fdatasync, as SQLite itself flushes it on Linux), keeping the file open
 * between flushes: opening and closing it each time cost as much again. SQLite deletes the log only when the last
 * connection to the database closes, after which this audit's commits fail; the file is let go then, and opened again
 * after a failed flush.
 */
function walSync(file: string, databaseOpen: () => boolean): () => Promise<void> {
  let fd: number | undefined;
  const release = async (): Promise<void> => {
    if (fd !== undefined) await closeFile(fd).catch(() => undefined);
    fd = undefined;
  };
  return async () => {
    try {
      fd ??= await openFile(file, 'r');
      await datasync(fd);
    } catch (error) {
      await release();
      throw error;
    }
    if (!databaseOpen()) await release();
  };
}
