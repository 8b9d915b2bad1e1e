import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/recording/errors';
import { openSqliteRecordStore } from '../../src/recording/sqlite-store';
import type { RecordStore } from '../../src/recording/store';
import { activity, cardsOf, cardText, startTestBot, type CardJson, type TestBot } from '../bot/support/bot-client';
import { startChannelStandIn, type ChannelStandIn } from '../bot/support/channel-standin';
import { cardProblems } from '../bot/support/validate-card';
import { ALLOCATED_PERSON, AUTHOR_STAFF_FILE, PEOPLE, writeDirectoryFile } from '../support/org-directory';
import { findInCard } from '../support/card-search';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A line manager records a supervision decision from the card over real HTTP; the Bot Connector is a local stand-in.

type From = { id: string; aadObjectId: string; name: string };
const manager: From = { id: 'teams-user-sam', aadObjectId: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name };
const supervisee = { id: 'teams-user-author', aadObjectId: PEOPLE.author.id, name: PEOPLE.author.name };
const teammate = { id: 'teams-user-tess', aadObjectId: PEOPLE.sameTeam.id, name: PEOPLE.sameTeam.name };
const head = { id: 'teams-user-hana', aadObjectId: PEOPLE.headOfService.id, name: PEOPLE.headOfService.name };

let bot: TestBot;
let channel: ChannelStandIn;
let store: RecordStore;
/** Set to make the next create fail as an unreachable store would. */
let failNextCreate = false;

beforeAll(async () => {
  channel = await startChannelStandIn();
  const base = openSqliteRecordStore(mkdtempSync(join(tmpdir(), 'supervision-store-')));
  store = new Proxy(base, {
    get(target, key, receiver) {
      if (key === 'create' && failNextCreate) {
        failNextCreate = false;
        return async () => {
          throw new StoreUnavailableError();
        };
      }
      const v = Reflect.get(target, key, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  bot = await startTestBot({ ORG_DIRECTORY: writeDirectoryFile() }, { recordings: { store }, now: () => new Date('2026-11-20T15:00:00Z') });
  // The supervisee has talked to the bot before, so it holds a reference to their personal chat.
  await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: supervisee, conversation: { id: 'conv-supervisee', conversationType: 'personal' } }));
});
afterAll(async () => {
  await bot.stop();
  await channel.stop();
});

const submitOf = (card: CardJson) => findInCard(card, (o) => o.type === 'Action.Execute' && o.verb === 'supervision-submit')[0]?.data as Record<string, unknown>;
const inputsOf = (card: CardJson) => Object.fromEntries(findInCard(card, (o) => typeof o.type === 'string' && o.type.startsWith('Input.')).map((i) => [i.id as string, i]));

async function openForm(from: From = manager, text = 'record a supervision decision'): Promise<CardJson> {
  const res = await bot.post(activity({ type: 'message', text, from }));
  expect(res.status).toBe(200);
  return cardsOf(res.json)[0]!;
}

const FILLED = {
  person: ALLOCATED_PERSON,
  supervisee: AUTHOR_STAFF_FILE,
  supervisionDate: '2026-11-19',
  othersPresent: 'Jo Smith (senior practitioner)',
  discussion: 'Contact with the young person after school hours; mum asked for texts.',
  decision1: 'Texts to the young person from the work mobile only',
  reasons1: 'He answers texts but not calls; risk assessed with mum present',
  action1: 'Update the risk assessment',
  owner1: PEOPLE.author.name,
  due1: '2026-11-27',
  dcDiscussed: 'true',
  dcRiskAssessed: 'true',
  dcChannel: 'text',
  dcPurpose: 'Arranging visits',
  dcConsent: 'Mum agreed in the meeting; noted in the visit record',
  dcReview: '2027-02-19',
  harmOrRisk: 'false',
};

async function execute(data: Record<string, unknown>, from: From = manager) {
  const res = await bot.post(activity({ type: 'invoke', name: 'adaptiveCard/action', from, value: { action: { type: 'Action.Execute', verb: 'supervision-submit', data } } }));
  expect(res.status).toBe(200);
  return cardsOf(res.json)[0]!;
}

const referenceOn = (card: CardJson) => /SD-[A-Z0-9-]+/.exec(cardText(card))?.[0];
const principal = { userId: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name, tenantId: 'local' };

describe('the supervision decision card', () => {
  it('opens from the typed request and from the welcome card, valid Adaptive Card 1.5 offering only what the manager may choose', async () => {
    for (const text of ['record a supervision decision', 'Log supervision decisions', 'new supervision decision']) {
      const card = await openForm(manager, text);
      expect(card.version).toBe('1.5');
      expect(cardProblems(card)).toEqual([]);
      const inputs = inputsOf(card);
      expect((inputs.person!.choices as { value: string }[]).map((c) => c.value)).toEqual([ALLOCATED_PERSON]);
      expect((inputs.supervisee!.choices as { value: string }[]).map((c) => c.value).sort()).toEqual([AUTHOR_STAFF_FILE, 'STAFF-0043']);
      expect(inputs.supervisionDate!.isRequired).toBe(true);
      expect(inputs.decision1!.isRequired).toBe(true);
      expect(typeof inputs.discussion!.regex).toBe('string');
    }
    const welcome = cardsOf((await bot.post(activity({ type: 'message', text: 'help', from: manager }))).json)[0]!;
    const button = findInCard(welcome, (o) => o.type === 'Action.Execute' && o.verb === 'supervision-open')[0]!;
    const res = await bot.post(activity({ type: 'invoke', name: 'adaptiveCard/action', from: manager, value: { action: { type: 'Action.Execute', verb: 'supervision-open', data: button.data } } }));
    expect(cardText(cardsOf(res.json)[0])).toContain('Record a supervision decision');
    // A question about supervision decisions is still answered from the guidance, not with the form.
    const question = await openForm(manager, 'how long do I have to record a supervision decision?');
    expect(submitOf(question)).toBeUndefined();
  });

  it('records the decision once on the person\'s record and the supervision file, turns the card into a summary and tells the supervisee once', async () => {
    const form = await openForm();
    const data = { ...submitOf(form), ...FILLED };
    const before = channel.received.length;
    const summary = await execute(data);
    const reference = referenceOn(summary);
    expect(reference).toBeDefined();
    expect(cardProblems(summary)).toEqual([]);
    expect(cardText(summary)).toContain('Supervision decision recorded');
    expect(cardText(summary)).toContain('was sent a card');
    expect(findInCard(summary, (o) => typeof o.type === 'string' && (o.type.startsWith('Input.') || o.type.startsWith('Action.')))).toEqual([]);

    const onPerson = await store.list(principal, { person: ALLOCATED_PERSON });
    const onFile = await store.list(principal, { supervisionFile: AUTHOR_STAFF_FILE });
    expect(onPerson.map((r) => r.id)).toEqual([reference]);
    expect(onFile.map((r) => r.id)).toEqual([reference]);
    const record = onPerson[0]!;
    expect(record.author.userId).toBe(PEOPLE.lineManager.id);
    expect(record.details).toMatchObject({ kind: 'supervision-decision', supervisionDate: '2026-11-19', supervisee: { reference: AUTHOR_STAFF_FILE }, othersPresent: [{ name: 'Jo Smith', role: 'senior practitioner' }], digitalContact: { discussed: true, riskAssessed: true, channel: 'text', reviewDate: '2027-02-19' } });

    const told = channel.received.slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]!.path).toBe('/v3/conversations/conv-supervisee/activities');
    const notice = told[0]!.body.attachments?.[0]?.content;
    expect(cardText(notice)).toContain('A supervision decision was recorded on your case');
    expect(cardText(notice)).toContain(reference);

    // The same card submitted again: the same record, no second record, no second message.
    const again = await execute(data);
    expect(referenceOn(again)).toBe(reference);
    expect(await store.list(principal, { person: ALLOCATED_PERSON })).toHaveLength(1);
    expect(channel.received.length).toBe(before + 1);
  });

  it('says on the manager\'s card when the supervisee has never talked to the bot and could not be told', async () => {
    const form = await openForm();
    const before = channel.received.length;
    const summary = await execute({ ...submitOf(form), ...FILLED, supervisee: 'STAFF-0043', owner1: PEOPLE.sameTeam.name });
    expect(cardText(summary)).toMatch(/Tess Teammate could not be reached: they have not opened a chat with this bot yet/);
    expect(channel.received.length).toBe(before);
  });

  it('updates the card in place when the button arrives as an Action.Submit message', async () => {
    const form = await openForm();
    const before = channel.received.length;
    const res = await bot.post(
      activity({ type: 'message', from: manager, deliveryMode: 'normal', serviceUrl: channel.serviceUrl, replyToId: 'card-activity-9', conversation: { id: 'conv-manager', conversationType: 'personal' }, value: { ...submitOf(form), ...FILLED, decision1: 'A second decision' } }),
    );
    expect(res.status).toBe(200);
    const sent = channel.received.slice(before);
    const update = sent.find((r) => r.method === 'PUT');
    expect(update?.path).toBe('/v3/conversations/conv-manager/activities/card-activity-9');
    expect(cardText(update?.body.attachments?.[0]?.content)).toContain('Supervision decision recorded');
    expect(sent.filter((r) => r.path === '/v3/conversations/conv-supervisee/activities')).toHaveLength(1);
  });

  it('returns the card with everything typed and the message beside the field when the server finds an error', async () => {
    const form = await openForm();
    const count = (await store.list(principal, { person: ALLOCATED_PERSON })).length;
    const card = await execute({ ...submitOf(form), ...FILLED, supervisionDate: '2026-12-01', reasons1: '' });
    expect(cardProblems(card)).toEqual([]);
    const inputs = inputsOf(card);
    expect(inputs.discussion!.value).toBe(FILLED.discussion);
    expect(inputs.decision1!.value).toBe(FILLED.decision1);
    expect(inputs.dcConsent!.value).toBe(FILLED.dcConsent);
    expect(inputs.person!.value).toBe(ALLOCATED_PERSON);
    const text = cardText(card);
    expect(text).toMatch(/Give the reasons for this decision/);
    // Each message sits right after its input.
    const body = JSON.stringify(card);
    expect(body.indexOf('Give the reasons for this decision: the policy')).toBeGreaterThan(body.indexOf('"id":"reasons1"'));
    expect(body.indexOf('Give the reasons for this decision: the policy')).toBeLessThan(body.indexOf('"id":"decision2"'));
    // The future date is only caught by the recording service: fix the reasons, and the date comes back with its message.
    const second = await execute({ ...submitOf(card), ...FILLED, supervisionDate: '2026-12-01' });
    expect(cardText(second)).toMatch(/date of the supervision is in the future/);
    expect(inputsOf(second).supervisionDate!.value).toBe('2026-12-01');
    expect(await store.list(principal, { person: ALLOCATED_PERSON })).toHaveLength(count);
  });

  it('returns the card with everything typed when the record store does not answer, and records on the next try', async () => {
    const form = await openForm();
    const count = (await store.list(principal, { person: ALLOCATED_PERSON })).length;
    failNextCreate = true;
    const card = await execute({ ...submitOf(form), ...FILLED, decision1: 'Store down decision' });
    expect(cardText(card)).toMatch(/nothing was saved/i);
    expect(inputsOf(card).decision1!.value).toBe('Store down decision');
    expect(inputsOf(card).discussion!.value).toBe(FILLED.discussion);
    expect(await store.list(principal, { person: ALLOCATED_PERSON })).toHaveLength(count);
    const retried = await execute({ ...submitOf(card), ...FILLED, decision1: 'Store down decision' });
    expect(referenceOn(retried)).toBeDefined();
  });

  it('refuses someone who is not the line manager, saying why, and records nothing', async () => {
    const count = (await store.list(principal, { supervisionFile: AUTHOR_STAFF_FILE })).length;
    const teammateCard = await openForm(teammate);
    expect(cardText(teammateCard)).toMatch(/You cannot record this[\s\S]*names no one you line-manage/);
    const form = await openForm(head);
    const refusal = await execute({ ...submitOf(form), ...FILLED }, head);
    expect(cardText(refusal)).toMatch(/Only the supervisee's line manager/);
    const notListed = await execute({ ...submitOf(form), ...FILLED }, teammate);
    expect(cardText(notListed)).toMatch(/You cannot record this/);
    expect(await store.list(principal, { supervisionFile: AUTHOR_STAFF_FILE })).toHaveLength(count);
  });
});

describe('the digital contact register on answers', () => {
  it('shows the approval and its review date on a "can I text" answer naming the record, says when it has expired, and tells the line manager about a work number', async () => {
    const old = await openForm();
    await execute({ ...submitOf(old), ...FILLED, supervisionDate: '2026-01-12', decision1: 'WhatsApp with mum for appointments', dcChannel: 'whatsapp', dcAccount: 'work mobile 07700 900456', dcReview: '2026-06-01' });
    const res = await bot.post(activity({ type: 'message', text: `can I text ${ALLOCATED_PERSON} about Tuesday's visit?`, from: supervisee }));
    const cards = cardsOf(res.json);
    expect(cards.length).toBeGreaterThan(1);
    const register = cards.map(cardText).find((t) => t.includes('Digital contact register'))!;
    expect(register).toMatch(/Text message \(SMS\) for Arranging visits approved by Sam Manager on 19 November 2026 \(SD-[A-Z0-9-]+\)\. Consent: Mum agreed in the meeting; noted in the visit record\. Review by 19 February 2027\./);
    expect(register).toMatch(/WhatsApp \(work mobile 07700 900456\)[\s\S]*review date, 1 June 2026, has passed: the approval has expired/);
    for (const c of cards) expect(cardProblems(c)).toEqual([]);

    // Someone outside the team asking about the same record is told nothing about it.
    const outsider = cardsOf((await bot.post(activity({ type: 'message', text: `can I text ${ALLOCATED_PERSON}?`, from: { id: 'x', aadObjectId: PEOPLE.otherTeam.id, name: PEOPLE.otherTeam.name } }))).json);
    expect(outsider.map(cardText).join('\n')).not.toContain('Digital contact register');

    // Giving out a work number: the line manager is told (Pan Dorset 1.3).
    await bot.post(activity({ type: 'message', text: 'hi', deliveryMode: 'normal', serviceUrl: channel.serviceUrl, from: manager, conversation: { id: 'conv-manager-chat', conversationType: 'personal' } }));
    const before = channel.received.length;
    const worker = cardsOf((await bot.post(activity({ type: 'message', text: `I am giving my work mobile number to ${ALLOCATED_PERSON} so he can text me`, from: supervisee }))).json);
    expect(worker.map(cardText).join('\n')).toContain('Sam Manager was told');
    const toManager = channel.received.slice(before).filter((r) => r.path === '/v3/conversations/conv-manager-chat/activities');
    expect(toManager).toHaveLength(1);
    expect(cardText(toManager[0]!.body.attachments?.[0]?.content)).toMatch(/giving a work number to P-NORTH-1[\s\S]*Pan Dorset 1\.3/);
  });
});
