import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardsOf, startTestBot, type TestBot } from './support/bot-client';

// Malformed and hostile requests over real HTTP: each gets a 4xx or a polite card, never a 5xx, and the server keeps answering.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => bot.stop());

const nested = (depth: number) => `{"type":"message","conversation":{"id":"c"},"value":${'['.repeat(depth)}${']'.repeat(depth)}}`;
// Teams sends invokes without expectReplies and reads the invoke response's status from the HTTP status.
const invoke = (fields: Record<string, unknown>) => activity({ type: 'invoke', deliveryMode: 'normal', ...fields });
const execute = (action: unknown) => invoke({ name: 'adaptiveCard/action', value: { action } });

const CASES: { name: string; body: unknown; expected: number | 'polite-card' }[] = [
  { name: 'invalid JSON', body: '{"type": "message", ', expected: 400 },
  { name: 'empty body', body: '', expected: 400 },
  { name: 'JSON null', body: 'null', expected: 400 },
  { name: 'a JSON array', body: '[1,2,3]', expected: 400 },
  { name: 'deeply nested JSON (100,000 levels)', body: nested(100_000), expected: 400 },
  { name: 'a 4 MB text', body: activity({ type: 'message', text: 'a'.repeat(4 * 1024 * 1024) }), expected: 413 },
  { name: 'text as a number', body: activity({ type: 'message', text: 42 }), expected: 400 },
  { name: 'type as an object', body: activity({ type: { evil: true } }), expected: 400 },
  { name: 'no conversation', body: { type: 'message', text: 'hi', deliveryMode: 'expectReplies' }, expected: 400 },
  { name: 'membersAdded not an array', body: activity({ type: 'conversationUpdate', membersAdded: 'everyone' }), expected: 400 },
  { name: '5,000 members added (a group added to a team)', body: activity({ type: 'conversationUpdate', membersAdded: Array.from({ length: 5_000 }, (_, i) => ({ id: `m${i}` })) }), expected: 200 },
  { name: 'an unknown activity type', body: activity({ type: 'teleport', text: 'hello' }), expected: 200 },
  { name: 'a message with no text', body: activity({ type: 'message' }), expected: 'polite-card' },
  { name: 'an unknown invoke', body: invoke({ name: 'composeExtension/query', value: {} }), expected: 400 },
  { name: 'an invoke with no name', body: invoke({}), expected: 400 },
  { name: 'Action.Execute with no action', body: invoke({ name: 'adaptiveCard/action', value: {} }), expected: 400 },
  { name: 'Action.Execute with a wrong action type', body: execute({ type: 'Action.OpenUrl', verb: 'ask' }), expected: 400 },
  { name: 'Action.Execute with data as a string', body: execute({ type: 'Action.Execute', verb: 'ask', data: 'DROP TABLE feedback' }), expected: 200 },
  { name: 'Action.Execute with a numeric verb', body: execute({ type: 'Action.Execute', verb: 7, data: {} }), expected: 'polite-card' },
  { name: 'Action.Submit with a numeric verb', body: activity({ type: 'message', value: { verb: 7 } }), expected: 'polite-card' },
  { name: 'Action.Submit "refine" with nonsense facts', body: activity({ type: 'message', value: { verb: 'refine', facts: { age: 'old', channel: ['x'] } } }), expected: 200 },
  { name: 'Action.Submit "ask" with no question', body: activity({ type: 'message', value: { verb: 'ask', question: { not: 'text' } } }), expected: 200 },
  { name: 'feedback with 10,000 rule ids', body: activity({ type: 'message', value: { verb: 'feedback', helpful: true, topic: 't', guidanceVersion: 'v', question: 'q', ruleIds: Array.from({ length: 10_000 }, () => 'r') } }), expected: 'polite-card' },
  { name: 'a prototype-polluting value', body: '{"type":"message","conversation":{"id":"p"},"deliveryMode":"expectReplies","value":{"__proto__":{"verb":"feedback"},"constructor":{"prototype":{"x":1}}}}', expected: 'polite-card' },
  { name: 'control characters and odd Unicode', body: activity({ type: 'message', text: '\u0000\u202e\ud83d\ude00 can I text?\u0007' }), expected: 200 },
  { name: 'a timestamp that is not a date', body: activity({ type: 'message', text: 'help', timestamp: 'yesterday-ish' }), expected: 200 },
];

describe('hostile and malformed activities', () => {
  it.each(CASES)('$name → $expected', async ({ body, expected }) => {
    const res = await bot.post(body);
    expect(res.status).toBeLessThan(500);
    if (expected === 'polite-card') {
      // A card either in the expectReplies body or as the invoke response.
      expect(res.status).toBe(200);
      expect(cardsOf(res.json).length).toBeGreaterThan(0);
    } else {
      expect(res.status).toBe(expected);
    }
    if (res.status >= 400) expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
  });

  it('names the wrong field in a 400 without echoing its value', async () => {
    const res = await bot.post(activity({ type: 'message', text: 4242424242 }));
    const message = (res.json as { error: { code: string; message: string } }).error;
    expect(message.code).toBe('invalid-activity');
    expect(message.message).toMatch(/text/);
    expect(message.message).not.toMatch(/4242424242/);
  });

  it('refuses other methods on /api/messages without a 5xx', async () => {
    const res = await fetch(`${bot.app.url}/api/messages`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('still answers a normal question afterwards', async () => {
    const res = await bot.post(activity({ type: 'message', text: 'can I text a 15 year old?' }));
    expect(res.status).toBe(200);
    expect(cardsOf(res.json).length).toBeGreaterThan(0);
  });
});

describe('an endless request body', () => {
  it('is cut off without taking the server down', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${bot.app.url}/api/messages`);
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' } });
      req.on('response', (res) => {
        resolve(`status ${res.statusCode}`);
        req.destroy();
      });
      req.on('error', () => resolve('connection closed'));
      const block = Buffer.alloc(1024 * 1024, 0x61);
      const pump = () => {
        while (req.write(block)) if (req.destroyed) return;
      };
      req.on('drain', pump);
      pump();
    });
    expect(outcome === 'connection closed' || outcome === 'status 413').toBe(true);
    const res = await bot.post(activity({ type: 'message', text: 'help' }));
    expect(res.status).toBe(200);
  });
});
