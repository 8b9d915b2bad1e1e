import type { Migration } from '../store/database';

// The embedded record store's schema. Rows are appended; only records.status changes (on a wrong-person withdrawal).
export const RECORDING_MIGRATIONS: readonly Migration[] = [
  {
    id: 'recordings-001-create',
    up: (db) => {
      db.exec(`
        CREATE TABLE recordings (
          id TEXT PRIMARY KEY,
          seq INTEGER NOT NULL UNIQUE,
          kind TEXT NOT NULL,
          person_reference TEXT NOT NULL,
          supervision_file TEXT,
          status TEXT NOT NULL DEFAULT 'active',
          event_at TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          author_id TEXT NOT NULL,
          internet_message_id TEXT,
          body TEXT NOT NULL
        );
        CREATE INDEX recordings_person ON recordings (person_reference, event_at);
        CREATE INDEX recordings_supervision_file ON recordings (supervision_file, event_at) WHERE supervision_file IS NOT NULL;
        -- One active record per e-mail and person, also when two filings race.
        CREATE UNIQUE INDEX recordings_message ON recordings (person_reference, internet_message_id)
          WHERE internet_message_id IS NOT NULL AND status = 'active';
        CREATE TABLE recording_idempotency (
          user_id TEXT NOT NULL,
          key TEXT NOT NULL,
          request_hash TEXT NOT NULL,
          record_id TEXT NOT NULL REFERENCES recordings (id),
          PRIMARY KEY (user_id, key)
        );
        CREATE TABLE recording_blobs (
          id TEXT PRIMARY KEY,
          record_id TEXT NOT NULL REFERENCES recordings (id),
          position INTEGER NOT NULL,
          role TEXT NOT NULL,
          file_name TEXT NOT NULL,
          content_type TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          path TEXT NOT NULL
        );
        CREATE INDEX recording_blobs_record ON recording_blobs (record_id, position);
        CREATE TABLE recording_entries (
          id TEXT PRIMARY KEY,
          record_id TEXT NOT NULL REFERENCES recordings (id),
          seq INTEGER NOT NULL,
          type TEXT NOT NULL CHECK (type IN ('amendment', 'sign-off', 'withdrawal')),
          body TEXT NOT NULL
        );
        CREATE INDEX recording_entries_record ON recording_entries (record_id, seq);
      `);
    },
  },
  {
    // The start-up sweep and a refused filing ask whether any record points to a file.
    id: 'recordings-002-blob-sha256-index',
    up: (db) => db.exec('CREATE INDEX recording_blobs_sha256 ON recording_blobs (sha256)'),
  },
];
