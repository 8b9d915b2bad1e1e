import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/bot/adapter/conversation-store';
import { embeddedStorage } from '../../src/bot/adapter/embedded-storage';
import { openDatabase } from '../../src/store/database';
import { activity, startTestBot, type TestBot } from './support/bot-client';
import { startChannelStandIn, type ChannelStandIn } from './support/channel-standin';

// The one conversation-reference store, embedded: what is kept, who is listed, and references kept before it existed.

describe('conversation references in the embedded store', () => {
  it('keeps ids and addresses per person, lists everyone reachable, and carries over references kept by the older table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'references-'));
    try {
      const file = join(dir, 'companion.sqlite');
      const old = openDatabase(file);
      old.exec('CREATE TABLE conversation_references (user_id TEXT PRIMARY KEY, reference TEXT NOT NULL, saved_at TEXT NOT NULL)');
      old.prepare('INSERT INTO conversation_references VALUES (?, ?, ?)').run('local:sam', JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: 'conv-sam' }), '2026-11-01T00:00:00Z');
      old.close();
      const db = openDatabase(file);
      const store = new ConversationStore(embeddedStorage(db));
      expect(await store.get('local:sam')).toEqual({ serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: 'conv-sam' });
      await store.save('local:alex', { serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: 'conv-alex', botId: 'bot-1', tenantId: 't-1', ...({ name: 'Casey Child family' } as object) });
      expect(await store.get('local:alex')).toEqual({ serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: 'conv-alex', botId: 'bot-1', tenantId: 't-1' });
      expect(await store.users()).toEqual(['local:alex', 'local:sam']);
      expect(await store.get('never-talked')).toBeUndefined();
      expect(JSON.stringify(db.prepare('SELECT * FROM bot_state').all())).not.toContain('Casey');
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'conversation_references'`).get()).toBeUndefined();
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('many people talking to the bot for the first time at once', () => {
  it('lists every one of them for reminders, with no write lost to another', async () => {
    const db = openDatabase(':memory:');
    const store = new ConversationStore(embeddedStorage(db));
    const people = Array.from({ length: 25 }, (_, i) => `local:person-${String(i).padStart(2, '0')}`);
    await Promise.all(people.map((p, i) => store.save(p, { serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: `conv-${i}` })));
    // A second wave while the first is still being listed, as a busy morning brings.
    const more = ['local:late-1', 'local:late-2'];
    await Promise.all([...more.map((p) => store.save(p, { serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: p })), store.save(people[0]!, { serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', conversationId: 'conv-new' })]);
    expect(await store.users()).toEqual([...more, ...people].sort());
    db.close();
  });
});

describe('which conversations are kept (over HTTP)', () => {
  let bot: TestBot;
  let channel: ChannelStandIn;
  beforeAll(async () => {
    channel = await startChannelStandIn();
    bot = await startTestBot();
  });
  afterAll(async () => {
    await bot.stop();
    await channel.stop();
  });

  it('keeps a personal chat to bring the person cards later, never a group chat or channel where others read them', async () => {
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'A sign-off is waiting.', wrap: true }] };
    await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: { id: 'local:kim', name: 'Kim' }, conversation: { id: 'team-chat', conversationType: 'groupChat' } }));
    expect(await bot.app.sendCard('local:kim', card)).toBe(false);
    await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: { id: 'local:kim', name: 'Kim' }, conversation: { id: 'kim-chat', conversationType: 'personal' } }));
    const before = channel.received.length;
    expect(await bot.app.sendCard('local:kim', card)).toBe(true);
    expect(channel.received.slice(before).map((r) => r.path)).toEqual(['/v3/conversations/kim-chat/activities']);
  });

  it('keeps it from turns with no answer too: installing the bot, an invoke the bot does not handle', async () => {
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'A decision was logged.', wrap: true }] };
    // An answered turn writes it with the answer's audit entry; these turns have no audit entry and write it on their own.
    await bot.post(activity({ type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }], deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: { id: 'local:lee', name: 'Lee' }, conversation: { id: 'lee-chat', conversationType: 'personal' } }));
    await bot.post(activity({ type: 'invoke', name: 'no/such-invoke', serviceUrl: channel.serviceUrl, from: { id: 'local:ash', name: 'Ash' }, conversation: { id: 'ash-chat', conversationType: 'personal' } }));
    const before = channel.received.length;
    expect(await bot.app.sendCard('local:lee', card)).toBe(true);
    expect(await bot.app.sendCard('local:ash', card)).toBe(true);
    expect(channel.received.slice(before).map((r) => r.path)).toEqual(['/v3/conversations/lee-chat/activities', '/v3/conversations/ash-chat/activities']);
  });
});
