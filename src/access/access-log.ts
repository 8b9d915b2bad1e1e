import type { Db, Migration } from '../store/database';

// Every read, list and change of a record: who, when, which record, what, allowed or refused, and why (a code).
// Never any of the record's content: this is what a council shows after a complaint or a subject access request.

export type AccessLogAction = 'create' | 'read' | 'list' | 'amend' | 'sign-off' | 'confirm-advice' | 'confirm-amendment' | 'withdraw' | 'allocate' | 'read-access-log';

export interface AccessLogEntry {
  at: string;
  /** The asker's id (Entra object id); null when no identity could be established (refused sign-in). */
  userId: string | null;
  tenantId: string | null;
  action: AccessLogAction | string;
  /** The record's reference, when one record is concerned. */
  record: string | null;
  /** The person's record reference (a child or adult), when known. */
  person: string | null;
  /** The supervision file, for a supervision-file list or note. */
  supervisionFile: string | null;
  allowed: boolean;
  /** Why, as a code: the rule that allowed it (author, caseload, ...) or the refusal (forbidden, unauthenticated, ...). */
  basis: string;
  /** Records returned by a list. */
  count: number | null;
}

export const ACCESS_LOG_MIGRATIONS: readonly Migration[] = [
  {
    id: 'access-log-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_id TEXT,
        tenant_id TEXT,
        action TEXT NOT NULL,
        record TEXT,
        person TEXT,
        supervision_file TEXT,
        allowed INTEGER NOT NULL,
        basis TEXT NOT NULL,
        count INTEGER
      );
      CREATE INDEX access_log_record ON access_log (record);
      CREATE INDEX access_log_person ON access_log (person);
      CREATE INDEX access_log_user ON access_log (user_id);`),
  },
  { id: 'access-log-002-at', up: (db) => db.exec('CREATE INDEX access_log_at ON access_log (at)') },
];

interface Row {
  at: string;
  user_id: string | null;
  tenant_id: string | null;
  action: string;
  record: string | null;
  person: string | null;
  supervision_file: string | null;
  allowed: number;
  basis: string;
  count: number | null;
}

export type AccessLogQuery = { record: string } | { person: string } | { user: string } | { supervisionFile: string } | { action: string };

export class AccessLog {
  constructor(private readonly db: Db) {}

  append(e: Omit<AccessLogEntry, 'record' | 'person' | 'supervisionFile' | 'count' | 'tenantId'> & Partial<AccessLogEntry>): void {
    this.db
      .prepare('INSERT INTO access_log (at, user_id, tenant_id, action, record, person, supervision_file, allowed, basis, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.at, e.userId, e.tenantId ?? null, e.action, e.record ?? null, e.person ?? null, e.supervisionFile ?? null, e.allowed ? 1 : 0, e.basis, e.count ?? null);
  }

  /** Deletes entries recorded before the cutoff (retention); returns how many. */
  purgeBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM access_log WHERE at < ?').run(cutoff.toISOString()).changes;
  }

  /** Newest first, at most limit entries. */
  list(query: AccessLogQuery, limit = 1000): AccessLogEntry[] {
    const [column, value] =
      'record' in query
        ? ['record', query.record]
        : 'person' in query
          ? ['person', query.person]
          : 'user' in query
            ? ['user_id', query.user]
            : 'action' in query
              ? ['action', query.action]
              : ['supervision_file', query.supervisionFile];
    const rows = this.db.prepare(`SELECT * FROM access_log WHERE ${column} = ? ORDER BY seq DESC LIMIT ?`).all(value, limit) as Row[];
    return rows.map((r) => ({
      at: r.at,
      userId: r.user_id,
      tenantId: r.tenant_id,
      action: r.action,
      record: r.record,
      person: r.person,
      supervisionFile: r.supervision_file,
      allowed: r.allowed === 1,
      basis: r.basis,
      count: r.count,
    }));
  }
}
