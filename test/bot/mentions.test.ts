import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutBotMention } from '../../src/bot/mentions';
import { activity, cardsOf, cardText, startTestBot, type TestBot } from './support/bot-client';

// A mention entity as Teams sends it is removed from the question; a malformed one is ignored, never a failed turn.
describe('mentions of the bot', () => {
  it.each([
    ['the bot mentioned', '<at>Companion</at> can I text a 15 year old?', [{ type: 'mention', text: '<at>Companion</at>', mentioned: { id: 'bot-1' } }], 'can I text a 15 year old?'],
    ['someone else mentioned', '<at>Sam</at> can I text?', [{ type: 'mention', text: '<at>Sam</at>', mentioned: { id: 'user-2' } }], '<at>Sam</at> can I text?'],
    ['no mentioned', 'can I text?', [{ type: 'mention' }], 'can I text?'],
    ['mentioned null', 'can I text?', [{ type: 'Mention', mentioned: null, text: 5 }], 'can I text?'],
    ['an entity that is not an object', 'can I text?', [null, 'x', { type: 7 }], 'can I text?'],
  ])('%s', (_label, text, entities, expected) => {
    expect(withoutBotMention(text, entities, 'bot-1')).toBe(expected);
  });

  describe('over HTTP', () => {
    let bot: TestBot;
    beforeAll(async () => {
      bot = await startTestBot();
    });
    afterAll(async () => bot?.stop());

    it('answers a question whose mention entity has no "mentioned"', async () => {
      const res = await bot.post(activity({ type: 'message', text: 'can I WhatsApp a 15 year old?', entities: [{ type: 'mention', text: '<at>Companion</at>' }] }));
      expect(res.status).toBe(200);
      expect(cardsOf(res.json).flatMap(cardText).join(' ')).toContain('Waltham Forest');
      expect(bot.logs()).not.toMatch(/bot turn failed/);
    });
  });
});
