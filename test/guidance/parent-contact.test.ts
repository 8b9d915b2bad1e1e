import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// Waltham Forest's app age thresholds are about the child; contacting a parent is what its under-16 rule asks for.
describe('app contact with a parent', () => {
  const ruling = decide({ topic: 'digital-contact', channel: 'whatsapp', person: 'parent-or-carer' }, { profile: DEFAULT_PROFILE, today: '2026-11-23' });

  it('does not ask the age of the person contacted', () => expect(ruling.missingFacts).not.toContain('age'));

  it('does not make being 16 or over a condition', () => {
    expect(ruling.conditions.map((c) => c.text).join(' ')).not.toMatch(/16 or over/);
    expect(ruling.verdict).toBe('allowed-if');
  });

  it('still treats an unknown person of unknown age as possibly under 16', () => {
    const unknown = decide({ topic: 'digital-contact', channel: 'whatsapp' }, { profile: DEFAULT_PROFILE, today: '2026-11-23' });
    expect(unknown.missingFacts).toContain('age');
  });
});
