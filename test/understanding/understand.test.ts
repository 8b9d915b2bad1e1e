import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/understanding/normalise';
import { understand } from '../../src/understanding/understand';
import { CASES } from './cases';

const today = '2026-11-22';

describe('free text → topic and facts (table)', () => {
  it('has a broad table', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  for (const c of CASES) {
    it(`${c.q} → ${c.topic ?? 'out of scope'}`, () => {
      const u = understand(c.q, { today });
      expect(u.situation?.topic ?? null).toBe(c.topic);
      if (c.facts) expect(u.situation).toMatchObject(c.facts);
      for (const fact of c.unread ?? []) expect(u.situation?.[fact], `${fact} should not be read`).toBeUndefined();
    });
  }
});

describe('understanding is explainable and deterministic', () => {
  it('says what it read and which words mended', () => {
    const u = understand('can I message a YP on instagarm, aged 13', { today });
    expect(u.corrections).toContainEqual({ from: 'instagarm', to: 'instagram' });
    expect(u.expansions).toContainEqual({ from: 'yp', to: 'young person' });
    expect(u.recognised).toContainEqual(expect.objectContaining({ fact: 'age', value: '13' }));
    expect(u.scores[0]?.because.length).toBeGreaterThan(0);
  });

  it('gives contractions typed without the apostrophe their apostrophe back, but not ordinary words', () => {
    expect(normalise('shes 14, mum doesnt know, it wasnt in supervision, im on leave, cant ask').text).toBe(
      "she's 14, mum doesn't know, it wasn't in supervision, i'm on leave, can't ask",
    );
    expect(normalise('sent an IM on teams, its well past the deadline, were they told').text).toBe('sent an im on teams, its well past the deadline, were they told');
  });

  it('gives the same answer every time', () => {
    const a = understand('YP texted me a nude pic at 10pm', { today });
    const b = understand('YP texted me a nude pic at 10pm', { today });
    expect(a).toEqual(b);
  });

  it('reads a long rambling question', () => {
    const long = `${'I have been working with this family for a while and things are complicated. '.repeat(8)}The girl is fifteen and asked if she can WhatsApp me on my work phone about her appointments.`;
    const u = understand(long, { today });
    expect(u.situation).toMatchObject({ topic: 'digital-contact', age: 15, channel: 'whatsapp', device: 'work' });
  });

  it('copes with empty and hostile text', () => {
    expect(understand('', { today }).situation).toBeNull();
    expect(understand('${x} <script>alert(1)</script>', { today }).situation).toBeNull();
    expect(understand('a'.repeat(100_000), { today }).situation).toBeNull();
  });
});
