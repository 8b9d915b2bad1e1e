import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardText, startTestBot, type TestBot } from './support/bot-client';

// Without expectReplies the adapter posts replies to the channel's serviceUrl, as it does in Teams; a local server stands in for the channel.
let bot: TestBot;
let channel: Server;
let serviceUrl = '';
const received: { path: string; body: { type: string; replyToId?: string; attachments?: { content: unknown }[] } }[] = [];

beforeAll(async () => {
  channel = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body) as (typeof received)[number]['body'] });
      // restify patches http.ServerResponse in this process, so no chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((r) => channel.listen(0, '127.0.0.1', () => r()));
  serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`;
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.stop();
  channel.closeAllConnections();
  await new Promise((r) => channel.close(r));
});

describe('replies to the channel', () => {
  it('posts the answer card to the conversation on the serviceUrl', async () => {
    const res = await bot.post(
      activity({ type: 'message', text: 'help', deliveryMode: 'normal', serviceUrl, id: 'incoming-7', conversation: { id: 'conv-channel' } }),
    );
    expect(res.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe('/v3/conversations/conv-channel/activities/incoming-7');
    expect(received[0]!.body.replyToId).toBe('incoming-7');
    expect(cardText(received[0]!.body.attachments?.[0]?.content).length).toBeGreaterThan(0);
  });
});

describe('replies in local mode stay on this machine', () => {
  it.each(['http://10.0.0.5/', 'https://smba.trafficmanager.net/teams/', 'file:///etc/passwd', 'not a url'])(
    'refuses an activity whose serviceUrl is %s, and posts nothing',
    async (remote) => {
      const before = received.length;
      const res = await bot.post(activity({ type: 'message', text: 'help', deliveryMode: 'normal', serviceUrl: remote, conversation: { id: 'conv-remote' } }));
      expect(res.status).toBe(400);
      expect(res.text).toContain('service-url-not-local');
      expect(received.length).toBe(before);
    },
  );
});
