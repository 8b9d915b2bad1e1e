import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startApp, type AppOverrides, type RunningApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';

export interface TestBot {
  app: RunningApp;
  dataDir: string;
  /** Everything the app logged, as text. */
  logs(): string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown; text: string }>;
  stop(): Promise<void>;
}

/** Starts the real app (restify + botbuilder + SQLite) on an ephemeral loopback port with its own data folder. */
export async function startTestBot(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestBot> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bot-test-'));
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (c: Buffer) => (logText += c.toString('utf8')));
  const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env }), { logDestination: logStream, ...overrides });
  return {
    app,
    dataDir,
    logs: () => logText,
    async post(body, headers = {}) {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, json, text };
    },
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A Teams-shaped activity that asks for its replies in the HTTP response. */
export function activity(fields: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    id: `act-${counter}`,
    conversation: { id: `conv-${counter}`, conversationType: 'personal' },
    from: { id: 'user-1', name: 'Practitioner' },
    recipient: { id: 'bot-1', name: 'Companion' },
    ...fields,
  };
}

export type CardJson = { type: string; version: string; body?: unknown[]; actions?: unknown[] };

interface BodyActivity {
  type: string;
  attachments?: { contentType: string; content: CardJson }[];
  value?: { status: number; body?: { statusCode: number; type: string; value: CardJson } };
}

/** The cards in a response: an Action.Execute invoke body, or an expectReplies body's attachments and invoke responses. */
export function cardsOf(json: unknown): CardJson[] {
  const invokeBody = json as { type?: string; value?: CardJson } | undefined;
  if (invokeBody?.type === 'application/vnd.microsoft.card.adaptive' && invokeBody.value) return [invokeBody.value];
  const activities = (json as { activities?: BodyActivity[] } | undefined)?.activities ?? [];
  return activities.flatMap((a) => {
    if (a.type === 'invokeResponse' && a.value?.body?.type === 'application/vnd.microsoft.card.adaptive') return [a.value.body.value];
    return (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x) => x.content);
  });
}

/** Every piece of visible text on a card, joined: what a practitioner would read. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) if (typeof n[key] === 'string') out.push(n[key] as string);
    for (const [k, v] of Object.entries(n)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}
