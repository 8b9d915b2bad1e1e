import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ACCESS_LOG_MIGRATIONS, AccessLog } from '../../src/access/access-log';
import { openAccess } from '../../src/access/open';
import { loadConfig } from '../../src/config';
import { ALLOCATION_MIGRATIONS } from '../../src/organisation/allocations';
import { fromJson } from '../../src/organisation/directory-file';
import { migrate, openDatabase } from '../../src/store/database';
import { accessDirectory } from '../support/org-directory';

// The access log keeps each entry for ACCESS_LOG_RETENTION_DAYS (six years unless set); older ones go at start-up.

const dir = mkdtempSync(join(tmpdir(), 'access-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-12-05T10:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 60 * 60 * 1000).toISOString();

function readLog(): string[] {
  const db = openDatabase(join(dir, 'access.sqlite'));
  try {
    return new AccessLog(db).list({ person: 'P-RET-1' }).map((e) => e.at);
  } finally {
    db.close();
  }
}

it('defaults to six years and can be set', () => {
  expect(loadConfig({}).accessLog.retentionDays).toBe(2190);
  expect(loadConfig({ ACCESS_LOG_RETENTION_DAYS: '400' }).accessLog.retentionDays).toBe(400);
  expect(() => loadConfig({ ACCESS_LOG_RETENTION_DAYS: '0' })).toThrow(/ACCESS_LOG_RETENTION_DAYS/);
});

it('purges entries past retention at start-up and keeps the rest', () => {
  const db = openDatabase(join(dir, 'access.sqlite'));
  migrate(db, [...ALLOCATION_MIGRATIONS, ...ACCESS_LOG_MIGRATIONS]);
  const log = new AccessLog(db);
  for (const at of [daysAgo(2191), daysAgo(2200), daysAgo(2189), daysAgo(1)]) {
    log.append({ at, userId: 'u-1', action: 'read', person: 'P-RET-1', allowed: true, basis: 'author' });
  }
  db.close();

  const access = openAccess({ dataDir: dir, directory: fromJson(accessDirectory(), 'test'), now: () => NOW, retentionDays: 2190 });
  access.close();
  expect(access.purged).toBe(2);
  expect(readLog().sort()).toEqual([daysAgo(2189), daysAgo(1)].sort());

  // A second start has nothing more to purge.
  const again = openAccess({ dataDir: dir, directory: fromJson(accessDirectory(), 'test'), now: () => NOW, retentionDays: 2190 });
  again.close();
  expect(again.purged).toBe(0);
});
