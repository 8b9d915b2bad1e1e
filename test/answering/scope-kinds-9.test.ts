import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// Kinds of question blind-9 answered "not covered", ruled as a near miss, or met with a choice where a duty was asked
// (round 9's scope work), each asked in words of our own: what the practitioner sees on the first card.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const text = (r: Reply | undefined) => cardText(r?.card).join('\n');
const first = (question: string) => answerQuestion(question, ctx)[0];

describe('in-scope questions put in other words reach their rule', () => {
  it('an e-mail answered "from it", on a tablet of one\'s own, is a personal device (Cardiff and Vale), not a question for IT', () => {
    const card = first("set up outlook on my personal tablet so I can check work emails at home, can I answer a young person's email from it?");
    expect(card?.rulings[0]?.verdict).toBe('not-allowed');
    expect(text(card)).toContain('issued by the employer');
  });

  it('introducing oneself over WhatsApp is keeping in touch (Waltham Forest: "an introduction")', () => {
    const card = first('is a quick intro message on whatsapp to a new dad alright before I meet him?');
    expect(card?.rulings[0]?.topic).toBe('digital-contact');
    expect(text(card)).toContain('introduction');
  });

  it('a move to a new building, cabinets cleared before it, is the office move (Brighton and Hove 4.2)', () => {
    const card = first("we're relocating to a new building next month, anything we need to do with the filing cabinets before the move?");
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/brighton-hove/office-storage');
    expect(text(card)).toContain('fully checked and cleared');
  });

  it('another team wanting a copy of the whole record: the manager decides, only the minimum is shared (Nottinghamshire)', () => {
    const card = first('the leaving care team want a copy of the full record for a YP transferring to them, how much of it do I hand over?');
    expect(card?.rulings[0]?.ruleIds).toContain('information-sharing/nottinghamshire/manager-decides');
    expect(text(card)).toContain('only the minimum information required');
  });

  it('everything held on a person asked for stays a subject access request, whoever decides what is sent', () => {
    expect(first("mum's solicitor asked me to send everything we hold on mum. who decides what gets sent?")?.rulings[0]?.topic).toBe('subject-access-request');
  });
});

describe('a duty asked gets a verdict on the first card, not "Which do you mean?"', () => {
  it('"anything else I need to record" after sending something is what to record', () => {
    const card = first('sent the chronology to the new authority by email today, anything else we should note our end?');
    expect(card?.rulings[0]?.topic).toBe('what-to-record');
    expect(card?.rulings[0]?.verdict).toBe('required');
  });

  it('whose file a message about several children goes on is the separate-files rule (Nottinghamshire)', () => {
    const card = first("dad rang about his two boys. which child's record does the call go on?");
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/nottinghamshire/sibling-records');
  });

  it('one note pasted onto each sibling\'s record is the separate-files rule', () => {
    const card = first('visited two brothers today, ok to copy and paste my note onto both their files?');
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/nottinghamshire/sibling-records');
  });

  it('the recording guidance\'s reach, the guidance named, is a recording question', () => {
    expect(first('does our case recording policy apply to agency workers as well as permanent staff?')?.rulings[0]?.topic).toBe('what-to-record');
  });

  it('a parent\'s rights written about in the record quote Article 8 (Nottinghamshire, Human Rights)', () => {
    const card = first("we're removing the kids under an EPO tomorrow, how do i reflect mum's rights in the case notes?");
    expect(card?.rulings[0]?.ruleIds).toContain('record-writing/nottinghamshire/human-rights');
    expect(text(card)).toContain('Article 8');
  });
});

describe('a limit or fix asked of a tool is a near miss, even when the message held up is to a family', () => {
  it.each([
    'inbox nearly full and a foster carer keeps emailing me photos, how can I free up space?',
    'how big a file can I attach to an email to a parent? the assessment is 30mb',
  ])('%s', (question) => {
    expect(first(question)?.rulings[0]?.topic).toBe('not-covered');
  });
});
