import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteRecordStore } from '../../src/recording/sqlite-store';
import { runRecordStoreContract } from '../support/store-contract';

runRecordStoreContract('embedded SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recordings-'));
  return { store: openSqliteRecordStore(dir), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
});
