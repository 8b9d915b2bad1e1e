import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVerdict, judge, loadQuestions, repliesText, scoreQuestions, type EvalSummary } from '../../scripts/eval';
import { cardText } from '../../src/cards/card-text';
import { followUpButtons } from '../support/card-search';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';

// The practitioner question set, asked of the real bot over HTTP (expectReplies), on a pinned date so deadlines are stable.
const QUESTIONS = join(import.meta.dirname, 'questions.json');
// Written after the main set was passing, to measure how understanding generalises; scored on their own.
const HOLDOUTS = ['holdout.json', 'holdout-2.json', 'holdout-3.json', 'holdout-4.json', 'holdout-5.json', 'holdout-6.json'].map((f) => join(import.meta.dirname, f));

// Development sets written from the policies (../shared/seeds/), scored with their first verdicts: dev-1 before the
// understanding was ranked (and tuned on since), dev-2 afterwards and not tuned on. Marks are the scores reached; raise
// them as the understanding improves, never lower them.
/** A set scored at its marks; `today` is the day its writer took as today (relative dates count from it), if not the pinned one. */
interface DevSet { file: string; pass: number; verdicts: number; today?: string }

const PINNED_TODAY = '2026-11-22';

const DEV_SETS: DevSet[] = [
  { file: 'dev-1.json', pass: 1, verdicts: 1 },
  { file: 'dev-2.json', pass: 1, verdicts: 1 },
  // Written and reviewed from the policies alone by writers who never saw the code, run once at the end of the work it
  // measured (136 of 178 pass, 130 first verdicts right). Seen since and tuned on by kind of failure (near misses,
  // synonym classes, decisive facts, missing provisions): 169 and 170 of 178. blind-2 is the next blind measurement.
  { file: 'blind/blind-1.json', pass: 0.98, verdicts: 1 },
  // The second blind set (179 questions), written and reviewed from the policies alone and committed before this round of
  // understanding work; run once at its end with --summary: 132 pass, 140 first verdicts right (112 and 115 on the code
  // from before the round). Seen now: the next blind measurement needs a new set.
  // Seen since and tuned on by kind of failure (near misses no policy rules, decisive facts, missing provisions): 148 and 158.
  // With the three branches of this round merged: blind-1 170 and 176, blind-2 163 and 172; the dev-3 sets as marked.
  // Round 14 (r14-phrase-a, Brighton and Hove's data-security provisions phrased): 172 pass.
  { file: 'blind/blind-2.json', pass: 0.96, verdicts: 0.97 },
  // Written from the Nottinghamshire seed before the work on its recording themes (content, quality, amendments, on-behalf-of
  // notes, minutes, supervision, correspondence, separate files): 15 of 40 pass and 24 first verdicts right before it.
  { file: 'dev-3-notts.json', pass: 1, verdicts: 1 },
  // 22 more, written after the first round of that work and run once before tuning on them: 15 pass, 17 first verdicts right.
  { file: 'dev-3-notts-b.json', pass: 1, verdicts: 1 },
  // Written from the four non-Nottinghamshire policies before the scope-edge and provision work it measured (23 of 36 pass,
  // 19 of 33 first verdicts right), with 14 near-miss questions the policies do not rule (ICO breach hours, DBS, pay, court
  // bundles, fees); tuned on since: 35 and 32.
  { file: 'dev-3-u-policies.json', pass: 1, verdicts: 1 },
  // Written for issue 10's verdict work from the policies alone, before tuning: can-I / must-I / by-when forms, decisive
  // facts, disagreements and several asks (25 of 33 pass, 21 first verdicts right on the code before the work; 28 and 28 after).
  { file: 'dev-3-u-verdicts.json', pass: 1, verdicts: 0.96 },
  // The third blind set (262 questions), written and reviewed from the policies alone and committed before this round's
  // understanding work; run once at its end: 197 pass, 214 first verdicts right (169 and 201 on the code from before the
  // round). Seen now: the next blind measurement needs a new set.
  // Tuned on since by kind (Pan Dorset and Waltham Forest decisive facts, texts that may go through an app, students, near
  // misses; Brighton and Hove provisions and readings, duties asked yes or no, lettered asks; Nottinghamshire recording
  // themes: negated harm, quoting, derogatory words, referrals out, sharing with the family, human rights, dates; in-scope
  // questions answered "not covered": exemplar classes, "Which do you mean?" when close). All merged: 251 and 250 of 262.
  // Round 8 (r8-verdicts: a care leaver's request and its third-party information): 255 first verdicts.
  { file: 'blind/blind-3.json', pass: 0.98, verdicts: 0.97 },
  // Written from the seeds by a writer who never saw the code, run once before tuning: 89/120 pass, 93/120 first verdicts.
  // Tuned on since by kind of failure (date forms and deadline rules, provisions, scope edges; question forms, decisive facts).
  // Round 12 (r12-verdicts: a wrong-sibling note's removal asked for is the amendment's permission): 117 first verdicts.
  { file: 'dev-4.json', pass: 1, verdicts: 0.97 },
  // Written from the Pan Dorset and Waltham Forest seeds before tuning on blind-3's failures there (texting, e-mail, images,
  // social networking, apps, consent, ages, hours, screenshots): 26 of 32 pass and 27 first verdicts right before; 32 and 32 after.
  // Fifteen more (apps for case talk and documents, near misses, duty forms, texts not agreed beforehand, messages kept out
  // of sight), written after round 4's changes as new phrasings.
  { file: 'dev-5-dorset-wf.json', pass: 1, verdicts: 1 },
  // Brighton and Hove and Cardiff and Vale, written from their seeds before the round-3 work on them: 21/30 pass, 22/30
  // first verdicts on the untouched code; 26 and 27 after it.
  // Round 14 (r14-phrase-a, MIRRA's traces of a life phrased): 30/30 pass.
  { file: 'dev-5-bh.json', pass: 1, verdicts: 0.93 },
  // Written from the Nottinghamshire seed before this round's work on its recording themes, as a check that the work
  // generalises: 19/30 pass and 19/30 first verdicts right on the code before it; 26 and 24 after the blind-3 work alone.
  // Its last failures were then fixed by kind (a plan's writing, names of everyone, leaving a field blank): 29 and 27.
  // Round 12: 'how do I get it removed?' of a wrong-child note accepts allowed-if beside required, as blind-1/3/6/7/8 do.
  { file: 'dev-5-notts.json', pass: 1, verdicts: 0.96 },
  // Written from the Nottinghamshire seed before round 5's work on its provisions not yet encoded (closure and transfer,
  // carers' records, significance, reviews, litigation, involvement, equal opportunities, multidisciplinary records, best
  // interests, automatic sharing, plans, reports, the purpose of recording): 2/31 pass and 14/21 first verdicts right
  // before it, 26 and 19 after. Its last 8 questions were written after the work, as new phrasings of the same needs: 8/8.
  // Left: a court report (a near miss by design), a plan's role, a context sentence split off as its own ask, "threatening
  // to sue" read as an abusive message.
  { file: 'dev-6-notts.json', pass: 0.97, verdicts: 1 },
  // Written from the seeds for scope edges before that work (26 in scope in unusual words, 8 near misses no policy rules):
  // 29 of 34 pass and 29 first verdicts right before it; 29 and 30 after on its branch, 29 and 29 merged (a duty form now
  // reads "or does it need to be full sentences" after "are bullet points ok").
  { file: 'dev-5-scope.json', pass: 1, verdicts: 0.94 },
  // Written from the seeds for round 5's verdict work before tuning (can-I / must-I / does-it-matter / whose-job forms, the
  // decisive facts of another's log-in, a whole e-mail, a device not the employer's, a message passed on): 24/31 pass and
  // 11/31 first verdicts right on the code before it; 28 and 25 after.
  // Round 8 (r8-verdicts: a care leaver's request and its third-party information): 30 first verdicts.
  { file: 'dev-6-verdicts.json', pass: 1, verdicts: 1 },
  // The fourth blind set (230 questions), written and reviewed from the policies alone and committed before this round's
  // understanding work; run once at its end: 178 pass, 178 first verdicts right (169 and 167 on the code from before the
  // round, while blind-3, tuned on, rose from 197 to 251). Seen now: blind-5 is the next blind measurement. Round 4 tuned
  // on it by kind: deadlines asked of a message's record, "has just" as today, the one day in a case-summary question, a
  // contact named only as the context of a question about its record, another person's log-in however named; a place named
  // in the question, MIRRA 4 contributions, a record's audience, every call or a summary; case discussion and documents over
  // an app, the WhatsApp consent message's terms, the worker's own life shared, texts not agreed beforehand, secret
  // messages, near misses for phone costs, scams and eligibility, duty forms. The three branches merged: 201 and 204.
  // Round 5 (r5-rules: questions about the guidance itself, Cardiff and Vale 6 asked of contact; r5-verdicts: question forms
  // asking for the duty, decisive facts, positions the question's facts chose leading).
  // Round 6 (r6-verdicts: how-to and what-do-I-do forms, a no that says what to do instead, decisive facts of place, the work mobile kept on): 207 and 218.
  // Round 6 (r6-fragments: which passages an answer quotes, by kind: long questions, rarer words, synonym classes, lists,
  // each policy's word on the same need): 213.
  // Session 7: "what does MIRRA stand for and why does it matter?" is answered by the term's definition, no duty (0.939).
  { file: 'blind/blind-4.json', pass: 0.96, verdicts: 0.93 },
  // The fifth blind set (200 questions), written and reviewed from the policies alone and committed before round 4; run
  // once before it (157 pass, 161 first verdicts right) and once after it: 158 and 163, while blind-4, tuned on in that
  // round, rose from 178 to 201. Seen now: the next blind measurement needs a new set.
  // Round 5 (r5-rules, tuned on by kind: the guidance's scope and status, Cardiff and Vale 6, what a channel is for,
  // standards online, social-media evidence; r5-verdicts as above; r5-search: the guidance's full text, "Also in the
  // guidance" and the nearest passage when no rule answers). Round 5's five branches merged: 178 and 180.
  // Round 6 (r6-fragments as for blind-4; "WF" names Waltham Forest): 180.
  // Round 7 (r7-scope: near misses by what is asked, places compared, an informant's identity): 186 and 187.
  // Round 8 (r8-verdicts: third-party information in a care leaver's request, 'does the guidance say anything about …?',
  // 'B&H' as a place): 191 first verdicts.
  { file: 'blind/blind-5.json', pass: 0.96, verdicts: 0.96 },
  // The sixth blind set (200 questions), written and reviewed from the policies alone and committed before round 5; run once
  // before it (149 pass, 161 first verdicts right) and once after it: 154 and 161, while blind-5, tuned on in that round,
  // rose from 158 to 178. Seen now: the next blind measurement needs a new set.
  // Round 6 (r6-scope: near misses given a ruling because of what is asked: whom to ring, a device's fault, an order's
  // length, a legal age, consent to be seen or treated; a topic only an age or an hour points at is not chosen).
  // Round 6 (r6-provisions: provisions the fact tables did not reach, found by closeness to their practitioners' phrasings).
  // Round 6 (r6-verdicts, tuned on by kind: permission asked of a thing named, how-to forms as duties, a no that says what
  // to do instead answering 'what do I do?', messages at the wheel, papers left out or taken into shops and bars, a casual
  // register as text language, reminders of a plan's meeting, children's school details over an app, the work mobile kept
  // on out of hours).
  // Round 6 (r6-fragments, tuned on by kind: the passage that answers within the topic shown for long and chatty questions,
  // sentences chosen by the rarer words, the guidance's words for everyday ones, a list quoted with its items): 167.
  // Round 6's five branches merged: 183 and 185.
  // Round 7 (r7-verdicts: a way round a duty asked as a permission, a service user's right, telling the family that would
  // raise the risk): 188 first verdicts; with r7-fragments and r7-scope merged: see the marks.
  // Round 7 (r7-scope: an injury's write-up reaching liability, a colleague's report from another place compared): 185 and 186.
  // Round 19 merged: 190 and 189 (a nasty message's 'do I reply?' now its own ask, led by 'not recommended').
  { file: 'blind/blind-6.json', pass: 0.95, verdicts: 0.94 },
  // Written from the seeds for round 6's scope work before it: 20 near misses asking what no policy rules (IT faults and
  // limits, legal ages and orders, consent to health care, whom to ring) and 16 in-scope questions put indirectly. 16/36
  // pass and 20/36 first verdicts right on the untouched branch. Round 8 (r8-scope): an EHCP's timescale is a near miss: 35, 36.
  { file: 'dev-7-scope.json', pass: 0.97, verdicts: 1 },
  // Written from the seeds for round 7's scope work before it: 12 in-scope questions put indirectly (a case told to a
  // partner, a debrief on the train, an informant's identity, a file sent to Legal), 9 near misses asking how a tool is worked
  // or whom IT to ring, 9 naming or comparing policies. 18/30 pass and 18/30 first verdicts right on the untouched branch;
  // 26 and 27 after. Left: 'do we have to say who rang?' answered as a duty, WF's social-media evidence and Nottinghamshire's
  // safeguarding condition not shown, a 5-day deadline for a routine WhatsApp asked as 'what do I do with it and by when'.
  // Round 12 (r12-verdicts: 'do we have to say who rang?' of an informant's identity is not owed): 29 first verdicts.
  { file: 'dev-8-scope.json', pass: 0.9, verdicts: 0.96 },
  // Written from the Cardiff and Vale, Pan Dorset, Waltham Forest and Brighton and Hove seeds before round 5's work on their
  // provisions no rule encoded (the guidance's purpose, scope and status, boundaries, confidentiality, social-media evidence),
  // with near misses: 17/34 pass and 19/31 first verdicts right before it; 29 and 26 after.
  // Round 12 (r12-verdicts: 'does the board expect each agency to have …?' asks for the duty): 29 first verdicts.
  { file: 'dev-6-rules.json', pass: 0.94, verdicts: 0.93 },
  // Written from the five seeds for the full-text search before it was tuned: 24 questions answered by passages few rules
  // cite (minutes' accuracy, referrers' details, Bluetooth images, office moves, gaming profiles …) and 10 near misses.
  // 26 of 34 pass and 8 of 10 first verdicts right before "Also in the guidance" and the nearest passage; 28 and 8 after
  // (the two near misses left are given rulings by topics' words, not by the passages). Round 8 (provisions quoted by their
  // practitioners' phrasings): 31 and 9.
  // (the two near misses left are given rulings by topics' words, not by the passages). Round 8 (r8-scope): a conference's
  // threshold is a near miss, unknown senders' and Bluetooth images unsolicited material: 31 and 10.
  { file: 'dev-6-search.json', pass: 1, verdicts: 1 },
  // Written from the five seeds before round 6's work on provisions encoded but not reached (copies of assessments,
  // accessible formats, liability wording, significant risk, legal advice types, case transfer, papers on the move,
  // withdrawing WhatsApp consent, the guidance's status and review): 19/30 pass and 22/30 first verdicts before it; 27 and 28
  // after. Left: an insurance claim read as a ban, another agency's report shown to a parent, Brighton and Hove's copies.
  // Round 8 (provisions quoted by their practitioners' phrasings): 30 and 28.
  { file: 'dev-7-provisions.json', pass: 1, verdicts: 0.93 },
  // Written from the seeds for round 6's verdict work before tuning (permission asked of things, how-to and what-do-I-do
  // forms, decisive facts: the wheel, a desk overnight, a shop or bar, an app and a young person's age, images sent on):
  // 27/30 pass and 23/30 first verdicts right on the code before it; 28 and 25 after. Left: a message at the wheel with
  // no channel named, a 'do her parents have to know?' read as a condition, OneDrive, a video call instead of a visit.
  { file: 'dev-7-verdicts.json', pass: 1, verdicts: 0.9 },
  // Written from the five seeds for round 6's work on which passages an answer quotes, before it (28 short questions about
  // one provision within a topic, 8 long and chatty ones): 31/36 pass and 26/29 first verdicts right on the untouched
  // branch; 34 and 26 after. Left: a court report's readers (answered "not covered"), a chat written up (fact and opinion).
  // Round 8 (provisions quoted by their practitioners' phrasings): 35 and 26; the court report's readers left (a near miss).
  { file: 'dev-7-fragments.json', pass: 1, verdicts: 0.93 },
  // The seventh blind set (200 questions), written and reviewed from the policies alone for Thursday 10 December 2026 (its
  // writers' today) and committed before round 6; run once before it (162 pass, 168 first verdicts right) and once after it,
  // with round 6's five branches merged: 174 and 181, while blind-6, tuned on in that round, rose from 154 and 161 to 183
  // and 185. Seen now: the next blind measurement needs a new set.
  // Round 7 (r7-fragments, tuned on by kind: threats and hostile words, an everyday register, things told in confidence, a
  // referral being taken, a complaint about a worker, a child who cannot yet talk, how a record is worded after an accident,
  // an informant not to be named, another agency asking for information, passages the guidance's words over-score, a
  // sentence quoted with the one that goes on from it): 186, 183.
  // Round 7 (r7-verdicts, tuned on by kind: a way round a duty asked as a permission, 'is that actually the rule?', 'too
  // early to …?', a service user's right, telling the family that would raise the risk, digital contact not planned or
  // supervised, personal details over an app): 188 first verdicts.
  // Round 7 (r7-scope, tuned on by kind: tools worked or IT asked, a case told outside work, an informant's identity, messages
  // got onto the file, a deadline asked of the ask before, who decides what is shared, images sent to the worker's app): 184 and 186.
  // Round 7's five branches merged: 194 and 195.
  // Round 8 (r8-verdicts: the register of messages someone else sends, Barry as Cardiff and Vale; the under-16
  // risk-assessed route): 197 first verdicts.
  { file: 'blind/blind-7.json', pass: 0.98, verdicts: 0.98, today: '2026-12-10' },
  // Written from the seeds for round 7's fragment work before it (recording content and quality, what a referral captures,
  // why records are kept, complaints, third-party information): 23/32 pass and 27/32 first verdicts right on the untouched
  // branch; 31 and 31 after. Left: whether families are told who sees what is recorded about them (offered a choice).
  // Round 8 (provisions quoted by their practitioners' phrasings): 32 and 31.
  { file: 'dev-8-fragments.json', pass: 1, verdicts: 0.96 },
  // Written from the seeds for round 7's verdict work before it (can-I of a duty or a prohibition, is-it-enough, too early,
  // who decides, exceptions, disagreements): 28/32 pass and 21/32 first verdicts on the untouched branch; 29 and 24 after.
  // Left: an assessment typed into a case note, a hostile threat, a draft on OneDrive (not reached); a video asked to be
  // sent on, a personal Gmail ('should only' read as not recommended), 'do I have to' of a permission with conditions.
  // Round 8 (r8-verdicts: asking a young person to send an image on is the incident rule): 25 first verdicts.
  { file: 'dev-8-verdicts.json', pass: 1, verdicts: 0.84 },
  // The eighth blind set (200 questions), written and reviewed from the policies alone for Wednesday 24 March 2027 (its
  // writers' today, Easter inside its deadlines) and committed before round 7; run once before it (164 pass, 163 first
  // verdicts right) and once after it, with round 7's five branches merged: 167 and 166, while blind-7, tuned on in that
  // round, rose from 174 and 181 to 194 and 195. Seen now: the next blind measurement needs a new set.
  // Round 8 (r8-fragments, tuned on by kind: the provision closest to what is asked quoted from its practitioners'
  // phrasings, a council named by its initials): 189 and 168.
  // Round 8 (r8-scope, tuned on by kind: in-scope questions answered "not covered" (information not known, a neighbour's case
  // looked up, the guidance's review, a question about a record close to a covered phrasing), near misses (an IT fault asked
  // of IT, attachment limits), two records of one kind in one question, duties asked offered a choice): 178 and 174.
  // Round 8 (r8-verdicts, tuned on by kind of wrong first verdict: leaving out what was told in confidence or assuming
  // rather than checking, asked as a permission, is a no; tag questions; 'am I allowed and what do I need to …?'; 'do I
  // have to reply?' of a permission is not required; 'can it be shredded now?' of a record still kept is a no; a care
  // leaver's request and its third-party information; a step needed first where one policy says no and another allows
  // it; decisive facts: an image asked to be sent on, a diagnosis sent over an app, a call about a case in public, an
  // under-16's disclosure through an app, what may go in the note, 'B&H' and 'the Vale' as places, a copy of an
  // assessment the family gets): 174 and 179.
  // Round 8's four branches merged (r8-fragments, r8-scope, r8-verdicts, r8-perf): 196 and 187.
  // Round 9 (r9-verdicts, tuned on blind-9's kinds: "should I just record the likeliest version?", looking at a young
  // person's public social media over a safeguarding worry): 196 and 189.
  // Round 10 (r10-verdicts, first verdicts by what is asked and the decisive fact): 196 and 190.
  { file: 'blind/blind-8.json', pass: 0.98, verdicts: 0.95, today: '2027-03-24' },
  // Written from the seeds for round 8's fragment work by a writer who never saw the code (an unborn baby's record, hostile
  // words, a CIN review's decisions, images a young person will not hand over, post to an insecure address, adopters'
  // details): 28/32 pass and 29/32 first verdicts right on untouched main; 31 and 29 after (provisions quoted by their
  // practitioners' phrasings). Left: a date from 'fri just gone'; verdicts on hostile words, adopters' details, posting.
  { file: 'dev-9-fragments.json', pass: 1, verdicts: 0.93 },
  // Written from the seeds for round 8's scope work by a writer who never saw the code (in-scope questions put indirectly,
  // near misses no policy rules, several asks): 21/32 pass and 19/32 first verdicts right on untouched main; 22 and 20 on
  // r8-scope's first step (before tuning on it); 30 and 28 after tuning on it by kind (social-media content seen, the work
  // mobile switched off, WhatsApp's data abroad, 'just between us', a system that throws the worker out, pay for the work, a
  // young person just turned 16, swearing as abuse).
  { file: 'dev-9-scope.json', pass: 0.96, verdicts: 0.9 },
  // Written from the seeds for round 8's verdict work by a writer who never saw the code, and scored once on main when it
  // came (30/32 pass, 27/32 first verdicts right) and once on the branch mid-way (27 first verdicts); 31 and 30 after.
  // Left: a WhatsApp guidance question about students asked with a second ask, an e-mail's other children's details left out.
  { file: 'dev-9-verdicts.json', pass: 0.96, verdicts: 0.93 },
  // Written from the seeds for round 12's verdict work (variants of its kinds, none from a blind set): a removal or deletion
  // asked for, a referrer's identity, 'or does he need asking?', a right's consequence, 'what approvals do we need?', 'who
  // should I inform?', an age said as 'one of ours is 13', a child's parent contacted, a message passed on, 'on a whim', a
  // CIN plan or sensitive information by app, a quoted kiss: 14 and 14 of 15 (the referrer's details asked with 'whoever
  // referred him' offered a choice, then read as an informant's identity); 6 more for the round's later kinds: 21 of 21.
  { file: 'dev-12-verdicts.json', pass: 1, verdicts: 1 },
  // The ninth blind set (200 questions), written and reviewed from the policies alone for Thursday 26 August 2027 (its
  // writers' today, the summer bank holiday inside its deadlines) and committed before round 8; run once before it (169
  // pass, 165 first verdicts right) and once after it, with round 8's four branches merged: 173 and 169, while blind-8,
  // tuned on in that round, rose from 167 and 166 to 196 and 187. Seen now: blind-10 is the next blind measurement.
  // Round 9 (r9-asks, several asks and their dates): 179 and 171. Round 9 (r9-scope, in-scope questions answered 'not
  // covered' and first cards without a verdict, by kind): 182 and 179. Round 9 (r9-verdicts, wrong first verdicts and
  // missing positions by kind: a personal device under Cardiff and Vale 5, Pan Dorset 3.6 on e-mails kept in a mailbox, how
  // to record a contact advised against, a case document sent by app, post to a communal tray, MIRRA 7 asked as a
  // permission or a choice, two ways offered, a name inferred from the family's): 178 and 178.
  // Round 9's three branches merged: 191 and 188. Round 10 (r10-verdicts: the IICSA hold, a crisis by text): 192 and 189; all merged: 193 and 189.
  // Round 14 (r14-phrase-a, advice outside supervision phrased): 194 pass.
  { file: 'blind/blind-9.json', pass: 0.97, verdicts: 0.95, today: '2027-08-26' },
  // The tenth blind set (200 questions), written and reviewed from the policies alone for Tuesday 21 December 2027 (its
  // writers' today, the Christmas and New Year substitute bank holidays inside its deadlines) and committed before round 9;
  // run once before it, with round 8 merged (174 pass, 177 first verdicts right), and once after it, with round 9's three
  // branches merged: 174 and 178, while blind-9, tuned on in that round, rose from 173 and 169 to 191 and 188. Seen now:
  // blind-11 is the next blind measurement.
  // Round 10 (r10-scope: in-scope questions reaching their provisions, near misses kept out of scope): 181 and 184;
  // r10-fragments (provisions quoted for the need asked, weekday dates restated, asks split): 184 and 179;
  // r10-verdicts (what goes on a contact's record asks the duty, a duty cut down or put off is a no, the IICSA hold,
  // phrasings that scored nothing for their topic, decisive facts): 179 and 189. All merged: 193 and 196.
  { file: 'blind/blind-10.json', pass: 0.96, verdicts: 0.98, today: '2027-12-21' },
  // The eleventh blind set (200 questions), written and reviewed from the policies alone for Friday 28 April 2028 (its
  // writers' today, the May bank holidays inside its deadlines) and committed before the review of rounds 8 and 9; run
  // once, after that review's mends were merged: 179 pass, 179 first verdicts right. Seen now: blind-12 is next.
  // Round 10 (r10-scope: in-scope questions reaching their provisions, near misses kept out of scope): 186 and 186;
  // r10-fragments (provisions quoted for the need asked, weekday dates restated, asks split): 188 and 181;
  // r10-verdicts (the same kinds): 181 and 192. All merged: 195 and 200.
  { file: 'blind/blind-11.json', pass: 0.97, verdicts: 1, today: '2028-04-28' },
  // The twelfth blind set (200 questions), written and reviewed from the policies alone for Thursday 31 August 2028 (its
  // writers' today, just after the summer bank holiday) and committed before round 10; run once before it (174 pass, 173
  // first verdicts right) and once after it, with its three branches merged: 177 and 174, while blind-10 and blind-11,
  // tuned on in that round, rose from 174 and 178, 179 and 179 to 193 and 196, 195 and 200. Seen now.
  // Round 11 (r11-verdicts: first verdicts follow what is asked of the record, a choice's no, a right asked bare, a duty put
  // off past its date): 177 and 185; r11-fragments (weekdays placed in a week, contact still going on read as today, "in our
  // care"; pay, gifts and IT fixes asked tersely kept out of scope; a device used to message asked as banned): 187 and 179.
  // Both merged: 187 and 190. Round 22 (r22-verdicts): legal advice asked where it goes on Mosaic is the legal-advice
  // question: 192 and 192.
  { file: 'blind/blind-12.json', pass: 0.96, verdicts: 0.96, today: '2028-08-31' },
  // The thirteenth blind set (200 questions, 154 with first verdicts), written and reviewed from the policies alone for
  // Wednesday 28 March 2029 (its writers' today, Easter inside its deadlines) and committed before round 11; run once
  // before it, after round 10 (179 pass, 139 first verdicts right), and once after it, with its two branches merged: 179
  // and 140. Seen now. Round 12 (r12-scope: near misses of other agencies, languages, timesheets and IT fixes kept out; a
  // reply to a parent's text, out-of-hours messaging and the deadline under one council's rules beside another's for
  // messaging read; a named policy with nothing on it said so): 189 and 145. r12-verdicts (tuned on its wrong first
  // verdicts by kind: a deletion asked for, 'or does he need telling?', a message passed on through another young person, a
  // quoted kiss, an under-16's age and a parent contacted): 178 and 147. r12-fragments (each ask's and each named policy's
  // provision quoted, cited provisions phrased): 185 pass. Merged: 193 and 152.
  { file: 'blind/blind-13.json', pass: 0.96, verdicts: 0.98, today: '2029-03-28' },
  // The fourteenth blind set (160 questions, 145 with first verdicts), written from the policies alone for Tuesday 11
  // September 2029 by two writers who never saw the code (checked by their own scripts, not by a second reviewer) and
  // committed before the review of rounds 10 and 11; run once, on the code after round 11: 152 pass, 126 first verdicts
  // right. Seen now. Round 12 (r12-scope: the police's own rules kept out, "the latest it should have gone on" a deadline,
  // out-of-hours messaging a contact question): 155 and 128. r12-verdicts (a removal asked for, a referrer's identity, 'who
  // do I tell?', 'what permissions do I need?', 'is that a problem?', a right's consequence, case-sensitive content by app,
  // recording asks read past a long subject, consent for the messaging itself): 154 and 142. r12-fragments: 156 pass.
  // Merged: 158 and 143. r13-fragments (distinctive words by provisions, not a share of phrasings): 159.
  { file: 'blind/blind-14.json', pass: 0.99, verdicts: 0.98, today: '2029-09-11' },
  // The fifteenth blind set (200 questions, 159 with first verdicts), written from the policies alone for Tuesday 16 April
  // 2030 (its writers' today, Easter inside its deadlines) by two writers who never saw the code, each part checked by a
  // second reviewer, and committed before round 12; run once before it (173 pass, 149 first verdicts right) and once after
  // it, with its three branches merged: 176 and 151. Seen now. Round 13's verdict kinds (a deadline or a correction read as a
  // choice, a gap left, an age as 'one of our girls is 14', a deadline asked first, another's log-in): 177 and 157.
  // r13-fragments (a word distinctive by how many provisions' phrasings use it; phrasings of unphrased provisions): 178.
  // r13-scope (a day "just gone", today's visit beside tomorrow's plans, an approval's end and listed adoption orders
  // given to their records, harms denied in a list, a retention ask after a sign-off ask read with its record): 180.
  // Merged: 184 and 157. Round 14: r14-verdicts (two asks under their own conditions each dated): 185; r14-scope (two
  // councils compared, separate files, personal storage, other agencies' and procedures' timescales): 189 and 159;
  // r14-phrase-a (Brighton and Hove's and Nottinghamshire's unphrased provisions phrased, out-of-hours contact and
  // article 8 reasoning phrased anew): 186. Merged (every cited provision phrased, the distinctive line at 14 provisions):
  // 197 and 159. Round 17: r17-verdicts (two councils named and "different?" compared alone, and the facts a condition turns on): 198;
  // r17-frag (needs phrased in more words): 198.
  { file: 'blind/blind-15.json', pass: 0.99, verdicts: 1, today: '2030-04-16' },
  // The sixteenth blind set (200 questions, 169 with first verdicts), written from the policies alone for Friday 24 May 2030
  // (its writers' today, the spring bank holiday inside its deadlines) by two writers who never saw the code, each part
  // checked by a second reviewer, and committed after round 12 landed; run once before round 13 (174 pass, 154 first
  // verdicts right) and once after it, with its three branches merged: 175 and 155. Seen now. Round 14: r14-verdicts
  // (deadlines asked of a record made or over a bank holiday, a weekday fixing a Christmas date's year, ways round a duty,
  // one note for siblings, a comparison asked of one place): 178 and 163; r14-scope (councils compared, aliases on a
  // referral, decisions in OneDrive, messaging behind the manager's back, an assessment's days): 181 and 157;
  // r14-phrase-b (93 Nottinghamshire provisions phrased: separate files for investigations): 176; r14-phrase-a
  // (Brighton and Hove's provisions phrased, a record sent on, a care leaver's side added, nuisance and late calls): 181 and
  // 156. Merged: 189 and 165. Round 15: r15-verdicts (an incident's duties asked beside the channel): 189 and 166; r15-scope
  // (a YP's party story seen read as the concern it shows, a file already read and disputed read as its amendment): 189 and 166.
  // Round 19 (r19-verdicts): an app named only as "it" answered by the contact rules, "can she?" of her side added: 190 and 168.
  // Round 19 (r19-compare): a move "from Cardiff to Waltham Forest" read with the place moved to as here: 190 and 166.
  // Round 19 (r19-frag): two incidents in one message a card each; listed initials read as abbreviations; asks split: 191.
  // Round 19 merged: 193 and 168.
  { file: 'blind/blind-16.json', pass: 0.97, verdicts: 0.99, today: '2030-05-24' },
  // The seventeenth blind set (200 questions, 148 with first verdicts), written from the policies alone for Wednesday 20
  // August 2031 (its writers' today, the summer bank holiday inside its deadlines) by two writers who never saw the code,
  // each part checked by a second reviewer, and committed before round 14; run once before it (167 pass, 134 first verdicts
  // right, scored as now: a no-break space read as a space) and once after it, with its five branches merged: 170 and 136.
  // Seen now. Round 15: r15-verdicts (bank holidays and months named beside a day, a review's decisions, an ask's own
  // urgency, a permission asked before its duty, cabinets moved full, quoted words received or of the trade): 176 and 142;
  // r15-scope (its 4 in-scope 'not covered' answered and its 2 near misses not ruled): 176 and 139; r15-frag-b (phrasings'
  // shorthand read as a question's, provisions no rule cites phrased): 173. Merged: 184 and 145. Round 17: r17-frag: 185.
  // Round 19 (r19-verdicts): notes typed up for a social worker ("SW rang her visit notes through") read as on behalf of: 186 and 146.
  // Round 19 (r19-compare): two councils compared, each one's own paragraph (every e-mail, sharing to keep a child safe): 188.
  // Round 19 (r19-frag): two incidents in one message a card each; listed initials read as abbreviations: 187.
  // Round 19 merged: 192 and 146.
  { file: 'blind/blind-17.json', pass: 0.97, verdicts: 0.98, today: '2031-08-20' },
  // The eighteenth blind set (200 questions, 176 with first verdicts), written from the policies alone for Tuesday 23 March
  // 2032 (its writers' today, Good Friday and Easter Monday inside its deadlines) by two writers who never saw the code, each
  // part checked by a second reviewer, and committed before round 15; run once before it and once after it, with its five
  // branches merged: 185 pass and 159 first verdicts right both times (16 replies' text moved, none to or from a pass). Seen now.
  // Round 16: r16-scope-dates (a deadline asked "what date ... by", after "not typed it up yet"; the minimum details taken
  // from a referrer): 188 and 161; r16-verdicts (agreement asked of a permission it conditions, and a right to stop asked
  // bare): 185 and 161. Merged: 188 and 163. Round 17 (r17-scope): a sanction asked "under the guidance" answered by its own
  // status, starting a channel asked "does it need to be planned?", legal thresholds kept out of scope: 191 and 165.
  // r17-verdicts (a fact breaking a rule's condition: a call on the train, an address that looks old, a surname
  // taken from the children, a loss asked "what if"; the form asked: bullets or paragraphs, an opinion asked as a permission;
  // two councils named and "different for each?"; a weekday of a visit still to come, "hurting her" as harm): 191 and 172.
  // r17-frag (needs phrased in more words: a visit note's sections, social media with care leavers, an image volunteered,
  // texting a carer agreed; quoted words read bare): 193. Merged: 197 and 174 (a personal phone "agreed with the line
  // manager" left unphrased: its phrasings pushed Pan Dorset 12's senior management and parents/carers off blind-8's card).
  // Round 19 (r19-verdicts): "what if we can't?" read as the ask before taken further, not a second ask: 197 and 175.
  // Round 19 (r19-compare): a choice between topics that give each named council the same paragraph answered: 198 and 174.
  // Round 19 (r19-frag): a provision that is several items of a list quoted with the rest of its list (a visit note's sections): 198.
  // Round 19 merged: 199 and 175.
  { file: 'blind/blind-18.json', pass: 0.99, verdicts: 0.99, today: '2032-03-23' },
  // The nineteenth blind set (200 questions, 157 with first verdicts), written from the policies alone for Wednesday 22
  // December 2032 (its writers' today, the Christmas and New Year substitute bank holidays inside its deadlines) by two
  // writers who never saw the code, each part checked by two reviewers in turn, and committed before round 17's merge; run
  // once before it (177 pass, 143 first verdicts) and once after it, with its branches merged: 178 and 144. Seen now.
  // Round 18 (r18-scope): caseloads, an early help assessment's timescale, a school's CP file passed on kept out; a write-up
  // held up by court, a spam image on Bluetooth answered: 183 and 149.
  // Round 19 (r19-verdicts): the first verdict from the form and decisive fact (text like hers, an image offered to the unit
  // phone, "any expectation?", "what happens first?", an under-16 questioned over an app) and "last yr", xmas eve: 187 and 156.
  // Round 19 (r19-compare): two councils compared or a move between them, each named council's own paragraph quoted: 189 and 150.
  // Round 19 (r19-frag): two incidents a card each, an
  // ask whether what was named goes on Mosaic split off, two asks of one topic's different parts a card each: 186; the
  // family's home (kids, partner there) no longer read as the worker's home working, a recording "about the risk": 187.
  // Round 19 merged: 197 and 157.
  { file: 'blind/blind-19.json', pass: 0.98, verdicts: 1, today: '2032-12-22' },
  // The twentieth blind set (200 questions, 159 with first verdicts), written from the policies alone for Tuesday 12 April 2033
  // (its writers' today, Good Friday and Easter Monday inside its deadlines) by two writers who never saw the code, each part
  // checked by two reviewers in turn, and committed unopened before round 19's merge; run once after it: 187 pass (93.5%) and
  // 139 first verdicts right (87.4%). Seen now. Round 20 (r20-verdicts): "post it anyway?" of an address in doubt and "should I
  // just delete it straight away?" of an image deleted only after it is reported, both a no, and "do I just ignore it and message
  // mum instead?" of a duty (a way round it, as "can I just … instead?"): 142; a month alone of a withdrawal ("back in jan")
  // read as its approximate date, so a shred asked early is a no: 143.
  // Round 20 (r20-scope): 195 and 144 (its six scope failures, why Cardiff has its policy, siblings' files; plural ages read).
  // Round 20 merged: 195 and 148. Round 22 (r22-verdicts): 'an app to keep in contact' names a messaging app, so Waltham
  // Forest's under-16 rules answer: 196 and 148.
  { file: 'blind/blind-20.json', pass: 0.98, verdicts: 0.93, today: '2033-04-12' },
  // The twenty-first blind set (200 questions, 180 with first verdicts), written from the policies alone for Wednesday 24 May
  // 2034 (its writers' today, the spring bank holiday inside its deadlines) by two writers who never saw the code, each part
  // checked by two reviewers in turn, and committed unopened after the review of rounds 19 and 20; run once then: 184 pass
  // (92%) and 166 first verdicts right (92.2%). Seen now. Its six scope failures read since (c313b73 and the next commit): 190
  // and 172. Round 22 (r22-verdicts): a permission whose condition the facts break is a no (Waltham Forest's working hours,
  // Pan Dorset's parents' permission, Brighton and Hove's secure e-mail), 'add me on facebook' is the worker's own account: 190
  // and 176; which messages get recorded asks for the duty, and the work phone someone cannot reach the worker on is not the
  // phone asked about: 191 and 177; 'the minimum we need to record' of a text is what a contact recording holds: 192 and 177;
  // 'where does the legal advice go on mosaic?' is the legal-advice question: 193 and 177. Round 22 (r22-frag) beside it: a
  // second adoption order as 'an older one from …', a case record 'to be kept until when', common information on siblings'
  // files, Cardiff and Vale's judgement in replying, an under-16's safeguarding message beside a parent's app: merged, 198 and 178.
  { file: 'blind/blind-21.json', pass: 0.99, verdicts: 0.98, today: '2034-05-24' },
  // The twenty-second blind set (200 questions, 164 with first verdicts), written from the policies alone for Thursday 23
  // August 2035 (its writers' today, the summer bank holiday inside its deadlines) by two writers who never saw the code, each
  // part checked by two reviewers in turn, and committed unopened before round 22; run once after it: 187 pass (93.5%) and 153
  // first verdicts right (93.3%), the same questions failing as on the code before the round. Seen now. Round 23 (r23): a
  // permission asked of sharing without consent where seeking it could place a child at risk is a yes, leave to refuse sharing
  // about a child at risk a no, client data on a home computer is the data-security question, someone put down under another
  // family member's surname is a name inferred: 187 and 157; a review named beside its team and a fostering application
  // 'withdraw(n)' on a day dated: 189 and 157; the call 'put on mosaic' and a mark on a child's arm: 190 and 158.
  { file: 'blind/blind-22.json', pass: 0.97, verdicts: 0.98, today: '2035-08-23' },
  // The twenty-third blind set (200 questions, 184 with first verdicts), written from the policies alone for Friday 19 December
  // 2036 (its writers' today, Christmas and New Year inside its deadlines) by two writers who never saw the code, each part
  // checked once by a reviewer, and committed unopened before the review of round 23; run once after the review's mends: 190
  // pass (95%) and 174 first verdicts right (94.6%), the same questions failing as on the code before round 23. Seen now.
  { file: 'blind/blind-23.json', pass: 0.98, verdicts: 0.97, today: '2036-12-19' },
  // The twenty-fourth blind set (200 questions, 185 with first verdicts), written from the policies alone for Wednesday 1 April
  // 2037 (its writers' today, Good Friday and Easter Monday inside its deadlines) by two writers who never saw the code, each
  // part checked once by a reviewer, and committed unopened before round 24; run once after it: 185 pass (92.5%) and 162 first
  // verdicts right (87.6%), the same as on the code before the round (7357c37). Seen now. Round 24b (swearing in asterisks,
  // connected carers and terminated approvals in the retention table, 'pick one' version, a review's questions over an app,
  // 'still no work phone', a manager's go-ahead asked 'is that actually ok?'): 189 and 166. Round 25 (whose agreement a 'do I
  // need … first?' asks after, near misses of housing law, IT numbers and Staying Put): 195 and 173.
  { file: 'blind/blind-24.json', pass: 0.98, verdicts: 0.94, today: '2037-04-01' },
  // The twenty-fifth blind set (200 questions, 188 with first verdicts), written from the policies alone for Thursday 29 April
  // 2038 (Easter just gone, the early May bank holiday next Monday) by two writers who never saw the code, each part checked
  // once by a reviewer, and committed unopened before round 25 was written; run once after round 25 and its review: 190 pass
  // (95%) and 168 first verdicts right (89.4%), the same 24 questions failing as on the code before the round (2ecade1). Seen
  // now. Round 25d (a bare weekday beside a day to come, a write-up told as done, the worker's feelings about a parent, 'do they
  // have to be proper paragraphs?', a written request for a child's records, screenshots sent on, a name with the age in
  // brackets): 196 and 174.
  { file: 'blind/blind-25.json', pass: 0.98, verdicts: 0.92, today: '2038-04-29' },
  // The twenty-sixth blind set (200 questions, 191 with first verdicts), written from the policies alone for Tuesday 1
  // September 2037 (the day after the summer bank holiday) by two writers who never saw the code, each part checked once by a
  // reviewer, and committed unopened before the second read of the change; run once after it: 191 pass (95.5%) and 172 first
  // verdicts right (90.1%), against 189 and 170 on the code before the session (2ecade1). Seen now.
  { file: 'blind/blind-26.json', pass: 0.98, verdicts: 0.92, today: '2037-09-01' },
  // The twenty-seventh blind set (200 questions, 183 with first verdicts), written from the policies alone for Tuesday 3 April
  // 2040 (the day after Easter Monday) by two writers who never saw the code, each part checked once by a reviewer, and
  // committed unopened before the second read of the answer-path passes was finished; run once after it: 189 pass (94.5%) and
  // 172 first verdicts right (94%), the same on the code before round 25d (24b1abe). Seen now.
  { file: 'blind/blind-27.json', pass: 0.97, verdicts: 0.96, today: '2040-04-03' },
  // The twenty-eighth blind set (200 questions, 188 with first verdicts), written from the policies alone for Thursday 28
  // December 2034 (between Christmas and New Year) by two writers who never saw the code, each part checked once by a
  // reviewer, and committed unopened before this session's understanding changes; run once after them: 189 pass (94.5%) and
  // 168 first verdicts right (89.4%), the same on the code before them (61a6c22). Seen now. The sixth session's understanding
  // round (who asks is no evidence of what is asked, how messages are recorded, a judgement or blame written, messages to
  // treat): 192 and 171.
  { file: 'blind/blind-28.json', pass: 0.97, verdicts: 0.92, today: '2034-12-28' },
  // The twenty-ninth blind set (120 questions, 112 with first verdicts), written from the policies alone for Wednesday 2 June
  // 2038 (two days after the spring bank holiday) by two writers who never saw the code, each part checked once by a
  // reviewer, and committed unopened at the second read of the session's change; run once after its mends: 113 pass
  // (94.2%) and 102 first verdicts right (91.1%), the same 13 misses on 61a6c22. Seen now. The sixth session's round (a care
  // leaver's housing and benefits kept out of scope, texts recorded by each council, consent to share refused): 117 and 105.
  { file: 'blind/blind-29.json', pass: 0.99, verdicts: 0.94, today: '2038-06-02' },
  // The thirtieth blind set (119 questions, 110 with first verdicts), written from the policies alone for Tuesday 4 January
  // 2039 (the day after the New Year bank holiday, a week after Christmas's substitute days) by two writers who never saw the
  // code, each part checked once by a reviewer, and committed unopened before the sixth session's understanding round; run
  // once after it and its perf merges: 114 pass (95.8%) and 101 first verdicts right (91.8%), the same on 2789f14. Seen now.
  { file: 'blind/blind-30.json', pass: 0.96, verdicts: 0.92, today: '2039-01-04' },
  // The thirty-first blind set (120 questions, 109 with first verdicts), written from the policies alone for Tuesday 27 March
  // 2035 (the day after Easter Monday) by two writers who never saw the code, each part checked once by a reviewer, and
  // committed unopened at the start of the seventh session; run once at its end: 118 pass (98.3%) and 99 first verdicts right
  // (90.8%), the same on 8c79fa7, before the session. Seen now.
  { file: 'blind/blind-31.json', pass: 0.98, verdicts: 0.9, today: '2035-03-27' },
  // The thirty-second blind set (120 questions, 112 with first verdicts), written from the policies alone for Tuesday 26
  // August 2036 (the day after the summer bank holiday) by two writers who never saw the code, each checking their own part,
  // and committed unopened at the end of the eighth session; run once then: 114 pass (95.0%) and 101 first verdicts right
  // (90.2%), the same on 60fa720, before the seventh session's term answers. Seen now.
  { file: 'blind/blind-32.json', pass: 0.95, verdicts: 0.9, today: '2036-08-26' },
  // Written from the seeds for round 12's scope kinds (today Wednesday 10 February 2027): deadlines under one council's
  // recording rules beside another's for messaging, CIN-only and same-accident retention, a named policy silent on a point,
  // replies to a received message, and near misses (other agencies' rules, language duties, pay, IT fixes) beside an
  // agency's sharing with the council, which stays in scope. 10/21 pass and 7/14 first verdicts right on the code before
  // it; 21 and 14 after.
  { file: 'dev-12-scope.json', pass: 1, verdicts: 1, today: '2027-02-10' },
  // Written from the seeds for round 12's provision fragments (each of several asks quoting its own provision; Pan Dorset,
  // Waltham Forest and Cardiff and Vale provisions no phrasing reached before, a policy named for one part of the question):
  // 21/26 pass, 10/10 first verdicts on untouched main; 24 and 10 after (a terse second ask finds its provision by all its
  // words). Left: a 15-year-old's WhatsApp ruled as allowed if,
  // so the under-16 provision is not quoted; Pan Dorset's out-of-hours note beside a Notts deadline.
  // Round 14 (r14-phrase-a, Pan Dorset's out-of-hours note phrased for a late call on the work phone): 25/26.
  { file: 'dev-12-fragments.json', pass: 0.96, verdicts: 1 },
  // Written from the seeds for round 13's first-verdict kinds: 'is my note due …?' and 'names the wrong …, can I go in and
  // change it?' (a topic, not a choice), a gap left where something is not known, 'one of my boys is 13', a subject access
  // request's deadline asked before its redaction, 'log onto the system as her': 4 of 12 fully right before, 12 after.
  { file: 'dev-13-verdicts.json', pass: 1, verdicts: 1, today: '2030-04-16' },
  // Round 13 (fragments): a word is distinctive by how many provisions' phrasings use it, not a share of all phrasings,
  // and Nottinghamshire's "in confidence", hostile comments, human rights, adoption retention and timeliness phrased.
  { file: 'dev-13-fragments.json', pass: 1, verdicts: 1 },
  // Written from the seeds for round 13's dates (a contact "saturday just gone" or "the monday gone", a visit yesterday beside
  // tomorrow's plans, an approval's end said apart from the carers, adoption orders listed, a list of harms denied; a
  // retention ask after a sign-off ask, its record named in the first): 2/6 pass, 5/6 first verdicts on the code before the
  // dates, 6 and 6 after; of the three retention asks added next, 1 failed before the asks change, none after (9/9, 9/9).
  { file: 'dev-13-scope.json', pass: 1, verdicts: 1, today: '2030-04-16' },
  // Written from the seeds for round 14's verdict and date kinds (a deadline asked of a record already made or of harm over a
  // bank holiday, a weekday beside a Christmas date, two asks under their own conditions, "just delete it and forget about
  // it", an ordinary case note for legal advice, one note for two brothers, posting "anyway", "is it the same in Brighton and
  // Hove?", a note on the wrong child taken off): 6/11 pass, 5/11 first verdicts before, 11 and 11 after.
  { file: 'dev-14-verdicts.json', pass: 1, verdicts: 1, today: '2030-05-24' },
  // Written from the seeds for round 14's scope kinds: two councils compared ("a blanket no in both?", "X says …, Y says …,
  // which applies?", "what's the difference between what A and B say about …"), a service user's other names on a referral,
  // case decisions kept in e-mail folders or OneDrive, contact started without the manager's knowledge, papers about a carer's
  // own family kept separate; other agencies' and procedures' timescales (police interviews, a school passing a CP file on,
  // an assessment's or a referral decision's working days) beside the policies' own: 20/29 pass and 9/14 first verdicts
  // right before, 29 and 14 after.
  { file: 'dev-14-scope.json', pass: 1, verdicts: 1 },
  // Written from the seeds for round 14's Nottinghamshire provision phrasings (today Wednesday 15 January 2031): a deadline
  // card quoting the timeliness provision, a visit record's contents, another's log-in, bullet points, investigations kept
  // separate, the chair's minutes, supervision, a second unborn record, a note on the wrong child, a withdrawn fostering
  // application, the plan shared, job titles: 13/14. Left: a legal discussion "about going to court" read as not covered.
  { file: 'dev-14-fragments-notts.json', pass: 1, verdicts: 1, today: '2031-01-15' },
  // Round 14 (r14-phrase-a): one question per provision phrased, Brighton and Hove's 49 and Nottinghamshire's first 44, in
  // other words than the phrasings (written from the seeds): 76/95 quote the provision before, 91 after. Left: a case note's
  // sources (no distinctive word). Three that reach no topic (files kept for an absent worker, a referrer's details, where to
  // save case documents) were taken out, as scope.test.ts allows no dev question the bare 'not covered'.
  { file: 'dev-14-phrase-a.json', pass: 0.98, verdicts: 1 },
  // Written from the seeds for round 15's verdict and date kinds (today Wednesday 25 August 2027): "the bank hol on monday" and
  // "monday's a bank holiday" beside the event's day, "wed 22nd" beside "thurs 23 dec", "only an ordinary visit" asked after
  // injuries, a looked after review's decisions, "still haven't recorded it", "can I give it and do I have to let anyone
  // know?", a story of concern "write this up and tell someone?", a refusal supposed, a crisis text quoted, cabinets moved
  // with the files in, "egress or a normal email?", 'CIN' and 'CP' quoted of case notes, "instead of calling her mum": 8/14
  // pass, 7/14 first verdicts before, 14 and 14 after.
  { file: 'dev-15-verdicts.json', pass: 1, verdicts: 1, today: '2027-08-25' },
  // Round 15 (r15-scope), written from the seeds: a note named in the singular ("a visit note on my own"), threats after money
  // was refused, "what should my notes include", "X seems to say ... which is right?" of work phones, a yes or no asked of
  // messaging; near misses: an IRO's escalation and dispute resolution timed, a personal adviser's support up to 21 or 25.
  // Then: a solicitor's discussion noted, files reachable in a worker's absence, the referrer's details, where case documents
  // are saved (dev-14-phrase-a's three), a story seen at a party, a disputed file's own account added. 31/31 (14 on main).
  { file: 'dev-15-scope.json', pass: 1, verdicts: 1 },
  // Round 15 (r15-frag-a), written from the seeds for a provision missing from the card: consent asked in the first WhatsApp
  // message beside the case note a rule cites, WhatsApp kept to "keeping in touch" asked as one of several asks, nuisance
  // calls, whom records are written for, told inside a story: 14/20 before and after (a question read alone, without the
  // story around it, moved none of them). Left: whom records are for in other words, direct work over WhatsApp after a long story.
  { file: 'dev-15-frag-a.json', pass: 0.75, verdicts: 1 },
  // Round 15 (r15-frag-b), written from the seeds: shorthand in a question meeting the same shorthand in a phrasing, provisions
  // no rule cites (public transport, scanning letters, a note's time, its decisions and actions, amendments' reasons, a more
  // formal style) and needs in other words (fact and opinion, a crisis text, a status): 19/21 after (15 of the first 23
  // before; two whose provisions were left unphrased taken out). Left: 'CLA and YP' with no word for shorthand, who wrote
  // which entry.
  { file: 'dev-15-frag-b.json', pass: 0.9, verdicts: 1 },
  // Round 16 (r16-scope-dates), written from the seeds (today Wednesday 25 August 2027, the bank holiday Monday 30 August): a
  // deadline asked "what date ... on Mosaic by", "the last date ... by", after "not typed them up" or "haven't wrote it up",
  // and "when's it due"; "the minimum / basic details" to take from a referrer: 8/9 after. Left: "which day ... recorded by
  // if I visited" (read as what to record).
  { file: 'dev-16-scope-dates.json', pass: 0.88, verdicts: 1, today: '2027-08-25' },
  // Round 16 (r16-verdicts), written from the seeds (Pan Dorset 1.6): "do I need her agreement / the young person to agree /
  // the parents' permission?" of a permission with that agreement as its condition is a duty; asked of an act allowed
  // outright, no consent is required; "can she (just) stop?" of WhatsApp she agreed to is her right, a yes: 1/7 first
  // verdicts before the round, 7/7 after. Left: "dad said yes to WhatsApp … can he stop?" read as not covered.
  { file: 'dev-16-verdicts.json', pass: 1, verdicts: 1 },
  // Round 17 (r17-scope), written from the seeds: what a policy says of its own status (Waltham Forest: not enforceable in
  // the event of misconduct; Brighton and Hove's Enforcement; Pan Dorset 12) asked as a sanction "under" or "based on" it, or
  // its weight; starting texts or WhatsApp "just" or only once planned or agreed (Cardiff and Vale 6, Pan Dorset 1.6); legal
  // thresholds (significant harm, s47, care proceedings) not covered though they name a record, with three in-scope
  // controls (advice on threshold saved, harm recorded, harm and sharing): 9/18 and 6/15 before, 18/18 and 15/15 after.
  { file: 'dev-17-scope.json', pass: 1, verdicts: 1 },
  // Round 18 (r18-scope), written from the seeds: other agencies' and other procedures' timescales and workloads (a school's
  // CP file passed to the next school, an early help assessment's timescale, a safe or recommended caseload) not covered,
  // with one in-scope control (the school's file sent to us, recorded); a visit's write-up held up by court (Nottinghamshire's
  // timescale) and a spam image received on a work phone (Pan Dorset's unsolicited material) answered: 12/12.
  { file: 'dev-18-scope.json', pass: 1, verdicts: 1 },
  // Round 19, written from the seeds: near misses of kinds no set held (a LAC review's or core group's frequency, compressed
  // hours or duty when pregnant, a family's fares to contact, how many children a foster carer may have, calls cutting out, a
  // supervision order's length) not covered, with six in-scope controls (review minutes, a new unborn record): 22/31 -> 31/31.
  // Then in-scope questions lacking a synonym class (an opinion already 'recorded' or 'documented', 'my view that', 'talk to the
  // GP', 'a copy of everything we hold', why the council keeps information on families): 4 of 28 not covered -> 0 of 34.
  // Then 30 more near misses (other procedures and services): 25 -> 28 (Prevent and radicalisation, FGM, trafficking, county
  // lines, private fostering; what happens at a meeting of the process; a placement order, how long an adoption takes). Left:
  // a visit to a young person in custody, and 'the difference between a CIN and a CP plan' (read as a comparison of the two).
  // Then 32 more in-scope questions: 27 -> 31 ('all our paperwork / documents' asked for by a solicitor or an advocate is a
  // subject access request, not who may attend; 'can I write X if I smelt / could tell' is opinion). Left: a complaint about
  // what was written offered as a choice. Round 22: the CIN and CP plan difference and a visit to a young person in custody
  // are near misses now (128/129, 59/59).
  { file: 'dev-19-scope.json', pass: 0.99, verdicts: 1 },
  // Round 19, written from the seeds (today Wednesday 9 December 2026; Christmas Day and the Boxing Day substitute, 28 December,
  // inside the deadlines): days written as practitioners write them that no reading took: 'a fortnight ago', 'the 1st of this
  // month', 'the 27th of last month', 'planned for the 23rd', a day alone after 'on' or 'till': 7/12 -> 12/12.
  { file: 'dev-19-dates.json', pass: 1, verdicts: 1, today: '2026-12-09' },
  // Written from the seeds after blind-21's one run, for its scope kinds: a write-up waiting while the worker is in court (the
  // whereabouts, not a court question), an entry on a logged-in colleague's system while one's own is locked (not IT help), a
  // judgement word then "can I put that in?" (derogatory), and near misses (what counts as a legal threshold, another agency's
  // deadline to reply to us, how long schools or nurseries keep their files): 5/12 and 3/6 -> 12/12 and 6/6.
  { file: 'dev-21-scope.json', pass: 1, verdicts: 1 },
  // Round 22, written from the seeds: a permission whose condition the question's facts break is a no (a message answered
  // out of Waltham Forest's working hours, texting without the parents' permission in Pan Dorset, a plan or assessment
  // e-mailed to a gmail or hotmail in Brighton and Hove), beside the same asks with the condition met or waived: 10/10 pass,
  // 5/10 -> 10/10 first verdicts. Then which messages get recorded (the duty, not 'yes, if') and a personal number asked for
  // because the work phone does not reach the worker: 18/18 and 18/18 (7/18 first verdicts on the code before the round). Then
  // 'the minimum / the least I have to record' of a contact, beside Brighton and Hove's minimum contents of every child's
  // record: 21/21 and 21/21 (19/21 and 9/21 before the round). Then legal advice asked where it goes on the file or
  // Mosaic: 23/23 and 23/23 (19/23 and 11/23 before the round); 'an app for keeping in touch' as a messaging app: 24/24.
  { file: 'dev-22-verdicts.json', pass: 1, verdicts: 1 },
  // Round 20, written from the seeds: near misses of the blind-20 kinds (when a conference must be held after a 'strat'
  // meeting; how long another agency 'usually' keeps a thing or 'has got' to act) and in-scope questions (ages in the plural,
  // 'let you use your own phone', a parent wanting to know what a 16- or 17-year-old's plan says): 18/18, 14/14 verdicts.
  // Then why Cardiff and Vale has its policy (what prompted it, its background, what it answered): Cardiff 2 quoted, 21/22.
  // Then an incident 'at home' with siblings' files is not working from home (Notts: common information duplicated): 22/24.
  { file: 'dev-20-scope.json', pass: 0.91, verdicts: 1 },
  // Round 19 (r19-compare), written from the seeds: two councils compared or a move from one to the other (every e-mail
  // kept, a personal phone, texting a 13-15 year old, a text or WhatsApp as a contact recording, a correction asked for,
  // sharing without consent, every phone call, how detailed notes are), each named council's own provision quoted: 13/22
  // and 4/6 before, 21 and 6 after (left: a move asked "which council's guidance wants what?", not read as a comparison).
  { file: 'dev-19-compare.json', pass: 0.95, verdicts: 1 },
  // Round 19 (r19-frag), written from the seeds: one provision of a two-ask message left unquoted. Two incidents told of in
  // one message (Pan Dorset 1.10 abusive or nuisance calls, 1.13 Bluetooth images): a card each; the trade's initials listed
  // as examples asked about as abbreviations (Nottinghamshire's 'explained in full', Brighton and Hove's jargon and acronyms);
  // an ask "is it ok to …" or whether what was named goes on file split off (two controls); Nottinghamshire's list of what
  // each contact's record must indicate quoted whole, and its risk recording's contents asked after an incident at the
  // family's home: 4/12 before, 12/12 after.
  { file: 'dev-19-fragments.json', pass: 1, verdicts: 1 },
  // Round 17 (r17-verdicts), written from the seeds (today Tuesday 23 March 2032, Good Friday and Easter Monday after that
  // Thursday): a fact that breaks a rule's condition (a call taken on the bus or train, an address that looks out of date or
  // a parent who may have moved, a surname taken from the children, a laptop's loss asked only as "what if"), the form asked
  // (note form offered beside full sentences, an opinion asked as a permission, a permission asked after "what happens to
  // it?", two councils named and "different for each?"), and a weekday of a visit still to come; a colleague's notes read over, "I said no" and a grandparent's agreement: 12/15 pass, 9/15 first verdicts before, 15 and 15 after.
  { file: 'dev-17-verdicts.json', pass: 1, verdicts: 1, today: '2032-03-23' },
  // Round 19 (today Monday 20 December 2027, Christmas and New Year substitute days ahead): the first card's verdict from the
  // question's form and decisive fact (writing like the young person, an image offered to be sent on, "any expectation for …?",
  // "what happens first?", questioning an under-16 over an app, "does the time matter, and can I …?", "what if we can't?", an
  // app named only as "it", "can she?" of her side added) and relative dates ("last year", "this year", xmas eve, "friday
  // afternoon"): 20/21 pass, 21/21 first verdicts (a court team's question left to scope).
  { file: 'dev-19-verdicts.json', pass: 0.95, verdicts: 1, today: '2027-12-20' },
  // Round 20 (r20-verdicts), written from the seeds: an indecent image asked "can I just delete it now?" (Pan Dorset 2.3: the
  // manager told, the police view it, then it is deleted) and a post asked "send it anyway?" with the address in doubt
  // (Brighton and Hove: no sensitive information), and an under-16's disclosure asked "do I just ignore it and ring mum
  // instead?" (Waltham Forest: the safeguarding procedures apply): 4/10 first verdicts before, 9/10 after ("address might be
  // old" beside "or do I hand deliver" left); a fostering application withdrawn "in january" / "last november" asked "can we
  // shred it now?" (Nottinghamshire: at least 3 years from the withdrawal): 0/3 before, 3/3 after.
  { file: 'dev-20-verdicts.json', pass: 1, verdicts: 0.92 },
  // Round 17 (r17-frag), written from the seeds: a visit note's sections or parts, social media with young people or care
  // leavers, an image a young person offers to show, a personal mobile with the manager's agreement, texting a parent agreed
  // and recorded, who a record is written for: 9/13 before, 12/13 after; then the six sharing principles phrased (a third
  // party's word passed on, families told at the start, a need to know, advice when in doubt): 12/17 before, 15/17 after.
  // Left: "think about 'who will read this'" (two words), a colleague told what a mum 'told me' (phrased with 'told', another question's nearest passage moved for the worse).
  { file: 'dev-17-fragments.json', pass: 0.88, verdicts: 1 },
  // Round 22 (r22-frag), written from the seeds after blind-21's fragment failures: the least to record of a text or message
  // ("what's the minimum we need to record"), where legal advice itself goes: 5/8 before, 8/8 after; a device someone cannot
  // reach the worker on is not the one asked about ("wants my personal number, can never get me on the work mobile"): 2/3 -> 3/3; Cardiff and Vale's judgement in responding to an electronic message, on an
  // abusive or threatening one (its incident rule): 0/2 -> 2/2; keeping put in the passive ("until when does the case record
  // have to be kept?"): 1/2 -> 2/2; a second record's date named as "another (one) / an older one from ..." after the first's
  // ("an adoption order made 1 aug 2010, and an older one from 15/11/1999"): 0/2 -> 2/2; common information put on each
  // sibling's file ("the common bits on both brothers' files"): 2/3 -> 3/3; an under-16 who got in touch through an app with a
  // safeguarding concern, beside a parent the worker messages ("15yo messaged my work whatsapp (i only message her mum)"): 1/2 -> 2/2;
  // two child protection steps told apart ("what's the difference between a CIN and CP plan?") is a near miss, not a
  // comparison of councils: 3/4 -> 4/4; visits to a young person in custody or secure care (3 more, already near misses or
  // ruled before the change, kept as its controls).
  { file: 'dev-22-fragments.json', pass: 1, verdicts: 1 },
  // Round 23, written from the seeds after blind-22's one run: sharing without consent where asking could place a child at
  // risk, asked as a permission (a yes) and leave to refuse or decline it (a no); client data on a home computer; a name put
  // down from another family member's: 8/9 and 2/9 before, 8/9 and 7/9 after. Left: 'withhold what we know' from the GP
  // (not read as sharing), 'record the dad under the same surname as the baby' (answered as a duty). Then a review named
  // beside its team ('CIN team ... review meeting was yesterday') and a fostering application 'withdraw(n)' on a day: 1/3 -> 2/3
  // (left: the LAC team's review, offered as a choice). Then two controls for a deadline asked of a write-up not yet put on
  // the system and of a mark on a child's body (passing before and after).
  { file: 'dev-23-verdicts.json', pass: 0.85, verdicts: 0.78 },
];

let app: RunningApp;
let dataDir: string;
let summary: EvalSummary;
let holdout: EvalSummary;
const dev = new Map<string, EvalSummary>();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'eval-'));
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { now: () => new Date(`${PINNED_TODAY}T10:00:00Z`) });
  summary = await scoreQuestions(loadQuestions(QUESTIONS), { botUrl: `${app.url}/api/messages` });
  holdout = await scoreQuestions(HOLDOUTS.flatMap(loadQuestions), { botUrl: `${app.url}/api/messages` });
  for (const set of DEV_SETS.filter((s) => !s.today)) dev.set(set.file, await scoreQuestions(loadQuestions(join(import.meta.dirname, set.file)), { botUrl: `${app.url}/api/messages` }));
  // A set written on another day is asked of a bot whose clock reads that day, so its computed dates hold.
  for (const today of new Set(DEV_SETS.flatMap((s) => (s.today ? [s.today] : [])))) {
    const other = await startApp(loadConfig({ PORT: '0', DATA_DIR: mkdtempSync(join(dataDir, 'day-')), LOG_LEVEL: 'silent' }), { now: () => new Date(`${today}T10:00:00Z`) });
    try {
      for (const set of DEV_SETS.filter((s) => s.today === today)) dev.set(set.file, await scoreQuestions(loadQuestions(join(import.meta.dirname, set.file)), { botUrl: `${other.url}/api/messages` }));
    } finally {
      await other.close();
    }
  }
  // About 2,600 questions over HTTP: a minute on a quiet 2-core machine, more when it is shared.
}, 300_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('evaluation over the practitioner question set', () => {
  it('has at least 80 varied questions', () => expect(summary.total).toBeGreaterThanOrEqual(80));

  it('answers every question as the guidance says (115 of 115 reached)', () => {
    const failures = summary.results.filter((r) => !r.passed).map((r) => `${r.question} | missing: ${r.missing.join(', ')} | unexpected: ${r.unexpected.join(', ')}`);
    expect(summary.rate, failures.join('\n')).toBeGreaterThanOrEqual(1);
  });

  it('answers every later hold-out question (220 of 220 reached)', () => {
    const failures = holdout.results.filter((r) => !r.passed).map((r) => `${r.question} | missing: ${r.missing.join(', ')}`);
    expect(holdout.rate, failures.join('\n')).toBeGreaterThanOrEqual(1);
  });

  for (const set of DEV_SETS) {
    it(`answers ${set.file} at its marks: ${set.pass * 100}% pass, ${set.verdicts * 100}% first verdicts right`, () => {
      const summary = dev.get(set.file)!;
      const failures = summary.results.filter((r) => !r.passed || r.verdictRight === false).map((r) => `${r.question} | missing: ${r.missing.join(', ')} | verdict: ${r.verdict ?? '(none)'}`);
      expect(summary.rate, failures.join('\n')).toBeGreaterThanOrEqual(set.pass);
      expect(summary.verdictRate, failures.join('\n')).toBeGreaterThanOrEqual(set.verdicts);
    });
  }

  it('the scorer can fail: a wrong expectation is reported', () => {
    expect(judge({ question: 'q', must_include: ['Waltham Forest'], must_not_include: [] }, 'nothing here').passed).toBe(false);
    expect(judge({ question: 'q', must_include: [], must_not_include: ['allowed'] }, 'Not ALLOWED').unexpected).toEqual(['allowed']);
  });

  it('the scorer judges the first verdict from the first card\'s feedback data, and can fail it', () => {
    const q = { question: 'q', must_include: [], must_not_include: [], first_verdict: ['not-allowed' as const] };
    expect(judge(q, { text: '', verdict: 'not-allowed' }).verdictRight).toBe(true);
    expect(judge(q, { text: '', verdict: 'allowed-if' }).verdictRight).toBe(false);
    expect(judge(q, { text: '' }).verdictRight).toBe(false);
    expect(judge({ ...q, first_verdict: undefined }, { text: '', verdict: 'allowed' }).verdictRight).toBeUndefined();
  });

});

describe('the first verdict over HTTP', () => {
  it('is the first card\'s verdict, as its feedback buttons carry it', async () => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', id: 'v1', conversation: { id: 'verdict-1' }, from: { id: 'user-1' }, recipient: { id: 'bot-1' }, text: 'can I text a young person from my own phone?' }),
    });
    expect(firstVerdict(await res.json())).toBe('not-allowed');
  });
});

describe('follow-up buttons over HTTP, as Teams sends them', () => {
  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const base = (id: string) => ({
    channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', id,
    conversation: { id: `refine-${id}`, conversationType: 'personal' }, from: { id: 'user-1' }, recipient: { id: 'bot-1' },
  });

  it('a follow-up button (messageBack: its title as the message, refine data as the value) returns the new answer saying what changed', async () => {
    const asked = await post({ ...base('a1'), type: 'message', text: 'can I text a parent after 5pm?' });
    const [card] = ((asked.json.activities ?? []) as { attachments?: { content: unknown }[] }[]).flatMap((a) => (a.attachments ?? []).map((x) => x.content));
    const own = followUpButtons(card).find((b) => b.title === 'My own phone or device');
    expect(own).toBeDefined();
    const viaMessageBack = await post({ ...base('a2'), type: 'message', text: own!.displayText, value: own!.value, channelData: { messageBack: { displayText: own!.displayText } } });
    expect(viaMessageBack.status).toBe(200);
    const text = repliesText(viaMessageBack.json);
    expect(text).toContain('With "My own phone or device", the answer changes from yes, if the conditions are met to no.');
    expect(cardText(card)).toContain('Which phone or device?');
  });
});
