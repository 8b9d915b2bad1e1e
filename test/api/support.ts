import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startApp, type AppOverrides, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { supervisionDetails } from '../support/store-contract';

export interface ApiReply {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary response JSON
  text: string;
}

export interface TestApi {
  app: RunningApp;
  dataDir: string;
  logs(): string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiReply>;
  stop(): Promise<void>;
}

/** The real app (restify + SQLite + recordings API) on an ephemeral loopback port with its own data folder. */
export async function startTestApi(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'recordings-api-'));
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (c: Buffer) => (logText += c.toString('utf8')));
  const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env }), { logDestination: logStream, ...overrides });
  return {
    app,
    dataDir,
    logs: () => logText,
    async call(method, path, body, headers = {}) {
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

export function contactRecording(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'contact-recording',
    person: { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child' },
    direction: 'incoming',
    channel: 'text',
    otherParty: '07700 900123',
    messageAt: '2026-11-20T18:30:00Z',
    content: { form: 'transcript', text: 'Can we move Tuesday to 4pm?' },
    purpose: 'Arrange the next visit',
    harmOrRisk: false,
    ...overrides,
  };
}

/** The store contract's supervision-decision note, as the API receives it (with the person it is about). */
export function supervisionNote(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...supervisionDetails(), person: { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child' }, ...overrides };
}

/** An RFC 5322 message of roughly `bodyBytes` bytes. */
export function eml(options: { messageId?: string; bodyBytes?: number; from?: string; date?: string } = {}): Buffer {
  const headers = [
    `From: "Parent Example" <${options.from ?? 'parent@example.org'}>`,
    'To: Alex Practitioner <alex.practitioner@council.example>',
    'Subject: =?UTF-8?B?UmU6IFR1ZXNkYXkgdmlzaXQg4pyT?=',
    `Date: ${options.date ?? 'Fri, 20 Nov 2026 18:30:00 +0000'}`,
    ...(options.messageId === '' ? [] : [`Message-ID: ${options.messageId ?? `<${randomUUID()}@mail.example>`}`]),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join('\r\n');
  const line = 'Thank you for the visit on Tuesday, see you next week.\r\n';
  const body = line.repeat(Math.max(1, Math.ceil((options.bodyBytes ?? 200) / line.length)));
  return Buffer.from(`${headers}\r\n\r\n${body}`);
}
