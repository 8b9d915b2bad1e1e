import { migrate, openDatabase, type Db, type Migration } from '../store/database';

// File on send, the server's side of the queue: one entry per e-mail the worker chose to file when sent. It holds no
// message content and no name, only the filing marker (the idempotency key), the person's reference, who asked,
// the state and the attempts. The fields to file with and the worker's sign-in stay in memory (sent-filing-desk.ts).

export type SentFilingState = 'waiting' | 'filed' | 'failed';

/** Why a filing on send is not done: a stable code the pane turns into words (see SENT_FILING_PROBLEMS). */
export type SentFilingProblem = 'not-in-sent-items' | 'microsoft-365-unavailable' | 'sign-in-needed' | 'refused' | 'server-restarted';

export interface SentFilingEntry {
  marker: string;
  userId: string;
  tenantId: string;
  /** The person's record reference (e.g. P-1001), never their name. */
  person: string;
  state: SentFilingState;
  attempts: number;
  /** The record's reference once filed. */
  reference?: string;
  problem?: SentFilingProblem;
  queuedAt: string;
  updatedAt: string;
}

const MIGRATIONS: Migration[] = [
  {
    id: 'sent-filings-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE sent_filings (
        user_id TEXT NOT NULL, tenant_id TEXT NOT NULL, marker TEXT NOT NULL, person TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'filed', 'failed')), attempts INTEGER NOT NULL DEFAULT 0,
        reference TEXT, problem TEXT, queued_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, marker))`),
  },
];

interface Row {
  user_id: string;
  tenant_id: string;
  marker: string;
  person: string;
  state: SentFilingState;
  attempts: number;
  reference: string | null;
  problem: SentFilingProblem | null;
  queued_at: string;
  updated_at: string;
}

const entryOf = (r: Row): SentFilingEntry => ({
  marker: r.marker,
  userId: r.user_id,
  tenantId: r.tenant_id,
  person: r.person,
  state: r.state,
  attempts: r.attempts,
  ...(r.reference ? { reference: r.reference } : {}),
  ...(r.problem ? { problem: r.problem } : {}),
  queuedAt: r.queued_at,
  updatedAt: r.updated_at,
});

/** The pane lists a worker's filings on send from the last this-many days; older ones are purged at start. */
export const SENT_FILING_KEEP_DAYS = 14;
const MAX_LISTED = 100;

export class SentFilingQueue {
  private constructor(private readonly db: Db) {}

  /** <dataDir>/sent-filings.sqlite, whatever the record store: the queue belongs to this server, not to the records. */
  static open(file: string): SentFilingQueue {
    const db = openDatabase(file);
    try {
      migrate(db, MIGRATIONS);
    } catch (err) {
      db.close();
      throw err;
    }
    return new SentFilingQueue(db);
  }

  get(userId: string, marker: string): SentFilingEntry | undefined {
    const r = this.db.prepare('SELECT * FROM sent_filings WHERE user_id = ? AND marker = ?').get(userId, marker) as Row | undefined;
    return r && entryOf(r);
  }

  /** Adds a waiting entry unless this worker already has one for this marker; answers with the entry either way. */
  add(e: Pick<SentFilingEntry, 'marker' | 'userId' | 'tenantId' | 'person'>, at: Date): { entry: SentFilingEntry; added: boolean } {
    const when = at.toISOString();
    const r = this.db
      .prepare("INSERT INTO sent_filings (user_id, tenant_id, marker, person, state, attempts, queued_at, updated_at) VALUES (?, ?, ?, ?, 'waiting', 0, ?, ?) ON CONFLICT DO NOTHING")
      .run(e.userId, e.tenantId, e.marker, e.person, when, when);
    return { entry: this.get(e.userId, e.marker) as SentFilingEntry, added: r.changes === 1 };
  }

  update(userId: string, marker: string, change: { state: SentFilingState; attempts?: number; reference?: string; problem?: SentFilingProblem | null }, at: Date): void {
    this.db
      .prepare('UPDATE sent_filings SET state = ?, attempts = COALESCE(?, attempts), reference = COALESCE(?, reference), problem = ?, updated_at = ? WHERE user_id = ? AND marker = ?')
      .run(change.state, change.attempts ?? null, change.reference ?? null, change.state === 'filed' ? null : (change.problem ?? null), at.toISOString(), userId, marker);
  }

  /** This worker's entries, newest first. */
  listFor(userId: string): SentFilingEntry[] {
    return (this.db.prepare('SELECT * FROM sent_filings WHERE user_id = ? ORDER BY queued_at DESC LIMIT ?').all(userId, MAX_LISTED) as Row[]).map(entryOf);
  }

  /**
   * At start: entries still waiting lost the worker's sign-in with the last process (it is never written down), so
   * they are failed for the pane's Retry; entries older than the keeping period are deleted.
   */
  recover(at: Date): { failed: number; purged: number } {
    const failed = this.db.prepare("UPDATE sent_filings SET state = 'failed', problem = 'server-restarted', updated_at = ? WHERE state = 'waiting'").run(at.toISOString()).changes;
    return { failed, purged: this.purge(at) };
  }

  /** Deletes entries queued more than the keeping period ago; how many. */
  purge(at: Date): number {
    const cutoff = new Date(at.getTime() - SENT_FILING_KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString();
    return this.db.prepare('DELETE FROM sent_filings WHERE queued_at < ?').run(cutoff).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
