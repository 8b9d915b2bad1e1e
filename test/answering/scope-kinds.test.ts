import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// Kinds of question that fell to "not covered", got a ruling they should not, or lost one of their records (round 8's scope
// work), each asked in words of our own: what the practitioner sees on the cards.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const text = (r: Reply | undefined) => cardText(r?.card).join('\n');
const first = (question: string) => answerQuestion(question, ctx)[0];

describe('two records of one kind in one question each get their own card and date', () => {
  it('two adoption orders: each kept to its own date, the older one under the pre-2005 regulation', () => {
    const replies = answerQuestion('clearing the adoption archive: one adoption order made 3/2/2012, and her sister\'s order was 9/9/2001. how long does each file stay?', ctx);
    expect(replies).toHaveLength(2);
    expect(text(replies[0])).toContain('3 February 2112');
    expect(text(replies[1])).toContain('9 September 2076');
  });

  it('a carer whose approval ended and an applicant who withdrew: the approved carer\'s record and the applicant\'s', () => {
    const replies = answerQuestion('one foster carer\'s approval was terminated on 1/3/2025 and another applicant withdrew their application on 4/6/2025 - when can each record go?', ctx);
    expect(replies).toHaveLength(2);
    expect(text(replies[0])).toContain('1 March 2035');
    expect(text(replies[1])).not.toContain('1 March 2035');
  });

  it('records named only to deny them together ("no CP or LAC ever") are not records of the question', () => {
    const replies = answerQuestion('child in need case only, never child protection or looked after. born 5/5/2010 - when can it be destroyed?', ctx);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain('5 May 2035');
  });
});

describe('in-scope questions put in other words reach their rule', () => {
  it('information the worker does not know is marked as not known, estimates as estimates (Nottinghamshire)', () => {
    const card = first("dad can't remember exactly when he left the army, maybe around 2019. what do I write in the case note if I don't know it for sure?");
    expect(card?.rulings[0]?.ruleIds).toContain('record-writing/nottinghamshire/unknown');
    expect(text(card)).toContain('Estimated dates, ages or times should be indicated');
  });

  it('a friend\'s or neighbour\'s case looked up on the system, the relation named first, is not allowed', () => {
    const card = first("my friend's daughter has just been referred to our team. can I go on mosaic and read her notes so I know what's happening?");
    expect(card?.rulings[0]?.verdict).toBe('not-allowed');
    expect(text(card)).toContain('unless you are authorised');
  });

  it('how often the guidance is reviewed is answered from what the guidance says of itself', () => {
    const card = first('when was the waltham forest whatsapp guidance last updated? is the copy on the intranet the latest version?');
    expect(text(card)).toContain('reviewed and updated annually');
  });

  it('two people remembering an event differently is a question of recording their views and disagreement', () => {
    const card = first('the neighbour and the dad remember the night completely differently - should I just put what I believe happened?');
    expect(card?.rulings[0]?.topic).toBe('what-to-record');
  });

  it('a question about a record close to a covered phrasing is offered "Which do you mean?", never the bare "not covered"', () => {
    const card = first('quicker for me to just type up the whole assessment inside a case note instead of opening the proper episode, fine?');
    expect(card?.rulings[0]?.topic).not.toBe('not-covered');
  });
});

describe('near misses no policy rules stay "not covered"', () => {
  it.each([
    'teams keeps logging me out since yesterday\'s update, who do i call in IT to sort it?',
    'the hospital are emailing a 30MB scan through egress and it keeps bouncing back, what is the max attachment size?',
    'what is the threshold for a child protection conference to be called?',
    'how often is a child protection plan reviewed at conference?',
    'how long does an EHCP assessment usually take?',
    'will the council pay for my personal phone contract if I use it for work calls?',
  ])('%s', (question) => {
    expect(first(question)?.rulings[0]?.topic).toBe('not-covered');
  });
});

describe('dev-9-scope kinds, in words of our own', () => {
  it('a young person seen boasting of crime on social media is a safeguarding concern to pass on (Pan Dorset)', () => {
    const card = first('spotted a 14 year old on my caseload on snapchat boasting about shoplifting, what should I do?');
    expect(card?.rulings[0]?.ruleIds).toContain('incident/pan-dorset/social-network-concern');
  });

  it('switching the work mobile off, asked outright, is the work mobile\'s rule whoever keeps it busy', () => {
    const card = first('my work phone pings all evening with texts from parents, can I turn it off when I get home?');
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/pan-dorset/work-phone');
  });

  it('an image from an unknown number on the work phone is unsolicited material', () => {
    const card = first('a random number sent a photo to my work phone last night, what do I do with it?');
    expect(card?.rulings[0]?.ruleIds).toContain('incident/pan-dorset/bluetooth');
  });

  it('a young person who has just turned 16 is told about their information in their own right', () => {
    const card = first('he turned 17 last month, is it still mum I explain the privacy stuff to or him now?');
    expect(card?.rulings[0]?.verdict).toBe('required');
    expect(text(card)).toContain('in their own right');
  });

  it('swearing down the phone is an abusive message, its words recorded in quotation marks (Nottinghamshire)', () => {
    const card = first('mum was effing and blinding at me on the phone, do I put the actual words in my case note?');
    expect(card?.rulings[0]?.ruleIds).toContain('incident/nottinghamshire/abusive-message');
  });

  it.each([
    'mosaic keeps throwing me out in the middle of writing up a visit, who do I call?',
    'are we paid extra for being on call with the work phone at weekends?',
    'what is the staying put allowance for a care leaver?',
    'can I claim overtime for typing up my case notes on a saturday?',
    'is it ok to record my supervision on my phone to listen back to later?',
    'how do I open a new case on mosaic, which tab is it under?',
  ])('a near miss stays "not covered": %s', (question) => {
    expect(first(question)?.rulings[0]?.topic).toBe('not-covered');
  });
});

describe('a duty asked gets a verdict on the first card, not a choice', () => {
  it('"what should X include?" of a kind of record is what to record', () => {
    const card = first('what should a child in need plan review record cover?');
    expect(card?.rulings[0]?.topic).toBe('what-to-record');
    expect(card?.rulings[0]?.verdict).toBe('required');
  });

  it('whether a message is a "contact" is what to record (Cardiff and Vale: text messages are contacts)', () => {
    const card = first('does an email from the school count as a contact?');
    expect(card?.rulings[0]?.ruleIds).toContain('what-to-record/cardiff-vale/contact-recording');
  });

  it('"do I need to write it up and when\'s it due?" gets a card for each ask', () => {
    const replies = answerQuestion("saw the kids at school today. do I have to write up the visit and when's it due?", ctx);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['what-to-record', 'recording-deadline']);
  });
});

describe('questions a near miss had kept from their provision', () => {
  it('writing a report for court is Nottinghamshire\'s Reports provision (readers, purpose, aims), not the court near miss', () => {
    const card = first('my first ever court report is due next month - who am I writing it for and how should it read?');
    expect(card?.rulings[0]?.ruleIds).toContain('what-to-record/nottinghamshire/report');
  });

  it('the MIRRA principles asked about by name are the recording guidance\'s own subject', () => {
    expect(first('what are the MIRRA principles about?')?.rulings[0]?.topic).toBe('what-to-record');
  });

  it('a draft saved to a personal OneDrive is personal storage (Brighton and Hove: the council\'s network)', () => {
    const card = first('is it ok to save my draft assessment to my onedrive and finish it at home?');
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/brighton-hove/personal-storage');
  });
});
