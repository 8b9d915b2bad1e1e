import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { InvalidSituationError } from '../../src/guidance/errors';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Situation } from '../../src/guidance/situation';
import { situationSchema } from '../../src/guidance/situation-schema';

// decide() checks most fields of a situation with plain tests built from its schema: it must refuse exactly what the schema
// refuses, and name the same fields.

const options = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const problemsOf = (situation: unknown): string[] | undefined => {
  try {
    decide(situation as Situation, options);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidSituationError) return error.problems;
    throw error;
  }
};

const cases: [string, unknown][] = [
  ['no topic', { channel: 'whatsapp' }],
  ['an unknown topic', { topic: 'parking' }],
  ['an unknown channel', { topic: 'digital-contact', channel: 'pigeon' }],
  ['a yes/no given as text', { topic: 'digital-contact', parentsAware: 'yes' }],
  ['a yes/no given as a number', { topic: 'digital-contact', lineManagerAgreed: 1 }],
  ['a negative age', { topic: 'digital-contact', age: -3 }],
  ['an age as text', { topic: 'digital-contact', age: '15' }],
  ['an impossible date', { topic: 'retention', retentionRecord: 'looked-after-child', dates: { birth: '2026-02-30' } }],
  ['a consent that is not yes/no', { topic: 'digital-contact', consent: { parent: 'maybe' } }],
  ['a time not written HH:MM', { topic: 'digital-contact', time: '9pm' }],
  ['a topic null', { topic: null }],
  ['an enum value of another field', { topic: 'digital-contact', device: 'whatsapp' }],
  ['a null fact', { topic: 'digital-contact', channel: null }],
];

describe('the situation decide() accepts', () => {
  it.each(cases)('refuses %s, naming what the schema names', (_, situation) => {
    const parsed = situationSchema.safeParse(situation);
    expect(parsed.success).toBe(false);
    const problems = problemsOf(situation);
    expect(problems).toBeDefined();
    for (const issue of parsed.error!.issues) expect(problems!.join(' ')).toContain(issue.path.join('.') || 'situation');
  });

  it('accepts what the schema accepts, facts left undefined and keys it does not know included', () => {
    const situation = { topic: 'digital-contact', channel: 'whatsapp', age: 15, parentsAware: false, device: undefined, consent: { parent: true }, dates: { event: '2026-11-20' }, note: 'not a fact' };
    expect(situationSchema.safeParse(situation).success).toBe(true);
    expect(problemsOf(situation)).toBeUndefined();
  });
});
