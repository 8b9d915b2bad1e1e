import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, eml, startTestApi, type TestApi } from '../api/support';
import { startChildServer, type ChildServer } from '../support/child-server';

// A stored file is kept only if the record pointing to it commits: refused (409) requests, lost races between filings
// of the same e-mail and a crash before the reply leave no file without a record.

function filesOnDisk(dataDir: string): string[] {
  const base = join(dataDir, 'blobs', 'sha256');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((d) => readdirSync(join(base, d)));
}

const screenshot = (bytes: Buffer) => ({ fileName: 'shot.png', contentType: 'image/png', contentBase64: bytes.toString('base64') });
const withShots = (n: number, person: { reference: string; name: string }) =>
  contactRecording({ person, content: { form: 'screenshot' }, attachments: Array.from({ length: n }, () => screenshot(randomBytes(2048))) });

describe('files without a record (embedded store)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  const shasOf = async (person: string) =>
    ((await api.call('GET', `/api/recordings?person=${person}&includeWithdrawn=true`)).json.records as { record: { blobs: { sha256: string }[] } }[]).flatMap((r) => r.record.blobs.map((b) => b.sha256));

  it('keeps no attachment of a request refused with 409', async () => {
    const person = { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child' };
    const key = randomUUID();
    expect((await api.call('POST', '/api/recordings', withShots(3, person), { 'idempotency-key': key })).status).toBe(201);
    const before = filesOnDisk(api.dataDir).length;
    for (let i = 0; i < 10; i++) {
      const clash = await api.call('POST', '/api/recordings', withShots(3, person), { 'idempotency-key': key });
      expect(clash.status).toBe(409);
    }
    expect(filesOnDisk(api.dataDir).length).toBe(before);
    expect(filesOnDisk(api.dataDir)).toEqual(expect.arrayContaining(await shasOf(person.reference)));
  });

  it('keeps one file when 20 filings of the same Message-ID with different bytes race', async () => {
    const person = `P-${randomUUID().slice(0, 8)}`;
    const messageId = `<${randomUUID()}@mail.example>`;
    const before = new Set(filesOnDisk(api.dataDir));
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.call('POST', `/api/emails?person=${person}&personName=Casey&direction=incoming&purpose=Update`, eml({ messageId, bodyBytes: 300_000 + i * 100 }), { 'content-type': 'message/rfc822' }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(19);
    const added = filesOnDisk(api.dataDir).filter((f) => !before.has(f));
    expect(added).toEqual(await shasOf(person));
    expect(added).toHaveLength(1);
  });
});

describe('files without a record after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'recordings-orphans-'));
  const servers: ChildServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('removes, at the next start and after a grace period, every file no record points to, and says how many in one log line', async () => {
    const person = `P-${randomUUID().slice(0, 8)}`;
    const first = await startChildServer({ DATA_DIR: dataDir });
    servers.push(first);
    // A burst of filings, killed mid-way: some files are stored whose record never committed.
    const burst = Array.from({ length: 12 }, (_, i) =>
      fetch(`${first.url}/api/emails?person=${person}&personName=Casey&direction=incoming&purpose=Update`, {
        method: 'POST',
        headers: { 'content-type': 'message/rfc822' },
        body: new Uint8Array(eml({ bodyBytes: 200_000 + i })),
      }).then((r) => r.status, () => 0),
    );
    for (let i = 0; i < 200 && filesOnDisk(dataDir).length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    await first.kill();
    await Promise.all(burst);
    // And the state a kill between storing a file and committing its record leaves, for certain: one file, no record.
    const planted = randomBytes(32).toString('hex');
    mkdirSync(join(dataDir, 'blobs', 'sha256', planted.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'blobs', 'sha256', planted.slice(0, 2), planted), 'orphan');
    const fresh = randomBytes(32).toString('hex');
    // Everything is past the grace period except one file, as if a filing were still in progress.
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const d of readdirSync(join(dataDir, 'blobs', 'sha256'))) for (const f of readdirSync(join(dataDir, 'blobs', 'sha256', d))) utimesSync(join(dataDir, 'blobs', 'sha256', d, f), hourAgo, hourAgo);
    mkdirSync(join(dataDir, 'blobs', 'sha256', fresh.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'blobs', 'sha256', fresh.slice(0, 2), fresh), 'in progress');
    const beforeRestart = filesOnDisk(dataDir);

    const second = await startChildServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    servers.push(second);
    const listed = (await (await fetch(`${second.url}/api/recordings?person=${person}`)).json()) as { records: { record: { blobs: { sha256: string }[] } }[] };
    const referenced = new Set(listed.records.flatMap((r) => r.record.blobs.map((b) => b.sha256)));
    const after = filesOnDisk(dataDir);
    expect(after.filter((f) => f !== fresh).sort()).toEqual([...referenced].sort());
    expect(after).toContain(fresh);
    expect(after).not.toContain(planted);
    const sweep = second.output().split('\n').filter((l) => l.includes('startup-sweep'));
    expect(sweep).toHaveLength(1);
    expect(JSON.parse(sweep[0]!).orphans).toBe(beforeRestart.length - after.length);
    await second.stop();
  }, 120_000);
});
