// Practitioner-relevant provisions encoded by theme (issue 10, "Coverage"): each theme answers with its own cited rule.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Ruling } from '../../src/guidance/ruling';
import { RECORD_ENTRIES, type Situation } from '../../src/guidance/situation';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const rule = (s: Situation): Ruling => decide(s, { profile: DEFAULT_PROFILE, today });
const cited = (r: Ruling) => r.citations.map((c) => c.id);
const text = (r: Ruling) => [r.headline, ...r.positions.map((p) => p.statement), ...r.conditions.map((c) => c.text), ...r.actions.map((a) => a.text)].join('\n');

describe("Nottinghamshire's minimum contents, by the kind of entry", () => {
  it.each(RECORD_ENTRIES.map((e) => [e]))('%s has its own Nottinghamshire rule, which leads the card', (entry) => {
    const r = rule({ topic: 'what-to-record', entry });
    expect(r.ruleIds).toContain(`what-to-record/nottinghamshire/${entry}`);
    expect(r.headline).toMatch(/^Required \(Nottinghamshire\)/);
  });

  it('the kind of entry is never asked for: a plain "what do I record?" stays as it was', () => {
    expect(rule({ topic: 'what-to-record' }).missingFacts).not.toContain('entry');
  });

  it.each([
    ['what do i need to put in a risk assessment when there is a risk of significant harm', 'risk', 'nottinghamshire/risk-disagreement'],
    ['how should i record a complaint from mum', 'complaint', 'nottinghamshire/complaints-resolved'],
    ['can i use abbreviations and jargon in my case notes', 'writing', 'nottinghamshire/written-for-reader'],
    ["the child is non verbal, what do i record about her views", 'views', 'nottinghamshire/observations'],
    ["I've sent a referral about a child to another local authority - what do I need to record?", 'correspondence', 'nottinghamshire/referral-receipt'],
    ['what do i record when i take a referral from a school', 'first-contact', 'nottinghamshire/first-contact-referrer'],
  ] as const)('"%s" reads as a %s entry', (question, entry, cite) => {
    // The fact is read whichever topic the question goes to (choosing the topic is the understanding's ranking).
    expect(understand(question, { today }).recognised.find((f) => f.fact === 'entry')?.value).toBe(entry);
    expect(cited(rule({ topic: 'what-to-record', entry }))).toContain(cite);
  });
});

describe('recording quality and the child\'s views', () => {
  it('writing: for the reader, no jargon, formal, nothing derogatory, unknowns marked; Brighton and Hove asks who it is for', () => {
    const r = rule({ topic: 'what-to-record', entry: 'writing' });
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/written-for-reader', 'nottinghamshire/derogatory', 'nottinghamshire/formal-style', 'nottinghamshire/unknown-information', 'nottinghamshire/liability', 'nottinghamshire/accessible-formats', 'brighton-hove/1-audience']));
  });

  it("views: observations where the child cannot say, disagreements recorded; MIRRA's multiple voices", () => {
    const r = rule({ topic: 'what-to-record', entry: 'views' });
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/observations', 'nottinghamshire/views-disagreements', 'brighton-hove/mirra-7']));
  });

  it('amending: unknown information marked, and a disagreement represented', () => {
    const r = rule({ topic: 'amendment', amendment: 'correction' });
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/unknown-information', 'brighton-hove/mirra-7']));
  });
});

describe('sharing, privacy information and separate files', () => {
  it('information sharing: need to know, minimum information, privacy information, Article 8', () => {
    const r = rule({ topic: 'information-sharing' });
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/need-to-know', 'nottinghamshire/minimum-information', 'nottinghamshire/informed-why', 'nottinghamshire/in-confidence', 'nottinghamshire/human-rights', 'brighton-hove/2.1-concerns', 'brighton-hove/2.1-article-8']));
    expect(text(r)).toContain('even if given "in confidence"');
  });

  it('separate files for information about workers or other service users', () => {
    expect(cited(rule({ topic: 'data-security', handling: 'sibling-records' }))).toContain('nottinghamshire/separate-files');
  });

  it('subject access extras: Dunn v Durham, adoption records, other agencies\' information', () => {
    expect(cited(rule({ topic: 'subject-access-request', dates: { request: '2026-11-02' } }))).toEqual(
      expect.arrayContaining(['brighton-hove/2.1-dunn-v-durham', 'nottinghamshire/sar-adoption', 'nottinghamshire/other-agency-information']),
    );
  });
});

describe('messages, students, the work phone and social media', () => {
  it('style of messages: circumspect, no grooming risk, transparent; the same standards online', () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'text', age: 15 }))).toEqual(expect.arrayContaining(['pan-dorset/12-circumspect']));
    expect(cited(rule({ topic: 'digital-contact', channel: 'whatsapp', age: 17 }))).toEqual(expect.arrayContaining(['waltham-forest/same-standards']));
  });

  it('students are bound by Waltham Forest\'s rule on personal accounts', () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'whatsapp', account: 'personal' }))).toContain('waltham-forest/students');
  });

  it('the work mobile: on or off, driving, configured against unsolicited material; chats kept on it', () => {
    const r = rule({ topic: 'data-security', handling: 'work-phone' });
    expect(cited(r)).toEqual(expect.arrayContaining(['pan-dorset/1.11', 'pan-dorset/1.12', 'pan-dorset/1.13-configure', 'waltham-forest/retain-history']));
    expect(understand('can i answer my work phone while driving if i use hands free', { today }).situation?.handling).toBe('phone-driving');
    expect(understand('sorry for typos im on my phone in the car park', { today }).situation?.handling).toBeUndefined();
    expect(understand('should my work mobile be switched off at weekends', { today }).situation?.handling).toBe('work-phone');
  });

  it('a phone while driving: allowed only as the law allows, and where the agency does not say switch it off (Pan Dorset 1.12)', () => {
    const r = rule({ topic: 'data-security', handling: 'phone-driving' });
    expect(r.verdict).toBe('allowed-if');
    expect(cited(r)).toEqual(['pan-dorset/1.12']);
    expect(r.conditions.map((c) => c.text).join(' ')).toMatch(/switched off when driving/);
  });

  it('social-media evidence where there are safeguarding concerns is reviewed, gathered and recorded', () => {
    const r = rule({ topic: 'incident', incident: 'concerning-social-content' });
    expect(r.positions.map((p) => p.policy)).toEqual(expect.arrayContaining(['pan-dorset', 'waltham-forest']));
    expect(cited(r)).toContain('waltham-forest/safeguarding-information');
  });
});

describe('clearing chats off the work phone', () => {
  it("Waltham Forest keeps the communication history on the work device: clearing it is not recommended", () => {
    const r = rule({ topic: 'what-to-record', channel: 'whatsapp', handling: 'delete-messages' });
    expect(r.positions.find((p) => p.policy === 'waltham-forest')?.verdict).toBe('not-recommended');
    expect(understand('can i clear the old whatsapp chats off my work phone', { today }).recognised.find((f) => f.fact === 'handling')?.value).toBe('delete-messages');
  });
});
