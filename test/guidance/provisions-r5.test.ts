// Provisions of Cardiff and Vale, Pan Dorset, Waltham Forest and Brighton and Hove a practitioner asks about that no rule
// encoded before (issue 10, "Not yet encoded, by theme"): each answers with its own cited rule, and the fact it turns on is
// read from every way of saying it and never asked for.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import type { PolicyId } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Ruling } from '../../src/guidance/ruling';
import type { Situation } from '../../src/guidance/situation';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const rule = (s: Situation): Ruling => decide(s, { profile: DEFAULT_PROFILE, today });
const cited = (r: Ruling) => r.citations.map((c) => c.id);
const position = (r: Ruling, policy: PolicyId) => r.positions.find((p) => p.policy === policy);
const read = (q: string) => understand(q, { today });

describe('questions about the guidance itself: why it was written, what it covers, whether it binds', () => {
  it.each([
    ['why did cardiff bring in a text recording policy?', 'purpose'],
    ['what is the point of the one story recording model', 'purpose'],
    ['what was the reason behind the messaging guidance?', 'purpose'],
    ['does the policy cover instagram DMs as well?', 'scope'],
    ['is it only for social workers or for every agency', 'scope'],
    ['does the guidance apply to messages we send as well as ones we get?', 'scope'],
    ['is the whatsapp guidance enforceable?', 'status'],
    ['could I be disciplined for breaking the texting rules?', 'status'],
    ['if I ignore the guidance will it be treated as misconduct', 'status'],
    ['is it mandatory or just advice?', 'status'],
  ] as const)('"%s" reads as %s', (question, value) => {
    expect(read(question).situation?.aboutGuidance ?? read(question).recognised.find((f) => f.fact === 'about the guidance')?.value).toBe(value);
  });

  it.each([
    'can I text a 15 year old on my work phone?',
    'do I have to record every phone call?',
    'is it mandatory to record the time of a text?',
    'why do I have to screenshot whatsapps?',
  ])('"%s" is a question about practice, not about the guidance', (question) => {
    expect(read(question).situation?.aboutGuidance).toBeUndefined();
  });

  it('is never asked for: a plain contact or recording question is answered as before', () => {
    expect(rule({ topic: 'digital-contact', channel: 'text' }).missingFacts).not.toContain('aboutGuidance');
    expect(rule({ topic: 'what-to-record' }).missingFacts).not.toContain('aboutGuidance');
    expect(rule({ topic: 'digital-contact', channel: 'text' }).ruleIds).not.toContain('digital-contact/pan-dorset/status');
  });

  it('Cardiff and Vale 1, 2 and 3: a multi-agency policy for any technology, outgoing and incoming', () => {
    for (const topic of ['what-to-record', 'digital-contact'] as const) {
      const r = rule({ topic, aboutGuidance: 'scope' });
      expect(r.ruleIds).toContain(`${topic}/cardiff-vale/scope`);
      expect(position(r, 'cardiff-vale')?.verdict).toBe('required');
      expect(cited(r)).toEqual(expect.arrayContaining(['cardiff-vale/1', 'cardiff-vale/2', 'cardiff-vale/3', 'cardiff-vale/e-safety']));
    }
  });

  it("Cardiff and Vale's note: every member agency has policies to support e-safety practice", () => {
    expect(cited(rule({ topic: 'data-protection' }))).toContain('cardiff-vale/e-safety');
  });

  it('Waltham Forest: for guidance purposes only, not enforceable in the event of misconduct; Pan Dorset: outside agreed protocols may lead to disciplinary investigations', () => {
    const r = rule({ topic: 'digital-contact', aboutGuidance: 'status' });
    expect(position(r, 'waltham-forest')).toMatchObject({ verdict: 'not-required' });
    expect(position(r, 'waltham-forest')?.statement).toContain('not enforceable in the event of misconduct');
    expect(position(r, 'pan-dorset')).toMatchObject({ verdict: 'required' });
    expect(cited(r)).toEqual(expect.arrayContaining(['waltham-forest/status', 'pan-dorset/status', 'pan-dorset/12-outside-protocols']));
  });

  it('Pan Dorset: professional recording and boundaries in all communication, written or oral', () => {
    const r = rule({ topic: 'digital-contact', aboutGuidance: 'scope' });
    expect(r.ruleIds).toContain('digital-contact/pan-dorset/all-communication');
    expect(cited(rule({ topic: 'digital-contact' }))).toContain('pan-dorset/all-communication');
  });

  it("Brighton and Hove: what recording is for, and whom the policy applies to", () => {
    const r = rule({ topic: 'what-to-record', aboutGuidance: 'purpose' });
    expect(position(r, 'brighton-hove')?.statement).toContain('clear narrative for the child and family');
    expect(cited(r)).toEqual(expect.arrayContaining(['brighton-hove/1-purpose-narrative', 'brighton-hove/1-purpose-support', 'brighton-hove/1-purpose-evidence', 'brighton-hove/scope']));
  });
});

describe('style and boundaries of messages', () => {
  it("Waltham Forest: personal or hidden messages over an app break the same standards and boundaries as the rest of practice", () => {
    for (const purpose of ['personal', 'hidden'] as const) {
      const r = rule({ topic: 'digital-contact', channel: 'whatsapp', purpose });
      expect(r.ruleIds).toContain('digital-contact/waltham-forest/boundaries');
      expect(cited(r)).toEqual(expect.arrayContaining(['waltham-forest/same-standards', 'waltham-forest/boundaries', 'waltham-forest/boundaries-relationships', 'waltham-forest/best-interests']));
    }
    // An SMS is not one of Waltham Forest's communication tools.
    expect(rule({ topic: 'digital-contact', channel: 'text', viaApp: false, purpose: 'personal' }).ruleIds).not.toContain('digital-contact/waltham-forest/boundaries');
  });

  it.each([
    'can I ask her to keep our chats just between us?',
    'told the lad our texts stay between us, is that ok',
    'is it ok if we keep these messages between you and me',
  ])('"%s": messages kept out of sight (Pan Dorset: transparent and open to scrutiny)', (question) => {
    expect(read(question).situation?.purpose).toBe('hidden');
    expect(position(rule({ topic: 'digital-contact', purpose: 'hidden' }), 'pan-dorset')?.verdict).toBe('not-allowed');
  });

  it('"keep it between us" about something told, not about messages, is not a hidden message', () => {
    expect(read('mum asked me to keep it between us that she is pregnant, do I record it?').situation?.purpose).toBeUndefined();
  });

  it('Pan Dorset e-mail and texting: personal e-mail addresses, internal e-mail by the organisation\'s policy, texting as young people\'s social contact', () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'email', person: 'child' }))).toEqual(expect.arrayContaining(['pan-dorset/3.1', 'pan-dorset/12-internal-email']));
    expect(cited(rule({ topic: 'digital-contact', channel: 'text', person: 'child' }))).toContain('pan-dorset/1.4-social-contact');
  });

  it("Waltham Forest: the platform's minimum age, with Instagram and Facebook as examples", () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'instagram', person: 'child' }))).toContain('waltham-forest/age-appropriate');
  });
});

describe('Brighton and Hove information sharing and confidentiality', () => {
  it('key principles: the child\'s safety and welfare considered, information given in confidence used only as the person was told', () => {
    const r = rule({ topic: 'information-sharing' });
    expect(cited(r)).toEqual(expect.arrayContaining(['brighton-hove/2.2-safety', 'brighton-hove/2.1-confidentiality']));
  });

  it('16 and over: informed in their own right, with a professional judgement on the facts of the case', () => {
    expect(cited(rule({ topic: 'information-sharing', age: 17 }))).toContain('brighton-hove/2.1-16-plus-judgement');
  });

  it('something told in confidence: the common law duty of confidentiality beside Nottinghamshire\'s "recorded even if given in confidence"', () => {
    const r = rule({ topic: 'record-writing', writing: 'leave-out' });
    expect(r.ruleIds).toEqual(expect.arrayContaining(['record-writing/brighton-hove/in-confidence', 'record-writing/nottinghamshire/leave-out']));
    expect(rule({ topic: 'record-writing' }).missingFacts).not.toContain('writing');
  });
});

describe('social-media evidence where there are safeguarding concerns, and reviews over an app', () => {
  it.each([
    "I want to check mum's facebook page for evidence she's back with him",
    "looking at the yp's tiktok because of worries about CSE, is that ok?",
    'saw on snapchat that she is meeting an older guy from online',
  ])('"%s" is concerning content on social media: Waltham Forest reviews, gathers and records; Pan Dorset records and tells the line manager', (question) => {
    expect(read(question).situation?.incident).toBe('concerning-social-content');
    const r = rule({ topic: 'incident', incident: 'concerning-social-content' });
    expect(cited(r)).toEqual(expect.arrayContaining(['waltham-forest/safeguarding-information', 'pan-dorset/4.2']));
  });

  it('a review held over an app is an assessment-style conversation (Waltham Forest: keep in touch only)', () => {
    expect(read("can I do mum's child in need review over whatsapp?").situation?.purpose).toBe('assessment');
    expect(position(rule({ topic: 'digital-contact', channel: 'whatsapp', purpose: 'assessment' }), 'waltham-forest')?.verdict).toBe('not-allowed');
  });
});

describe("Cardiff and Vale 6: digital contact discussed in supervision and risk assessed", () => {
  it('a contact question that turns on supervision, or on no risk assessment, is answered with the duty of worker and manager', () => {
    for (const s of [{ supervision: 'formal' as const }, { riskAssessed: false }]) {
      const r = rule({ topic: 'digital-contact', channel: 'text', ...s });
      expect(position(r, 'cardiff-vale')).toMatchObject({ verdict: 'required' });
      expect(r.ruleIds).toContain('digital-contact/cardiff-vale/supervision');
    }
    // Never asked for: a plain contact question stays as it was.
    const plain = rule({ topic: 'digital-contact', channel: 'text', device: 'work' });
    expect(plain.ruleIds).not.toContain('digital-contact/cardiff-vale/supervision');
    expect(plain.missingFacts).not.toContain('supervision');
  });
});

describe('what a channel is for, and standards online', () => {
  it.each([
    'what kind of stuff is whatsapp ok for?',
    "whats whatsapp meant for in WF",
    'what can texts be used for with young people?',
    'do our standards online differ from face to face?',
    'is it fine to be less formal on social media than in person with families',
  ])('"%s" is a contact question', (question) => {
    expect(read(question).situation?.topic).toBe('digital-contact');
  });

  it('what WhatsApp is for (Waltham Forest): keeping in touch, such as confirming an appointment', () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'whatsapp' }))).toEqual(expect.arrayContaining(['waltham-forest/keep-in-touch', 'waltham-forest/same-standards']));
  });
});
