import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// A rule that holds because a fact is NOT something ("not a phone call") says little about the situation, so it does not lead.
describe('headline specificity', () => {
  it('recording a WhatsApp chat leads with the WhatsApp screenshot rule, not the rule for anything but phone calls', () => {
    const ruling = decide({ topic: 'what-to-record', channel: 'whatsapp' }, { profile: DEFAULT_PROFILE, today: '2026-11-23' });
    expect(ruling.headline).toMatch(/\(Waltham Forest\)/);
    expect(ruling.headline).toMatch(/screen ?shot/i);
  });
});
