// Scope edges (issue 10): questions near the guidance that no policy rules are not covered, naming the nearest topics;
// questions a policy does rule reach their rule through the facts that decide them.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Ruling } from '../../src/guidance/ruling';
import type { Situation } from '../../src/guidance/situation';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const rule = (s: Situation): Ruling => decide(s, { profile: DEFAULT_PROFILE, today });
const ask = (q: string) => understand(q, { today });
const fact = (q: string, name: string) => ask(q).recognised.find((f) => f.fact === name)?.value;

describe('questions about things no policy rules are not covered, whatever topic their other words point at', () => {
  it.each([
    // The terms of a worker's job: pay, leave, training, DBS, registration.
    ['when will the pay award be backdated to april?'],
    ['can i claim toil for the late visit on thursday'],
    ['how much annual leave can I carry over?'],
    ['is the data protection e-learning mandatory every year?'],
    ['how often does my DBS have to be renewed?'],
    ['what should my out of office say while I am on leave?'],
    ['How long do we keep staff supervision files after a worker leaves?'],
    // Charging for records: no policy names a fee.
    ['Can we charge a fee for a subject access request?'],
    ['is there a charge for a care leaver to get a copy of her file'],
    // IT help.
    ['How do I make the text bigger on the Mosaic screen?'],
    ['got a phishing email pretending to be mosaic support, what do i do'],
    ['who do I ask to get the Teams app put on my work phone?'],
    // Who may come to a meeting or visit.
    ['Can I refuse to let dad bring an advocate to the core group meeting?'],
    ['Can the 14 year old sibling interpret for mum at the visit?'],
    // Gifts, caseloads and the worker's own safety on visits.
    ['mum wants to give me a present for helping, am i allowed to accept it'],
    ['is there a lone working policy for evening visits'],
    ['the family has an aggressive dog, can I refuse to visit'],
    // When child protection processes must happen (not their records).
    ['How soon after a strategy discussion does the initial child protection conference have to be held?'],
    // Consent to medical treatment, and how often supervision happens.
    ['can a 15 year old consent to their own medical treatment'],
    ['how many supervision sessions should I get a month'],
  ])('"%s"', (question) => {
    const u = ask(question);
    expect(u.situation).toBeNull();
    expect(u.choices).toBeUndefined();
    // "Not covered" names the covered topics nearest to it.
    expect(u.nearest?.length ?? 0).toBeGreaterThan(0);
  });

  it('a word of those classes in passing leaves an in-scope question in scope', () => {
    expect(ask('when do the minutes of the strategy meeting need to go out').situation?.topic).toBe('meeting-records');
    expect(ask('is it ok to have a friend request from a young person on facebook').situation?.topic).toBe('digital-contact');
    expect(ask('how should supervision discussions about a case be recorded').situation?.topic).toBe('supervision');
    expect(ask('Which laws are texts and messages we keep from families subject to? Need it for our IG training slides.').situation?.topic).toBe('data-protection');
    expect(ask('can I install whatsapp on my work phone to message families').situation?.topic).toBe('digital-contact');
    expect(ask('does the interpreter need to be named in the minutes of the conference').situation?.topic).toBe('meeting-records');
    expect(ask('can I ask the young person to send me the photos of her injuries').situation?.incident).not.toBe('indecent-image');
  });
});

describe('data security: the decisive fact gives the answer (Brighton and Hove 4.2)', () => {
  it.each([
    ['Can I keep my laptop login written down in my laptop bag?'],
    ['I keep forgetting my password, can I write it on a post-it and keep it in the laptop case?'],
  ])('log-in details written down: "%s" is not allowed', (question) => {
    expect(fact(question, 'handling')).toBe('laptop');
    expect(ask(question).situation?.loginWrittenDown).toBe(true);
    const r = rule({ topic: 'data-security', handling: 'laptop', loginWrittenDown: true });
    expect(r.verdict).toBe('not-allowed');
    expect(r.citations.map((c) => c.id)).toContain('brighton-hove/4.2-laptop-login');
  });

  it.each([
    ["The family's flat has a shared letterbox, can I just post the assessment to them?"],
    ['they live in a block with one communal post box, ok to send the report by post?'],
    ['mum says her post keeps going missing, can I still send the plan by post'],
  ])('no secure facility for post: "%s" is hand-delivered, not posted ("should be hand-delivered")', (question) => {
    expect(fact(question, 'handling')).toBe('post');
    expect(ask(question).situation?.postInsecure).toBe(true);
    const r = rule({ topic: 'data-security', handling: 'post', postInsecure: true });
    expect(r.verdict).toBe('not-recommended');
    expect(r.headline).toMatch(/hand-deliver/i);
    expect(r.citations.map((c) => c.id)).toContain('brighton-hove/4.2-post-hand-deliver');
  });

  it('an ordinary letter to a checked address keeps the checks to make, not a refusal', () => {
    expect(fact("can I post the report to mum, I've checked the address", 'handling')).toBe('post');
    expect(rule({ topic: 'data-security', handling: 'post' }).verdict).toBe('required');
  });
});

describe('facts that reach the four policies\' rules', () => {
  it('asking a brother or friend to pass a message on is third-party communication (Pan Dorset 1.7)', () => {
    const u = ask("she won't answer my texts, can I ask her brother to tell her the meeting has moved?");
    expect(u.situation?.topic).toBe('digital-contact');
    expect(u.situation?.purpose).toBe('third-party-message');
    expect(ask('can i ask the young person to let me know when she gets home')?.situation?.purpose).not.toBe('third-party-message');
  });

  it.each([
    ['Can I talk through the child protection plan with mum over WhatsApp?', 'case-sensitive'],
    ["could I go through the child's care plan with dad over whatsapp?", 'case-sensitive'],
    ['can i send mum her kids health info on whatsapp', 'case-sensitive'],
    ["Can I do a care leaver's review over WhatsApp chat?", 'assessment'],
    ["Can I use messaging to talk through with a young person how they're feeling about their placement?", 'assessment'],
  ])('"%s" is %s work, not keeping in touch (Waltham Forest)', (question, purpose) => {
    const u = ask(question);
    expect(u.situation?.topic).toBe('digital-contact');
    expect(u.situation?.purpose).toBe(purpose);
    expect(rule({ topic: 'digital-contact', channel: 'whatsapp', purpose: purpose as Situation['purpose'], age: 17 }).ruleIds).toContain('digital-contact/waltham-forest/not-keep-in-touch');
  });

  it('switching the work mobile off, in either order, is the work mobile\'s rule (Pan Dorset 1.11)', () => {
    expect(fact('should I switch my work mobile off at the weekend?', 'handling')).toBe('work-phone');
    expect(fact('do I have to keep the work phone on at night', 'handling')).toBe('work-phone');
  });

  it('a young person refusing to hand over the phone with the pictures on it is the image advice (Pan Dorset 2.4)', () => {
    const u = ask('yp refused to hand over phone w the pics on, now what');
    expect(u.situation?.incident).toBe('indecent-image');
    expect(u.situation?.imageHandling).toBe('young-person-refuses');
    expect(ask('yp showing me dodgy pics on his phone').situation?.incident).toBe('indecent-image');
  });

  it("a looked after child contacting birth family online against a court order is concerning content (Waltham Forest's example)", () => {
    const u = ask("One of my 16 year olds in care is messaging her birth dad on Instagram behind everyone's back, even though there's a court order restricting contact. What do I do with what I saw?");
    expect(u.situation?.topic).toBe('incident');
    expect(u.situation?.incident).toBe('concerning-social-content');
  });

  it('cabinets cleared in a move between floors is an office move (Brighton and Hove 4.2)', () => {
    expect(fact("Our team is moving floors next week and facilities will take the old filing cabinets away. Anything I need to do?", 'handling')).toBe('office-storage');
  });
});

describe("the four policies' provisions encoded this round, each reached from a practitioner's question", () => {
  const cited = (r: Ruling) => r.citations.map((c) => c.id);

  it('Pan Dorset 12: no personal information shared with a child, or asked for beyond the professional role', () => {
    const u = ask('the lad keeps asking me about my weekend and my kids when he texts, is it ok to chat back about that?');
    expect(u.situation?.purpose).toBe('personal');
    // "my weekend" is what they talk about, not when the message is sent.
    expect(u.situation?.outOfHours).toBeUndefined();
    const r = rule(u.situation!);
    expect(r.verdict).toBe('not-allowed');
    expect(cited(r)).toContain('pan-dorset/12-personal-information');
  });

  it("Pan Dorset 12: the organisation's communication policy names the acceptable modes of communication", () => {
    const u = ask("we're a new provider: do we actually have to have a policy setting out which ways staff may contact children?");
    expect(u.situation?.topic).toBe('digital-contact');
    expect(cited(rule(u.situation!))).toContain('pan-dorset/12-communication-policy');
  });

  it("Pan Dorset 1.4: texting is a 'normal' professional tool, cited with the texting rule", () => {
    expect(cited(rule({ topic: 'digital-contact', channel: 'text', person: 'child' }))).toContain('pan-dorset/1.4');
  });

  it("Waltham Forest's own example (a looked after child contacting birth family against a Contact Order) backs its safeguarding rule", () => {
    const r = rule({ topic: 'incident', incident: 'concerning-social-content' });
    expect(cited(r)).toEqual(expect.arrayContaining(['waltham-forest/contact-order-example', 'waltham-forest/safeguarding-information', 'pan-dorset/4.2']));
  });

  it.each([
    ['should we be able to track down every record we hold on a family, even bits another team created?'],
    ['How are records supposed to be organised so we can find things about a named child quickly?'],
  ])('Brighton and Hove MIRRA 2 and 11: records located and retrieved: "%s"', (question) => {
    const u = ask(question);
    expect(u.situation?.handling).toBe('records-management');
    const r = rule(u.situation!);
    expect(r.verdict).toBe('required');
    expect(cited(r)).toEqual(expect.arrayContaining(['brighton-hove/mirra-2', 'brighton-hove/mirra-11']));
  });

  it("Brighton and Hove 2.3: a third party's information, their anonymity protected where possible", () => {
    const u = ask("a neighbour phoned in worried about the kids but doesn't want the family to know it was her, can we pass what she said on to the police?");
    expect(u.situation?.topic).toBe('information-sharing');
    expect(cited(rule(u.situation!))).toContain('brighton-hove/2.3-anonymity');
  });
});

describe('in-scope questions that were answered "not covered" because a word was not read', () => {
  it('"conf" is a conference: "cp conf recs - how quick do they have to be out?" is a meeting record', () => {
    expect(ask('cp conf recs - how quick do they have to be out?').situation?.topic).toBe('meeting-records');
  });

  it("a young person's own version of events beside staff's is the record's multiple voices (Brighton and Hove MIRRA 5 and 7)", () => {
    const u = ask('A 17 year old in care is upset about how an incident at her placement was written up and wants her version in there. The placement staff see it differently. What do I do with her account?');
    expect(u.situation?.topic).toBe('what-to-record');
    expect(u.situation?.entry).toBe('views');
    expect(rule(u.situation!).citations.map((c) => c.id)).toContain('brighton-hove/mirra-7');
  });

  it('a near miss sharing a phrase with a question its own words and facts answer does not take it: "mum asked me to text her the CP plan"', () => {
    expect(ask('mum asked me to text her the CP plan').situation?.topic).toBe('digital-contact');
    // A near miss with no such words or facts still wins.
    expect(ask('Do we have to notify Ofsted when a looked after child dies?').situation).toBeNull();
  });

  it("a class of words no policy rules yields to what is being done with a device: the work phone on annual leave is Pan Dorset 1.11", () => {
    expect(ask("do I have to keep my work phone on when I'm on annual leave").situation?.handling).toBe('work-phone');
    expect(ask("What should my out of office say when I'm on annual leave?").situation).toBeNull();
  });

  it('passing a message through a mate, and a kiss at the end of a text, are contact questions (Pan Dorset 1.7 and 1.5)', () => {
    expect(ask("can I get her mate to tell her I'm running late").situation?.purpose).toBe('third-party-message');
    expect(ask("can I get her mate to tell her I'm running late").situation?.topic).toBe('digital-contact');
    const kiss = ask('is it ok to sign off texts to young people with a kiss').situation!;
    expect(kiss.topic).toBe('digital-contact');
    expect(rule(kiss).verdict).toBe('not-allowed');
  });

  it("how long chats stay on the work phone is Waltham Forest's communication history, not the retention table", () => {
    const u = ask('how long do I keep whatsapp chats on my work phone');
    expect(u.situation?.topic).toBe('what-to-record');
    expect(u.situation?.handling).toBe('delete-messages');
    expect(rule(u.situation!).ruleIds).toContain('what-to-record/waltham-forest/keep-chat-history');
  });

  it('paper records locked at night is office storage (Brighton and Hove 4.2)', () => {
    expect(ask('our records are on paper in a cupboard, do they need locking at night').situation?.handling).toBe('office-storage');
  });

  it("text speak in messages being logged stays a recording question", () => {
    expect(ask("do i hav 2 log every single txt from mum even the 'ok thx' ones lol").situation?.topic).not.toBe('digital-contact');
  });

  it('messages with no channel named: out of hours is still Pan Dorset 1.2, in-depth work still Waltham Forest keep-in-touch only', () => {
    expect(rule(ask('Can I message young people outside working hours?').situation!).citations.map((c) => c.id)).toContain('pan-dorset/1.2');
    const feelings = ask("Can I use messaging to talk through with a young person how they're feeling about their placement?").situation!;
    expect(rule(feelings).ruleIds).toContain('digital-contact/waltham-forest/not-keep-in-touch');
    // A phone call is no communication tool of Waltham Forest's.
    expect(rule(ask('can I do the assessment with mum by phone').situation!).ruleIds).not.toContain('digital-contact/waltham-forest/not-keep-in-touch');
  });

  it('abuse sent by text at midnight is an abusive message (Pan Dorset 1.10)', () => {
    expect(ask('mum keeps txting me abuse at midnight, do i record it or just ignore').situation?.incident).toBe('abusive-message');
  });
});

