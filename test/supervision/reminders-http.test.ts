import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { activity, cardText, type CardJson } from '../bot/support/bot-client';
import { startChannelStandIn, type ChannelStandIn } from '../bot/support/channel-standin';
import { cardProblems } from '../bot/support/validate-card';
import { writeDirectoryFile } from '../support/org-directory';
import { team } from './support/team';

// Reminders over real HTTP: Alex files a recording through the recordings API and talks to the bot; once the deadline
// has passed, one reminder card reaches Alex through the stand-in Bot Connector, once, even after a restart.

const alex = { id: 'local:alex', name: 'Alex Worker' };
const sam = { id: 'local:sam', name: 'Sam Manager' };

let channel: ChannelStandIn;
let app: RunningApp;
let dataDir: string;
let clock = new Date('2026-11-16T10:00:00Z');
let reference = '';
const directory = writeDirectoryFile(team);

const start = () => startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ORG_DIRECTORY: directory }), { now: () => clock });

async function say(from: { id: string; name: string }, conversation: string): Promise<void> {
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from, conversation: { id: conversation, conversationType: 'personal' } })),
  });
  expect(res.status).toBe(200);
}

/** Which conversation each card went to (a proactive card may answer the last activity there). */
const conversationOf = (path: string) => path.split('/').slice(0, 4).join('/');
const cards = (from: number) => channel.received.slice(from).filter((r) => r.body.attachments?.length);

beforeAll(async () => {
  channel = await startChannelStandIn();
  dataDir = mkdtempSync(join(tmpdir(), 'reminders-test-'));
  app = await start();
  const res = await fetch(`${app.url}/api/recordings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-user-id': 'alex', 'x-local-user-name': alex.name },
    body: JSON.stringify({ kind: 'contact-recording', person: { reference: 'P-1', name: 'Child P-1' }, direction: 'outgoing', channel: 'text', otherParty: '07700 900123', messageAt: '2026-11-16T09:50:00Z', content: { form: 'transcript', text: 'See you Tuesday at 4.' }, purpose: 'Arranging the next visit', harmOrRisk: false }),
  });
  expect(res.status).toBe(201);
  reference = ((await res.json()) as { record: { id: string; deadline: { due: string } } }).record.id;
  await say(alex, 'conv-alex');
});
afterAll(async () => {
  await app?.close();
  await channel.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('reminders', () => {
  it('sends nothing while the recording is not yet due', async () => {
    const before = channel.received.length;
    expect(await app.checkReminders!()).toEqual({ sent: 0, unreachable: 0 });
    expect(cards(before)).toEqual([]);
  });

  it('sends the author exactly one card once the deadline has passed, and nothing more on a second run', async () => {
    clock = new Date('2026-11-24T10:00:00Z');
    const before = channel.received.length;
    const first = await app.checkReminders!();
    const sent = cards(before);
    expect(sent.map((r) => conversationOf(r.path))).toEqual(['/v3/conversations/conv-alex']);
    const card = sent[0]!.body.attachments![0]!.content as CardJson;
    expect(cardProblems(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('A recording is overdue');
    expect(text).toContain(reference);
    expect(text).toContain('was due on 23 November 2026');
    expect(text).not.toContain('Child P-1');
    expect(text).not.toContain('07700');
    expect(first).toEqual({ sent: 1, unreachable: 1 }); // Sam, Alex's line manager, has not talked to the bot yet
    expect(await app.checkReminders!()).toEqual({ sent: 0, unreachable: first.unreachable });
    expect(cards(before)).toHaveLength(1);
  });

  it('sends the line manager the outstanding sign-off once they can be reached, and nothing twice after a restart', async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    const before = channel.received.length;
    expect(await app.checkReminders!()).toEqual({ sent: 0, unreachable: 1 });
    expect(cards(before)).toEqual([]);
    await say(sam, 'conv-sam');
    const afterHello = channel.received.length;
    expect(await app.checkReminders!()).toEqual({ sent: 1, unreachable: 0 });
    const sent = cards(afterHello);
    expect(sent.map((r) => conversationOf(r.path))).toEqual(['/v3/conversations/conv-sam']);
    expect(cardText(sent[0]!.body.attachments![0]!.content as CardJson)).toContain(`record ${reference} has waited for your "read and agreed" for more than 5 working days`);
    await app.close();
    app = await start();
    expect(await app.checkReminders!()).toEqual({ sent: 0, unreachable: 0 });
    expect(cards(afterHello)).toHaveLength(1);
  });
});

describe('an instance with REMINDERS=off', () => {
  it('runs no reminder check, at start-up or later, while the instance with it on sends the overdue card once', async () => {
    // A second data directory with its own overdue recording: the instance started with REMINDERS=off is given it first.
    const otherDir = mkdtempSync(join(tmpdir(), 'reminders-off-test-'));
    const config = (reminders: string) => loadConfig({ PORT: '0', DATA_DIR: otherDir, LOG_LEVEL: 'warn', ORG_DIRECTORY: directory, REMINDERS: reminders });
    let off: RunningApp | undefined = await startApp(config('off'), { now: () => clock });
    let on: RunningApp | undefined;
    try {
      const filed = await fetch(`${off.url}/api/recordings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-local-user-id': 'alex', 'x-local-user-name': alex.name },
        body: JSON.stringify({ kind: 'contact-recording', person: { reference: 'P-2', name: 'Child P-2' }, direction: 'outgoing', channel: 'text', otherParty: '07700 900124', messageAt: '2026-11-02T09:50:00Z', content: { form: 'transcript', text: 'See you Monday.' }, purpose: 'Arranging a visit', harmOrRisk: false }),
      });
      expect(filed.status).toBe(201);
      const said = await fetch(`${off.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: alex, conversation: { id: 'conv-alex-2', conversationType: 'personal' } })),
      });
      expect(said.status).toBe(200);
      const before = channel.received.length;
      expect(off.checkReminders).toBeUndefined();
      // Restarted with it still off (a start-up check would run now): nothing reaches Alex.
      await off.close();
      off = await startApp(config('off'), { now: () => clock });
      expect(off.checkReminders).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(cards(before)).toEqual([]);
      await off.close();
      off = undefined;
      // The instance with it on sends the overdue card, once.
      on = await startApp(config('on'), { now: () => clock });
      await on.checkReminders!();
      const sent = cards(before).filter((r) => r.path.startsWith('/v3/conversations/conv-alex-2'));
      expect(sent).toHaveLength(1);
      expect(cardText(sent[0]!.body.attachments![0]!.content as CardJson)).toContain('A recording is overdue');
      expect(await on.checkReminders!()).toMatchObject({ sent: 0 });
    } finally {
      await off?.close();
      await on?.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
