import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardsOf, cardText, startTestBot, type CardJson, type TestBot } from '../bot/support/bot-client';
import { startChannelStandIn, type ChannelStandIn } from '../bot/support/channel-standin';
import { cardProblems } from '../bot/support/validate-card';
import { findInCard } from '../support/card-search';
import { writeDirectoryFile } from '../support/org-directory';
import { team } from './support/team';

// "Awaiting my sign-off" over real HTTP: workers file through the recordings API (local identities), the manager signs off in the bot.


const sam = { id: 'local:sam', name: 'Sam Manager' };
const chris = { id: 'local:chris', name: 'Chris Head' };
const alex = { id: 'local:alex', name: 'Alex Worker' };

let bot: TestBot;
let channel: ChannelStandIn;
let clock = new Date('2026-11-16T10:00:00Z');
const refs: Record<string, string> = {};

async function file(worker: string, person: string, purpose: string): Promise<string> {
  clock = new Date(clock.getTime() + 3_600_000);
  const res = (await fetch(`${bot.app.url}/api/recordings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-user-id': worker, 'x-local-user-name': team.people.find((p) => p.id === `local:${worker}`)!.name },
    body: JSON.stringify({ kind: 'contact-recording', person: { reference: person, name: `Child ${person}` }, direction: 'outgoing', channel: 'text', otherParty: '07700 900123', messageAt: new Date(clock.getTime() - 600_000).toISOString(), content: { form: 'transcript', text: 'See you Tuesday at 4.' }, purpose, harmOrRisk: false }),
  }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { reference?: string; id?: string; record?: { id: string } }).record?.id ?? '';
}

async function post(fields: Record<string, unknown>): Promise<CardJson> {
  const res = await bot.post(activity(fields));
  expect(res.status).toBe(200);
  return cardsOf(res.json)[0]!;
}

const act = (from: { id: string; name: string }, verb: string, data: Record<string, unknown>) =>
  post({ type: 'invoke', name: 'adaptiveCard/action', from, value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } } } });

const headings = (card: CardJson) => findInCard(card, (o) => o.type === 'Action.Execute' && o.verb === 'sign-off-agree').map((o) => (o.data as { record: string }).record);

beforeAll(async () => {
  channel = await startChannelStandIn();
  bot = await startTestBot({ ORG_DIRECTORY: writeDirectoryFile(team) }, { now: () => clock });
  refs.alex1 = await file('alex', 'P-1', 'Arranging the next visit');
  refs.kim = await file('kim', 'P-2', 'Confirming school pick-up');
  refs.jo = await file('jo', 'P-1', 'Covering a visit');
  refs.alex2 = await file('alex', 'P-1', 'Rescheduling contact');
  await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: alex, conversation: { id: 'conv-alex', conversationType: 'personal' } }));
});
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

describe('awaiting my sign-off', () => {
  it("lists the records of the manager's staff not yet read and agreed, oldest first, each with a summary and both buttons", async () => {
    for (const r of Object.values(refs)) expect(r).toMatch(/^CR-/);
    const card = await post({ type: 'message', text: 'awaiting my sign-off', from: sam });
    expect(cardProblems(card)).toEqual([]);
    expect(headings(card)).toEqual([refs.alex1, refs.kim, refs.alex2]);
    const text = cardText(card);
    expect(text).toContain('Arranging the next visit');
    expect(text).toContain('By Alex Worker');
    expect(findInCard(card, (o) => o.type === 'Action.ShowCard' && o.title === 'Ask for an amendment')).toHaveLength(3);
  });

  it('records "read and agreed" on the file under the manager\'s name with one action, once', async () => {
    const card = await act(sam, 'sign-off-agree', { record: refs.alex1 });
    expect(cardText(card)).toContain(`${refs.alex1} read and agreed`);
    expect(headings(card)).toEqual([refs.kim, refs.alex2]);
    await act(sam, 'sign-off-agree', { record: refs.alex1 });
    const stored = (await fetch(`${bot.app.url}/api/recordings/${refs.alex1}`, { headers: { 'x-local-user-id': 'sam' } }));
    const body = (await stored.json()) as { record: { signOffs: { kind: string; by: { userId: string } }[] } };
    expect(body.record.signOffs).toEqual([expect.objectContaining({ kind: 'read-and-agreed', by: expect.objectContaining({ userId: 'local:sam' }) })]);
  });

  it('records the amendment request on the file with its date, author and reason, sends the worker the reason, and says when a worker cannot be reached', async () => {
    const before = channel.received.length;
    const card = await act(sam, 'sign-off-amend', { record: refs.alex2, reasonInput: 'reason2', reason2: 'Say who else was in the car.' });
    expect(cardText(card)).toContain(`Your request to amend ${refs.alex2} and your reason are entered on the file under your name on 16 November 2026. Alex Worker (local mode) was sent your request`);
    const sent = channel.received.slice(before);
    expect(sent.map((r) => r.path)).toEqual(['/v3/conversations/conv-alex/activities']);
    expect(cardProblems(sent[0]!.body.attachments?.[0]?.content as CardJson)).toEqual([]);
    expect(cardText(sent[0]!.body.attachments?.[0]?.content)).toContain('on 16 November 2026 asked you to amend it');
    expect(cardText(sent[0]!.body.attachments?.[0]?.content)).toContain('Say who else was in the car.');
    // On the file, under the manager who acted; the author sees it on the record as what to amend.
    const stored = (await (await fetch(`${bot.app.url}/api/recordings/${refs.alex2}`, { headers: { 'x-local-user-id': 'alex' } })).json()) as { record: { signOffs: unknown[] }; outstanding: string[] };
    expect(stored.record.signOffs).toEqual([expect.objectContaining({ kind: 'returned-for-amendment', at: clock.toISOString(), by: expect.objectContaining({ userId: 'local:sam' }), note: 'Say who else was in the car.' })]);
    expect(stored.outstanding).toContainEqual(expect.stringMatching(/^Returned for amendment by Sam Manager.*: Say who else was in the car\.$/));
    // Pressed twice: one entry, one message.
    const count = channel.received.length;
    await act(sam, 'sign-off-amend', { record: refs.alex2, reasonInput: 'reason2', reason2: 'Say who else was in the car.' });
    expect(channel.received.length).toBe(count);
    const unreachable = await act(sam, 'sign-off-amend', { record: refs.kim, reasonInput: 'reason1', reason1: 'Add the time.' });
    expect(cardText(unreachable)).toContain('Kim Worker (local mode) could not be reached');
    const empty = await act(sam, 'sign-off-amend', { record: refs.kim, reasonInput: 'reason1', reason1: '  ' });
    expect(cardText(empty)).toContain('Nothing was sent');
  });

  it('refuses anyone but the author\'s line manager, saying why, and records nothing', async () => {
    const refused = await act(chris, 'sign-off-agree', { record: refs.alex2 });
    expect(cardText(refused)).toMatch(/You cannot record this[\s\S]*Only the author's line manager can sign this record off/);
    const own = await act(alex, 'sign-off-agree', { record: refs.alex2 });
    expect(cardText(own)).toMatch(/signed off by the line manager, not by its author/);
    const ask = await act(chris, 'sign-off-amend', { record: refs.alex2, reasonInput: 'reason1', reason1: 'x' });
    expect(cardText(ask)).toMatch(/You cannot record this/);
    const list = await post({ type: 'message', text: 'awaiting my sign-off', from: sam });
    expect(headings(list)).toEqual([refs.kim, refs.alex2]);
  });
});
