import type { Readable } from 'node:stream';
import type { Channel, IsoDate, RetentionRecord } from '../guidance/situation';

// Record shapes shared by the recording service and every RecordStore adapter. Fields come from the policies:
// contact recording: ../shared/seeds/000_246400782fd030f7.txt para 4, ../shared/seeds/001_fdbc209de47bb855.txt 1.2, 1.8, 3.6;
// case notes, "on behalf of", amendments, sign-off, supervision: ../shared/seeds/004_ae6e3d56d6571414.txt.

export const RECORD_KINDS = ['contact-recording', 'supervision-decision'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** ISO 8601 date and time with offset, e.g. "2026-11-20T16:45:00Z". */
export type IsoDateTime = string;

/** The child's or adult's record the entry goes on. */
export interface PersonRef {
  /** The person's record reference in the case system. */
  reference: string;
  name: string;
  /** Needed for the retention date; absent when not known. */
  dateOfBirth?: IsoDate;
  /** Retention table category; absent when not known. */
  recordCategory?: RetentionRecord;
}

/** A practitioner named on a record: the principal's id and display name. */
export interface Author {
  userId: string;
  name: string;
}

/** Case note added by someone other than the author: 'Case note added "on behalf of.. name.. designation."' */
export interface OnBehalfOf {
  name: string;
  designation: string;
}

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The message itself: a transcript, a relevant extract, a screenshot (attached) or the original e-mail (attached). */
export type ContactContent =
  | { form: 'transcript'; text: string }
  | { form: 'extract'; text: string }
  | { form: 'screenshot'; text?: string }
  | { form: 'original-email'; subject?: string; text?: string };

export interface ContactRecordingDetails {
  kind: 'contact-recording';
  direction: Direction;
  channel: Channel;
  /** The other party's telephone number, e-mail address or account. */
  otherParty: string;
  /** Date and time of the message or contact. */
  messageAt: IsoDateTime;
  content: ContactContent;
  purpose: string;
  /** Harm or injury occurred, or potential harm or risk identified: recording is due the next working day. */
  harmOrRisk: boolean;
  /** Computed: outside normal working hours (see src/recording/working-hours.ts). */
  outOfHours: boolean;
  onBehalfOf?: OnBehalfOf;
}

export interface PersonNamed {
  name: string;
  role?: string;
}

export interface SupervisionDecision {
  decision: string;
  reasons: string;
}

export interface SupervisionAction {
  action: string;
  owner: string;
  due: IsoDate;
}

/** Digital contact "discussed as part of supervision, risk assessed, and any decision recorded" (Cardiff and Vale para 6). */
export interface DigitalContactDiscussion {
  discussed: boolean;
  riskAssessed: boolean;
  channel?: Channel;
  /** The work number or account approved for the channel (the digital contact register). */
  account?: string;
  purpose?: string;
  consent?: string;
  reviewDate?: IsoDate;
}

export const SUPERVISION_SETTINGS = ['formal-supervision', 'advice-outside-supervision'] as const;
export type SupervisionSetting = (typeof SUPERVISION_SETTINGS)[number];

export interface SupervisionDecisionDetails {
  kind: 'supervision-decision';
  supervisionDate: IsoDate;
  /** Advice outside formal supervision must be confirmed by the line manager (a sign-off of kind "advice-confirmed"). */
  setting: SupervisionSetting;
  supervisor: PersonNamed;
  /** The supervisee; reference identifies their supervision file. */
  supervisee: { name: string; reference: string };
  othersPresent: PersonNamed[];
  discussion: string;
  decisions: SupervisionDecision[];
  actions: SupervisionAction[];
  digitalContact: DigitalContactDiscussion;
  harmOrRisk: boolean;
  onBehalfOf?: OnBehalfOf;
}

export type RecordDetails = ContactRecordingDetails | SupervisionDecisionDetails;

/** When the entry was due, computed by the guidance engine and stored with the record. */
export interface RecordingDeadline {
  due: IsoDate;
  basis: string;
  citationIds: string[];
  /** Whether the record was made on or before the due date. */
  onTime: boolean;
}

/** The date before which the record must not be destroyed; null with the reason when it cannot be computed. */
export interface RetentionOutcome {
  date: IsoDate | null;
  basis: string;
  citationIds: string[];
}

export const BLOB_ROLES = ['original-email', 'screenshot', 'attachment'] as const;
export type BlobRole = (typeof BLOB_ROLES)[number];

/** A file to store with a new record; the store reads the source to its end exactly once. */
export interface NewBlob {
  role: BlobRole;
  fileName: string;
  contentType: string;
  source: Readable;
}

/** A stored file: what was given for it, plus its SHA-256 (hex) and size in bytes, recorded with the record. */
export interface BlobRef extends Omit<NewBlob, 'source'> {
  id: string;
  sha256: string;
  size: number;
}

/** Records are never edited in place: an amendment keeps the original and adds reason, date, author and line manager. */
export interface Amendment {
  id: string;
  reason: string;
  text: string;
  author: Author;
  amendedAt: IsoDateTime;
  /** The author's line manager, from the organisation model, who must confirm it (a sign-off of kind "amendment-confirmed"). */
  lineManager: { userId?: string; name: string; designation?: string };
}

export const SIGN_OFF_KINDS = ['read-and-agreed', 'amendment-confirmed', 'advice-confirmed', 'advice-declined', 'returned-for-amendment'] as const;
export type SignOffKind = (typeof SIGN_OFF_KINDS)[number];

/** A line manager's entry on the file: "read and agreed", confirming an amendment or advice given outside supervision, declining that advice, or returning it for amendment (the note says why or what). */
export interface SignOff {
  id: string;
  kind: SignOffKind;
  by: Author;
  at: IsoDateTime;
  amendmentId?: string;
  note?: string;
}

/** A wrong-person entry withdrawn on request: hidden from lists, kept, retrievable by id. */
export interface Withdrawal {
  reason: string;
  requestedBy: Author;
  at: IsoDateTime;
}

export const RECORD_STATUSES = ['active', 'withdrawn'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** What the service hands to a store to create. */
export interface NewRecord {
  /** The record reference shown to the practitioner, generated by the service (see src/recording/reference.ts). */
  id: string;
  person: PersonRef;
  details: RecordDetails;
  author: Author;
  recordedAt: IsoDateTime;
  deadline: RecordingDeadline;
  retention: RetentionOutcome;
  /** Retries with the same key and request hash return the same record; same key, other hash is a conflict. */
  idempotency?: { key: string; requestHash: string };
  /** Internet Message-ID of a filed e-mail: one active record per (person, message). */
  internetMessageId?: string;
  blobs: NewBlob[];
}

/** The entry as the practitioner made it: what every store keeps, whatever its layout. */
export type RecordEntry = Pick<StoredRecord, 'kind' | 'person' | 'details' | 'author' | 'recordedAt' | 'deadline' | 'retention'>;

export function recordEntry(record: NewRecord): RecordEntry {
  const { person, details, author, recordedAt, deadline, retention } = record;
  return { kind: details.kind, person, details, author, recordedAt, deadline, retention };
}

export interface StoredRecord {
  id: string;
  kind: RecordKind;
  person: PersonRef;
  details: RecordDetails;
  author: Author;
  recordedAt: IsoDateTime;
  deadline: RecordingDeadline;
  retention: RetentionOutcome;
  status: RecordStatus;
  internetMessageId?: string;
  blobs: BlobRef[];
  amendments: Amendment[];
  signOffs: SignOff[];
  withdrawal?: Withdrawal;
}
