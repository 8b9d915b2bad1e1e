import { describe, expect, it } from 'vitest';
import { answerAction, answerQuestion } from '../../src/answering/answer';
import { validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// Whatever a practitioner (or anyone) types or submits, the bot answers with a valid card and never throws.
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };

/** Deterministic pseudo-random generator (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['whatsapp', '15yo', '${x}', '${feedback.helpful}', '{{name}}', '$root', 'after 9pm', '31/02/2026', 'DOB 01/02/2010', 'sexting', 'LAC',
  'retension', '\u0000', '\ud800', '😀', '<script>', '"', "'", '\\', '\n', 'aged 999', '-1 years old', 'on behalf of', '   ', 'SAR', 'died on 99/99/9999'];

describe('hostile and odd questions', () => {
  it('always answer with valid cards', () => {
    const next = random(42);
    for (let i = 0; i < 300; i += 1) {
      const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const question = words.join(next() < 0.5 ? ' ' : '');
      const replies = answerQuestion(question, ctx);
      expect(replies.length, question).toBeGreaterThan(0);
      for (const r of replies) expect(validateCard(r.card), question).toEqual([]);
    }
  });

  it("reads words that are also names of JavaScript's own object members as words, never as code", () => {
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const [reply] = answerQuestion(`can I text the ${word} from my work phone? cin/${word}`, ctx);
      expect(JSON.stringify(reply?.card), word).not.toMatch(/native code|\[object Object\]/);
    }
  });

  it('odd card submissions get a card, never an exception', () => {
    const next = random(7);
    const values: unknown[] = [null, 1, 'x', [], {}, { $x: 1 }, '${x}', 'personal', '2026-02-30', '99', -1, true];
    for (let i = 0; i < 200; i += 1) {
      const pick = () => values[Math.floor(next() * values.length)];
      const data = {
        verb: next() < 0.8 ? 'refine' : pick(),
        question: next() < 0.8 ? 'can I whatsapp a yp' : pick(),
        situation: next() < 0.7 ? { topic: 'digital-contact', age: next() < 0.5 ? 15 : pick() } : pick(),
        asked: next() < 0.7 ? ['age', 'device', 'dates.event'] : pick(),
        fact_age: pick(),
        fact_device: pick(),
        fact_dates_event: pick(),
      };
      const replies = answerAction(data, ctx);
      expect(replies.length).toBeGreaterThan(0);
      for (const r of replies) expect(validateCard(r.card)).toEqual([]);
    }
  });
});
