import type { AppOverrides, RunningApp } from '../../../src/app';
import { startTestApp } from '../../support/test-app';

export interface TestBot {
  app: RunningApp;
  dataDir: string;
  /** Everything the app logged, as text. */
  logs(): string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown; text: string; headers: Headers }>;
  stop(): Promise<void>;
}

/** Starts the real app (restify + botbuilder + SQLite) on an ephemeral loopback port with its own data folder. */
export async function startTestBot(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestBot> {
  const t = await startTestApp({ dirPrefix: 'bot-test-', logLevel: 'info', env, overrides });
  return {
    app: t.app,
    dataDir: t.dataDir,
    logs: t.logs,
    post: (body, headers = {}) => t.request('POST', '/api/messages', body, { 'content-type': 'application/json', ...headers }),
    stop: t.stop,
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
