import { describe, expect, it } from 'vitest';
import { answerLine, dateFollowUp, findInCard as find } from '../support/card-search';
import { answerAction, answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';

// Retention questions from people clearing archives, end to end: question in, the cards a practitioner reads out.
// Today is 22 November 2026.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const lines = (r: Reply | undefined) => cardText(r?.card);
const text = (r: Reply | undefined) => lines(r).join('\n');
/** The one line an answer card leads with. */
const lead = (r: Reply | undefined) => answerLine(r?.card);

describe('"CP file, child born in 1999, can we shred it?"', () => {
  const replies = answerQuestion('CP file, child born in 1999, can we shred it?', ctx);
  const card = replies[0];

  it('says plainly that the period ended on 31 December 2024 and the record may now be destroyed, on conditions', () => {
    expect(lead(card)).toMatch(/^Yes, if the conditions are met \(Nottinghamshire\): /);
    expect(text(card)).toMatch(/^Allowed if the conditions are met \(Nottinghamshire\)$/m);
    expect(lead(card)).toContain('ended on 31 December 2024');
    expect(lead(card)).toContain('so it may now be destroyed');
    expect(lead(card)).toContain('25th anniversary');
    expect(text(card)).not.toMatch(/^Required/m);
    expect(replies[0]?.rulings[0]?.ruleIds).toContain('retention/nottinghamshire/child-protection-ended');
  });

  it('shows the year for what it is: taken as 31 December 1999, the latest it could be, never a made-up birthday', () => {
    expect(text(card)).toContain('1999 (no day given), taken as 31 December 1999, the latest it could be');
    expect(text(card)).toContain("the 25th anniversary of the child's birth in 1999, taken as 31 December 1999, the latest it could be");
    expect(text(card)).not.toContain('1999-12-31');
  });

  it('keeps the Independent Inquiry into Child Sexual Abuse considerations, and local arrangements, as the conditions', () => {
    const t = text(card);
    expect(t).toContain('✓ Met: Destruction of records kept for the Independent Inquiry into Child Sexual Abuse can resume');
    // The conditions the question does not settle are listed once, under Nottinghamshire's name.
    expect(t).toContain('**Nottinghamshire**\n\n✓ Met: Destruction');
    expect(t).toContain('**What to do now**\n\n• Consider whether the record is likely to be of significant interest to victims and survivors');
    expect(t).toContain('\n\n• The obligation to retain records for other inquiries remains');
    // Listed under "What to do now", they are counted there rather than repeated.
    expect(t).toContain('? Not known:\n\n• The two under "What to do now" above.\n\n• Your local arrangements allow it');
  });

  it('needs no more facts: for every day of 1999 the period has ended', () => {
    expect(replies).toHaveLength(1);
    expect(validateCard(card!.card)).toEqual([]);
  });
});

describe('"LAC file, born 1998, can we shred it?"', () => {
  const replies = answerQuestion('LAC file, born 1998, can we shred it?', ctx);
  const card = replies[0];

  it('says plainly that it must be kept until 31 December 2073 (75th anniversary): "can we shred it?" is a no', () => {
    expect(lead(card)).toMatch(/^No: keep it until 31 December 2073 \(the 75th anniversary/);
    expect(text(card)).toContain('Not allowed (Nottinghamshire): Keep this record until 31 December 2073');
    expect(text(card)).toContain('It must not be destroyed until that date has passed');
    expect(text(card)).not.toContain('may now be destroyed');
    expect(text(card)).toContain('1998 (no day given), taken as 31 December 1998, the latest it could be');
    expect(replies).toHaveLength(1);
  });
});

describe('a year that leaves the answer open', () => {
  const replies = answerQuestion('CP file, child born in 2001, can we shred it?', ctx);

  it('keeps the record (the latest reading) and asks for the exact date of birth', () => {
    expect(lead(replies[0])).toMatch(/^No: keep it until 31 December 2026 /);
    expect(text(replies[0])).toContain('the exact date is asked for');
    expect(replies).toHaveLength(1);
    expect(find(replies[0]?.card, (o) => o.type === 'Input.Date')).toHaveLength(1);
  });

  it('answers from the exact date once given: a March birthday has passed its 25th anniversary', () => {
    const refined = answerAction(dateFollowUp(replies[0]?.card, '2001-03-03'), ctx);
    expect(lines(refined[0])[0]).toBe('With "3 March 2001", the answer changes from no to yes, if the conditions are met.');
    expect(lead(refined[0])).toMatch(/^Yes, if the conditions are met \(Nottinghamshire\): /);
    expect(lead(refined[0])).toContain('ended on 3 March 2026');
    expect(text(refined[0])).not.toContain('latest it could be');
    expect(refined).toHaveLength(1);
  });

  it('answers from the exact date once given: a December birthday has not', () => {
    const refined = answerAction(dateFollowUp(replies[0]?.card, '2001-12-01'), ctx);
    expect(lead(refined[0])).toMatch(/^No: keep it until 1 December 2026 /);
    expect(text(refined[0])).toContain('Keep this record until 1 December 2026');
  });
});

describe('an adoption order made in 2005', () => {
  const replies = answerQuestion('adoption order made in 2005, how long do we keep the adoption file?', ctx);

  it('cannot tell 75 from 100 years: says so, takes the longer period, and asks for the date of the order', () => {
    expect(lead(replies[0])).toMatch(/^Keep it until 31 December 2105 /);
    expect(text(replies[0])).toContain('an order made before 30 December 2005 is kept at least 75 years, and 2005 alone cannot tell which applies');
    expect(find(replies[0]?.card, (o) => o.type === 'Input.Date' && o.id === 'fact_dates_adoptionOrder')).toHaveLength(1);
  });
});

describe('a retention question without the date the period runs from', () => {
  it('gives the row of the table and asks for the date', () => {
    const replies = answerQuestion('can we shred an old CP file?', ctx);
    expect(lead(replies[0])).toMatch(/^Nottinghamshire: /);
    expect(lead(replies[0])).toContain('25th anniversary');
    expect(find(replies[0]?.card, (o) => o.type === 'Input.Date' && o.id === 'fact_dates_birth')).toHaveLength(1);
  });
});

describe('two records in one question (clearing archive boxes)', () => {
  const question =
    'clearing old archive boxes before our office move (nightmare, stuff from the early 2000s). one file is a CIN / CP file for a lad born in 1999, never LAC, closed in 2011. another is the case file for a girl who was LAC, born 1998, closed 2016. my SM wants to shred anything closed more than 10 years ago to free up space. can we get rid of the first one? and what about the second one?';
  const replies = answerQuestion(question, ctx);

  it('answers each record on its own card, each saying which record it answers before its verdict', () => {
    expect(replies).toHaveLength(2);
    const [first, second] = replies.map(lines);
    expect(first?.[0]).toBe(
      'Your question names 2 records. This card answers only the first: Child protection, assessment, referral, child in need or serious case review (born in 1999); the other record has its own card.',
    );
    expect(second?.[0]).toBe('Your question names 2 records. This card answers only the second: Looked after child case record (born in 1998); the other record has its own card.');
  });

  it('the first (CP, born 1999) may be destroyed: its period ended on 31 December 2024', () => {
    expect(lead(replies[0])).toMatch(/^Yes, if the conditions are met \(Nottinghamshire\)/);
    expect(text(replies[0])).toContain('ended on 31 December 2024');
    expect(text(replies[0])).toContain('25th anniversary');
    expect(text(replies[0])).toContain('Independent Inquiry into Child Sexual Abuse');
  });

  it('the second (LAC, born 1998) must be kept until 31 December 2073', () => {
    expect(lead(replies[1])).toMatch(/^No: keep it until 31 December 2073 /);
    expect(text(replies[1])).toContain('Keep this record until 31 December 2073');
    expect(text(replies[1])).toContain('75th anniversary');
    expect(text(replies[1])).not.toContain('may now be destroyed');
  });

  it("shows on each card only its own record's facts", () => {
    expect(text(replies[0])).not.toContain('1998');
    expect(text(replies[1])).not.toMatch(/1999|child-protection/);
    expect(replies.map((r) => r.rulings[0]?.ruleIds)).toEqual([
      ['retention/nottinghamshire/retention-ended', 'retention/nottinghamshire/child-protection-ended'],
      ['retention/nottinghamshire/keep-until'],
    ]);
    for (const r of replies) expect(validateCard(r.card)).toEqual([]);
  });

  it("a follow-up says which record it asks about, and the refined answer still names it", () => {
    const asked = answerQuestion('can we shred a CP file for a lad born in 2001, and a LAC file for a girl born 1998?', ctx);
    expect(asked).toHaveLength(2);
    expect(text(asked[0])).toContain('What is the date of birth (the first record, Child protection, assessment, referral, child in need or serious case review (born in 2001))?');
    const refined = answerAction(dateFollowUp(asked[0]?.card, '2001-12-01'), ctx);
    expect(text(refined[0])).toContain('record: Child protection, assessment, referral, child in need or serious case review (born on 1 December 2001)');
    expect(text(refined[0])).toContain('Keep this record until 1 December 2026');
    expect(lines(asked[1])[0]).toContain('This card answers only the second: Looked after child case record (born in 1998)');
  });
});

describe('several records, and guidance without a retention table', () => {
  it('says once that it is not covered', () => {
    const brighton: AnswerContext = { ...ctx, profile: { ...DEFAULT_PROFILE, policies: ['brighton-hove'] } };
    const replies = answerQuestion('can we shred a CP file for a lad born in 1999, and a LAC file for a girl born 1998?', brighton);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain(NOT_COVERED_SENTENCE);
  });
});
