import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_PRACTITIONER } from '../../src/auth/authenticate';
import { openSqliteRecordStore } from '../../src/recording/sqlite-store';
import { eml } from '../api/support';
import { startChildServer, type ChildServer } from '../support/child-server';
import { startTestApp } from '../support/test-app';

describe('/healthz and /readyz', () => {
  it('says the process is up, and ready only while its store and data folder are usable', async () => {
    const t = await startTestApp({ dirPrefix: 'health-', logLevel: 'silent' });
    try {
      expect((await t.request('GET', '/healthz')).status).toBe(200);
      const ready = await t.request('GET', '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json).toEqual({ status: 'ready', checks: [{ name: 'embedded-store', ok: true }, { name: 'data-folder-writable', ok: true }, { name: 'bot-state', ok: true }] });

      // The data folder disappears (a volume unmounted): still up, no longer ready, and the check is named.
      rmSync(t.dataDir, { recursive: true, force: true });
      expect((await t.request('GET', '/healthz')).status).toBe(200);
      const gone = await t.request('GET', '/readyz');
      expect(gone.status).toBe(503);
      expect(gone.json.checks).toContainEqual({ name: 'data-folder-writable', ok: false });
    } finally {
      await t.stop();
    }
  });
});

// SIGTERM: the server stops taking requests, lets the ones in flight finish, then closes its stores. A filing in flight
// completes whole (a record with its complete e-mail) and nothing is left half-written.
describe('SIGTERM during a filing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
  const servers: ChildServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const tmpFiles = () => (existsSync(join(dataDir, 'blobs', 'tmp')) ? readdirSync(join(dataDir, 'blobs', 'tmp')) : []);

  it('finishes the filing in flight, refuses new connections, exits 0, and leaves the record whole', { timeout: 120_000 }, async () => {
    const server = await startChildServer({ DATA_DIR: dataDir });
    servers.push(server);
    const message = eml({ bodyBytes: 3 * 1024 * 1024 });
    const sha256 = createHash('sha256').update(message).digest('hex');
    const person = `P-${randomUUID().slice(0, 8)}`;
    const path = `/api/emails?person=${person}&personName=Casey%20Child&direction=incoming&purpose=Parent%20update`;
    const { port } = new URL(server.url);
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'message/rfc822', 'content-length': String(message.length) } });
    const reply = new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      req.on('error', reject);
      req.on('response', (r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString('utf8')));
        r.on('end', () => resolve({ status: r.statusCode, body }));
      });
    });
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));

    // Half the e-mail is on its way (the temp file exists) when the signal arrives.
    const half = Math.floor(message.length / 2);
    for (let sent = 0; sent < half; sent += 64 * 1024) {
      req.write(message.subarray(sent, Math.min(sent + 64 * 1024, half)));
      await sleep(2);
    }
    for (let i = 0; i < 400 && tmpFiles().length === 0; i++) await sleep(25);
    expect(tmpFiles()).toHaveLength(1);
    server.child.kill('SIGTERM');
    await sleep(300);

    // No longer taking requests: a new connection is refused.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    // The rest of the e-mail arrives; the filing completes and the process then exits cleanly.
    req.end(message.subarray(half));
    const filed = await reply;
    expect(filed.status).toBe(201);
    expect(await exited).toBe(0);

    // What the stopped server left on disk: one whole record with its complete e-mail, and no temp file.
    expect(tmpFiles()).toEqual([]);
    const store = openSqliteRecordStore(dataDir);
    try {
      const records = await store.list(LOCAL_PRACTITIONER, { person });
      expect(records).toHaveLength(1);
      expect(records[0]!.blobs).toEqual([expect.objectContaining({ sha256, size: message.length })]);
    } finally {
      await store.close();
    }
    const onDisk = readFileSync(join(dataDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(sha256);
  });
});
