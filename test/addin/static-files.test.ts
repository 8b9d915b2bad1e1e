import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addinFilesRoute } from '../../src/addin/files';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';

// /addin/ over real HTTP: the pane's files with the right types, nothing outside the folder, whatever the path says.

let dir: string;
let app: RunningHttpServer;

/** A raw GET (no client-side path normalisation), so the server sees exactly the path an attacker would send. */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const url = new URL(app.url);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'addin-static-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'sub'), { recursive: true });
  writeFileSync(join(site, 'taskpane.html'), '<!doctype html><title>pane</title>');
  writeFileSync(join(site, 'taskpane.js'), 'console.log("pane")');
  writeFileSync(join(site, 'taskpane.css'), 'body{}');
  writeFileSync(join(site, 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(site, 'sub', 'a.js'), '1');
  writeFileSync(join(site, 'notes.txt'), 'not served');
  writeFileSync(join(site, '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'secret.js'), 'outside');
  // The real HTTP server with the add-in route, over a folder with things that must not be served next to it.
  app = await startHttpServer({ host: '127.0.0.1', port: 0, routes: [addinFilesRoute(site)], logger: createLogger('silent') });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static add-in files at /addin/', () => {
  it('serves each file type with its content type, and the pane at /addin/', async () => {
    for (const [path, type] of [
      ['/addin/taskpane.html', 'text/html; charset=utf-8'],
      ['/addin/taskpane.js', 'text/javascript; charset=utf-8'],
      ['/addin/taskpane.css', 'text/css; charset=utf-8'],
      ['/addin/icon-16.png', 'image/png'],
      ['/addin/sub/a.js', 'text/javascript; charset=utf-8'],
    ]) {
      const r = await get(path!);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type']).toBe(type);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/addin/')).body.toString()).toContain('<title>pane</title>');
  });

  it('gzips text when the browser accepts it', async () => {
    const r = await get('/addin/taskpane.js', { 'accept-encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe('console.log("pane")');
  });

  it('never serves anything outside the folder, dot files or unknown types (404, not 5xx)', async () => {
    for (const path of ['/addin/../secret.js', '/addin/%2e%2e/secret.js', '/addin/sub/%2e%2e%2f%2e%2e%2fsecret.js', '/addin/..%5csecret.js', '/addin/%2e%2e%5csecret.js', '/addin/.env', '/addin/notes.txt', '/addin/nothing.js', '/addin/sub', '/addin/%E0%A4%A.js', '/addin/a%00.js', '/addin//etc/passwd']) {
      const r = await get(path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.status, path).toBeLessThan(500);
      expect(r.body.toString(), path).not.toMatch(/outside|SECRET/);
    }
  });
});
