// "Do I need X first?" of a permission asks whose agreement is needed: yes where the policy saying yes makes it a condition,
// with that condition first under "What to do now"; no where it does not (round 25).
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/understand';
import { firstReply, firstVerdict, replyText, TODAY } from '../support/answers';

const firstStep = (question: string): string => (replyText(firstReply(question)).split('**What to do now**')[1] ?? '').trim().split('\n')[0] ?? '';

describe('a step asked before the act', () => {
  it("a manager's go-ahead is required where the policy puts the contact through supervision (Cardiff and Vale)", () => {
    const q = 'vale SW - want to start messaging a 16 year old on the work mobile, has it got to go past my team manager first?';
    expect(firstVerdict(q)).toBe('required');
    expect(firstStep(q)).toMatch(/discussed in supervision/);
  });

  it("is not required where only another policy names supervision (Pan Dorset's texting asks no manager's ok)", () => {
    expect(firstVerdict("dorset - do I need my line manager's approval every time before I text a young person?")).toBe('not-required');
  });

  it("the family's agreement asked in everyday words leads with that condition", () => {
    const q = "poole team: do I need the parents' go-ahead before texting their 14 year old from the work phone?";
    expect(firstVerdict(q)).toBe('required');
    expect(firstStep(q)).toMatch(/^• Parents have given permission/);
  });

  it('consent asked after is not read as consent given', () => {
    const facts = (q: string) => understand(q, { today: TODAY }).situation as { consent?: { parent?: boolean } } | null;
    expect(facts("would I need parental consent to text a 13 year old? dorset")?.consent?.parent).toBeUndefined();
    expect(facts('we have parental consent to text a 13 year old, dorset')?.consent?.parent).toBe(true);
  });
});

describe('near misses and misreadings of round 25', () => {
  it.each([
    ["children's home in notts - are we allowed to go through a lad's room if we think he's got weed?"],
    ['a care leaver has been served a section 21 by her landlord, does she count as priority need? B&H'],
    ['outlook crashed halfway through my case note - what is the phone number for ICT?'],
    ['care leaver in dorset wants to stay put with her carers when she turns 18, how does that work?'],
  ])('%s is not covered, not a records answer', (q) => {
    expect(firstVerdict(q)).toBe('not-covered');
    expect(replyText(firstReply(q))).toContain('not covered by the guidance this bot holds');
  });

  it("'at one of' is no clock time: the law a retained message falls under is data protection's", () => {
    expect(understand('I work at one of the partner agencies in cardiff and vale - which laws apply to texts we keep?', { today: TODAY }).situation?.topic).toBe('data-protection');
  });

  it('a personal webmail account named with a qualifier is personal', () => {
    expect(firstVerdict('pan dorset - can I e-mail a young person from my old hotmail while my work account is being set up?')).toBe('not-allowed');
  });
});

describe('where the worker is', () => {
  it("'vale' alone names Cardiff and Vale", () => {
    expect(replyText(firstReply('vale - how long do I have to write up a home visit?'))).toMatch(/You named Cardiff and Vale/);
  });
});

// A newcomer's review of round 25 found these answered worse; each is held here.
describe('what round 25 must not take away', () => {
  it("no manager's ok is needed where the policy saying yes asks none (Pan Dorset's texting), and the card says no", () => {
    const q = 'poole - has it got to go past my manager first if I want to text a 15 year old?';
    expect(firstVerdict(q)).toBe('not-required');
    expect(replyText(firstReply(q))).toMatch(/^No \(Pan Dorset\): Texting is allowed if previously agreed/);
  });

  it("a manager's ok asked where the alternative consent is given is not required (Waltham Forest: section 20 or the Team Manager)", () => {
    expect(firstVerdict("WF - 14 year old, risk assessment says whatsapp is needed and mum has given section 20 consent - do I still need my TM's ok?")).toBe('not-required');
  });

  it("a record's sign-off asked is not answered as someone's agreement", () => {
    expect(replyText(firstReply('notts - do I need sign off on my case notes?'))).not.toMatch(/^Yes/);
  });

  it('consent awaited is not consent given', () => {
    expect((understand("still waiting on his parents' consent to text him, dorset", { today: TODAY }).situation as { consent?: unknown } | null)?.consent).toBeUndefined();
  });

  it.each([
    ['notts - when can we weed closed files?', 'retention'],
    ["we're having a weed of old paper files in the office, what can go? notts", 'retention'],
    ['the landlord has served mum a section 21 notice, can I tell the school? B&H', 'information-sharing'],
    ["mum's in temporary accommodation, can I give her my personal mobile number? dorset", 'personal-contact-details'],
  ])('%s stays %s', (q, topic) => expect(understand(q, { today: TODAY }).situation?.topic).toBe(topic));

  it("a street or another Vale is not Cardiff and Vale", () => {
    expect(replyText(firstReply('notts SW, foster carers live in Vale Road - do I need to write up the visit within 5 days?'))).toMatch(/Nottinghamshire/);
    expect(replyText(firstReply('poole worker, YP placed in Aylesbury Vale, can I text him from my own phone?'))).not.toMatch(/Cardiff and Vale/);
  });

  it("a young person's webmail is not the worker's account", () => {
    expect(firstVerdict('dorset - a YP emailed me from a college gmail, can I reply from my work email?')).toBe('allowed-if');
  });
});

