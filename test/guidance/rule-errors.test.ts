// The rule errors found by reading the encoding against the seeds (issue 10), each pinned by a test.
import { describe, expect, it } from 'vitest';
import { defaultGuidance } from '../../src/guidance/default-guidance';
import { decide } from '../../src/guidance/engine';
import type { PolicyId } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Ruling } from '../../src/guidance/ruling';
import type { Situation } from '../../src/guidance/situation';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const rule = (s: Situation, policies: readonly PolicyId[] = DEFAULT_PROFILE.policies): Ruling => decide(s, { profile: { ...DEFAULT_PROFILE, policies }, today });
const position = (r: Ruling, policy: PolicyId) => r.positions.find((p) => p.policy === policy);
const allText = (r: Ruling) => [r.headline, ...r.positions.map((p) => p.statement), ...r.conditions.map((c) => c.text), ...r.actions.map((a) => a.text)].join('\n');
const quote = (id: string) => defaultGuidance().provisions.get(id)!.quote;

describe('rule errors corrected against the seeds', () => {
  it('Pan Dorset 2.5 quotes the designated member of staff for safeguarding', () => {
    expect(quote('pan-dorset/2.5')).toContain('OR DESIGNATED MEMBER OF STAFF FOR SAFEGUARDING WITHIN THE LOCAL AUTHORITY');
    const r = rule({ topic: 'incident', incident: 'indecent-image' });
    expect(r.citations.find((c) => c.id === 'pan-dorset/2.5')!.quote).toContain('DESIGNATED MEMBER OF STAFF');
  });

  it('Pan Dorset 1.7: texting should not normally be used to pass a message through another service user', () => {
    const r = rule({ topic: 'digital-contact', channel: 'text', purpose: 'third-party-message' });
    expect(position(r, 'pan-dorset')?.verdict).toBe('not-recommended');
    expect(r.citations.map((c) => c.id)).toContain('pan-dorset/1.7');
    expect(allText(rule({ topic: 'digital-contact', channel: 'text' }))).toMatch(/should not normally be used to ask one service user to pass a message/);
    expect(allText(rule({ topic: 'digital-contact', channel: 'text' }))).not.toMatch(/Do not ask one service user/);
    // The question is read as such.
    expect(understand('can i text one young person and ask her to pass a message to her brother', { today }).situation?.purpose).toBe('third-party-message');
  });

  it("Cardiff's employer-issued equipment rule is about the device, not the account", () => {
    // Paragraph 5 speaks of equipment; on a personal account it takes no position (neither forbids nor permits).
    expect(position(rule({ topic: 'digital-contact', channel: 'email', account: 'personal', device: 'work' }), 'cardiff-vale')).toBeUndefined();
    expect(position(rule({ topic: 'digital-contact', channel: 'text', device: 'personal' }), 'cardiff-vale')?.verdict).toBe('not-allowed');
  });

  it("Cardiff's e-mail recording asks for what paragraph 4 lists, without an added 'address'", () => {
    for (const topic of ['email-recording', 'what-to-record'] as const) {
      const text = allText(rule({ topic, channel: 'email' }, ['cardiff-vale']));
      expect(text, topic).not.toMatch(/address/);
      expect(text, topic).toMatch(/contact recording/);
    }
  });

  it("Waltham Forest's under-16 route: parental consent (section 20) or the Team Manager as corporate parent, after a risk assessment", () => {
    const without = rule({ topic: 'digital-contact', channel: 'whatsapp', age: 14 });
    expect(position(without, 'waltham-forest')?.verdict).toBe('not-allowed');
    // A parent's agreement alone is not the route: the risk assessment must say an app is needed, so it is asked for.
    const consentOnly = rule({ topic: 'digital-contact', channel: 'whatsapp', age: 14, consent: { parent: true } });
    expect(position(consentOnly, 'waltham-forest')?.verdict).toBe('not-allowed');
    expect(consentOnly.missingFacts).toContain('riskAssessed');
    const withConsent = rule({ topic: 'digital-contact', channel: 'whatsapp', age: 14, consent: { parent: true }, riskAssessed: true });
    expect(position(withConsent, 'waltham-forest')?.verdict).toBe('allowed-if');
    expect(position(withConsent, 'waltham-forest')?.statement).toMatch(/section 20.*Team Manager as corporate parent/);
    expect(withConsent.conditions.find((c) => c.text.includes('risk assessment indicates'))?.met).toBe(true);
    expect(understand('the risk assessment says whatsapp is needed and mum consents, can i whatsapp her 14 yr old', { today }).situation?.riskAssessed).toBe(true);
    expect(withConsent.conditions.find((c) => c.text.startsWith('Parental consent (section 20)'))?.met).toBe(true);
  });

  it("Brighton and Hove 2.2: a family's refusal is respected where possible, but sharing is still possible in a strong enough public interest", () => {
    const r = rule({ topic: 'information-sharing', consent: { parent: false } }, ['brighton-hove']);
    expect(r.verdict).toBe('allowed-if');
    expect(r.headline).toMatch(/public interest is strong enough to override the lack of consent/);
    expect(r.conditions.some((c) => c.met === false)).toBe(false);
    expect(r.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['brighton-hove/2.2-no-consent', 'brighton-hove/2.3-views']));
  });

  it('Pan Dorset 2.4: the same advice is given to staff', () => {
    const r = rule({ topic: 'incident', incident: 'indecent-image', imageHandling: 'young-person-refuses' });
    expect(r.actions.map((a) => a.text)).toContain('Give the same advice to staff: delete the material.');
  });

  it("Waltham Forest's inappropriate-message rule adds no 'do not delete', and shows its difference with Pan Dorset 1.13 and 2.3", () => {
    for (const incident of ['abusive-message', 'bluetooth-material'] as const) {
      const r = rule({ topic: 'incident', incident, channel: 'whatsapp' });
      expect(position(r, 'waltham-forest')?.verdict, incident).toBe('required');
      expect(allText(r), incident).not.toMatch(/do not delete/i);
      const differ = r.conditions.find((c) => c.text.includes('the policies differ'));
      expect(differ?.citations.map((c) => c.id), incident).toEqual(expect.arrayContaining(['waltham-forest/retain-history', 'pan-dorset/1.13', 'pan-dorset/2.3']));
    }
  });

  it('the subject access ruling gives its deadline, and Nottinghamshire says it sets none of its own', () => {
    const dated = rule({ topic: 'subject-access-request', dates: { request: '2026-11-02' } });
    expect(dated.headline).toContain('by 12 December 2026');
    const undated = rule({ topic: 'subject-access-request' });
    expect(undated.headline).not.toContain('(not known)');
    expect(undated.missingFacts).toContain('dates.request');
    const notts = rule({ topic: 'subject-access-request', dates: { request: '2026-11-02' } }, ['nottinghamshire']);
    expect(notts.headline).toMatch(/sets no timescale of its own/);
    expect(notts.actions.map((a) => a.text).join('\n')).toMatch(/Access to Records \/ Subject Access Request Procedure/);
  });

  it("Pan Dorset's e-mail rules include 3.3 (service protocol) and 3.4 (clear professional reasons)", () => {
    const r = rule({ topic: 'digital-contact', channel: 'email', account: 'work', purpose: 'personal' }, ['pan-dorset']);
    expect(r.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['pan-dorset/3.3', 'pan-dorset/3.4']));
    expect(r.conditions.find((c) => c.text.includes('clear professional reasons'))?.met).toBe(false);
  });
});

describe('decisive facts the first verdict follows', () => {
  it("text speak: Pan Dorset 1.5 says 'text language' is not appropriate in a professional message", () => {
    const r = rule({ topic: 'digital-contact', channel: 'text', textLanguage: true });
    expect(r.verdict).toBe('not-allowed');
    expect(position(r, 'pan-dorset')?.verdict).toBe('not-allowed');
    expect(rule({ topic: 'digital-contact', channel: 'text' }).missingFacts).not.toContain('textLanguage');
    expect(understand('is it ok to use text speak and emojis when i text a yp?', { today }).situation?.textLanguage).toBe(true);
  });
});

describe('Brighton and Hove 2.1: young people of 16 or over "should be informed in their own right"', () => {
  it('is a duty, not a conditional permission', () => {
    const r = rule({ topic: 'information-sharing', age: 17 });
    expect(position(r, 'brighton-hove')?.verdict).toBe('required');
    expect(r.actions.map((a) => a.text)).toContain('Inform the young person directly about the use of their personal information.');
  });

  it('a 16-year-old refusing consent is still led by the public-interest test, not by the duty to inform', () => {
    const r = rule({ topic: 'information-sharing', age: 16, consent: { youngPerson: false } });
    expect(position(r, 'brighton-hove')?.verdict).toBe('allowed-if');
    expect(r.ruleIds).toContain('information-sharing/brighton-hove/no-consent');
    expect(r.ruleIds).not.toContain('information-sharing/brighton-hove/sixteen-plus');
  });
});
