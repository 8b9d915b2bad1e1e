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
  // Settling differing accounts into one version is not a kind of Nottinghamshire entry: Brighton and Hove's MIRRA 7 answers it.
  it.each(RECORD_ENTRIES.filter((e) => e !== 'single-narrative').map((e) => [e]))('%s has its own Nottinghamshire rule, which leads the card', (entry) => {
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

describe('differing accounts of one event (Brighton and Hove MIRRA 7)', () => {
  it('"do I have to decide which version is right?" is not required, and says to record each account', () => {
    const understood = understand('mum and dad tell it completely differently - do I need to choose whose account is right for the file?', { today });
    expect(understood.situation).toMatchObject({ topic: 'what-to-record', entry: 'single-narrative' });
    const r = rule(understood.situation!);
    expect(r.verdict).toBe('not-required');
    expect(r.headline).toMatch(/^Not required \(Brighton and Hove\): .*without attempting to establish a single, agreed narrative/);
    expect(cited(r)).toContain('brighton-hove/mirra-7');
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
  // "Should be retained ... as long as they work with the service user" is read as Waltham Forest reads its other "should"
  // lines (not under 16s directly): a rule, so clearing the history before then is not allowed.
  it("Waltham Forest keeps the communication history on the work device: clearing it is not allowed", () => {
    const r = rule({ topic: 'what-to-record', channel: 'whatsapp', handling: 'delete-messages' });
    expect(r.positions.find((p) => p.policy === 'waltham-forest')?.verdict).toBe('not-allowed');
    expect(understand('can i clear the old whatsapp chats off my work phone', { today }).recognised.find((f) => f.fact === 'handling')?.value).toBe('delete-messages');
  });
});

describe("how a record is written (Nottinghamshire, case notes must be clearly understandable)", () => {
  const writing = (aspect: NonNullable<Situation['writing']>) => rule({ topic: 'record-writing', writing: aspect });

  it.each([
    ['note-form', 'allowed-if', 'note form or bullet points are acceptable'],
    ['abbreviations', 'allowed-if', 'explained in full the first time they are used'],
    ['derogatory', 'not-allowed', 'Inappropriate comments about service users or others must not be recorded'],
    ['casual', 'not-recommended', 'casual or colloquial expressions should be avoided'],
    ['liability', 'not-allowed', 'not to indicate that the Department or its workers are to blame or liable'],
    ['names', 'required', 'identified in full and with any job title'],
    ['unknown', 'required', 'If significant information is not known, this must be indicated'],
    ['opinion', 'required', "The worker's opinion, judgement or analysis"],
    ['accessible', 'required', 'tailor the method of sharing records'],
    ['detail', 'required', 'only sufficient information to enable the reader'],
  ] as const)('%s: %s, quoting "%s"', (aspect, verdict, quote) => {
    const r = writing(aspect);
    expect(r.verdict).toBe(verdict);
    expect(r.ruleIds.filter((id) => id.includes('/nottinghamshire/'))).toEqual([`record-writing/nottinghamshire/${aspect}`]);
    expect(r.citations.map((c) => c.quote).join('\n')).toContain(quote);
  });

  // Brighton and Hove rules on the same questions: the record's audience and its language, and summarising.
  it.each([
    [undefined, 'required', 'explicit consideration is given to the anticipated audience'],
    ['abbreviations', 'allowed-if', 'the use of jargon and acronyms'],
    ['detail', 'required', 'not recording every action they take'],
  ] as const)('Brighton and Hove on %s: %s, quoting "%s"', (aspect, verdict, quote) => {
    const r = rule({ topic: 'record-writing', ...(aspect ? { writing: aspect } : {}) });
    const position = r.positions.find((p) => p.policy === 'brighton-hove');
    expect(position?.verdict).toBe(verdict);
    expect(position?.citations.map((c) => c.quote).join('\n')).toContain(quote);
  });

  it('a plain question about the writing: written as if the service user will read it, never asking which aspect', () => {
    const r = rule({ topic: 'record-writing' });
    expect(r.verdict).toBe('required');
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/written-for-reader', 'nottinghamshire/information-types-list', 'nottinghamshire/decisions-clear']));
    expect(r.missingFacts).not.toContain('writing');
  });

  it('a derogatory description is refused, but what the person said that was hostile still goes in the record', () => {
    const r = writing('derogatory');
    expect(r.actions.map((a) => a.text).join(' ')).toMatch(/hostile, threatening or negative comments/);
    expect(cited(r)).toContain('nottinghamshire/hostile-comments');
  });

  it.each([
    ['can my recordings be in bullet form rather than paragraphs', 'note-form'],
    ['is it ok to put acronyms like CP in a case note', 'abbreviations'],
    ['can i say in the file that dad is lazy and useless', 'derogatory'],
    ["is slang ok in a write up if that's how the family talk", 'casual'],
    ['should the record admit the council was at fault for the placement ending', 'liability'],
    ['do i use first names or mr and mrs in the record', 'names'],
    ["mum won't give her date of birth, what do i put in the record", 'unknown'],
    ['how do i keep fact and opinion apart in my notes', 'opinion'],
    ['dad reads urdu not english, can the record be translated for him', 'accessible'],
    ['how much detail do my case notes need', 'detail'],
  ] as const)('"%s" is read as a question about the writing (%s)', (question, aspect) => {
    const u = understand(question, { today });
    expect(u.situation?.topic).toBe('record-writing');
    expect(u.situation?.writing).toBe(aspect);
  });

  it('a message to a young person in text speak stays a contact question, not one about the record', () => {
    expect(understand('can i use abbreviations and emojis when i text a 15 year old', { today }).situation?.writing).toBeUndefined();
  });
});

describe("Nottinghamshire's minimum contents, in full", () => {
  it.each([
    ['first-contact', 'nottinghamshire/first-contact-details', 'Contact details of the referrer'],
    ['first-contact', 'nottinghamshire/first-contact-equalities', 'gender, ethnic origin, religion'],
    ['risk', 'nottinghamshire/risk-contents', 'The likelihood of harm occurring'],
    ['review', 'nottinghamshire/review-documentation', 'Records of who was involved in the review'],
    ['complaint', 'nottinghamshire/complaints-details', 'Clarification of what the complainant expects'],
    ['minutes', 'nottinghamshire/minutes-detail', 'who took part and how they contributed'],
    ['assessment', 'nottinghamshire/case-notes-ongoing', 'should not be used to record assessments'],
    ['plan', 'nottinghamshire/plan-form', 'CIN Plan or Core Group'],
    ['views', 'nottinghamshire/views-judgements', "any disagreement with the outcome or worker's judgements"],
  ] as const)('%s cites %s ("%s")', (entry, id, quote) => {
    const r = rule({ topic: 'what-to-record', entry });
    expect(cited(r)).toContain(id);
    expect(r.citations.find((c) => c.id === id)?.quote).toContain(quote);
  });

  it('every contact record: the significant points, observations, outcome, actions and analysis', () => {
    expect(cited(rule({ topic: 'what-to-record' }))).toEqual(expect.arrayContaining(['nottinghamshire/full-contact-content', 'nottinghamshire/case-note-analysis']));
  });
});

describe('records inside the Department, and what service users are told (Nottinghamshire, confidentiality)', () => {
  it('workers and managers in the Department read records without the service user\'s permission', () => {
    const r = rule({ topic: 'information-sharing', recordAccess: 'within-department' });
    expect(r.positions.find((p) => p.policy === 'nottinghamshire')?.verdict).toBe('allowed');
    expect(r.ruleIds).toContain('information-sharing/nottinghamshire/within-department');
    expect(r.citations.find((c) => c.id === 'nottinghamshire/department-property')?.quote).toContain("without the need for the service user's permission");
    expect(understand('can my team manager look at my case notes without mum giving permission', { today }).situation?.recordAccess).toBe('within-department');
  });

  it('only policies that say it decide it: with Nottinghamshire alone, reading inside the Department is allowed', () => {
    const r = decide({ topic: 'information-sharing', recordAccess: 'within-department' }, { profile: { ...DEFAULT_PROFILE, policies: ['nottinghamshire'] }, today });
    expect(r.verdict).toBe('allowed');
    expect(r.ruleIds).toEqual(['information-sharing/nottinghamshire/within-department']);
  });

  it('the manager of the team holding the information decides what is shared or restricted', () => {
    const r = rule({ topic: 'information-sharing', recordAccess: 'deciding-restrictions' });
    expect(r.verdict).toBe('required');
    expect(r.headline).toMatch(/^Required \(Nottinghamshire\): The manager of the team or unit holding the information/);
    expect(understand('whose job is it to decide which documents on the file are restricted?', { today }).situation?.recordAccess).toBe('deciding-restrictions');
  });

  it('service users are told that records are kept and why, at the start', () => {
    const r = rule({ topic: 'information-sharing', recordAccess: 'telling-service-users' });
    expect(r.verdict).toBe('required');
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/informed-why', 'nottinghamshire/purpose-of-records']));
    expect(understand('what should we explain to parents at the start of our involvement about the records we keep', { today }).situation?.recordAccess).toBe('telling-service-users');
    // Who a worker may share with is not what service users are told about their records.
    expect(understand('do i have to tell mum who we share it with before a strategy meeting', { today }).situation?.recordAccess).toBeUndefined();
  });

  it('asked to keep something out of the notes: recorded even if given "in confidence"', () => {
    const r = rule({ topic: 'record-writing', writing: 'leave-out' });
    expect(r.verdict).toBe('required');
    expect(r.citations.find((c) => c.id === 'nottinghamshire/in-confidence')?.quote).toContain('even if given "in confidence."');
    expect(understand("the young person begged me not to write down what she told me, do i have to", { today }).situation?.writing).toBe('leave-out');
  });
});

describe('amending, absent colleagues, separate files (Nottinghamshire)', () => {
  it('overwriting a case note is not allowed: the original must still be in the file', () => {
    const r = rule({ topic: 'amendment', amendment: 'overwrite' });
    expect(r.verdict).toBe('not-allowed');
    expect(r.citations.find((c) => c.id === 'nottinghamshire/amendments-original')?.quote).toBe('The original recording must still be in the file;');
    expect(understand('can i delete my old case note and retype it with the right details', { today }).situation?.amendment).toBe('overwrite');
    expect(understand('i need to correct the date in a case note, how do i do that', { today }).situation?.amendment).toBe('correction');
  });

  it("putting an absent colleague's notes on: allowed if under your own log-in with the 'on behalf of' note", () => {
    const r = rule({ topic: 'wording', wording: 'on-behalf-of' });
    expect(r.verdict).toBe('allowed-if');
    expect(r.conditions.map((c) => c.text).join(' ')).toMatch(/own log-in/);
    expect(understand("my colleague's on leave, can i upload his visit notes onto mosaic for him", { today }).situation?.wording).toBe('on-behalf-of');
  });

  it('papers about a worker or another service user go on a separate file, referenced in the record', () => {
    const r = rule({ topic: 'what-to-record', entry: 'other-people' });
    expect(r.headline).toMatch(/^Required \(Nottinghamshire\)/);
    expect(cited(r)).toContain('nottinghamshire/separate-files');
    expect(understand('should the LADO investigation papers about the foster carer go on the child\'s mosaic file', { today }).situation?.entry).toBe('other-people');
  });

  it('a letter that came in by post is correspondence to scan, not case papers being posted out', () => {
    const u = understand('the school posted me a letter about attendance, what do i do with the paper copy', { today });
    expect(u.situation?.handling).toBeUndefined();
    expect(u.situation?.entry).toBe('correspondence');
    expect(understand('can i post the assessment to mum', { today }).situation?.handling).toBe('post');
  });
});

describe('showing service users their records, and records that are not part of my work (Nottinghamshire)', () => {
  it('sharing written records with the service user as they are written is good practice, other agencies\' information aside', () => {
    const r = rule({ topic: 'information-sharing', recordAccess: 'showing-service-user' });
    expect(r.verdict).toBe('allowed-if');
    expect(cited(r)).toEqual(expect.arrayContaining(['nottinghamshire/share-routinely', 'nottinghamshire/other-agency-information']));
    expect(understand('dad wants to read what I wrote about him after the visit, can I let him see it', { today }).situation?.recordAccess).toBe('showing-service-user');
  });

  it('a record that is not part of my work is never looked at, and work information never told outside work', () => {
    const r = rule({ topic: 'data-protection', recordAccess: 'not-authorised' });
    expect(r.verdict).toBe('not-allowed');
    expect(r.ruleIds).toContain('data-protection/nottinghamshire/not-authorised');
    expect(r.ruleIds).not.toContain('data-protection/nottinghamshire/scope');
    expect(understand("can I check my cousin's file on mosaic, she's open to the team", { today }).situation?.topic).toBe('data-protection');
    expect(understand('am i allowed to talk to my partner about one of my families', { today }).situation?.recordAccess).toBe('not-authorised');
  });
});
