import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPane } from '../../scripts/addin/bundle';
import { addinSettings } from '../../scripts/addin/settings';
import { startApp, type RunningApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { generateStandInCertificate } from '../support/graph-standin/cert';
import { trustingFetch } from '../support/graph-standin/server';

// HTTPS in development (HTTPS_CERT_FILE / HTTPS_KEY_FILE, as `npm run dev:https` sets them with the Office Add-in dev
// certificate): the add-in's pages and the API over TLS on loopback. A throwaway certificate, trusted by this test's
// client only: nothing is installed into the machine's certificate store.

let dir: string;
let app: RunningApp;
let client: ReturnType<typeof trustingFetch>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'https-dev-'));
  await buildPane(addinSettings({}));
  const cert = await generateStandInCertificate();
  writeFileSync(join(dir, 'localhost.crt'), cert.cert);
  writeFileSync(join(dir, 'localhost.key'), cert.key, { mode: 0o600 });
  client = trustingFetch(cert.cert);
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', HTTPS_CERT_FILE: join(dir, 'localhost.crt'), HTTPS_KEY_FILE: join(dir, 'localhost.key') }));
  rmSync(cert.dir, { recursive: true, force: true });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('HTTPS in development', () => {
  it('serves the task pane and the API over HTTPS on loopback', async () => {
    expect(app.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const pane = await client.fetch(`${app.url}/addin/taskpane.html`);
    expect(pane.status).toBe(200);
    expect(await pane.text()).toContain('<main id="app">');
    const lookup = await client.fetch(`${app.url}/api/people?search=casey`);
    expect(lookup.status).toBe(200);
  });

  it('refuses plain HTTP on the same port (no page is served unencrypted)', async () => {
    const { port } = new URL(app.url);
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/addin/taskpane.html' }, (res) => resolve(`status ${res.statusCode}`));
      req.on('error', () => resolve('refused'));
      req.setTimeout(5000, () => req.destroy());
      req.end();
    });
    expect(outcome).not.toBe('status 200');
  });

  it('needs both files, and says which one cannot be read', async () => {
    expect(() => loadConfig({ HTTPS_CERT_FILE: join(dir, 'localhost.crt') })).toThrow(ConfigError);
    expect(() => loadConfig({ HTTPS_CERT_FILE: join(dir, 'localhost.crt') })).toThrow(/both HTTPS_CERT_FILE and HTTPS_KEY_FILE/);
    const config = loadConfig({ PORT: '0', DATA_DIR: join(dir, 'data2'), LOG_LEVEL: 'silent', HTTPS_CERT_FILE: join(dir, 'missing.crt'), HTTPS_KEY_FILE: join(dir, 'localhost.key') });
    await expect(startApp(config)).rejects.toThrow(/HTTPS_CERT_FILE \(.*missing\.crt\) cannot be read/);
  });
});
