import { describe, expect, it } from 'vitest';
import { decide, guidanceVersion } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { citation } from '../../src/guidance/citations';
import { recordingDeadline } from '../../src/guidance/deadlines';
import { retentionDate } from '../../src/guidance/retention';

const today = '2026-11-22';

describe('decide: first behaviours the bot builds on', () => {
  it('WhatsApp with a 14-year-old: Waltham Forest forbids, others allow with conditions', () => {
    const r = decide({ topic: 'digital-contact', channel: 'whatsapp', age: 14 }, { profile: DEFAULT_PROFILE, today });
    expect(r.verdict).toBe('not-allowed');
    expect(r.disagreement).toBe(true);
    expect(r.positions.find((p) => p.policy === 'waltham-forest')?.verdict).toBe('not-allowed');
    expect(r.positions.find((p) => p.policy === 'cardiff-vale')?.verdict).toBe('allowed-if');
    expect(r.matched.some((m) => m.includes('age 14 is under 16') && m.includes('Waltham Forest'))).toBe(true);
  });

  it('a WhatsApp question without an age asks for the age', () => {
    const r = decide({ topic: 'digital-contact', channel: 'whatsapp' }, { profile: DEFAULT_PROFILE, today });
    expect(r.missingFacts).toContain('age');
    expect(r.wording[0]?.text).toContain('If you agree to use using WhatsApp please respond to this chat with "YES".');
  });

  it('recording deadline over Christmas is a real date', () => {
    const r = decide({ topic: 'recording-deadline', urgency: 'routine', dates: { event: '2026-12-23' } }, { profile: DEFAULT_PROFILE, today: '2026-12-23' });
    expect(r.actions.find((a) => a.due)?.due).toBe('2027-01-04');
    expect(recordingDeadline({ eventDate: '2026-12-23', harmOrRisk: true, nation: 'england-and-wales' }).due).toBe('2026-12-24');
  });

  it('retention of a looked after child record', () => {
    expect(retentionDate('looked-after-child', { birth: '2010-05-01' }).date).toBe('2085-05-01');
    const r = decide({ topic: 'retention', retentionRecord: 'looked-after-child', dates: { birth: '2010-05-01' } }, { profile: DEFAULT_PROFILE, today });
    expect(r.verdict).toBe('required');
    expect(r.dates[0]?.date).toBe('2085-05-01');
  });

  it('citation() and guidanceVersion()', () => {
    expect(citation('pan-dorset/1.8').section).toBe('1.8');
    expect(() => citation('pan-dorset/99')).toThrow(/pan-dorset\/99/);
    expect(guidanceVersion()).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
