import { describe, expect, it } from 'vitest';
import { answerLine, dateFollowUp, findInCard as find, followUpButtons, received, visibleText } from '../support/card-search';
import { answerAction, answerAgain, answerQuestion, answerRuling, STALE_BUTTON, welcome, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';
import { ctx, replyText as text } from '../support/answers';
import { FeedbackButtonSchema, FeedbackSubmissionSchema, withRuling } from '../../src/feedback/feedback';


describe('questions the guidance does not cover', () => {
  it('says so plainly, lists what it covers, and borrows no ruling', () => {
    const replies = answerQuestion('how do I claim mileage for home visits', ctx);
    expect(replies).toHaveLength(1);
    const t = text(replies[0]);
    expect(t).toContain(NOT_COVERED_SENTENCE);
    expect(t).toContain('Subject access requests');
    expect(t).not.toMatch(/allowed|not recommended|working days|Waltham Forest|Pan Dorset/i);
    expect(replies[0]?.rulings).toEqual([{ topic: 'not-covered', ruleIds: [], guidanceVersion: expect.any(String), verdict: 'not-covered' }]);
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

  it('feedback on any of the cards keeps that very card, with its ruling, in view', () => {
    const replies = answerQuestion('two things - can i text a 17 year old from my work phone, and does the text have to go on her file?', ctx);
    expect(replies).toHaveLength(2);
    for (const reply of replies) {
      const [helpful] = find(reply.card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
      const again = answerAgain(received(reply.card, helpful), ctx);
      // The second card was lost before: rebuilt from its ask alone, it was not the card clicked, so a thank-you replaced it.
      expect(again?.card).toEqual(reply.card);
      expect(answerRuling(again!)?.ruleIds).toEqual(reply.rulings[0]?.ruleIds);
    }
  });

  it('dates a deadline or a retention asked after another ask by what that ask named, and keeps the card on feedback', () => {
    const logged = answerQuestion('YP texted me on 18 nov to rearrange our session, nothing worrying. how do I log it and how long have I got?', ctx);
    expect(logged.map((r) => r.rulings[0]?.topic)).toEqual(['what-to-record', 'recording-deadline']);
    expect(text(logged[1])).toContain('25 November 2026');
    const kept = answerQuestion('can I text a looked after 15 year old from my work phone? and how long is her case record kept after she leaves care (dob 2/2/2012)?', ctx);
    expect(text(kept[1])).toContain('2 February 2087');
    const [helpful] = find(kept[1]!.card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
    expect(answerAgain(received(kept[1]!.card, helpful), ctx)?.card).toEqual(kept[1]!.card);
  });

  it('answers a single question with context once', () => {
    const replies = answerQuestion('I\'m the IRO and the looked after review finished yesterday. What are my deadlines for the decisions and for the full written record, and when does it have to be distributed?', ctx);
    expect(replies.filter((r) => r.rulings.length > 0).map((r) => r.rulings[0]?.topic)).toEqual(['meeting-records']);
  });
});

describe('a question no topic clearly answers', () => {
  // Calls, write-ups and deadlines all fit: the contact, what to record or when. ("every single phone call" is not
  // ambiguous: recording every call or summarising is a what-to-record question, Brighton and Hove 1 and Pan Dorset 1.1.)
  const question = 'write up a single phone call';
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
    expect(data).toContainEqual({ verb: 'ask', question, topic: 'what-to-record' });
  });

  it('answers the chosen topic when a button is pressed', () => {
    const data = choices(answerQuestion(question, ctx)[0]).find((d) => d.topic === 'what-to-record');
    const replies = answerAction(data, ctx);
    expect(replies[0]?.rulings[0]?.topic).toBe('what-to-record');
    expect(text(replies[0])).not.toContain('Which do you mean?');
  });

  it('ignores a topic the guidance does not know, answering the question as typed', () => {
    const replies = answerAction({ verb: 'ask', question, topic: 'payroll' }, ctx);
    expect(text(replies[0])).toContain('Which do you mean?');
  });

  it('offers the nearest topics, not "not covered", when a question is close to covered phrasings but scores too little', () => {
    // ("a parent wants to see what we wrote" is now reached by its provision's phrasings: shared as good practice.)
    const close = "do I actually have to tell families that I'm keeping records about them?";
    const replies = answerQuestion(close, ctx);
    expect(text(replies[0])).toContain('Which do you mean?');
    expect(text(replies[0])).not.toContain(NOT_COVERED_SENTENCE);
    const data = choices(replies[0]);
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.length).toBeLessThanOrEqual(3);
    const sharing = data.find((d) => d.topic === 'information-sharing');
    expect(sharing).toEqual({ verb: 'ask', question: close, topic: 'information-sharing' });
    expect(text(answerAction(sharing, ctx)[0])).toContain('Explain to families at the outset what will be shared');
  });

  it('names the nearest topics it covers when a question is not covered', () => {
    const t = text(answerQuestion('can we use AI to type up our visit notes', ctx)[0]);
    expect(t).toContain(NOT_COVERED_SENTENCE);
    expect(t).toContain('The nearest it covers:');
  });
});

describe('a ruling that depends on a fact the question did not give', () => {
  const replies = answerQuestion('can I text a parent after 5pm?', ctx);
  const card = replies[0]?.card;

  it('answers on one card and asks the single most decisive fact with buttons, no form', () => {
    expect(replies).toHaveLength(1);
    // No input a practitioner fills in (the comment box is under "Not helpful"; the card's question is a hidden input).
    expect(find(card, (o) => typeof o.type === 'string' && o.type.startsWith('Input.') && o.id !== 'comment' && o.isVisible !== false)).toHaveLength(0);
    const buttons = followUpButtons(card);
    expect(buttons.map((b) => b.title)).toEqual(['A phone or computer issued by my employer', 'My own phone or device']);
    expect(text(replies[0])).toContain('Which phone or device?');
    for (const b of buttons) {
      // messageBack: the choice appears in the chat as the practitioner's own message.
      expect(b.displayText).toBe(b.title);
      expect(b.value).toMatchObject({ verb: 'refine', question: 'can I text a parent after 5pm?', asked: ['device'] });
    }
  });

  it('feedback buttons submit what the feedback store accepts, with the engine verdict for scoring', () => {
    const buttons = find(card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
    expect(buttons).toHaveLength(2);
    const [helpful, notHelpful] = buttons;
    const parsed = FeedbackButtonSchema.safeParse({ ...received(card, helpful), comment: 'too long' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ helpful: true, question: 'can I text a parent after 5pm?', guidanceVersion: replies[0]?.rulings[0]?.guidanceVersion });
    // The ruling is read back from the answer the button rebuilds, not carried (the card stays within its size budget).
    expect(helpful?.data).toMatchObject({ verdict: 'allowed-if' });
    expect(helpful?.data).not.toHaveProperty('ruleIds');
    expect(FeedbackSubmissionSchema.safeParse(withRuling(parsed.data!, answerRuling(answerAgain(received(card, helpful), ctx)!))).success).toBe(true);
    // "Send feedback" carries the ruling once removed: it is read back from the answer its data rebuilds.
    const button = FeedbackButtonSchema.parse(received(card, notHelpful, { comment: 'too long' }));
    const rebuilt = answerAgain(received(card, notHelpful, { comment: 'too long' }), ctx);
    expect(rebuilt?.card).toEqual(card);
    expect(withRuling(button, answerRuling(rebuilt!))).toMatchObject({ helpful: false, topic: 'digital-contact', ruleIds: replies[0]?.rulings[0]?.ruleIds, guidanceVersion: replies[0]?.rulings[0]?.guidanceVersion, comment: 'too long' });
  });

  it('a choice gives a new answer that says in one line what changed', () => {
    const [work, own] = followUpButtons(card);
    const personal = answerAction(own!.value, ctx);
    expect(personal).toHaveLength(1);
    expect(cardText(personal[0]?.card)[0]).toBe('With "My own phone or device", the answer changes from yes, if the conditions are met to no.');
    expect(answerLine(personal[0]?.card)).toMatch(/^No \(Cardiff and Vale\): /);
    // The fact now known is not asked again.
    expect(followUpButtons(personal[0]?.card).map((b) => b.value.asked)).not.toContainEqual(['device']);
    const employer = answerAction(work!.value, ctx);
    expect(cardText(employer[0]?.card)[0]).toMatch(/^With "A phone or computer issued by my employer", the answer stays yes, if the conditions are met/);
  });

  it('asks for a date with one date input, refuses a bogus one saying what to fix, and answers a real one', () => {
    const [ask] = answerQuestion('how long do we keep LAC records', ctx);
    expect(find(ask?.card, (o) => o.type === 'Input.Date')).toHaveLength(1);
    const retry = answerAction(dateFollowUp(ask?.card, '2010-02-31'), ctx);
    expect(retry).toHaveLength(1);
    expect(text(retry[0])).toContain('enter a real date');
    const good = answerAction(dateFollowUp(ask?.card, '2010-02-01'), ctx);
    expect(answerLine(good[0]?.card)).toMatch(/^Keep it until 1 February 2085 /);
    expect(cardText(good[0]?.card)[0]).toMatch(/^With "1 February 2010"/);
  });

  it('says so when nothing was chosen', () => {
    const [, own] = followUpButtons(card);
    const { fact_device: _dropped, ...nothing } = own!.value;
    expect(text(answerAction(nothing, ctx)[0])).toContain('Nothing was chosen');
  });

  it('an age out of range is refused with the range', () => {
    const data = { verb: 'refine', question: 'can I WhatsApp a young person?', situation: { topic: 'digital-contact', channel: 'whatsapp' }, asked: ['age'], fact_age: '150' };
    const retry = answerAction(data, ctx);
    expect(retry).toHaveLength(1);
    expect(text(retry[0])).toContain('from 0 to 25');
    expect(text(answerAction({ ...data, fact_age: '12' }, ctx)[0])).toContain('Waltham Forest');
  });
});

describe('buttons that carry what finds their situation again, not the situation', () => {
  const question = 'I visited a family yesterday, when is the case note due?';
  const [reply] = answerQuestion(question, ctx);
  const buttons = followUpButtons(reply?.card);
  const later: AnswerContext = { ...ctx, today: '2026-12-09' };

  it('carry the question, the day it was asked and a fingerprint of the situation', () => {
    expect(buttons.length).toBeGreaterThan(1);
    for (const b of buttons) {
      expect(b.value).toMatchObject({ verb: 'refine', question, on: '2026-11-22', asked: ['urgency'] });
      expect(b.value).not.toHaveProperty('situation');
    }
  });

  it('answer as on the day the question was asked: "yesterday" stays 21 November when the button is pressed weeks later', () => {
    const now = answerAction(buttons[0]!.value, ctx);
    const weeksLater = answerAction(buttons[0]!.value, later);
    expect(answerLine(now[0]?.card)).toBe('Write it up by Friday 27 November 2026: 5 working days after 21 November 2026 (Nottinghamshire)');
    // The same date, said to have passed on the day the button is pressed.
    expect(answerLine(weeksLater[0]?.card)).toBe('Overdue: it was due by Friday 27 November 2026: 5 working days after 21 November 2026 (Nottinghamshire). Write it up now.');
    // The ruling itself is made on the day the button is pressed, as it was when buttons carried the situation.
    expect(text(weeksLater[0])).toContain('✗ Not met: The deadline 27 November 2026 has not passed (today is 9 December 2026)');
  });

  it('give the same answer as a button from an older card that carried the situation itself', () => {
    const { on: _on, sit: _sit, ...rest } = buttons[0]!.value;
    const old = { ...rest, situation: { topic: 'recording-deadline', dates: { event: '2026-11-21' } } };
    expect(cardText(answerAction(old, ctx)[0]?.card).slice(0, 2)).toEqual(cardText(answerAction(buttons[0]!.value, ctx)[0]?.card).slice(0, 2));
  });

  it('"Send me just the wording" works from a reference as from a situation, carrying the smaller', () => {
    const wordingButton = (q: string) => {
      const card = answerQuestion(q, ctx)[0]?.card;
      const button = find(card, (o) => o.title === 'Send me just the wording')[0];
      return { carried: button?.data as Record<string, unknown>, sent: received(card, button) };
    };
    const short = wordingButton('wa consent msg?');
    const long = wordingButton('What do I put in the first WhatsApp message to a care leaver I have been working with for a while now?');
    // The reference's question is the card's own, so the button leaves it to the card's hidden input.
    expect(short.carried).toMatchObject({ verb: 'wording', on: '2026-11-22' });
    expect(short.carried).not.toHaveProperty('question');
    expect(short.sent).toMatchObject({ verb: 'wording', question: 'wa consent msg?', on: '2026-11-22' });
    expect(short.sent).not.toHaveProperty('situation');
    expect(long.carried).toMatchObject({ verb: 'wording', situation: { wording: 'whatsapp-consent' } });
    expect(long.carried).not.toHaveProperty('on');
    for (const { sent } of [short, long]) expect(answerAction(sent, ctx)[0]?.text).toMatch(/^Please note that we will be communicating with you using WhatsApp\./);
  });

  it('refuse, saying why, a reference that no longer leads to the situation the card showed', () => {
    for (const changed of [{ sit: 'abcdefghij' }, { question: 'can I text a parent after 5pm?' }, { on: '2026-11-25' }, { on: '9999-99-99' }, { chosen: [['age', '999']] }]) {
      const replies = answerAction({ ...buttons[0]!.value, ...changed }, ctx);
      expect(replies).toHaveLength(1);
      expect(text(replies[0])).toBe(STALE_BUTTON);
      expect(replies[0]?.rulings).toEqual([]);
    }
  });

  it('keep working after a choice: the next question\'s buttons and the feedback on the new card find it again', () => {
    const [first] = followUpButtons(answerQuestion('can I WhatsApp a young person?', ctx)[0]?.card);
    const refined = answerAction(first!.value, ctx)[0]?.card;
    const [next] = followUpButtons(refined);
    const [fact] = first!.value.asked as string[];
    expect(next?.value).toMatchObject({ chosen: [[fact, first!.value[`fact_${fact!}`]]] });
    const twice = answerAction(next!.value, ctx);
    expect(cardText(twice[0]?.card)[0]).toMatch(/^With "/);
    const [helpful] = find(refined, (o) => o.type === 'Action.Execute' && o.title === 'Helpful');
    expect(answerAgain(received(refined, helpful), later)?.card).toEqual(refined);
  });
});

describe('the answer a practitioner reads first', () => {
  const first = (q: string) => answerQuestion(q, ctx)[0];

  it.each([
    ['can I WhatsApp a 15 year old?', /^No: send the communication to the child's parents or legal guardians instead \(Waltham Forest\)$/],
    ['I visited on 18 December and harm was identified, when must I write it up?', /^Write it up by Monday 21 December 2026: the next working day after 18 December 2026 \(Nottinghamshire\)$/],
    // Over Christmas the skipped holidays (each with its own brackets, "Boxing Day (substitute day)") stay in Details.
    ['I visited on xmas eve and harm was identified, when must I write it up?', /^Write it up by Tuesday 29 December 2026: the next working day after 24 December 2026 \(Nottinghamshire\)$/],
    ['retention for a LAC file, born 3 April 2009', /^Keep it until 3 April 2084 /],
    ['What do I put in the first WhatsApp message?', /^Use this wording \(Waltham Forest\):$/],
    // Out of hours is the fact that decides it: Pan Dorset 1.2 (note any mobile phone contact outside working hours) leads.
    ['can I text a parent after 5pm?', /^Yes, if the conditions are met \(Pan Dorset\): It is good practice to make a specific note/],
    ['A young person sent me an indecent image, what now?', /^Now \(Pan Dorset\): tell your line manager or head of service immediately/],
    ["I've lost my work laptop, what do I do?", /^Brighton and Hove: Report the loss of a laptop immediately/],
  ])('answers "%s" in one line, in the words the question calls for, with its policy', (q, line) => {
    expect(answerLine(first(q)?.card)).toMatch(line);
  });

  it('shows the wording itself under "Use this wording", and sends it alone as a plain message', () => {
    const card = first('What do I put in the first WhatsApp message?')?.card;
    expect(visibleText(card, cardText).join('\n')).toContain('We require your consent to continue to communicate with you using WhatsApp');
    const [button] = find(card, (o) => o.type === 'Action.Submit' && o.title === 'Send me just the wording');
    const [reply] = answerAction(received(card, button), ctx);
    expect(reply?.text).toMatch(/^Please note that we will be communicating with you using WhatsApp\..*respond to this chat with "YES"\.$/s);
  });

  it('shows at most three things to do now, dated, and keeps everything else behind Details', () => {
    for (const q of ['Do I have to put every email about a child on their file?', 'I visited on 18 December and harm was identified, when must I write it up?', 'what must I record after a home visit?']) {
      const card = first(q)?.card;
      const shown = visibleText(card, cardText);
      expect(shown.filter((l) => l.startsWith('• ')).length).toBeLessThanOrEqual(3);
      expect(shown.join('\n')).not.toMatch(/Why this applies|Read from your question|Sources \(/);
      const [details] = find(card, (o) => o.id === 'details');
      expect(details).toMatchObject({ type: 'Container', isVisible: false });
      expect(cardText(details).join('\n')).toMatch(/\*\*Why this applies\*\*[^]*Read from your question/);
      expect(find(card, (o) => o.type === 'Action.ToggleVisibility')[0]).toMatchObject({ title: 'Details', targetElements: ['details'] });
    }
    expect(visibleText(first('I visited on 18 December and harm was identified, when must I write it up?')?.card, cardText).join('\n')).toContain('**By Monday 21 December 2026.**');
  });

  it('keeps the engine verdict in the details, and no verdict in a colour that fails contrast', () => {
    for (const q of ['When is my next case summary due?', "I've lost my work laptop, what do I do?", 'how long have I got to write up this visit?']) {
      expect(text(first(q))).toMatch(/^Required \((Nottinghamshire|Brighton and Hove)\)/m);
      expect(find(first(q)?.card, (o) => typeof o.color === 'string' && o.color !== 'Default')).toEqual([]);
    }
  });

  it.each([
    ['Do I have to put every email about a child on their file?', /\*\*Brighton and Hove\*\* \(Not required\): It is not an expectation that practitioners cut and paste every e-mail/],
    ['Do I need to record every phone call I make on a case?', /\*\*Brighton and Hove\*\* \(Not required\): It is not an expectation that practitioners record every telephone call/],
  ])('"must I record every …?" says yes, names the policies that differ, and keeps each position in the details: %s', (q, brighton) => {
    const card = first(q)?.card;
    expect(answerLine(card)).toMatch(/^Yes \(Pan Dorset\): /);
    expect(visibleText(card, cardText).join('\n')).toContain('Brighton and Hove: no, it is not required');
    expect(text(first(q))).toMatch(brighton);
    // The position names Brighton and Hove short; its source names it in full.
    expect(text(first(q))).toContain('**Brighton and Hove City Council, Recording Policy for Children\'s Social Work**');
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
    // The examples (imBack), not the managers' buttons beside them.
    const asks = find(reply?.card, (o) => o.type === 'Action.Submit' && (o.data as { msteams?: { type?: string } } | undefined)?.msteams?.type === 'imBack');
    expect(asks.length).toBeGreaterThanOrEqual(4);
    expect(asks.length).toBeLessThanOrEqual(6);
    for (const a of asks) {
      // imBack: the example is posted as the practitioner's own message.
      expect(a.data).toEqual({ msteams: { type: 'imBack', value: a.title } });
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

describe("the organisation's nation", () => {
  it("reads a bank holiday in a question from the nation's own calendar, so the date given is the one the practitioner meant", () => {
    const q = 'on call over the august bank hol a yp disclosed she was being hit at home, when is my case note due?';
    const asked = (nation: 'scotland' | 'england-and-wales') => answerLine(answerQuestion(q, { profile: { ...DEFAULT_PROFILE, nation }, today: '2027-08-10' })[0]!);
    // Scotland's summer bank holiday was Monday 2 August 2027; in England and Wales the last one gone was 31 August 2026.
    expect(asked('scotland')).toContain('due by Tuesday 3 August 2027: the next working day after 2 August 2027');
    expect(asked('england-and-wales')).toContain('due by Tuesday 1 September 2026');
  });
});
