import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server';
import type { ApiRoute } from '../../src/http/route';
import { createLogger } from '../../src/log';

// A stalled body gets 408 in about the idle limit (seconds, not minutes); a client that goes away mid-upload is
// logged at info with its own code, never as "route failed"; a slow answer after the whole body is not cut off.
const IDLE_MS = 400;

describe('client timing', () => {
  let server: RunningHttpServer;
  let logs = '';
  beforeAll(async () => {
    const out = new PassThrough();
    out.on('data', (c: Buffer) => (logs += c.toString()));
    const routes: ApiRoute[] = [
      {
        method: 'POST',
        path: '/upload',
        body: 'stream',
        async handle(req) {
          let n = 0;
          for await (const c of req.stream!) n += (c as Buffer).length;
          return { status: 200, body: { bytes: n } };
        },
      },
      { method: 'POST', path: '/json', async handle(req) { return { status: 200, body: { got: req.body } }; } },
      {
        method: 'GET',
        path: '/slow',
        body: 'none',
        async handle() {
          await sleep(IDLE_MS * 4);
          return { status: 200, body: { ok: true } };
        },
      },
    ];
    server = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger: createLogger('info', out), bodyIdleTimeoutMs: IDLE_MS, headersTimeoutMs: IDLE_MS * 2 });
  });
  afterAll(async () => server?.close());

  /** Sends raw bytes and collects what comes back until the server closes the connection. */
  function raw(write: (s: ReturnType<typeof connect>) => void | Promise<void>): Promise<{ text: string; ms: number }> {
    const started = Date.now();
    return new Promise((resolve) => {
      const s = connect(server.port, '127.0.0.1', () => void write(s));
      let text = '';
      s.on('data', (c) => (text += c.toString()));
      s.on('close', () => resolve({ text, ms: Date.now() - started }));
      s.on('error', () => undefined);
    });
  }

  it.each(['/upload', '/json'])('answers a body that stops arriving on %s with 408 within seconds, logged at info', async (path) => {
    const before = logs.length;
    const res = await raw((s) => void s.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`));
    expect(res.text).toMatch(/^HTTP\/1\.1 408/);
    expect(res.text).toContain('request-body-timeout');
    expect(res.ms).toBeLessThan(IDLE_MS * 10);
    await sleep(50);
    const lines = logs.slice(before).trim().split('\n').map((l) => JSON.parse(l) as { level: number; code?: string });
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, code: 'request-body-timeout' }));
    expect(lines.every((l) => l.level < 50)).toBe(true);
  });

  it('logs a client that disconnects mid-upload at info as client-aborted, not as a failure', async () => {
    const before = logs.length;
    await raw(async (s) => {
      s.write('POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: message/rfc822\r\nContent-Length: 100000\r\n\r\n');
      s.write(Buffer.alloc(20_000, 120));
      await sleep(50);
      s.destroy();
    });
    await sleep(100);
    const lines = logs.slice(before).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; code?: string; msg: string });
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, code: 'client-aborted', msg: 'request ended by the client' }));
    expect(lines.some((l) => l.level >= 50 || l.msg === 'route failed')).toBe(false);
  });

  it('closes a connection whose headers never finish', async () => {
    const res = await raw((s) => void s.write('POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
    expect(res.ms).toBeLessThan(IDLE_MS * 10);
  });

  it('does not cut off an answer that takes longer than the idle limit once the request is in', async () => {
    const res = await fetch(`${server.url}/slow`);
    expect(res.status).toBe(200);
    const upload = await fetch(`${server.url}/upload`, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: 'x'.repeat(5000) });
    expect(await upload.json()).toEqual({ bytes: 5000 });
  });
});
