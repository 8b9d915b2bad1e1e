import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { understand } from '../../src/understanding/understand';

// One message telling of two incidents that the guidance advises on separately (Pan Dorset 1.10 abusive or nuisance texts
// and calls, 1.13 unsolicited Bluetooth images): a card for each, in the order told, so neither's advice is lost.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const text = (r: Reply | undefined) => cardText(r?.card).join('\n');

describe('threatening calls and a Bluetooth picture in one message (Pan Dorset)', () => {
  const question = 'pan dorset: a parent keeps leaving threatening voicemails on my work phone, plus a stranger sent a photo to it via bluetooth at the station. what should I do about both?';
  const replies = answerQuestion(question, ctx);

  it('answers each incident on its own card, in the order told, each saying which it answers', () => {
    expect(replies).toHaveLength(2);
    expect(cardText(replies[0]?.card)[0]).toBe('Your question names 2 incidents. This card answers only the first: An abusive, threatening or nuisance message or call; the other incident has its own card.');
    expect(cardText(replies[1]?.card)[0]).toContain('only the second: Unsolicited material received by Bluetooth');
    for (const r of replies) expect(validateCard(r.card)).toEqual([]);
  });

  it("quotes each incident's own provision: record and report the calls, report then delete the image", () => {
    expect(text(replies[0])).toContain('should be recorded and reported to line manager');
    expect(text(replies[1])).toContain('reported to line manager and then deleted');
    expect(replies.map((r) => r.rulings[0]?.ruleIds)).toEqual([['incident/pan-dorset/abusive-message'], ['incident/pan-dorset/bluetooth']]);
  });
});

describe('one incident described in words of two kinds is one incident', () => {
  it.each([
    'someone airdropped a rude picture to my work phone on the train, what now?',
    'got a nude image on my work mobile from a withheld number, what do I do?',
  ])('%s', (question) => {
    expect(understand(question, { today: '2026-11-22' }).records).toBeUndefined();
    expect(answerQuestion(question, ctx)).toHaveLength(1);
  });
});

describe('two incidents one policy gives the same rule for are answered once (Waltham Forest)', () => {
  it('an offensive voice note and an obscene photo on the work WhatsApp get one card', () => {
    const replies = answerQuestion('waltham forest - a dad sent an offensive voice note and also an obscene photo to my work whatsapp. who do I tell?', ctx);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).not.toContain('Your question names');
    expect(text(replies[0])).toContain('reported to their line manager in the first instance');
  });
});
