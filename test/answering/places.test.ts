import { describe, expect, it } from 'vitest';
import { answerQuestion, type Reply } from '../../src/answering/answer';
import { namedPlaces, namedPolicies } from '../../src/answering/places';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { ctx, replyText as text } from '../support/answers';

// A practitioner who says where they work is answered from that place's guidance; a place named as where they used to
// work, or in a comparison, leaves every policy's position on the card.

const verdict = (r: Reply | undefined) => r?.rulings[0]?.verdict;

describe('the place a question names', () => {
  it("answers a Brighton worker's 'every call' question with Brighton and Hove's position (no call-by-call log), not Pan Dorset's", () => {
    const [reply] = answerQuestion('hove team here - must I type up every phone call I make on a case?', ctx);
    expect(verdict(reply)).toBe('not-required');
    expect(text(reply)).toContain('Brighton and Hove');
    expect(text(reply)).not.toContain('Pan Dorset');
  });

  it('keeps every policy when the place is where the worker used to be', () => {
    const [reply] = answerQuestion('my previous team in Brighton said I needn\'t write up every phone call. do I have to?', ctx);
    expect(verdict(reply)).toBe('required');
    expect(text(reply)).toContain('Pan Dorset');
  });

  it("shows a place named as here beside another place's practice a colleague reports, and keeps every policy for 'any other policy'", () => {
    const [reply] = answerQuestion("Cardiff worker: do all my emails with a parent have to go on the child's file? a colleague who came from Brighton says they never bothered", ctx);
    expect(text(reply)).toContain('Cardiff and Vale');
    expect(text(reply)).toContain('Brighton and Hove');
    expect(namedPlaces(DEFAULT_PROFILE, 'Brighton says I need not record every call. does any other policy say to write them all up?')).toBe(DEFAULT_PROFILE);
  });

  it('shows beside the place named as here the guidance of a place the worker came from, when its guidance itself is named', () => {
    expect(namedPolicies(DEFAULT_PROFILE, 'we follow brighton now but my last team worked to the waltham forest whatsapp guidelines. do texts go on file?')).toEqual(['waltham-forest', 'brighton-hove']);
    expect(namedPolicies(DEFAULT_PROFILE, 'notts worker, used to be in cardiff. how long do I have to write up a visit?')).toEqual(['nottinghamshire']);
  });

  it('keeps every policy for a comparison, and when the named place is silent on the topic', () => {
    expect(namedPlaces(DEFAULT_PROFILE, 'does Cardiff differ from the other areas on texting?')).toBe(DEFAULT_PROFILE);
    expect(namedPlaces(DEFAULT_PROFILE, 'cardiff worker: can i text a 15 year old?').policies).toEqual(['cardiff-vale']);
    // The trade's shorthand for a council names it as its full name does.
    expect(namedPlaces(DEFAULT_PROFILE, 'WF worker: can i whatsapp a 15 year old?').policies).toEqual(['waltham-forest']);
    const [reply] = answerQuestion('Cardiff worker - can I use acronyms like CIN and LAC in my case notes?', ctx);
    expect(verdict(reply)).not.toBe('not-covered');
  });
});

describe('every place a question names is on the card', () => {
  it('says plainly that a named policy has nothing on the point, and shows the named policy that speaks', () => {
    const [reply] = answerQuestion('pan dorset vs brighton: can i text a 15 year old after 9pm?', ctx);
    expect(text(reply)).toContain('Pan Dorset');
    expect(text(reply)).toContain('_Brighton and Hove_: its guidance says nothing on contacting someone by text');
  });

  it('names each policy silent on what the card answers, and never one that takes a position on it', () => {
    const [reply] = answerQuestion('brighton vs waltham forest: is there set wording for the first whatsapp message to a parent?', ctx);
    expect(text(reply)).toContain('Please note that we will be communicating with you using WhatsApp');
    expect(text(reply)).toContain('_Brighton and Hove_: its guidance says nothing on exact wording');
    expect(text(reply)).not.toContain('_Waltham Forest_: its guidance says nothing');
  });
});

describe('an answer from another council than the one named', () => {
  it("says above the answer whose guidance it is, so a Cardiff worker does not take Nottinghamshire's deadline for Cardiff's", () => {
    const [reply] = answerQuestion('cardiff and vale: i got a text from a parent yesterday, by when do i need to record it?', ctx);
    const lines = text(reply).split('\n');
    expect(lines[0]).toBe("You named Cardiff and Vale; this answer is from Nottinghamshire's guidance.");
    expect(lines[1]).toMatch(/^Write it up by .*\(Nottinghamshire\)$/);
  });

  it("says when the named council's answer waits on a fact the question does not give, and whose guidance leads meanwhile", () => {
    const [reply] = answerQuestion('I work in Waltham Forest, can I message a 14 year old?', ctx);
    expect(text(reply).split('\n')[0]).toBe("You named Waltham Forest, whose answer depends on the channel; this answer is from Cardiff and Vale's and Pan Dorset's guidance.");
  });

  it('says nothing of the kind when the named council itself answers, or when none is named', () => {
    for (const q of ['notts: i got a text from a parent yesterday, by when do i need to record it?', 'i got a text from a parent yesterday, by when do i need to record it?']) {
      const [reply] = answerQuestion(q, ctx);
      expect(text(reply)).not.toContain('You named');
      expect(text(reply).split('\n')[0]).toMatch(/^Write it up by /);
    }
  });
});

describe('where the practitioner works, told apart from ages, times and where a child comes from', () => {
  it("reads a place after a child's age, after 'last week' or in brackets after a job as where the worker is, and a former job's place as past", () => {
    expect(namedPolicies(DEFAULT_PROFILE, 'can I whatsapp a 15 year old in waltham forest?')).toEqual(['waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, "SAR came in on wed last week (B&H). when's it due?")).toEqual(['brighton-hove']);
    expect(namedPolicies(DEFAULT_PROFILE, 'TM. 17 yr old originally from the pan dorset area now placed with us in waltham forest. whats our position?')).toEqual(['waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, 'my old team in dorset texted kids, can I?')).toEqual([]);
    expect(namedPolicies(DEFAULT_PROFILE, 'for the last 6 months i have been in Waltham Forest, can i whatsapp a 15yo')).toEqual(['waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, 'a 15yr old in WF wants to whatsapp me')).toEqual(['waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, 'Originally I thought Notts gave 10 days, how long have I got?')).toEqual(['nottinghamshire']);
  });

  it("answers a worker in Brighton now with Brighton and Hove's no, beside the Pan Dorset practice of their last job (named in brackets)", () => {
    const [reply] = answerQuestion("do i have to copy every email into the childs record?? we're B&H now but in my last job (pan dorset) we had to keep all of them", ctx);
    expect(verdict(reply)).toBe('not-required');
    expect(text(reply).split('\n')[0]).toMatch(/^No \(Brighton and Hove\)/);
    expect(text(reply)).toContain('Pan Dorset: yes, it is required');
  });
});

describe('"different" said of accounts, not of councils', () => {
  it("answers a Brighton worker whose family give 'totally different versions' from Brighton and Hove alone, with its no", () => {
    const [reply] = answerQuestion('mum and dad give totally different versions of what happened, B&H one story - do i have to decide which one goes in', ctx);
    expect(verdict(reply)).toBe('not-required');
    expect(text(reply).split('\n')[0]).toMatch(/^No \(Brighton and Hove\)/);
    expect(text(reply)).not.toContain('The policies differ');
    expect(text(reply)).toContain("Record each person's account as theirs");
    expect(namedPlaces(DEFAULT_PROFILE, 'is it any different in brighton?')).toBe(DEFAULT_PROFILE);
    expect(namedPlaces(DEFAULT_PROFILE, "We're B&H. mum and dad's accounts differ, do I pick one for the record?").policies).toEqual(['brighton-hove']);
    expect(namedPlaces(DEFAULT_PROFILE, "I'm in Brighton, mum and dad have differing views, what do I record?").policies).toEqual(['brighton-hove']);
    expect(namedPlaces(DEFAULT_PROFILE, 'Notts - do I record things differently for a child with a disability?').policies).toEqual(['nottinghamshire']);
    expect(namedPlaces(DEFAULT_PROFILE, 'do brighton and dorset have different rules on texting?').policies).toEqual(['pan-dorset', 'brighton-hove']);
  });

  it('answers "when people see things differently" from the council named, which leads the card', () => {
    const question = 'what does brighton say about recording when people see things differently?';
    expect(namedPlaces(DEFAULT_PROFILE, question).policies).toEqual(['brighton-hove']);
    const [reply] = answerQuestion(question, ctx);
    expect(text(reply).split('\n')[0]).toContain('(Brighton and Hove)');
    expect(text(reply)).toContain('without attempting to establish a single, agreed narrative');
    // Said of the councils, it still compares them.
    expect(namedPlaces(DEFAULT_PROFILE, 'does dorset see it differently?')).toBe(DEFAULT_PROFILE);
  });

  it("puts Brighton and Hove's own step for differing views first in what to do now, before its general recording steps", () => {
    const [reply] = answerQuestion('brighton - mum and foster carer have different views, do i put both in the record', ctx);
    const now = text(reply).split('**What to do now**')[1] ?? '';
    expect(now.trim()).toMatch(/^• Record each person's view as theirs/);
  });
});

describe('places written as practitioners write them', () => {
  it('"B&H" names Brighton and Hove, "the Vale" names Cardiff and Vale, a dad called Barry names no council', () => {
    expect(namedPlaces(DEFAULT_PROFILE, "my TM (B&H) says I have to copy every email into the child's record. is she right?").policies).toEqual(['brighton-hove']);
    expect(namedPlaces(DEFAULT_PROFILE, 'I work in the Vale, can I text a parent?').policies).toEqual(['cardiff-vale']);
    expect(namedPolicies(DEFAULT_PROFILE, 'Barry (dad) keeps texting me late at night, do I reply?')).toEqual([]);
  });
});

describe('a move from one council to another, and two councils compared', () => {
  it('reads the place moved to as here, and compares the place left when the move is asked as a comparison or its practice is told', () => {
    expect(namedPolicies(DEFAULT_PROFILE, 'moved from Cardiff to Waltham Forest last month. how long do I have to write up a visit?')).toEqual(['waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, 'just moved from notts to brighton. which policy is right about writing up every call?')).toEqual(['brighton-hove', 'nottinghamshire']);
    expect(namedPolicies(DEFAULT_PROFILE, "used to work in dorset and I'd text 14 year olds. now in waltham forest, can I whatsapp one here?")).toEqual(['pan-dorset', 'waltham-forest']);
    expect(namedPolicies(DEFAULT_PROFILE, 'Notts vs Cardiff on recording texts? I moved from Nottingham to Cardiff last year')).toEqual(['cardiff-vale', 'nottinghamshire']);
  });

  it("leads with the council the practitioner is in now, and quotes the one they left beside it", () => {
    const [reply] = answerQuestion("used to work in dorset and I'd text 14 year olds with their parents' ok. now in waltham forest - can I whatsapp a 14 year old here?", ctx);
    expect(verdict(reply)).toBe('not-allowed');
    expect(text(reply)).toContain('Communications should be sent to parents or legal guardians.');
    expect(text(reply)).toContain('making sure that parents have given permission');
  });

  it("leads with the council whose saying is asked ('WF says only working hours, Dorset says what?'), beside the other's", () => {
    const [reply] = answerQuestion('out of hours messaging: WF says only working hours, Dorset says what?', ctx);
    expect(text(reply).startsWith('Pan Dorset')).toBe(true);
    expect(text(reply)).toContain('Waltham Forest');
  });

  it('answers two councils on every e-mail kept from each one\'s own paragraph', () => {
    const [reply] = answerQuestion('my old team in dorset kept a record of every email, brighton says not to bother. who is right?', ctx);
    expect(text(reply)).toContain('A record of all e mails sent/received');
    expect(text(reply)).toContain('cut and paste every email they receive');
  });

  it('answers, not asks, when either topic offered gives each named council the same position from the same paragraph', () => {
    // Digital contact or giving out a number: Cardiff and Vale 5 and Pan Dorset 1.9 under either.
    const [reply] = answerQuestion('personal phone for work texts - does cardiff and vale differ from pan dorset?', ctx);
    expect(verdict(reply)).not.toBe('not-covered');
    expect(text(reply)).toContain('issued by the employer');
    expect(text(reply)).toContain('agreed with the line manager');
  });
});
