import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';
import { understand } from '../../src/understanding/understand';
import { ctx, firstReply as first, firstVerdict, replyText as text, TODAY as today } from '../support/answers';

// Kinds of question that fell to "not covered", got a ruling they should not, lost one of their records, or met with a
// choice where a duty was asked, each asked in words of our own: what the practitioner sees on the cards.

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
    expect(text(replies[1])).toContain('4 June 2028');
  });

  it('records named only to deny them together ("no CP or LAC ever") are not records of the question', () => {
    const replies = answerQuestion('child in need case only, never child protection or looked after. born 5/5/2010 - when can it be destroyed?', ctx);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain('5 May 2035');
  });
});

describe('a death on the same occasion as another record\'s dates both records', () => {
  it('a looked after child and a sibling known as child in need only ("CIN-only") who died in the same crash', () => {
    const replies = answerQuestion('notts: looked after girl died 3 march 2026 aged 14, her brother (CIN-only) died in the same crash aged 10. how long are the files kept?', ctx);
    expect(replies).toHaveLength(2);
    expect(text(replies[0])).toContain('3 March 2041');
    expect(text(replies[1])).toContain('3 March 2032');
  });
});

describe('near misses asked of someone else\'s rules, a language or pay are not covered; a reply to a message is ruled', () => {
  it.each([
    'how long does the school keep a pupil\'s safeguarding file after they leave',
    'can the police share the ABE video with the family\'s solicitor? what\'s their policy',
    'is there a welsh language standard for texting service users in the vale?',
    'who signs off my agency timesheet',
    'egress keeps logging me out and i lose my draft report, how do i get IT to sort it',
  ])('%s', (q) => expect(text(first(q))).toContain(NOT_COVERED_SENTENCE));

  it('a parent\'s demanding text, asked how to reply, gets Cardiff and Vale\'s word on judgement when responding', () => {
    const card = first('mum sent a furious text demanding answers about the visit, how should i handle replying? cardiff & vale');
    expect(text(card)).toContain('judgement must be used when responding');
  });

  it('what the police share with the council stays in scope', () => {
    expect(text(first('can the police share their records about the family with us without consent?'))).not.toContain(NOT_COVERED_SENTENCE);
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

  // It should be offered "Which do you mean?"; today it gets Nottinghamshire's five-working-days deadline card (reported,
  // for a mend of the product), so this asserts only what holds today: a card, and not the bare "not covered".
  it('a question about a record close to a covered phrasing is never the bare "not covered"', () => {
    const card = first('quicker for me to just type up the whole assessment inside a case note instead of opening the proper episode, fine?');
    expect(card?.rulings[0]?.topic).toBeDefined();
    expect(card?.rulings[0]?.topic).not.toBe('not-covered');
    expect(text(card)).not.toContain(NOT_COVERED_SENTENCE);
  });

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

// Near misses no policy rules: a limit or fix asked of a tool stays one even when the message held up is to a family.
const NEAR_MISSES = [
  'teams keeps logging me out since yesterday\'s update, who do i call in IT to sort it?',
  'the hospital are emailing a 30MB scan through egress and it keeps bouncing back, what is the max attachment size?',
  'what is the threshold for a child protection conference to be called?',
  'how often is a child protection plan reviewed at conference?',
  'how long does an EHCP assessment usually take?',
  'will the council pay for my personal phone contract if I use it for work calls?',
  'mosaic keeps throwing me out in the middle of writing up a visit, who do I call?',
  'are we paid extra for being on call with the work phone at weekends?',
  'what is the staying put allowance for a care leaver?',
  'can I claim overtime for typing up my case notes on a saturday?',
  'is it ok to record my supervision on my phone to listen back to later?',
  'how do I open a new case on mosaic, which tab is it under?',
  'inbox nearly full and a foster carer keeps emailing me photos, how can I free up space?',
  'how big a file can I attach to an email to a parent? the assessment is 30mb',
  // A tool's fix asked of IT, whatever work the fault holds up.
  'egress has locked me out and the strategy report has to go to the school nurse this morning, how do I unlock it?',
  'zoom keeps freezing in the core group, how can I fix it before we restart?',
  'cant share my screen on teams to show the family the plan, how do I sort it?',
  // Notice other procedures give: no policy sets one.
  'how much notice do we have to give parents of a review child protection conference?',
  'what is the minimum notice a foster carer gets before a child is moved on?',
  // Allowances claimed and their rates: pay, whatever the work.
  'can I reclaim parking for a home visit where I dropped off the assessment? how much per hour?',
  'what is the mileage rate when I drive a young person to contact?',
  // A claim's deadline, a shorthand or misspelling for it (TOIL, "milage"): pay, whatever the work.
  "how long have I got to submit my milage for last month's visits?",
  'do I get TOIL for a home visit that ran until 8pm?',
  'can I take time off in lieu for the evening I spent writing up the assessment?',
  // Gifts and hospitality from the people worked with: no policy rules them.
  'a grandparent gave me a bottle of wine after the final visit, can I accept it?',
  'can I keep the gift voucher a family I worked with sent me with their thank you card?',
  'is there a limit on presents from a foster carer at christmas?',
  // A fix asked in few words ("any fix?", "is there a workaround?"), whatever record the fault holds up.
  'mosaic won\'t load when I try to save my case note, is there a workaround?',
  'outlook keeps freezing when I attach the email to the file, any solution?',
  // Eligibility for other schemes.
  'is a care leaver still entitled to staying put once she turns 21 if she is at university?',
];

describe('near misses no policy rules stay "not covered"', () => {
  it.each(NEAR_MISSES)('%s', (question) => {
    expect(first(question)?.rulings[0]?.topic).toBe('not-covered');
    expect(text(first(question))).toContain(NOT_COVERED_SENTENCE);
  });
});

// Kinds of in-scope question blind-10 and blind-11 answered "not covered", in words of our own.
describe('provisions reached through their practitioners\' words', () => {
  it('an incident disclosed at a session, the write-up asked as "when was it due?", gets the next working day (Nottinghamshire)', () => {
    const card = first('saw mum for a session on monday and she said her partner shoved her against the door. not typed it up yet, when was it due?');
    expect(card?.rulings[0]?.topic).toBe('recording-deadline');
    expect(text(card)).toContain('following working day');
  });

  it.each([
    'midwife has referred a mum who is only 7 weeks, can we take it yet?',
    'she is 11 weeks pregnant, is that too soon for a pre-birth referral to be accepted?',
  ])('a pregnancy told by its weeks or its midwife: no minimum gestational age (Nottinghamshire): %s', (q) => {
    expect(first(q)?.rulings[0]?.topic).toBe('unborn-baby');
    expect(text(first(q))).toContain('no minimum gestational age');
  });

  it.each([
    'can I put IRO and LADO in my case notes or do I need to spell them out?',
    'do I have to write child in need out in full every time in the record?',
  ])('abbreviations named by example are explained in full the first time (Nottinghamshire): %s', (q) => {
    expect(first(q)?.rulings[0]?.ruleIds).toContain('record-writing/nottinghamshire/abbreviations');
  });

  it('a derogatory description quoted for a section of the assessment is not allowed (Nottinghamshire)', () => {
    const card = first('am I ok to put "mum is a liar" in the analysis section?');
    expect(card?.rulings[0]?.verdict).toBe('not-allowed');
    expect(text(card)).toContain('derogatory');
  });

  it('a copy of everything on the file, other agencies\' reports in it, is a subject access request', () => {
    const card = first('young person wants a copy of all that is on his file including the health reports, do we hand it all over?');
    expect(card?.rulings[0]?.topic).toBe('subject-access-request');
    expect(text(card)).toContain('without the permission of the author or agency');
  });

  it('the details of a message logged are its contact recording (Cardiff and Vale)', () => {
    const card = first('Cardiff team: when I log a facebook message from dad, what details have to be recorded?');
    expect(card?.rulings[0]?.ruleIds).toContain('what-to-record/cardiff-vale/contact-recording');
  });

  it('how many years messages are kept: the organisation\'s record-keeping policies apply (Cardiff and Vale 3)', () => {
    const card = first('in the Vale, how many years are emails from parents kept for?');
    expect(card?.rulings[0]?.ruleIds).toContain('retention/cardiff-vale/organisation-policy');
    expect(text(card)).toContain('organisation policies for record keeping');
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

describe('questions a near miss had kept from their provision', () => {
  it('writing a report for court is Nottinghamshire\'s Reports provision (readers, purpose, aims), not the court near miss', () => {
    const card = first('my first ever court report is due next month - who am I writing it for and how should it read?');
    expect(card?.rulings[0]?.ruleIds).toContain('what-to-record/nottinghamshire/report');
  });

  it('the MIRRA principles asked about by name are the recording guidance\'s own subject: the provision that sets them out', () => {
    expect(first('what are the MIRRA principles about?')?.rulings[0]).toMatchObject({ topic: 'guidance-term', ruleIds: ['brighton-hove/mirra'] });
  });

  it('a draft saved to a personal OneDrive is personal storage (Brighton and Hove: the council\'s network)', () => {
    const card = first('is it ok to save my draft assessment to my onedrive and finish it at home?');
    expect(card?.rulings[0]?.ruleIds).toContain('data-security/brighton-hove/personal-storage');
  });
});

describe("a personal device is answered by Cardiff and Vale's employer-equipment rule", () => {
  it.each([
    'is it ok to answer a parent\'s email from my personal laptop at home?',
    "I've got outlook on my own tablet, can I reply to a foster carer's email from it?",
    "I don't have whatsapp on my work phone, can I message the foster carer from mine?",
  ])('%s', (q) => {
    expect(firstVerdict(q)).toBe('not-allowed');
    expect(text(first(q))).toMatch(/Cardiff and Vale/);
    expect(text(first(q))).toMatch(/issued by the employer/);
  });

  it('"e-mail from it" is not a question for IT', () => {
    expect(understand("I've got outlook on my own tablet. can I answer a dad's email from it on the train?", { today }).situation?.topic).toBe('digital-contact');
  });
});
