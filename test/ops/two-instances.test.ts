import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardsOf, cardText } from '../bot/support/bot-client';
import { startAzurite, type Azurite } from '../support/azurite';
import { findInCard, followUpButtons } from '../support/card-search';
import { writeDirectoryFile } from '../support/org-directory';
import { team } from '../supervision/support/team';
import { startTestApp, type TestApp } from '../support/test-app';

// Two bot instances behind one messaging endpoint share conversation state and references through Azure Blob Storage
// (Azurite here): whichever instance gets a turn, the conversation carries on, and either can write to a practitioner.

interface Captured {
  path: string;
  body: { type?: string; attachments?: { contentType: string; content: { body?: unknown[] } }[] };
}

let azurite: Azurite;
let connector: Server;
let connectorUrl: string;
const captured: Captured[] = [];
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  azurite = await startAzurite();
  // A local stand-in for the Bot Connector service: what the bot sends outside an HTTP reply arrives here.
  connector = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      captured.push({ path: req.url ?? '', body: raw ? (JSON.parse(raw) as Captured['body']) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${captured.length}` }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  // The same organisation model on both instances (Sam line-manages Alex and Kim).
  const env = { BOT_STATE_CONNECTION_STRING: azurite.connectionString, BOT_STATE_CONTAINER: 'two-instances', ORG_DIRECTORY: writeDirectoryFile(team) };
  a = await startTestApp({ dirPrefix: 'instance-a-', logLevel: 'silent', env });
  // Reminders run on exactly one instance (REMINDERS=off on the other), so each reminder is sent once.
  b = await startTestApp({ dirPrefix: 'instance-b-', logLevel: 'silent', env: { ...env, REMINDERS: 'off' } });
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await new Promise<void>((resolve) => connector?.close(() => resolve()));
  await azurite?.stop();
});

const PRACTITIONER = { id: '29:alex', aadObjectId: '0c4f1f3e-5a52-4b8e-9f8e-9a1b2c3d4e5f', name: 'Alex Practitioner' };
const conversation = { id: 'a:shared-conversation-1', conversationType: 'personal', tenantId: 'tenant-1', name: 'Casey Child family' };
const turn = (fields: Record<string, unknown>) => activity({ serviceUrl: connectorUrl, conversation, from: PRACTITIONER, ...fields });
const post = (app: TestApp, body: Record<string, unknown>) => app.request('POST', '/api/messages', body);

describe('two instances sharing one conversation through Azure Blob Storage', () => {
  it('greets once when Teams sends its two install events to different instances', async () => {
    const install = await post(a, turn({ type: 'installationUpdate', action: 'add' }));
    const added = await post(b, turn({ type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] }));
    const welcomes = [...cardsOf(install.json), ...cardsOf(added.json)];
    expect(welcomes).toHaveLength(1);
    expect(cardText(welcomes[0])).toMatch(/Ask me about recording/);
  });

  it('answers the follow-up on the instance that did not get the question', async () => {
    const asked = await post(a, turn({ type: 'message', text: 'can I WhatsApp a young person?' }));
    // The practitioner picks a follow-up button (a messageBack); the choice reaches the other instance.
    const [choice] = cardsOf(asked.json).flatMap((c) => followUpButtons(c));
    expect(choice).toBeDefined();
    const followUp = await post(b, turn({ type: 'message', text: choice!.displayText, value: choice!.value }));
    expect(followUp.status).toBe(200);
    const answer = cardText(cardsOf(followUp.json)[0]);
    expect(answer).toContain(`With "${choice!.title}"`);
    expect(answer).not.toMatch(/could not read that card|something went wrong|Please correct/i);
  });

  it('sends a proactive card from the instance that did not receive the original message', async () => {
    await post(a, turn({ type: 'message', text: 'help', deliveryMode: 'normal', id: 'original-1' }));
    const before = captured.length;
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Your contact recording CR-20261120-TEST is due tomorrow.', wrap: true }] };
    expect(await b.app.sendCard(PRACTITIONER.aadObjectId, card)).toBe(true);
    const sent = captured.slice(before).filter((c) => c.path.includes(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities`));
    const proactive = sent.find((c) => JSON.stringify(c.body).includes('CR-20261120-TEST'));
    expect(proactive?.body.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // What is kept to reach them holds ids and addresses, not their name or the conversation's.
    const kept = JSON.stringify(await new BlobsStorage(azurite.connectionString, 'two-instances').read([`reference/${PRACTITIONER.aadObjectId}`]));
    expect(kept).toContain(conversation.id);
    expect(kept).not.toMatch(/Alex Practitioner|Casey Child/);
    // Someone who never talked to the bot cannot be reached, and nothing is sent.
    const count = captured.length;
    expect(await b.app.sendCard('never-talked-to-the-bot', card)).toBe(false);
    expect(captured.length).toBe(count);
  });
});

describe('reminders with two instances', () => {
  it('are checked by the one instance with REMINDERS on, and the other runs no check at all', () => {
    expect(a.app.checkReminders).toBeTypeOf('function');
    expect(b.app.checkReminders).toBeUndefined();
  });
});

describe("a manager's proactive card from the other instance", () => {
  const alex = { id: 'local:alex', name: 'Alex Worker' };
  const sam = { id: 'local:sam', name: 'Sam Manager' };
  const personal = (id: string) => ({ id, conversationType: 'personal', tenantId: 'tenant-1' });
  const decide = async (app: TestApp, supervisee: string) => {
    const form = cardsOf((await post(app, activity({ serviceUrl: connectorUrl, conversation: personal('conv-sam'), from: sam, type: 'message', text: 'record a supervision decision' }))).json)[0]!;
    const submit = findInCard(form, (o) => o.type === 'Action.Execute' && o.verb === 'supervision-submit')[0]!.data as Record<string, unknown>;
    const data = { ...submit, person: 'P-1', supervisee, supervisionDate: '2026-11-19', discussion: 'Visits after school', decision1: 'Visit on Tuesdays', reasons1: 'School finishes early', dcDiscussed: 'false', harmOrRisk: 'false' };
    const res = await post(app, activity({ serviceUrl: connectorUrl, conversation: personal('conv-sam'), from: sam, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'supervision-submit', data } } }));
    return cardText(cardsOf(res.json)[0]);
  };

  it('tells the supervisee through the instance that did not receive their first message, and says when someone cannot be reached', async () => {
    // Alex's first message reaches instance A; Sam records the decision on instance B.
    await post(a, activity({ serviceUrl: connectorUrl, conversation: personal('conv-alex'), from: alex, type: 'message', text: 'hi', deliveryMode: 'normal' }));
    const before = captured.length;
    const summary = await decide(b, 'STAFF-0043');
    expect(summary).toContain('Supervision decision recorded');
    expect(summary).toContain('was sent a card');
    const told = captured.slice(before).filter((c) => c.path.startsWith('/v3/conversations/conv-alex/activities'));
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]!.body)).toContain('A supervision decision was recorded on your case');
    // Both instances know Alex can be reached (the reminders' list is shared too).
    expect(await new BlobsStorage(azurite.connectionString, 'two-instances').read(['reference-index'])).toMatchObject({ 'reference-index': { users: expect.arrayContaining(['local:alex', 'local:sam']) } });

    // Kim never talked to the bot: the manager's card says so, and nothing is sent.
    const count = captured.length;
    const unreachable = await decide(a, 'STAFF-0044');
    expect(unreachable).toMatch(/Kim Worker could not be reached: they have not opened a chat with this bot yet/);
    expect(captured.slice(count).filter((c) => JSON.stringify(c.body).includes('A supervision decision was recorded on your case'))).toEqual([]);
  });
});
