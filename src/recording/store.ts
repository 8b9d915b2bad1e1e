import type { Readable } from 'node:stream';
import type { Principal } from '../auth/principal';
import type { Amendment, BlobRef, NewRecord, SignOff, StoredRecord, Withdrawal } from './types';

export type { Principal } from '../auth/principal';

/** Which records to list: a person's, a supervision file, or a practitioner's own entries (author, for "My records"). */
export type RecordFilter =
  | { person: string; supervisionFile?: undefined; author?: undefined; includeWithdrawn?: boolean }
  | { supervisionFile: string; person?: undefined; author?: undefined; includeWithdrawn?: boolean }
  | { author: string; person?: undefined; supervisionFile?: undefined; includeWithdrawn?: boolean };

export interface CreateOutcome {
  record: StoredRecord;
  /** false when an earlier identical request (same Idempotency-Key or same Internet Message-ID for the person) already created it. */
  created: boolean;
}

/**
 * Where records live. Two adapters: embedded SQLite (src/recording/sqlite-store.ts) and SharePoint through Graph
 * (src/recording/sharepoint-store.ts). Every call takes the practitioner's Principal: writes happen under their own
 * identity. Both adapters pass test/support/store-contract.ts.
 *
 * Rules every adapter keeps:
 * - create is all or nothing: blobs are fully written (and hashed) before the record is committed; on any error nothing is visible.
 * - create reads every blob source to its end or destroys it, so a request stream is never left hanging.
 * - create with an idempotency key already used by the same user: same requestHash returns the existing record
 *   (created: false); another hash throws IdempotencyConflictError.
 * - create with an internetMessageId already filed for the same person (active record) returns that record (created: false),
 *   also when two filings race.
 * - records are never edited in place: amendments, sign-offs and a withdrawal are appended.
 * - withdrawn records are hidden from list (unless includeWithdrawn) and still returned by get.
 * - get returns undefined for an unknown id; append* and withdraw throw RecordNotFoundError, and RecordWithdrawnError
 *   on a withdrawn record.
 * - store failures surface as StoreUnavailableError (503), never as validation errors.
 */
export interface RecordStore {
  readonly kind: 'embedded' | 'sharepoint';
  create(principal: Principal, record: NewRecord): Promise<CreateOutcome>;
  get(principal: Principal, id: string): Promise<StoredRecord | undefined>;
  /** Newest event first. */
  list(principal: Principal, filter: RecordFilter): Promise<StoredRecord[]>;
  findByInternetMessageId(principal: Principal, personReference: string, internetMessageId: string): Promise<StoredRecord | undefined>;
  /**
   * Earlier filings for the Outlook add-in (src/recording/filing-lookup.ts): active records only, newest first.
   * Optional (a store without them makes the service say so); both stores have them. On SharePoint a name matches as
   * a whole or by whole words, not any part of it.
   */
  findByInternetMessageIds?(principal: Principal, internetMessageIds: readonly string[]): Promise<StoredRecord[]>;
  /** Active e-mail contact recordings whose other party includes any of these addresses (lower-case). */
  findByCorrespondents?(principal: Principal, addresses: readonly string[], limit: number): Promise<StoredRecord[]>;
  /** Active records whose person reference is `text` or whose person's name contains it (case-insensitive). */
  findByPersonText?(principal: Principal, text: string, limit: number): Promise<StoredRecord[]>;
  appendAmendment(principal: Principal, id: string, amendment: Amendment): Promise<StoredRecord>;
  appendSignOff(principal: Principal, id: string, signOff: SignOff): Promise<StoredRecord>;
  withdraw(principal: Principal, id: string, withdrawal: Withdrawal): Promise<StoredRecord>;
  /** Streams a stored file; throws RecordNotFoundError / RecordingError('blob-not-found'). */
  openBlob(principal: Principal, recordId: string, blobId: string): Promise<{ blob: BlobRef; stream: Readable }>;
  close(): Promise<void>;
}
