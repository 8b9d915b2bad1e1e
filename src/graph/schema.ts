// The SharePoint lists and library that hold records. Provisioning creates them; the store reads and writes them.
// Unique columns are indexed (SharePoint requires it) and are never left blank, so retries and races cannot duplicate a record.

export type ColumnType = 'text' | 'multilineText' | 'dateTime' | 'number' | 'boolean';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  indexed?: boolean;
  unique?: boolean;
}

export interface ListSpec {
  displayName: string;
  template: 'genericList' | 'documentLibrary';
  columns: readonly ColumnSpec[];
}

/** One item per record: the record's content as JSON plus indexed keys for look-ups. */
export const RECORDS_LIST: ListSpec = {
  displayName: 'Care records',
  template: 'genericList',
  columns: [
    { name: 'RecordRef', type: 'text', indexed: true, unique: true },
    { name: 'RecordKind', type: 'text', indexed: true },
    { name: 'PersonRef', type: 'text', indexed: true },
    { name: 'SupervisionFile', type: 'text', indexed: true },
    { name: 'EventAt', type: 'text', indexed: true },
    { name: 'RecordedAt', type: 'dateTime' },
    { name: 'AuthorId', type: 'text', indexed: true },
    { name: 'RecordStatus', type: 'text', indexed: true },
    /** SHA-256 of author id and Idempotency-Key; "none:<ref>" when the request had no key. */
    { name: 'IdempotencyKey', type: 'text', indexed: true, unique: true },
    { name: 'RequestHash', type: 'text' },
    /** SHA-256 of person reference and Internet Message-ID while the record is active; "none:<ref>" otherwise. */
    { name: 'FilingKey', type: 'text', indexed: true, unique: true },
    { name: 'InternetMessageId', type: 'multilineText' },
    { name: 'RecordJson', type: 'multilineText' },
  ],
};

/** Amendments, sign-offs and withdrawals: appended, never edited, so the original record is kept as it was. */
export const ENTRIES_LIST: ListSpec = {
  displayName: 'Care record entries',
  template: 'genericList',
  columns: [
    { name: 'EntryId', type: 'text', indexed: true, unique: true },
    { name: 'RecordRef', type: 'text', indexed: true },
    { name: 'PersonRef', type: 'text', indexed: true },
    { name: 'EntryKind', type: 'text', indexed: true },
    { name: 'AuthorId', type: 'text', indexed: true },
    { name: 'EntryJson', type: 'multilineText' },
  ],
};

/**
 * The Outlook add-in's look-ups (src/recording/sharepoint/lookup-keys.ts): one item per key of a record (its e-mail's
 * Message-ID, each correspondent's address, its person's reference, name and each word of it), the key hashed so
 * nothing personal sits in an indexed column. Written before the record item, so a key may point at a record that
 * never committed: readers skip those.
 */
export const LOOKUP_LIST: ListSpec = {
  displayName: 'Care record look-ups',
  template: 'genericList',
  columns: [
    { name: 'LookupKey', type: 'text', indexed: true },
    { name: 'RecordRef', type: 'text', indexed: true },
  ],
};

/** Original e-mails (EML), screenshots and attachments, one folder per record. */
export const FILES_LIBRARY: ListSpec = { displayName: 'Care record files', template: 'documentLibrary', columns: [] };

export const ALL_LISTS: readonly ListSpec[] = [RECORDS_LIST, ENTRIES_LIST, LOOKUP_LIST, FILES_LIBRARY];

/** Graph's columnDefinition JSON for a column. */
export function columnDefinition(c: ColumnSpec): Record<string, unknown> {
  const facet =
    c.type === 'text' ? { text: { allowMultipleLines: false, maxLength: 255 } }
    : c.type === 'multilineText' ? { text: { allowMultipleLines: true } }
    : c.type === 'dateTime' ? { dateTime: { format: 'dateTime' } }
    : c.type === 'number' ? { number: {} }
    : { boolean: {} };
  return { name: c.name, displayName: c.name, indexed: Boolean(c.indexed), enforceUniqueValues: Boolean(c.unique), ...facet };
}

/** Largest text SharePoint keeps in a multiple-lines-of-text column. */
export const MULTILINE_LIMIT = 63_999;
