import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export interface Migration {
  /** Unique, never renamed: e.g. "recordings-001-create". */
  id: string;
  up: (db: Db) => void;
}

/**
 * Opens the embedded store with WAL and full sync, so an acknowledged write survives a killed process and a power cut.
 * 'normal' sync (WAL) still survives a killed process, only a power cut can undo the last writes: for state that every
 * message writes again (where to reach a practitioner), which then costs no disk flush per message.
 */
export function openDatabase(file: string, sync: 'full' | 'normal' = 'full'): Db {
  if (file !== ':memory:') ownerOnly(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  return db;
}

/** Applies each migration once, in order, each in its own transaction. Modules own their migrations. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const applied = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as string[]);
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(m.id, new Date().toISOString());
    })();
  }
}

/**
 * Records about children are readable by this account only: the folder 0700, the database 0600 (created so before
 * SQLite opens it; SQLite gives its -wal and -shm files the database's permissions). Older, wider ones are tightened.
 */
function ownerOnly(file: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}
