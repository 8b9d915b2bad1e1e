import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardsOf, cardText, startTestBot, type CardJson, type TestBot } from '../bot/support/bot-client';
import { startChannelStandIn, type ChannelStandIn } from '../bot/support/channel-standin';
import { cardProblems } from '../bot/support/validate-card';
import { findInCard } from '../support/card-search';
import { writeDirectoryFile } from '../support/org-directory';
import { team } from './support/team';

// Advice outside supervision over real HTTP: Alex records it, Sam (Alex's line manager) confirms, corrects or declines.

const sam = { id: 'local:sam', name: 'Sam Manager' };
const alex = { id: 'local:alex', name: 'Alex Worker' };
const chris = { id: 'local:chris', name: 'Chris Head' };

let bot: TestBot;
let channel: ChannelStandIn;

// Each person's chat is on the stand-in channel, as it would be in Teams, so stored references stay reachable.
async function post(fields: Record<string, unknown>): Promise<CardJson> {
  const from = fields.from as { id: string };
  const res = await bot.post(activity({ serviceUrl: channel.serviceUrl, conversation: { id: `conv-${from.id.slice('local:'.length)}`, conversationType: 'personal' }, ...fields }));
  expect(res.status).toBe(200);
  return cardsOf(res.json)[0]!;
}
const act = (from: { id: string; name: string }, verb: string, data: Record<string, unknown>) =>
  post({ type: 'invoke', name: 'adaptiveCard/action', from, value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } } } });
const cardIdOf = (card: CardJson) => (findInCard(card, (o) => o.type === 'Action.Execute' && o.verb === 'advice-submit')[0]?.data as { cardId: string }).cardId;
const ADVICE = { person: 'P-1', adviceDate: '2026-11-19', context: 'Whether to tell school about the move', advice: 'Tell the designated safeguarding lead today', reasons: 'School needs to know who collects him' };
const sentTo = (conv: string, from: number) => channel.received.slice(from).filter((r) => r.path === `/v3/conversations/${conv}/activities`);

async function recordAdvice(overrides: Record<string, string> = {}): Promise<string> {
  const form = await post({ type: 'message', text: 'record advice from my manager', from: alex });
  const done = await act(alex, 'advice-submit', { cardId: cardIdOf(form), ...ADVICE, ...overrides });
  return /SD-[A-Z0-9-]+/.exec(cardText(done))![0];
}

beforeAll(async () => {
  channel = await startChannelStandIn();
  bot = await startTestBot({ ORG_DIRECTORY: writeDirectoryFile(team) }, { now: () => new Date('2026-11-20T11:00:00Z') });
  for (const [who, conv] of [[alex, 'conv-alex'], [sam, 'conv-sam']] as const) {
    await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: who, conversation: { id: conv, conversationType: 'personal' } }));
  }
});
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

describe('advice outside supervision', () => {
  it('is recorded by the worker, sent to their line manager, confirmed with its date, and the worker is told', async () => {
    const form = await post({ type: 'message', text: 'record advice from my manager', from: alex });
    expect(cardProblems(form)).toEqual([]);
    expect(cardText(form)).toContain('Record and send to Sam Manager');
    const before = channel.received.length;
    const done = await act(alex, 'advice-submit', { cardId: cardIdOf(form), ...ADVICE });
    const reference = /SD-[A-Z0-9-]+/.exec(cardText(done))![0];
    expect(cardText(done)).toContain('Sam Manager was sent it to confirm');
    const toSam = sentTo('conv-sam', before);
    expect(toSam).toHaveLength(1);
    const confirmCard = toSam[0]!.body.attachments![0]!.content as CardJson;
    expect(cardProblems(confirmCard)).toEqual([]);
    expect(cardText(confirmCard)).toContain('Tell the designated safeguarding lead today');

    const confirmed = await act(sam, 'advice-confirm', { record: reference });
    expect(cardText(confirmed)).toContain(`${reference} confirmed on 20 November 2026`);
    const toAlex = sentTo('conv-alex', before);
    expect(toAlex).toHaveLength(1);
    expect(cardText(toAlex[0]!.body.attachments![0]!.content)).toContain(`Sam Manager confirmed the advice recorded in ${reference}`);
    const stored = (await (await fetch(`${bot.app.url}/api/recordings/${reference}`, { headers: { 'x-local-user-id': 'sam' } })).json()) as { record: { author: { userId: string }; details: { setting: string }; signOffs: { kind: string; at: string; by: { userId: string } }[] }; outstanding: string[] };
    expect(stored.record.author.userId).toBe('local:alex');
    expect(stored.record.details.setting).toBe('advice-outside-supervision');
    expect(stored.record.signOffs).toEqual([expect.objectContaining({ kind: 'advice-confirmed', at: '2026-11-20T11:00:00.000Z', by: expect.objectContaining({ userId: 'local:sam' }) })]);
    expect(stored.outstanding.join(' ')).not.toMatch(/Advice given outside formal supervision awaits/);
  });

  it('records a correction with the confirmation, and a decline on the file with its date, author and reason, tells the worker why and leaves the advice unconfirmed', async () => {
    const corrected = await recordAdvice({ advice: 'Tell school tomorrow' });
    const card = await act(sam, 'advice-confirm', { record: corrected, correction: 'Tell school today, not tomorrow.' });
    expect(cardText(card)).toContain('confirmed with your correction');
    const stored = (await (await fetch(`${bot.app.url}/api/recordings/${corrected}`, { headers: { 'x-local-user-id': 'sam' } })).json()) as { record: { signOffs: { note?: string }[] } };
    expect(stored.record.signOffs[0]!.note).toBe('Confirmed with a correction: Tell school today, not tomorrow.');

    const declined = await recordAdvice({ advice: 'Skip the visit' });
    const before = channel.received.length;
    const decline = await act(sam, 'advice-decline', { record: declined, declineReason: 'I did not advise that.' });
    expect(cardText(decline)).toContain(`Your decline of ${declined} and your reason are entered on the file under your name on 20 November 2026; the advice stays unconfirmed. Alex Worker was sent your reason.`);
    const toAlex = sentTo('conv-alex', before);
    expect(toAlex).toHaveLength(1);
    expect(cardText(toAlex[0]!.body.attachments![0]!.content)).toContain(`Sam Manager did not confirm the advice recorded in ${declined} (P-1) on 20 November 2026: I did not advise that.`);
    const after = (await (await fetch(`${bot.app.url}/api/recordings/${declined}`, { headers: { 'x-local-user-id': 'alex' } })).json()) as { record: { signOffs: unknown[] }; outstanding: string[] };
    // On the file: who declined (the manager who acted), when, and why; the worker sees it on their record.
    expect(after.record.signOffs).toEqual([expect.objectContaining({ kind: 'advice-declined', at: '2026-11-20T11:00:00.000Z', by: expect.objectContaining({ userId: 'local:sam', name: 'Sam Manager' }), note: 'I did not advise that.' })]);
    expect(after.outstanding).toContain('Advice not confirmed by Sam Manager: I did not advise that.');
    // The same decline pressed again: one entry on the file, no second message.
    const count = channel.received.length;
    await act(sam, 'advice-decline', { record: declined, declineReason: 'I did not advise that.' });
    expect(channel.received.length).toBe(count);
    const again = (await (await fetch(`${bot.app.url}/api/recordings/${declined}`, { headers: { 'x-local-user-id': 'sam' } })).json()) as { record: { signOffs: unknown[] } };
    expect(again.record.signOffs).toHaveLength(1);
  });

  it('refuses anyone but the line manager, and returns the form with what was typed when a field is missing', async () => {
    const reference = await recordAdvice({ advice: 'Another piece of advice' });
    const refused = await act(chris, 'advice-confirm', { record: reference });
    expect(cardText(refused)).toMatch(/You cannot record this[\s\S]*Only the author's line manager can confirm this advice/);
    const self = await act(alex, 'advice-confirm', { record: reference });
    expect(cardText(self)).toMatch(/You cannot record this/);
    const form = await post({ type: 'message', text: 'record advice from my manager', from: alex });
    const back = await act(alex, 'advice-submit', { cardId: cardIdOf(form), ...ADVICE, reasons: '', adviceDate: '2026-12-25' });
    expect(cardText(back)).toContain('Give the reasons for the advice');
    const inputs = Object.fromEntries(findInCard(back, (o) => typeof o.id === 'string').map((o) => [o.id, o.value]));
    expect(inputs).toMatchObject({ person: 'P-1', advice: ADVICE.advice, context: ADVICE.context });
    const future = await act(alex, 'advice-submit', { cardId: cardIdOf(form), ...ADVICE, adviceDate: '2026-12-25' });
    expect(cardText(future)).toMatch(/in the future/);
  });
});
