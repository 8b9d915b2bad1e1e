import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { migrate, openDatabase, type Db } from '../store/database';
import { BlobFiles, type WrittenBlob } from './blob-files';
import { IdempotencyConflictError, RecordingError, RecordNotFoundError, RecordWithdrawnError } from './errors';
import { RECORDING_MIGRATIONS } from './sqlite-migrations';
import type { CreateOutcome, Principal, RecordFilter, RecordStore } from './store';
import { recordEntry, type Amendment, type BlobRef, type NewRecord, type RecordEntry, type SignOff, type StoredRecord, type Withdrawal } from './types';

interface RecordRow {
  id: string;
  status: 'active' | 'withdrawn';
  internet_message_id: string | null;
  body: string;
}
interface BlobRow {
  id: string;
  role: BlobRef['role'];
  file_name: string;
  content_type: string;
  sha256: string;
  size: number;
  path: string;
}
interface EntryRow {
  type: 'amendment' | 'sign-off' | 'withdrawal';
  body: string;
}
/** The immutable part of a record, kept as JSON in recordings.body. */

/** Embedded record store: SQLite at <dataDir>/recordings.sqlite, files under <dataDir>/blobs. */
/** Stored files younger than this are left by the start-up sweep: they may belong to a filing still in progress. */
export const ORPHAN_GRACE_MS = 15 * 60 * 1000;

export function openSqliteRecordStore(dataDir: string, options: { orphanGraceMs?: number } = {}): SqliteRecordStore {
  const db = openDatabase(join(dataDir, 'recordings.sqlite'));
  migrate(db, RECORDING_MIGRATIONS);
  return new SqliteRecordStore(db, new BlobFiles(join(dataDir, 'blobs')), options.orphanGraceMs ?? ORPHAN_GRACE_MS);
}

export class SqliteRecordStore implements RecordStore {
  readonly kind = 'embedded' as const;
  /** Temp files removed at start: uploads cut off by a killed process. */
  readonly leftoversRemoved: number;
  /** Stored files no record pointed to, removed at start (a crash between the file and its record). */
  readonly orphansRemoved: number;

  constructor(
    private readonly db: Db,
    private readonly files: BlobFiles,
    orphanGraceMs = ORPHAN_GRACE_MS,
  ) {
    this.leftoversRemoved = files.removeLeftovers();
    this.orphansRemoved = files.sweepOrphans(this.referenced, orphanGraceMs);
  }

  async create(_principal: Principal, record: NewRecord): Promise<CreateOutcome> {
    // Every blob is fully written and fsynced before the row is committed; a failure here leaves no record.
    // A file is kept only if the record pointing to it commits (not on a 409, a lost race or an error).
    const written: WrittenBlob[] = [];
    try {
      try {
        for (const b of record.blobs) written.push(await this.files.write(b.source));
      } finally {
        for (const b of record.blobs.slice(written.length)) b.source.destroy();
      }
      return this.db.transaction((): CreateOutcome => {
        const existing = this.findDuplicate(record);
        if (existing) return { record: existing, created: false };
        this.insert(record, written);
        return { record: this.mustGet(record.id), created: true };
      }).immediate();
    } finally {
      if (this.db.open) await this.files.release(written, this.referenced);
    }
  }

  private readonly referenced = (sha256: string): boolean => this.db.prepare('SELECT 1 FROM recording_blobs WHERE sha256 = ? LIMIT 1').get(sha256) !== undefined;

  async get(_principal: Principal, id: string): Promise<StoredRecord | undefined> {
    return this.read(id);
  }

  async list(_principal: Principal, filter: RecordFilter): Promise<StoredRecord[]> {
    const column = filter.person !== undefined ? 'person_reference' : 'supervision_file';
    const value = filter.person ?? filter.supervisionFile;
    const statusClause = filter.includeWithdrawn ? '' : "AND status = 'active'";
    const ids = this.db
      .prepare(`SELECT id FROM recordings WHERE ${column} = ? ${statusClause} ORDER BY event_at DESC, seq DESC`)
      .pluck()
      .all(value) as string[];
    return ids.map((id) => this.mustGet(id));
  }

  async findByInternetMessageId(_principal: Principal, personReference: string, internetMessageId: string): Promise<StoredRecord | undefined> {
    const id = this.db
      .prepare("SELECT id FROM recordings WHERE person_reference = ? AND internet_message_id = ? AND status = 'active'")
      .pluck()
      .get(personReference, internetMessageId) as string | undefined;
    return id === undefined ? undefined : this.mustGet(id);
  }

  async appendAmendment(_principal: Principal, id: string, amendment: Amendment): Promise<StoredRecord> {
    return this.append(id, amendment.id, 'amendment', amendment);
  }

  async appendSignOff(_principal: Principal, id: string, signOff: SignOff): Promise<StoredRecord> {
    return this.append(id, signOff.id, 'sign-off', signOff);
  }

  async withdraw(_principal: Principal, id: string, withdrawal: Withdrawal): Promise<StoredRecord> {
    return this.db.transaction(() => {
      this.assertActive(id);
      this.insertEntry(id, randomUUID(), 'withdrawal', withdrawal);
      this.db.prepare("UPDATE recordings SET status = 'withdrawn' WHERE id = ?").run(id);
      return this.mustGet(id);
    }).immediate();
  }

  async openBlob(_principal: Principal, recordId: string, blobId: string) {
    if (!this.read(recordId)) throw new RecordNotFoundError(recordId);
    const row = this.db.prepare('SELECT * FROM recording_blobs WHERE record_id = ? AND id = ?').get(recordId, blobId) as BlobRow | undefined;
    if (!row) throw new RecordingError('blob-not-found', `Record ${recordId} has no file ${blobId}.`);
    return { blob: toBlobRef(row), stream: createReadStream(this.files.absolute(row.path)) };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private findDuplicate(record: NewRecord): StoredRecord | undefined {
    if (record.idempotency) {
      const prior = this.db
        .prepare('SELECT request_hash, record_id FROM recording_idempotency WHERE user_id = ? AND key = ?')
        .get(record.author.userId, record.idempotency.key) as { request_hash: string; record_id: string } | undefined;
      if (prior) {
        if (prior.request_hash !== record.idempotency.requestHash) throw new IdempotencyConflictError();
        return this.mustGet(prior.record_id);
      }
    }
    if (record.internetMessageId) {
      const id = this.db
        .prepare("SELECT id FROM recordings WHERE person_reference = ? AND internet_message_id = ? AND status = 'active'")
        .pluck()
        .get(record.person.reference, record.internetMessageId) as string | undefined;
      if (id !== undefined) return this.mustGet(id);
    }
    return undefined;
  }

  private insert(record: NewRecord, written: WrittenBlob[]): void {
    const body: RecordEntry = recordEntry(record);
    const d = record.details;
    const eventAt = d.kind === 'contact-recording' ? d.messageAt : d.supervisionDate;
    const supervisionFile = d.kind === 'supervision-decision' ? d.supervisee.reference : null;
    const seq = (this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM recordings').pluck().get() as number);
    this.db
      .prepare(
        `INSERT INTO recordings (id, seq, kind, person_reference, supervision_file, event_at, recorded_at, author_id, internet_message_id, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(record.id, seq, d.kind, record.person.reference, supervisionFile, eventAt, record.recordedAt, record.author.userId, record.internetMessageId ?? null, JSON.stringify(body));
    if (record.idempotency) {
      this.db
        .prepare('INSERT INTO recording_idempotency (user_id, key, request_hash, record_id) VALUES (?, ?, ?, ?)')
        .run(record.author.userId, record.idempotency.key, record.idempotency.requestHash, record.id);
    }
    const insertBlob = this.db.prepare(
      `INSERT INTO recording_blobs (id, record_id, position, role, file_name, content_type, sha256, size, path)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    record.blobs.forEach((b, i) => {
      const w = written[i] as WrittenBlob;
      insertBlob.run(randomUUID(), record.id, i, b.role, b.fileName, b.contentType, w.sha256, w.size, w.path);
    });
  }

  private append(id: string, entryId: string, type: EntryRow['type'], entry: Amendment | SignOff): StoredRecord {
    return this.db.transaction(() => {
      this.assertActive(id);
      this.insertEntry(id, entryId, type, entry);
      return this.mustGet(id);
    }).immediate();
  }

  private insertEntry(recordId: string, entryId: string, type: EntryRow['type'], entry: unknown): void {
    const seq = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM recording_entries WHERE record_id = ?').pluck().get(recordId) as number;
    this.db.prepare('INSERT INTO recording_entries (id, record_id, seq, type, body) VALUES (?, ?, ?, ?, ?)').run(entryId, recordId, seq, type, JSON.stringify(entry));
  }

  private assertActive(id: string): void {
    const status = this.db.prepare('SELECT status FROM recordings WHERE id = ?').pluck().get(id) as string | undefined;
    if (status === undefined) throw new RecordNotFoundError(id);
    if (status === 'withdrawn') throw new RecordWithdrawnError(id);
  }

  private mustGet(id: string): StoredRecord {
    const r = this.read(id);
    if (!r) throw new RecordNotFoundError(id);
    return r;
  }

  private read(id: string): StoredRecord | undefined {
    const row = this.db.prepare('SELECT id, status, internet_message_id, body FROM recordings WHERE id = ?').get(id) as RecordRow | undefined;
    if (!row) return undefined;
    const body = JSON.parse(row.body) as RecordEntry;
    const blobs = (this.db.prepare('SELECT * FROM recording_blobs WHERE record_id = ? ORDER BY position').all(id) as BlobRow[]).map(toBlobRef);
    const entries = this.db.prepare('SELECT type, body FROM recording_entries WHERE record_id = ? ORDER BY seq').all(id) as EntryRow[];
    const record: StoredRecord = {
      id: row.id,
      ...body,
      status: row.status,
      blobs,
      amendments: entries.filter((e) => e.type === 'amendment').map((e) => JSON.parse(e.body) as Amendment),
      signOffs: entries.filter((e) => e.type === 'sign-off').map((e) => JSON.parse(e.body) as SignOff),
    };
    if (row.internet_message_id !== null) record.internetMessageId = row.internet_message_id;
    const withdrawal = entries.find((e) => e.type === 'withdrawal');
    if (withdrawal) record.withdrawal = JSON.parse(withdrawal.body) as Withdrawal;
    return record;
  }
}

function toBlobRef(row: BlobRow): BlobRef {
  return { id: row.id, role: row.role, fileName: row.file_name, contentType: row.content_type, sha256: row.sha256, size: row.size };
}
