import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_PRACTITIONER } from '../../src/auth/authenticate';
import { openAccess, type OpenedAccess } from '../../src/access/open';
import { fromJson } from '../../src/organisation/directory-file';
import localExample from '../../src/organisation/local-directory.json';
import { RecordingService } from '../../src/recording/service';
import { openSqliteRecordStore, type SqliteRecordStore } from '../../src/recording/sqlite-store';
import { eml } from '../api/support';

// An e-mail larger than the limit stops being written as soon as it passes the limit, and leaves nothing behind.
describe('e-mail size limit while streaming', () => {
  let dir: string;
  let store: SqliteRecordStore;
  let access: OpenedAccess;
  afterEach(async () => {
    await store.close();
    access.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses with payload-too-large, writes no record and leaves no temp file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'recordings-limit-'));
    store = openSqliteRecordStore(dir);
    access = openAccess({ dataDir: dir, directory: fromJson(localExample, 'the local example') });
    const service = new RecordingService({ store, access: access.policy, nation: 'england-and-wales', maxEmailBytes: 100_000 });
    const message = eml({ bodyBytes: 500_000 });
    const chunks = Array.from({ length: Math.ceil(message.length / 16_384) }, (_, i) => message.subarray(i * 16_384, (i + 1) * 16_384));
    const query = { person: 'P-LIMIT', personName: 'Casey', direction: 'incoming', purpose: 'Parent update' };
    await expect(service.fileEml(LOCAL_PRACTITIONER, query, Readable.from(chunks))).rejects.toMatchObject({ code: 'payload-too-large', status: 413 });
    expect(await store.list(LOCAL_PRACTITIONER, { person: 'P-LIMIT' })).toEqual([]);
    expect(readdirSync(join(dir, 'blobs', 'tmp'))).toEqual([]);
    // Just under the limit is accepted.
    const small = eml({ bodyBytes: 50_000 });
    await expect(service.fileEml(LOCAL_PRACTITIONER, query, Readable.from([small]))).resolves.toMatchObject({ created: true });
  });
});
