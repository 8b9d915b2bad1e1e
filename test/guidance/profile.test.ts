import { describe, expect, it } from 'vitest';
import { decide, guidanceVersion } from '../../src/guidance/engine';
import { InvalidSituationError } from '../../src/guidance/errors';
import { DEFAULT_PROFILE, type OrganisationProfile } from '../../src/guidance/profile';
import { coveredTopics } from '../../src/guidance/topics';
import { TOPICS } from '../../src/guidance/situation';

const today = '2026-11-22';
const brightonOnly: OrganisationProfile = { id: 'bh', name: 'Brighton and Hove', policies: ['brighton-hove'], nation: 'england-and-wales' };

describe('organisation profiles', () => {
  it('a Brighton and Hove profile answers "must every e-mail go on the file?" differently from the default', () => {
    const all = decide({ topic: 'email-recording' }, { profile: DEFAULT_PROFILE, today });
    const bh = decide({ topic: 'email-recording' }, { profile: brightonOnly, today });
    expect(all.verdict).toBe('required');
    expect(all.disagreement).toBe(true);
    expect(all.positions.map((p) => p.organisation)).toEqual([
      'Cardiff and Vale of Glamorgan Regional Safeguarding Children Board',
      'Pan Dorset Inter-Agency Safeguarding Procedures',
      'Brighton and Hove City Council',
      "Nottinghamshire Children's Social Care",
    ]);
    expect(bh.verdict).toBe('not-required');
    expect(bh.disagreement).toBe(false);
    expect(bh.positions.map((p) => p.policy)).toEqual(['brighton-hove']);
    expect(bh.citations.every((c) => c.policy === 'brighton-hove')).toBe(true);
    expect(bh.headline).toContain('It is not an expectation that practitioners cut and paste every e-mail');
  });

  it('the nation of the profile decides the bank holidays', () => {
    const situation = { topic: 'recording-deadline', urgency: 'harm-or-risk', dates: { event: '2026-01-01' } } as const;
    const eng = decide(situation, { profile: DEFAULT_PROFILE, today });
    const sct = decide(situation, { profile: { ...DEFAULT_PROFILE, nation: 'scotland' }, today });
    expect(eng.dates[0]?.date).toBe('2026-01-02');
    expect(sct.dates[0]?.date).toBe('2026-01-05');
    expect(sct.dates[0]?.basis).toContain('Scotland');
  });

  it('cites only the selected policies, even where a rule also cites a like-worded paragraph elsewhere', () => {
    const notts: OrganisationProfile = { ...DEFAULT_PROFILE, policies: ['nottinghamshire'] };
    // A record whose period has ended: the Independent Inquiry note, which Brighton and Hove words alike, applies.
    const r = decide({ topic: 'retention', retentionRecord: 'looked-after-child', dates: { birth: '1940-05-01' } }, { profile: notts, today });
    expect(r.citations.map((c) => c.id)).toContain('nottinghamshire/iicsa');
    expect(r.citations.some((c) => c.policy === 'brighton-hove')).toBe(false);
  });
});

describe('rulings are auditable', () => {
  it('carry the rule ids and the guidance version', () => {
    const r = decide({ topic: 'digital-contact', channel: 'whatsapp', age: 15 }, { profile: DEFAULT_PROFILE, today });
    expect(r.ruleIds).toContain('digital-contact/waltham-forest/under-16');
    expect(r.guidanceVersion).toBe(guidanceVersion());
  });

  it('say "not covered" plainly when no selected policy speaks to the question', () => {
    const r = decide({ topic: 'legal-advice' }, { profile: brightonOnly, today });
    expect(r.verdict).toBe('not-covered');
    expect(r.positions).toEqual([]);
    expect(r.headline).toMatch(/None of the selected policies \(Brighton and Hove\) covers this situation/);
  });
});

describe('bad situations get clear errors', () => {
  it('rejects an impossible date, naming the field', () => {
    expect(() => decide({ topic: 'recording-deadline', dates: { event: '2026-02-30' } }, { profile: DEFAULT_PROFILE, today })).toThrow(InvalidSituationError);
    expect(() => decide({ topic: 'recording-deadline', dates: { event: '2026-02-30' } }, { profile: DEFAULT_PROFILE, today })).toThrow(/dates\.event/);
  });

  it('rejects a profile naming an unknown policy or nation', () => {
    const bad = { ...DEFAULT_PROFILE, policies: ['atlantis'], nation: 'wales' } as never;
    expect(() => decide({ topic: 'sign-off' }, { profile: bad, today })).toThrow(/profile\.policies\.0.*profile\.nation/s);
  });

  it('rejects an unknown topic and a bad "today"', () => {
    expect(() => decide({ topic: 'horoscopes' } as never, { profile: DEFAULT_PROFILE, today })).toThrow(/topic/);
    expect(() => decide({ topic: 'sign-off' }, { profile: DEFAULT_PROFILE, today: 'tomorrow' })).toThrow(/today/);
  });
});

describe('coveredTopics', () => {
  it('lists every topic with a label and practitioner-style examples', () => {
    const topics = coveredTopics();
    expect(topics.map((t) => t.topic)).toEqual([...TOPICS]);
    for (const t of topics) {
      expect(t.label.length).toBeGreaterThan(5);
      expect(t.examples.length).toBeGreaterThan(0);
    }
    expect(topics.find((t) => t.topic === 'digital-contact')?.examples).toContain('Can I WhatsApp a 15-year-old?');
  });
});
