import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_INPUTS } from '../../src/answering/fact-inputs';
import { decideOutcome, outcomesAround } from '../../src/guidance/engine';
import { InvalidSituationError } from '../../src/guidance/errors';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { FactName, Situation } from '../../src/guidance/situation';
import { understand } from '../../src/understanding/understand';

// A follow-up compares what each choice would answer; outcomesAround reuses the rules a choice cannot change. It must give
// exactly what ruling each choice afresh gives.

const options = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const questions = (JSON.parse(readFileSync(new URL('../eval/questions.json', import.meta.url), 'utf8')) as { question: string }[]).map((q) => q.question);
const situations = questions.flatMap((q) => understand(q, { today: options.today }).situation ?? []);

/** Every situation the follow-up's buttons (and a date) lead to from this one. */
function variants(situation: Situation): Situation[] {
  return (Object.keys(FACT_INPUTS) as FactName[]).flatMap((fact) => {
    const spec = FACT_INPUTS[fact]!;
    const values = spec.kind === 'date' ? ['2026-11-20'] : spec.kind === 'number' ? ['12', '15', '17', '18'] : spec.choices.map((c) => c.value);
    return values.flatMap((value) => {
      const variant = structuredClone(situation);
      return spec.apply(variant, value) === undefined ? [variant] : [];
    });
  });
}

describe('outcomes of a situation\'s variants', () => {
  it('are those each variant gets ruled afresh, for every choice of every fact on every question of the main set', () => {
    let compared = 0;
    for (const [i, situation] of situations.entries()) {
      // As a follow-up asks it, of a situation just decided (not validated again), and as any caller would.
      const around = outcomesAround(situation, options, i % 2 === 0);
      for (const variant of variants(situation)) {
        expect(around(variant)).toEqual(decideOutcome(variant, options));
        compared += 1;
      }
    }
    expect(situations.length).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(10_000);
  });

  it('still refuses a variant whose changed fact is not valid, and names it', () => {
    const around = outcomesAround({ topic: 'digital-contact', channel: 'whatsapp' }, options);
    expect(around({ topic: 'digital-contact', channel: 'whatsapp', age: 15 })).toEqual(decideOutcome({ topic: 'digital-contact', channel: 'whatsapp', age: 15 }, options));
    expect(() => around({ topic: 'digital-contact', channel: 'pigeon' } as unknown as Situation)).toThrow(InvalidSituationError);
    expect(() => around({ topic: 'digital-contact', channel: 'whatsapp', age: -3 })).toThrow(/age/);
    expect(() => around({ topic: 'digital-contact', channel: 'whatsapp', dates: { event: '2026-02-30' } })).toThrow(/dates\.event/);
  });

  it('refuses any variant of a situation not already checked that is not valid', () => {
    const around = outcomesAround({ topic: 'digital-contact', channel: 'pigeon' } as unknown as Situation, options);
    expect(() => around({ topic: 'digital-contact', channel: 'pigeon', age: 15 } as unknown as Situation)).toThrow(/channel/);
  });

  it('rules a variant about another topic as a fresh situation', () => {
    const around = outcomesAround({ topic: 'digital-contact', channel: 'whatsapp' }, options);
    expect(around({ topic: 'retention', retentionRecord: 'looked-after-child' })).toEqual(decideOutcome({ topic: 'retention', retentionRecord: 'looked-after-child' }, options));
  });
});
