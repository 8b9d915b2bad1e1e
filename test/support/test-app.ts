import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startApp, type AppOverrides, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';

export interface TestReply {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response JSON
  text: string;
}

export interface TestApp {
  app: RunningApp;
  dataDir: string;
  /** Everything the app logged, as text. */
  logs(): string;
  /** Sends a request; objects go as JSON, strings and buffers as they are (JSON content type unless told otherwise). */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestReply>;
  stop(): Promise<void>;
}

/** The real app (restify + botbuilder + SQLite + recordings API) on an ephemeral loopback port with its own data folder. */
export async function startTestApp(options: { dirPrefix: string; logLevel: string; env?: Record<string, string>; overrides?: AppOverrides }): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), options.dirPrefix));
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (c: Buffer) => (logText += c.toString('utf8')));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: options.logLevel, ...options.env });
  const app = await startApp(config, { logDestination: logStream, ...options.overrides });
  return {
    app,
    dataDir,
    logs: () => logText,
    async request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' || Buffer.isBuffer(body) ? (body as string) : JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      const res = await fetch(`${app.url}${path}`, init);
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, json, text };
    },
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
