import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { isHelpRequest } from '../../src/bot/handlers/help';
import { loadQuestions } from '../../scripts/eval';
import { ctx } from '../support/answers';
import { EVAL_DIR, evalQuestionFiles } from '../support/blind-sets';

// Issue 10: no question the guidance covers gets the bare "not covered" card ("Which do you mean?" is a fair answer), and
// every question it does not cover still does. Over every question file the project holds, answered in process.

const FILES = evalQuestionFiles({ blind: true });
const NOT_COVERED = 'not covered by the guidance this bot holds';

/**
 * What is left, per file (the marks reached; lower them as the guidance grows, never raise them). In scope: questions about
 * provisions not yet encoded, too far from every covered phrasing to offer a choice. Out of scope: rulings given to
 * near misses the guidance does not rule (a different kind of failure, counted so it cannot grow).
 */
const LEFT: Readonly<Record<string, { inScope: number; outOfScope: number }>> = {
  // Measured once, blind, at the end of the round it measured: provisions and phrasings not yet read. Round 8: a colleague
  // typing notes on, legal advice saved on Mosaic, offered a choice as questions about a record close to a covered phrasing;
  // an image a pupil showed kept for the police is Pan Dorset's image advice; what MIRRA stands for, the guidance's scope.
  // Round 14 (r14-phrase-b): a legal discussion saved on Mosaic "about going to court" is read as the court near miss.
  // Round 15: notes of a discussion with the solicitor are a record of it, whatever the discussion was about (legal advice).
  'dev-14-fragments-notts.json': { inScope: 0, outOfScope: 0 },
  // Round 19's own probes: a visit to a young person in custody and 'the difference between a CIN and a CP plan' (read as a
  // comparison of two plans) are near misses since round 22.
  'dev-19-scope.json': { inScope: 0, outOfScope: 0 },
  // Round 23's own probes: 'withhold what we know' from the GP about a child at risk is not read as sharing.
  'dev-23-verdicts.json': { inScope: 1, outOfScope: 0 },
  'blind/blind-4.json': { inScope: 0, outOfScope: 0 },
  // Some answered from the guidance's full text since (the passage nearest the question, when close enough). Round 7: near
  // misses read by what is asked (installing an app, a translation of the consent message). Round 8: an unknown number's
  // image on the work mobile read as unsolicited material.
  'blind/blind-5.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 5: provisions and phrasings not yet read (8 in scope, 8 near misses then).
  // Round 6: near misses read by what is asked (whom to ring, a device's fault, an order's length, a legal age, consent to
  // be seen); provisions reached by their practitioners' phrasings.
  // Round 7: the last one (an injury's write-up) reaches Nottinghamshire's liability provision.
  'blind/blind-6.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 6 (3 in scope, 2 near misses). Round 7: a case told to a mate, an informant's
  // identity, a message got onto the file, texts recorded in the passive; a helpdesk's number and an app's group settings.
  'blind/blind-7.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 7 (3 in scope, 2 near misses). Round 8: information not known, a neighbour's
  // case looked up, the guidance's review read; an IT fault asked of IT, an attachment's size limit.
  'blind/blind-8.json': { inScope: 0, outOfScope: 0 },
  // Round 8: a court report's writing reaches Nottinghamshire's Reports provision (it names court reports), which the court
  // near miss had kept from dev-6-notts and dev-7-fragments; dev-8-verdicts' assessment typed into a case note is offered a
  // choice, its hostile threat read as leaving it out, its draft on OneDrive as personal storage.
  // Measured once, blind, at the end of round 8 (5 in scope, 2 near misses given a ruling). Round 9: another team asking for
  // the whole file, cabinets before a move, an introduction by WhatsApp, a parent's e-mail answered from one's own iPad, "how
  // do I log it and how long have I got?"; a mailbox's storage and the biggest file WhatsApp sends asked of IT.
  'blind/blind-9.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 9 (3 in scope, 3 near misses given a ruling). Round 10: an incident's write-up
  // asked "when was it due?", a pregnancy told by its weeks and midwife, abbreviations named by example; notice periods of
  // other procedures, allowances claimed, eligibility for other schemes (Staying Put).
  'blind/blind-10.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after the review of rounds 8 and 9 (4 in scope, 3 near misses given a ruling). Round 10: a message's
  // details logged, how many years messages are kept (Cardiff and Vale: the organisation's policies), a derogatory description
  // quoted, a copy of everything on the file; a tool's fix asked of IT, a placement move's notice.
  'blind/blind-11.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 10 (2 in scope, 4 near misses given a ruling or a choice). Round 11: a claim's
  // deadline misspelt ("milage") or shorthand (TOIL), a gift from a family, a fix asked in few words ("any fix?"); one's own
  // phone to message families asked as "banned", consent never asked while "whatsapping".
  'blind/blind-12.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, at the end of round 11 (1 in scope, 5 near misses given a ruling or a choice). Round 12: a message
  // sent by a parent asked how to reply (Cardiff and Vale 5); an IT fault whose fix is asked of IT, another agency's own
  // rules (the police's), a timesheet, the Welsh language standards, a link fault asked "any fix?".
  'blind/blind-13.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after round 11 (no in-scope question answered 'not covered', 1 near miss given a ruling). Round 12:
  // what the police may share, asked of their rules.
  'blind/blind-14.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, before and after round 12 (after: 3 in scope answered 'not covered', 2 near misses given a ruling).
  // Round 14: two councils compared ("a flat no in both?", "X says …, Y says …, which applies?") read without the comparing
  // words; a carer's own son's investigation as papers kept separate; police ABE interviews and a school passing a CP file on.
  'blind/blind-15.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, before and after round 13 (after: 4 in scope answered 'not covered', 1 near miss given a ruling).
  // Round 14: "the difference between what A and B say about messaging", decisions kept in Outlook folders and OneDrive,
  // a child who "goes by" another name on a referral being input, messaging "without telling me"; an assessment's working days.
  'blind/blind-16.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, before and after round 14 (after: 4 in scope answered 'not covered', 2 near misses given a ruling).
  // Round 15: a visit note done "on my own", threats after money was refused, "what should my contact notes include", "X seems
  // to say ... which is it" of employer phones; an IRO's dispute resolution timed, a personal adviser's support up to 21 or 25.
  'blind/blind-17.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, before and after round 15 (the same both times): 4 in scope answered 'not covered', 1 near miss (the
  // threshold of a section 47 enquiry) given a ruling. Round 16 (r16-scope-dates): a deadline asked after "not typed it up yet",
  // the minimum details taken from a referrer. Round 17 (r17-scope): disciplinary action "under the comms tools guidance" (its
  // own status), texting "something I can just start doing?" (Cardiff and Vale 6); the section 47 threshold kept out.
  'blind/blind-18.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after round 17: 2 in scope answered 'not covered', 3 near misses given a ruling. Round 18
  // (r18-scope): all five (a write-up held up by court prep, a spam image on Bluetooth; a school's CP file passed on, an
  // early help assessment's timescale, an IRO's caseload).
  'blind/blind-19.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after round 19: 3 in scope answered 'not covered' (two and three councils compared on texting and
  // own phones; a parent demanding a 17-year-old's plan), 3 near misses given a ruling (an ICPC's timescale, how long the
  // police keep a phone, the police's MASH response).
  // Round 20 (r20-scope): all six (ages in the plural, 'let you use your own phone', a parent wanting to know what a child's
  // plan says; 'strat' for strategy and holding a conference timed, how long another agency 'usually' keeps or 'has got').
  'blind/blind-20.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after the review of rounds 19 and 20: 3 in scope answered 'not covered' (a write-up while in court,
  // a colleague's log-in while one's own is locked, a derogatory word to put in the log), 3 near misses given a ruling (a
  // threshold, a GP's deadline to reply, schools' CP files kept): all six read since (c313b73).
  'blind/blind-21.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after round 22: 2 in scope answered 'not covered' (a call's write-up overdue, asked with a referral's
  // details; replying to a dad's invitation under Cardiff and Vale), 2 near misses given a ruling (an IT number asked beside a
  // case note that will not save; a care leaver staying put with her foster carer). Round 23 read the first, round 25 the rest.
  'blind/blind-22.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after the review of round 23: 1 in scope answered 'not covered' (post left on a hostel's hall table,
  // how to get a mum the assessment: Brighton and Hove's hand delivery), read since round 25.
  'blind/blind-23.json': { inScope: 0, outOfScope: 0 },
  // Measured once, blind, after round 24: 2 in scope answered 'not covered' (what MIRRA stands for; whether to tell a mum who
  // made the referral, Brighton and Hove's informant's consent), 2 near misses given a ruling (searching a child's bedroom in a
  // children's home; a care leaver's priority need for housing). Round 25 read all but MIRRA.
  'blind/blind-24.json': { inScope: 1, outOfScope: 0 },
  // Measured once, blind, after round 25 and its review: 6 in scope answered 'not covered' or a choice, 1 near miss given a
  // ruling; after round 25d, 2 in scope (two councils' ways of recording texts compared; breaking the guidance a disciplinary
  // matter in two councils) and 1 near miss (how often a personal adviser visits a care leaver of 19).
  'blind/blind-25.json': { inScope: 2, outOfScope: 1 },
  // Measured once, blind, after the second read of round 25: 1 in scope answered 'not covered' (what MIRRA stands for, again), 3
  // near misses given a ruling (a duty to house a care leaver; Universal Credit, twice).
  'blind/blind-26.json': { inScope: 1, outOfScope: 3 },
  // Measured once, blind, after the second read of the answer-path passes: 7 in scope answered 'not covered', 1 near miss given
  // a ruling.
  'blind/blind-27.json': { inScope: 7, outOfScope: 1 },
  // Measured once, blind, after this session's understanding changes (the same before them): 5 in scope answered 'not covered'
  // (two councils' ways of recording texts compared among them), 2 near misses given a ruling (an IT line over Christmas).
  // The sixth session's round read 4 of the 5 (what MIRRA stands for is left).
  'blind/blind-28.json': { inScope: 1, outOfScope: 2 },
  // Measured once, blind, at the second read of the session's change (the same on 61a6c22): 5 in scope answered 'not covered',
  // 2 near misses given a ruling. The sixth session's round read 3 of the 5 in scope (MIRRA, twice, is left) and both near
  // misses (a care leaver's housing and benefits).
  'blind/blind-29.json': { inScope: 2, outOfScope: 0 },
  // Measured once, blind, after the sixth session's understanding round (the same on 2789f14): none in scope answered 'not
  // covered', 1 near miss given a ruling (the working days to convene an initial conference, as blind-28's).
  'blind/blind-30.json': { inScope: 0, outOfScope: 1 },
  // Measured once, blind, at the end of the seventh session (the same on 8c79fa7): 2 in scope answered 'not covered', 1 near
  // miss given a ruling.
  'blind/blind-31.json': { inScope: 2, outOfScope: 1 },
  // Measured once, blind, at the end of the eighth session (the same on 60fa720): 1 in scope answered 'not covered', 1 near
  // miss given a ruling.
  'blind/blind-32.json': { inScope: 1, outOfScope: 1 },
};


describe('in-scope questions are never answered with the bare "not covered" card', () => {
  it('reads every question file, the blind sets once each has been run', () => {
    expect(FILES).toContain('questions.json');
    expect(FILES).toContain('blind/blind-3.json');
    expect(FILES).toContain('blind/blind-5.json');
  });

  it.each(FILES)('%s', (file) => {
    const inScope: string[] = [];
    const outOfScope: string[] = [];
    for (const q of loadQuestions(join(EVAL_DIR, file))) {
      // "hi" and "help" get the welcome card before any question is answered.
      if (isHelpRequest(q.question)) continue;
      const expectedNotCovered = q.must_include.includes(NOT_COVERED) || (q.first_verdict?.length === 1 && q.first_verdict[0] === 'not-covered');
      const first = answerQuestion(q.question, ctx)[0]?.rulings[0]?.topic;
      const bare = first === 'not-covered';
      if (expectedNotCovered && !bare) outOfScope.push(`${q.question} -> ${first}`);
      if (!expectedNotCovered && bare) inScope.push(q.question);
    }
    const left = LEFT[file] ?? { inScope: 0, outOfScope: 0 };
    expect(inScope.length, `in scope, answered "not covered":\n${inScope.join('\n')}`).toBeLessThanOrEqual(left.inScope);
    expect(outOfScope.length, `out of scope, not answered "not covered":\n${outOfScope.join('\n')}`).toBeLessThanOrEqual(left.outOfScope);
  });
});
