import { createHash } from 'node:crypto';
import type { Amendment, BlobRef, NewRecord, RecordEntry, SignOff, StoredRecord, Withdrawal } from '../types';

// How a record maps onto list item fields. The record's content is kept as JSON; indexed columns carry the look-up keys.

/** What the RecordJson column holds: the record as created, plus where its files are in the library. */
export interface RecordBody extends RecordEntry {
  id: string;
  internetMessageId?: string;
  blobs: BlobRef[];
  /** blob id -> driveItem id in the files library. */
  files: Record<string, string>;
}

export type EntryKind = 'amendment' | 'sign-off' | 'withdrawal';

export type Entry =
  | { kind: 'amendment'; value: Amendment }
  | { kind: 'sign-off'; value: SignOff }
  | { kind: 'withdrawal'; value: Withdrawal };

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Per author, as the embedded store keys it; hashed so the key fits an indexed column and reveals nothing. */
export function idempotencyKey(record: Pick<NewRecord, 'id' | 'author' | 'idempotency'>): string {
  return record.idempotency ? sha256(`${record.author.userId}\n${record.idempotency.key}`) : `none:${record.id}`;
}

/** One active record per (person, e-mail); a withdrawn record gives its key up. */
export function filingKey(personReference: string, internetMessageId: string | undefined, recordId: string): string {
  return internetMessageId ? sha256(`${personReference}\n${internetMessageId}`) : `none:${recordId}`;
}

export function withdrawnFilingKey(recordId: string): string {
  return `withdrawn:${recordId}`;
}

export function eventAt(details: StoredRecord['details']): string {
  return details.kind === 'contact-recording' ? details.messageAt : details.supervisionDate;
}

export function entryId(entry: Entry, recordId: string): string {
  return entry.kind === 'withdrawal' ? `withdrawal:${recordId}` : `${entry.kind}:${entry.value.id}`;
}

export function recordFields(record: NewRecord, body: string): Record<string, unknown> {
  const d = record.details;
  return {
    Title: record.id,
    RecordRef: record.id,
    RecordKind: d.kind,
    PersonRef: record.person.reference,
    SupervisionFile: d.kind === 'supervision-decision' ? d.supervisee.reference : null,
    EventAt: eventAt(d),
    RecordedAt: record.recordedAt,
    AuthorId: record.author.userId,
    RecordStatus: 'active',
    IdempotencyKey: idempotencyKey(record),
    RequestHash: record.idempotency?.requestHash ?? null,
    FilingKey: filingKey(record.person.reference, record.internetMessageId, record.id),
    InternetMessageId: record.internetMessageId ?? null,
    RecordJson: body,
  };
}

/** Builds what callers see: the record as created, with the entries appended since, in order. */
export function assemble(body: RecordBody, entries: Entry[]): StoredRecord {
  const withdrawal = entries.find((e) => e.kind === 'withdrawal')?.value as Withdrawal | undefined;
  const record: StoredRecord = {
    id: body.id,
    kind: body.kind,
    person: body.person,
    details: body.details,
    author: body.author,
    recordedAt: body.recordedAt,
    deadline: body.deadline,
    retention: body.retention,
    status: withdrawal ? 'withdrawn' : 'active',
    blobs: body.blobs,
    amendments: entries.filter((e) => e.kind === 'amendment').map((e) => e.value as Amendment),
    signOffs: entries.filter((e) => e.kind === 'sign-off').map((e) => e.value as SignOff),
  };
  if (body.internetMessageId !== undefined) record.internetMessageId = body.internetMessageId;
  if (withdrawal) record.withdrawal = withdrawal;
  return record;
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A file name SharePoint accepts: no " * : < > ? / \ | #, no leading or trailing dots or spaces. */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
  const cleaned = printable.replace(/["*:<>?/\\|#%]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return cleaned === '' ? 'file' : cleaned;
}
