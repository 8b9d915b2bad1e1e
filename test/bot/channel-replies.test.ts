import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardText, startTestBot, type TestBot } from './support/bot-client';

// Without expectReplies the adapter posts replies to the channel's serviceUrl, as it does in Teams; a local server stands in for the channel.
type Received = { path: string; body: { type: string; replyToId?: string; attachments?: { content: unknown }[] } };

interface Channel {
  server: Server;
  serviceUrl: string;
  received: Received[];
}

async function startChannel(): Promise<Channel> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body) as Received['body'] });
      // restify patches http.ServerResponse in this process, so no chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

let bot: TestBot;
let channel: Channel;
let otherChannel: Channel;
let serviceUrl = '';
let received: Received[] = [];

beforeAll(async () => {
  channel = await startChannel();
  otherChannel = await startChannel();
  ({ serviceUrl, received } = channel);
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.stop();
  for (const c of [channel, otherChannel]) {
    c.server.closeAllConnections();
    await new Promise((r) => c.server.close(r));
  }
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

describe('replies with two channels', () => {
  it('sends each reply to the serviceUrl of the activity it answers, turn after turn', async () => {
    const before = [channel.received.length, otherChannel.received.length];
    for (const [i, c] of [channel, otherChannel, channel, otherChannel].entries()) {
      const res = await bot.post(activity({ type: 'message', text: 'help', deliveryMode: 'normal', serviceUrl: c.serviceUrl, id: `turn-${i}`, conversation: { id: `conv-${i}` } }));
      expect(res.status).toBe(200);
    }
    expect(channel.received.slice(before[0]).map((r) => r.path)).toEqual(['/v3/conversations/conv-0/activities/turn-0', '/v3/conversations/conv-2/activities/turn-2']);
    expect(otherChannel.received.slice(before[1]).map((r) => r.path)).toEqual(['/v3/conversations/conv-1/activities/turn-1', '/v3/conversations/conv-3/activities/turn-3']);
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
