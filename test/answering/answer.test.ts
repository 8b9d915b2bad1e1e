import { describe, expect, it } from 'vitest';
import { findInCard as find, refineData } from '../support/card-search';
import { answerAction, answerQuestion, welcome, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';
import { FeedbackSubmissionSchema } from '../../src/feedback/feedback';

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const text = (r: Reply | undefined) => cardText(r?.card).join('\n');

describe('questions the guidance does not cover', () => {
  it('says so plainly, lists what it covers, and borrows no ruling', () => {
    const replies = answerQuestion('how do I claim mileage for home visits', ctx);
    expect(replies).toHaveLength(1);
    const t = text(replies[0]);
    expect(t).toContain(NOT_COVERED_SENTENCE);
    expect(t).toContain('Subject access requests');
    expect(t).not.toMatch(/allowed|not recommended|working days|Waltham Forest|Pan Dorset/i);
    expect(replies[0]?.rulings).toEqual([{ topic: 'not-covered', ruleIds: [], guidanceVersion: expect.any(String) }]);
  });
});

describe('several asks in one message', () => {
  it('answers each ask on its own card, in the order asked, each saying which it answers', () => {
    const replies = answerQuestion('two things - can i text a 17 year old from my work phone, and does the text have to go on her file?', ctx);
    const answered = replies.filter((r) => r.rulings.length > 0);
    expect(answered.map((r) => r.rulings[0]?.topic)).toEqual(['digital-contact', 'what-to-record']);
    expect(text(answered[0])).toContain('This card answers the first: "can i text a 17 year old from my work phone"');
    expect(text(answered[1])).toContain('This card answers the second: "does the text have to go on her file?"');
  });

  it('answers a single question with context once', () => {
    const replies = answerQuestion('I\'m the IRO and the looked after review finished yesterday. What are my deadlines for the decisions and for the full written record, and when does it have to be distributed?', ctx);
    expect(replies.filter((r) => r.rulings.length > 0).map((r) => r.rulings[0]?.topic)).toEqual(['meeting-records']);
  });
});

describe('a question no topic clearly answers', () => {
  const question = 'do i honestly have to write up every single phone call';
  const choices = (r: Reply | undefined) => find(r?.card, (o) => o.type === 'Action.Execute').map((a) => a.data as Record<string, unknown>);

  it('asks "Which do you mean?" with the nearest topics as buttons, not "not covered"', () => {
    const replies = answerQuestion(question, ctx);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain('Which do you mean?');
    expect(text(replies[0])).not.toContain(NOT_COVERED_SENTENCE);
    expect(validateCard(replies[0]!.card)).toEqual([]);
    const data = choices(replies[0]);
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.length).toBeLessThanOrEqual(3);
    expect(data[0]).toEqual({ verb: 'ask', question, topic: 'what-to-record' });
  });

  it('answers the chosen topic when a button is pressed', () => {
    const [data] = choices(answerQuestion(question, ctx)[0]);
    const replies = answerAction(data, ctx);
    expect(replies[0]?.rulings[0]?.topic).toBe('what-to-record');
    expect(text(replies[0])).not.toContain('Which do you mean?');
  });

  it('ignores a topic the guidance does not know, answering the question as typed', () => {
    const replies = answerAction({ verb: 'ask', question, topic: 'payroll' }, ctx);
    expect(text(replies[0])).toContain('Which do you mean?');
  });

  it('names the nearest topics it covers when a question is not covered', () => {
    const t = text(answerQuestion('can we use AI to type up our visit notes', ctx)[0]);
    expect(t).toContain(NOT_COVERED_SENTENCE);
    expect(t).toContain('The nearest it covers:');
  });
});

describe('a ruling that depends on facts the question did not give', () => {
  const replies = answerQuestion('can I WhatsApp this 15-year-old?', ctx);

  it('answers what holds in every case, citing the policies, then asks for the missing facts', () => {
    expect(replies.length).toBe(2);
    expect(text(replies[0])).toContain('Waltham Forest');
    expect(replies[0]?.rulings[0]).toMatchObject({ topic: 'digital-contact', ruleIds: expect.arrayContaining([expect.any(String)]) });
    expect(text(replies[1])).toContain('The answer depends on a few more facts');
    expect(replies[1]?.rulings).toEqual([]);
  });

  it('feedback buttons submit what the feedback store accepts, with the comment typed', () => {
    const buttons = find(replies[0]?.card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
    expect(buttons).toHaveLength(2);
    for (const b of buttons) {
      const parsed = FeedbackSubmissionSchema.safeParse({ ...(b.data as object), comment: 'too long' });
      expect(parsed.success).toBe(true);
      expect(parsed.data).toMatchObject({ topic: 'digital-contact', question: 'can I WhatsApp this 15-year-old?', guidanceVersion: replies[0]?.rulings[0]?.guidanceVersion });
    }
  });

  it('returns the specific ruling when the follow-up is answered', () => {
    const device = find(replies[1]?.card, (o) => o.type === 'Input.ChoiceSet' && o.id === 'fact_device');
    expect(device).toHaveLength(1);
    const refined = answerAction(refineData(replies[1], { fact_device: 'personal' }), ctx);
    expect(refined[0]?.rulings[0]?.topic).toBe('digital-contact');
    const t = text(refined[0]);
    expect(t).toMatch(/device: personal|issued by the employer/i);
    // The fact now known is not asked again.
    expect(find(refined[1]?.card, (o) => o.id === 'fact_device')).toEqual([]);
  });

  it('refuses a bogus value politely, says what to fix and keeps what was entered', () => {
    const ask = answerQuestion('how long do we keep LAC records', ctx);
    const followUp = ask.find((r) => find(r.card, (o) => o.type === 'Input.Date').length > 0);
    expect(followUp).toBeDefined();
    const [dateInput] = find(followUp?.card, (o) => o.type === 'Input.Date');
    const id = String(dateInput?.id);
    const retry = answerAction(refineData(followUp, { [id]: '2010-02-31' }), ctx);
    expect(retry).toHaveLength(1);
    expect(text(retry[0])).toContain('enter a real date');
    expect(find(retry[0]?.card, (o) => o.id === id)[0]).toMatchObject({ value: '2010-02-31' });
    const good = answerAction(refineData(followUp, { [id]: '2010-02-01' }), ctx);
    expect(text(good[0])).toContain('2085');
  });

  it('asks again when nothing was entered', () => {
    const retry = answerAction(refineData(replies[1], {}), ctx);
    expect(text(retry[0])).toContain('Nothing was entered');
  });

  it('an age out of range is refused with the range', () => {
    const data = { verb: 'refine', question: 'can I WhatsApp a young person?', situation: { topic: 'digital-contact', channel: 'whatsapp' }, asked: ['age', 'device'], fact_age: '150', fact_device: 'work' };
    const retry = answerAction(data, ctx);
    expect(retry).toHaveLength(1);
    expect(text(retry[0])).toContain('from 0 to 25');
    expect(find(retry[0]?.card, (o) => o.id === 'fact_age')[0]).toMatchObject({ value: 150 });
    expect(find(retry[0]?.card, (o) => o.id === 'fact_device')[0]).toMatchObject({ value: 'work' });
    expect(text(answerAction({ ...data, fact_age: '12' }, ctx)[0])).toContain('Waltham Forest');
  });
});

describe('the verdict a practitioner reads first', () => {
  const verdictLine = (q: string) => find(answerQuestion(q, ctx)[0]?.card, (o) => o.type === 'TextBlock' && o.size === 'Large')[0];

  it.each(['When is my next case summary due?', "I've lost my work laptop, what do I do?", 'how long have I got to write up this visit?'])(
    'a duty leads with "Required": %s',
    (q) => {
      expect(verdictLine(q)).toMatchObject({ text: 'Required', color: 'Accent' });
      expect(text(answerQuestion(q, ctx)[0])).toMatch(/^Required \((Nottinghamshire|Brighton and Hove)\): /m);
    },
  );

  it.each(['can I text a 15 year old', 'Can I WhatsApp a 17 year old care leaver to remind him about his appt tmrw?'])(
    'a permission still reads "Allowed if the conditions are met" or stricter: %s',
    (q) => {
      expect(['Allowed if the conditions are met', 'Not recommended', 'Not allowed']).toContain(verdictLine(q)?.text);
      expect(text(answerQuestion(q, ctx)[0])).not.toContain('Required');
    },
  );

  it.each([
    ['Do I have to put every email about a child on their file?', /Brighton and Hove City Council\nNot required\nIt is not an expectation that practitioners cut and paste every e-mail/],
    ['Do I need to record every phone call I make on a case?', /Brighton and Hove City Council\nNot required\nIt is not an expectation that practitioners record every telephone call/],
  ])('"must I record every …?" shows the duty and, beside it, the policy that says it is not required: %s', (q, brighton) => {
    expect(verdictLine(q)).toMatchObject({ text: 'Required' });
    expect(text(answerQuestion(q, ctx)[0])).toContain('The selected policies differ');
    expect(text(answerQuestion(q, ctx)[0])).toMatch(brighton);
  });
});

describe('card actions that cannot be trusted', () => {
  it.each([
    ['no data', undefined],
    ['a string', 'refine'],
    ['a tampered situation', { verb: 'refine', question: 'q', situation: { topic: 'launch-rockets' }, asked: ['age'], fact_age: '12' }],
    ['an unknown fact', { verb: 'refine', question: 'q', situation: { topic: 'digital-contact' }, asked: ['password'] }],
    ['an unknown verb', { verb: 'launch-rockets' }],
    ['an ask without a question', { verb: 'ask' }],
  ])('%s gets a polite card with examples, never an exception', (_name, data) => {
    const replies = answerAction(data, ctx);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain('Example questions');
    expect(validateCard(replies[0]?.card ?? {})).toEqual([]);
  });

  it('an "ask" button asks its question', () => {
    const replies = answerAction({ verb: 'ask', question: 'whatsapp consent?' }, ctx);
    expect(text(replies[0])).toContain('We require your consent to continue to communicate with you using WhatsApp');
  });
});

describe('welcome', () => {
  it('lists the applied policies, what it covers, and example questions as ask buttons', () => {
    const [reply] = welcome(ctx);
    const t = text(reply);
    expect(t).toContain("Nottinghamshire Children's Social Care");
    const asks = find(reply?.card, (o) => o.type === 'Action.Execute' && o.verb === 'ask');
    expect(asks.length).toBeGreaterThanOrEqual(4);
    for (const a of asks) {
      expect(a.data).toMatchObject({ verb: 'ask', question: a.title });
      expect(a.fallback).toMatchObject({ type: 'Action.Submit', data: a.data });
      // Every example the bot offers is one it can answer.
      const answer = answerQuestion(String(a.title), ctx);
      expect(text(answer[0])).not.toContain(NOT_COVERED_SENTENCE);
    }
  });

  it('follows the organisation profile', () => {
    const [reply] = welcome({ ...ctx, profile: { ...DEFAULT_PROFILE, policies: ['pan-dorset'] } });
    expect(text(reply)).toContain('Pan Dorset');
    expect(text(reply)).not.toContain('Nottinghamshire');
  });
});

describe('dates as a practitioner reads them', () => {
  it.each([
    'A dad made a written request for his records on 2 November 2026, by when?',
    'The last case summary covers up to 1 September. When is the next one due?',
    'visited a family on 24 December with a risk of harm, when must my case note be done?',
    'CP file, child born on 3 March 1999, can we shred it?',
  ])('no card text shows a YYYY-MM-DD date: %s', (q) => {
    const shown = answerQuestion(q, ctx).flatMap((r) => cardText(r.card));
    expect(shown.filter((line) => /\b\d{4}-\d{2}-\d{2}\b/.test(line))).toEqual([]);
    expect(shown.join('\n')).toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
  });
});
