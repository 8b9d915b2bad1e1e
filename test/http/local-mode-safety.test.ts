import { statSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from '../bot/support/bot-client';
import { contactRecording, startTestApi, type TestApi } from '../api/support';

// Local mode is anonymous on loopback: a page elsewhere that rebinds its own name to 127.0.0.1 gets 403, and what is
// stored can be read by this account only.

function send(url: string, method: string, path: string, host: string | undefined, body?: unknown): Promise<{ status: number; text: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}) };
    if (host !== undefined) headers.host = host;
    const req = request({ host: '127.0.0.1', port, method, path, headers, setHost: host === undefined ? false : true }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

describe('local mode: DNS rebinding and owner-only files', () => {
  let api: TestApi;
  let reference: string;
  beforeAll(async () => {
    api = await startTestApi();
    reference = (await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-1001', name: 'Casey Child' } }))).json.reference;
  });
  afterAll(async () => api?.stop());

  const cases: [string, () => string, unknown][] = [
    ['GET', () => `/api/recordings/${reference}`, undefined],
    ['GET', () => '/api/recordings?person=P-1001', undefined],
    ['POST', () => '/api/recordings', contactRecording()],
    ['POST', () => '/api/messages', activity({ type: 'message', text: 'help', serviceUrl: 'http://127.0.0.1:9/' })],
  ];
  it.each(cases)('refuses %s %s addressed to a foreign host with 403, before any handler runs', async (method, path, body) => {
    for (const host of ['evil.example', 'evil.example:3978', '127.0.0.1.evil.example', 'localhost.evil.example:80']) {
      const res = await send(api.app.url, method, path(), host, body);
      expect(res.status, host).toBe(403);
      expect(res.text).toContain('host-not-local');
      expect(res.text).not.toContain('Casey');
    }
    // No Host header at all: refused too (Node itself answers 400 to an HTTP/1.1 request without one).
    expect((await send(api.app.url, method, path(), undefined, body)).status).toBeGreaterThanOrEqual(400);
  });

  it('serves requests addressed to 127.0.0.1, localhost and [::1]', async () => {
    const port = new URL(api.app.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`]) {
      expect((await send(api.app.url, 'GET', `/api/recordings/${reference}`, host)).status, host).toBe(200);
    }
  });

  it('creates data files 0600 and folders 0700', async () => {
    // A filed screenshot makes the blob folders exist too.
    const shot = await api.call('POST', '/api/recordings', contactRecording({ content: { form: 'screenshot' }, attachments: [{ fileName: 's.png', contentType: 'image/png', contentBase64: 'aGVsbG8=' }] }));
    expect(shot.status).toBe(201);
    const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [join(dir, e.name), ...walk(join(dir, e.name))] : [join(dir, e.name)]));
    const all = walk(api.dataDir);
    expect(all.map((p) => p.slice(api.dataDir.length))).toEqual(expect.arrayContaining(['/recordings.sqlite', '/companion.sqlite', '/access.sqlite', '/recordings.sqlite-wal', '/blobs', '/blobs/tmp']));
    expect(mode(api.dataDir)).toBe('700');
    for (const p of all) expect(`${p.slice(api.dataDir.length)} ${mode(p)}`).toBe(`${p.slice(api.dataDir.length)} ${statSync(p).isDirectory() ? '700' : '600'}`);
  });
});
