import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { eml } from '../api/support';
import { startChildServer, type ChildServer } from '../support/child-server';

// Nothing accepted is lost and retries never duplicate: a server killed mid-upload leaves no record, and the retry
// after restart files exactly one complete copy.
describe('filing an e-mail across a killed server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'recordings-crash-'));
  const servers: ChildServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const message = eml({ bodyBytes: 4 * 1024 * 1024 });
  const sha256 = createHash('sha256').update(message).digest('hex');
  const person = `P-${randomUUID().slice(0, 8)}`;
  const path = `/api/emails?person=${person}&personName=Casey%20Child&direction=incoming&purpose=Parent%20update`;
  const tmpFiles = () => (existsSync(join(dataDir, 'blobs', 'tmp')) ? readdirSync(join(dataDir, 'blobs', 'tmp')) : []);

  async function fileAll(url: string): Promise<{ status: number; json: { reference: string; record: { blobs: { sha256: string; size: number }[] } } }> {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: new Uint8Array(message) });
    return { status: res.status, json: (await res.json()) as never };
  }

  it('keeps no partial record after SIGKILL mid-upload, and the retry files exactly one complete copy', async () => {
    const first = await startChildServer({ DATA_DIR: dataDir });
    servers.push(first);

    // Stream the first megabytes slowly, then kill the server while its temp file is being written.
    const { port } = new URL(first.url);
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'message/rfc822', 'content-length': String(message.length) } });
    const outcome = new Promise<string>((resolve) => {
      req.on('error', (e) => resolve(`error ${(e as NodeJS.ErrnoException).code}`));
      req.on('response', (r) => resolve(`status ${r.statusCode}`));
    });
    const chunk = 64 * 1024;
    let sent = 0;
    while (sent < 1.5 * 1024 * 1024) {
      req.write(message.subarray(sent, sent + chunk));
      sent += chunk;
      await sleep(5);
    }
    for (let i = 0; i < 400 && tmpFiles().length === 0; i++) await sleep(25);
    expect(tmpFiles().length).toBe(1);
    await first.kill();
    expect(await outcome).toMatch(/^error/);

    const second = await startChildServer({ DATA_DIR: dataDir });
    servers.push(second);
    // The cut-off upload's temp file is gone and it never became a record.
    expect(tmpFiles()).toEqual([]);
    const before = await (await fetch(`${second.url}/api/recordings?person=${person}`)).json();
    expect(before).toMatchObject({ count: 0 });

    const retry = await fileAll(second.url);
    expect(retry.status).toBe(201);
    expect(retry.json.record.blobs).toEqual([expect.objectContaining({ sha256, size: message.length })]);
    const onDisk = readFileSync(join(dataDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(sha256);

    const again = await fileAll(second.url);
    expect(again.status).toBe(200);
    expect(again.json.reference).toBe(retry.json.reference);
    const after = await (await fetch(`${second.url}/api/recordings?person=${person}`)).json();
    expect(after).toMatchObject({ count: 1 });
    await second.stop();
  }, 120_000);
});
