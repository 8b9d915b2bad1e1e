import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFeedbackStore } from '../../src/feedback/sqlite-feedback-store';
import { openDatabase } from '../../src/store/database';
import { activity, cardsOf, cardText, startTestBot, type TestBot } from './support/bot-client';
import { cardProblems } from './support/validate-card';
import { answerLine, findInCard, submitted } from '../support/card-search';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({}, { now: () => new Date('2026-11-20T10:00:00Z') });
});
afterAll(async () => bot.stop());

const storedFeedback = () => {
  const db = openDatabase(join(bot.dataDir, 'companion.sqlite'));
  try {
    return sqliteFeedbackStore(db).list();
  } finally {
    db.close();
  }
};

const submission = {
  verb: 'feedback',
  helpful: false,
  topic: 'digital-contact',
  ruleIds: ['pan-dorset/1.8', 'nottinghamshire/whatsapp-consent'],
  guidanceVersion: 'g-2026.11',
  question: 'can I WhatsApp my YP Kayden on 07700 900123?',
  comment: 'Ask Mrs Patel (patel@example.org) or ring 020 7946 0958',
};

describe('feedback on an answer', () => {
  it('thanks the practitioner and stores the feedback with its ruling, personal data removed (Action.Execute)', async () => {
    const res = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'feedback', data: submission } } }),
    );
    expect(res.status).toBe(200);
    const card = (res.json as { value: { version: string } }).value;
    // The answer stays: the same answer card comes back, its feedback row now a thank-you.
    expect(cardText(card)).toContain('Thank you: your feedback was recorded.');
    expect(answerLine(card)).toMatch(/^Yes, if the conditions are met \(Pan Dorset\)/);
    expect(cardProblems(card)).toEqual([]);

    const [entry] = storedFeedback();
    expect(entry).toMatchObject({
      helpful: false,
      topic: 'digital-contact',
      ruleIds: ['pan-dorset/1.8', 'nottinghamshire/whatsapp-consent'],
      guidanceVersion: 'g-2026.11',
      question: 'can I WhatsApp my YP [name] on [phone]?',
      comment: 'Ask Mrs [name] ([email]) or ring [phone]',
      receivedAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it('accepts the Action.Submit fallback with "true" as a string', async () => {
    const res = await bot.post(activity({ type: 'message', value: { ...submission, helpful: 'true', comment: undefined, question: 'Sam Lee asked me' } }));
    // A question that had no answer card to rebuild gets a thank-you in words, as a message of its own.
    const texts = ((res.json as { activities?: { text?: string }[] }).activities ?? []).map((a) => a.text);
    expect(texts).toContain('Thank you: your feedback is recorded. Phone numbers, e-mail addresses and names were removed before it was stored.');
    const latest = storedFeedback().at(-1);
    expect(latest).toMatchObject({ helpful: true, question: '[name] asked me', comment: null });
  });

  it('"Helpful" on an answer returns that very card with only its feedback row replaced', async () => {
    const [answer] = cardsOf((await bot.post(activity({ type: 'message', text: 'how long do we keep LAC records' }))).json) as Record<string, unknown>[];
    const [helpful] = findInCard(answer, (o) => o.type === 'Action.Execute' && o.title === 'Helpful');
    const res = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'feedback', data: submitted(answer, helpful) } } }),
    );
    const after = (res.json as { value: Record<string, unknown> }).value;
    const withoutFeedbackRow = (c: Record<string, unknown> | undefined) => ({ ...c, body: (c?.body as { id?: string }[]).filter((b) => b.id !== 'feedback') });
    expect(withoutFeedbackRow(after)).toEqual(withoutFeedbackRow(answer));
    expect(findInCard(after, (o) => o.id === 'feedback')).toEqual([{ type: 'TextBlock', id: 'feedback', text: 'Thank you: recorded as helpful.', wrap: true }]);
  });

  it('"Send feedback" carries the ruling once removed, and the feedback is stored with the ruling the card showed', async () => {
    const [answer] = cardsOf((await bot.post(activity({ type: 'message', text: 'can I WhatsApp a 15 year old?' }))).json) as Record<string, unknown>[];
    const [helpful] = findInCard(answer, (o) => o.type === 'Action.Execute' && o.title === 'Helpful');
    const [send] = findInCard(answer, (o) => o.type === 'Action.Execute' && o.title === 'Send feedback');
    expect(send?.data).not.toHaveProperty('ruleIds');
    const res = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'feedback', data: submitted(answer, send, { comment: 'too long' }) } } }),
    );
    expect(cardText((res.json as { value: unknown }).value)).toContain('Thank you: your feedback was recorded.');
    // Neither button carries the rule ids: both are read back from the answer rebuilt, as "Helpful" records them too.
    expect(helpful?.data).not.toHaveProperty('ruleIds');
    const shown = helpful?.data as { guidanceVersion: string };
    const stored = storedFeedback().at(-1);
    expect(stored).toMatchObject({ helpful: false, topic: 'digital-contact', guidanceVersion: shown.guidanceVersion, question: 'can I WhatsApp a 15 year old?', comment: 'too long' });
    expect(stored?.ruleIds).toContain('digital-contact/waltham-forest/under-16');
  });

  it('keeps "Send feedback" from a card of an older guidance version, not claiming a ruling it cannot know', async () => {
    const [answer] = cardsOf((await bot.post(activity({ type: 'message', text: 'can I WhatsApp a 15 year old?' }))).json) as Record<string, unknown>[];
    const [send] = findInCard(answer, (o) => o.type === 'Action.Execute' && o.title === 'Send feedback');
    await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'feedback', data: { ...submitted(answer, send, { comment: 'wrong' }), guidanceVersion: '0.9.0+old' } } } }),
    );
    expect(storedFeedback().at(-1)).toMatchObject({ helpful: false, topic: 'unknown', ruleIds: [], guidanceVersion: '0.9.0+old', comment: 'wrong' });
  });

  it('"Helpful" whose answer cannot be rebuilt (its hidden question did not come back) leaves the answer card in place', async () => {
    const [answer] = cardsOf((await bot.post(activity({ type: 'message', text: 'can I WhatsApp a 15 year old?' }))).json) as Record<string, unknown>[];
    const [helpful] = findInCard(answer, (o) => o.type === 'Action.Execute' && o.title === 'Helpful');
    const { cardQuestion: _lost, ...withoutQuestion } = submitted(answer, helpful);
    const before = storedFeedback().length;
    const res = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'feedback', data: withoutQuestion } } }),
    );
    // A message response, not a card: Teams keeps the card the button was on and shows the thank-you.
    expect(res.json).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/^Thank you: your feedback is recorded/) });
    expect(storedFeedback()).toHaveLength(before + 1);
    expect(storedFeedback().at(-1)).toMatchObject({ helpful: true, topic: 'unknown', question: '' });
  });

  it('refuses an incomplete submission politely and stores nothing', async () => {
    const before = storedFeedback().length;
    const res = await bot.post(activity({ type: 'message', value: { verb: 'feedback', helpful: 'maybe', ruleIds: 'all' } }));
    expect(res.status).toBe(200);
    expect(cardText(cardsOf(res.json)[0])).toMatch(/Feedback not recorded/);
    expect(storedFeedback()).toHaveLength(before);
  });

  it('never writes the question or comment to the logs', () => {
    expect(bot.logs()).not.toMatch(/Kayden|07700|Patel|example\.org|Sam Lee/);
  });
});
