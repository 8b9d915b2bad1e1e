import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardsOf, cardText, startTestBot, type TestBot } from './support/bot-client';
import { cardProblems } from './support/validate-card';

// Real HTTP to the real app: restify, botbuilder's CloudAdapter in local mode, expectReplies bodies.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => bot.stop());

describe('a practitioner talking to the bot', () => {
  it('listens on loopback only in local mode', () => {
    expect(new URL(bot.app.url).hostname).toBe('127.0.0.1');
  });

  it('answers a typed question with a valid 1.5 Adaptive Card', async () => {
    const res = await bot.post(activity({ type: 'message', text: 'can I WhatsApp a 15 year old?' }));
    expect(res.status).toBe(200);
    const cards = cardsOf(res.json);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    expect(cardText(cards[0]).length).toBeGreaterThan(20);
  });

  it('answers "help" with the welcome card', async () => {
    const help = cardsOf((await bot.post(activity({ type: 'message', text: 'help' }))).json);
    const again = cardsOf((await bot.post(activity({ type: 'message', text: 'Hello!' }))).json);
    expect(help.length).toBeGreaterThan(0);
    expect(cardText(again[0])).toBe(cardText(help[0]));
  });

  it('ignores an @mention of the bot in the question', async () => {
    const mentioned = await bot.post(
      activity({
        type: 'message',
        text: '<at>Companion</at> help',
        entities: [{ type: 'mention', text: '<at>Companion</at>', mentioned: { id: 'bot-1', name: 'Companion' } }],
      }),
    );
    const plain = await bot.post(activity({ type: 'message', text: 'help' }));
    expect(cardText(cardsOf(mentioned.json)[0])).toBe(cardText(cardsOf(plain.json)[0]));
  });

  it('welcomes once when installed (conversationUpdate adding the bot, then installationUpdate)', async () => {
    const conversation = { id: 'install-1', conversationType: 'personal' };
    const help = cardsOf((await bot.post(activity({ type: 'message', text: 'help' }))).json);
    const added = await bot.post(activity({ type: 'conversationUpdate', conversation, membersAdded: [{ id: 'bot-1' }] }));
    expect(cardsOf(added.json).map(cardText)).toEqual(help.map(cardText));
    const installed = await bot.post(activity({ type: 'installationUpdate', action: 'add', conversation }));
    expect(installed.status).toBe(200);
    expect(cardsOf(installed.json)).toEqual([]);
  });

  it('welcomes on installationUpdate in a new conversation', async () => {
    const res = await bot.post(activity({ type: 'installationUpdate', action: 'add' }));
    expect(cardsOf(res.json).length).toBeGreaterThan(0);
  });

  it('does not welcome when only a person joins', async () => {
    const res = await bot.post(activity({ type: 'conversationUpdate', membersAdded: [{ id: 'someone-else' }] }));
    expect(res.status).toBe(200);
    expect(cardsOf(res.json)).toEqual([]);
  });

  it('answers an Action.Execute "ask" with an invoke response carrying the card', async () => {
    const res = await bot.post(
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'ask', data: { verb: 'ask', question: 'How long have I got to write up a visit?' } } },
        deliveryMode: 'normal',
      }),
    );
    expect(res.status).toBe(200);
    const body = res.json as { statusCode: number; type: string; value: { type: string; version: string } };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.value.type).toBe('AdaptiveCard');
    expect(cardProblems(body.value)).toEqual([]);
  });

  it('answers the same "ask" sent as an Action.Submit message the same way', async () => {
    const data = { verb: 'ask', question: 'How long have I got to write up a visit?' };
    const viaExecute = cardsOf(
      (await bot.post(activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'ask', data } } }))).json,
    );
    const viaSubmit = cardsOf((await bot.post(activity({ type: 'message', value: data }))).json);
    expect(viaSubmit.length).toBeGreaterThan(0);
    // Execute puts the first card in the invoke response and sends any others as messages; the cards are the same.
    expect(viaExecute.map(cardText).sort()).toEqual(viaSubmit.map(cardText).sort());
  });

  it('answers a button whose verb it does not know with a polite card', async () => {
    const submit = await bot.post(activity({ type: 'message', value: { verb: 'launch-rockets' } }));
    expect(submit.status).toBe(200);
    expect(cardText(cardsOf(submit.json)[0])).toMatch(/no longer available/);
    const execute = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'launch-rockets', data: {} } } }),
    );
    expect(execute.status).toBe(200);
    expect(cardText((execute.json as { value: unknown }).value)).toMatch(/no longer available/);
  });

  it('asks for a shorter question above 2,000 characters, without answering it', async () => {
    const res = await bot.post(activity({ type: 'message', text: 'can I text a young person? '.repeat(100) }));
    expect(res.status).toBe(200);
    const [card] = cardsOf(res.json);
    expect(cardText(card)).toMatch(/Please shorten your question/);
    expect(cardProblems(card!)).toEqual([]);
  });
});
