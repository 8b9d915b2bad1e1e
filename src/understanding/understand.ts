import { APPROXIMATE_DATE_ROLES, type IsoDate, type Situation, type Topic } from '../guidance/situation';
import type { Nation } from '../guidance/profile';
import { digitsForNumberWords } from './age';
import { readFacts, type Recognised } from './facts';
import { reachProvision, unsetFacts } from './reach';
import { normalise, type Correction } from './normalise';
import { NOT_COVERED } from './closest';
import { comparedSubject, placesNamed } from './comparison';
import { CLOSE_SHARE, CLOSEST_COUNTED, MINIMUM_MATCHED, MINIMUM_SCORE, NEAR_MISS_LEAD, NEAR_MISS_MARGIN, rankTopics, type Ranking, type TopicScore } from './topics';

// Free text → a Situation the ruling engine can decide, or "out of scope"; deterministic, nothing generated.

export interface Understanding {
  /** null when no topic scores enough: the guidance does not cover the question. */
  situation: Situation | null;
  /** What was read from the text (facts and the words they came from). */
  recognised: Recognised[];
  /** Shorthand expanded and typos mended. */
  expansions: Correction[];
  corrections: Correction[];
  /** All topics that scored, best first. */
  scores: TopicScore[];
  /**
   * A retention question naming more than one record ("can we get rid of the first one? and what about the second one?"):
   * one situation per record, in the order named, each with its own dates and what was read for it. `situation` is the first.
   */
  records?: { situation: Situation; recognised: Recognised[]; from: string }[];
  /**
   * Set when no topic is clearly meant: two or three topics the question is nearest to, best first, to offer as
   * "Which do you mean?" rather than guess or say "not covered". Not set for a near miss the guidance does not answer.
   */
  choices?: Topic[];
  /**
   * Covered topics a question is close to though it scored too little to answer (no near miss): offered as "Which do you
   * mean?" rather than a bare "not covered". Not offered for one ask of several (that message is answered as a whole).
   */
  closeTo?: Topic[];
  /** Covered topics nearest to a question that is not covered, best first (at most two), for the not-covered card. */
  nearest?: Topic[];
  /** Set when the question is closest to a near miss the guidance does not answer (leave, pay, DoLS …), not to what it covers. */
  outOfScope?: boolean;
}

/** A topic this close to the best (in points) is as likely meant, when the best is itself weak. */
export const TIE_MARGIN = 0.5;
export const WEAK_SCORE = MINIMUM_SCORE + 1;
export const MAX_CHOICES = 3;

/**
 * The topics worth offering for a question no topic clearly answers: those that both kinds of evidence point at, words or
 * facts of their own and a close practitioner's phrasing (among the few closest, at least half as close as the closest).
 */
function offered(ranking: Ranking): Topic[] {
  const { closest } = ranking;
  const top = closest[0];
  if (!top || top.topic === NOT_COVERED) return [];
  const near = new Set(closest.slice(0, CLOSEST_COUNTED).filter((c) => c.matched >= MINIMUM_MATCHED && c.score >= top.score * CLOSE_SHARE).map((c) => c.topic));
  return ranking.scores.filter((s) => near.has(s.topic) && ownPoints(s) >= 1).slice(0, MAX_CHOICES).map((s) => s.topic);
}

/** A practitioner's phrasing this close (share of the question's meaning, words matched) is close on its own... */
export const CLOSE_COVERAGE = 0.4;
export const CLOSE_MATCHED = 3;
/** ...or this close, when words or facts of the guidance's own subjects (a record, a file, a channel) are in the question. */
export const NEAR_COVERAGE = 0.25;
export const NEAR_MATCHED = 3;
/**
 * ...or this close, when the question is about writing or keeping a record (the guidance's own subject) and no near miss is
 * closer: a long question about a record matches a small share of any one phrasing, yet is rarely outside the guidance.
 */
export const RECORD_COVERAGE = 0.12;

/**
 * Covered topics a question is genuinely close to though it scored too little to answer, to offer as "Which do you mean?"
 * rather than a bare "not covered": the nearest covered phrasing matches enough of the question, and no near miss the
 * guidance does not answer is closer. Empty when nothing is close (the not-covered card then names the nearest topics).
 */
function closeEnough(ranking: Ranking): Topic[] {
  const { closest, scores } = ranking;
  const bankMiss = closest.find((c) => c.topic === NOT_COVERED);
  const covered = closest.filter((c) => c.topic !== NOT_COVERED);
  const first = covered[0];
  // A near miss vetoes the choice only when it is clearly closer: "what should I wear on home visits" a shade nearer than
  // "deadline for recording a home visit" does not make "forgot to record a home visit" a question of dress.
  if (!first || (bankMiss && (bankMiss.score >= NEAR_MISS_MARGIN * first.score || bankMiss.coverage >= first.coverage + NEAR_MISS_LEAD || (bankMiss.score > first.score && !ranking.aboutRecord)))) return [];
  const own = Math.max(ranking.incidental, ...scores.map(ownPoints));
  const close =
    (first.coverage >= CLOSE_COVERAGE && first.matched >= CLOSE_MATCHED) ||
    (own >= 1 && first.coverage >= NEAR_COVERAGE && first.matched >= NEAR_MATCHED) ||
    (ranking.aboutRecord && first.coverage >= RECORD_COVERAGE && first.matched >= NEAR_MATCHED);
  if (!close) return [];
  // A topic its own words point at nearly enough to answer ("how fast does my note need to be on the system?") first, then
  // the two nearest at least (a choice of one is no choice), and a third as close.
  const pointed = scores.filter((s) => ownPoints(s) >= MINIMUM_SCORE - 1).map((s) => s.topic);
  const nearest = covered.filter((c, i) => i < 2 || (c.matched >= MINIMUM_MATCHED && c.score >= first.score * CLOSE_SHARE)).map((c) => c.topic as Topic);
  return [...new Set([...pointed, ...nearest])].slice(0, MAX_CHOICES);
}

/** The points a topic earned from words and facts, without closeness to the exemplars. */
function ownPoints(s: TopicScore): number {
  return s.score - s.closeness;
}

/** Professional abbreviations ("he'll 'FOI' my texts", "a 'SAR'", "can I use 'LAC'?") quoted are terms of the trade, not text speak. */
const PROFESSIONAL_SHORTHAND = /^(gdpr|dpa|foi|iro|dob|dod|mgr|lm|sup|sm|socmed|info|abbrevs?|recs|lac|cla|cic|cin|cp|cpp|yp|yps|sw|pe|tm|ehcp|sgo|pwp|dsl|lado|cse|dv|da)$/i;

/** Words before a quote that make it a message received: "sent me a text saying", "she wrote:", "texted me '…'". */
const RECEIVED_QUOTE = /\b(?:(?:sent|texted|messaged|whatsapped|emailed|e-mailed) (?:me|us)|(?:got|received|had) (?:a |an )?(?:text|message|msg|dm|e-?mail))\b[^.?!'"]{0,40}?(?:\b(?:saying|says|said|reading))?\s*:?\s*$|\b(?:she|he|they|mum|dad|young person|child|lad|girl|boy)\s+(?:said|says|wrote|writes|texted|messaged|replied)\s*:?\s*$/i;

/** Text shorthand ("c u 2moro", "l8r") inside the words quoted as a message to send: the message is in text speak. */
function shorthandQuoted(raw: string, allExpansions: readonly Correction[]): string | undefined {
  const expansions = allExpansions.filter((e) => !PROFESSIONAL_SHORTHAND.test(e.from));
  if (expansions.length === 0) return undefined;
  for (const { 0: whole, 1: quoted, index } of raw.matchAll(/(?:^|[\s(:])['"\u2018\u201c]([^'"\u2019\u201d]{2,80})['"\u2019\u201d]/g)) {
    // The young person's own words quoted ("a text saying 'im gonna …'") are what came in, not the worker's writing.
    if (RECEIVED_QUOTE.test(raw.slice(Math.max(0, index - 40), index + whole.length - quoted!.length - 2))) continue;
    const words = quoted!.toLowerCase().split(/[^a-z0-9']+/);
    if (expansions.some((e) => words.includes(e.from.toLowerCase()))) return quoted;
  }
  return undefined;
}

/** Longest question we read; longer text is cut rather than refused (a rambling question still gets an answer). */
export const MAX_QUESTION_LENGTH = 2000;

/** A question read as of `today`; its bank holidays are the `nation`'s (England and Wales unless given). */
export function understand(raw: string, options: { today: IsoDate; topic?: Topic; nation?: Nation }): Understanding {
  const { text: normalised, expansions, corrections } = normalise(raw.slice(0, MAX_QUESTION_LENGTH));
  const text = digitsForNumberWords(normalised);
  const { facts, recognised, records, incidents } = readFacts(text, options.today, options.nation);
  const quotedShorthand = shorthandQuoted(raw, expansions);
  if (facts.textLanguage === undefined && quotedShorthand) {
    facts.textLanguage = true;
    recognised.push({ fact: 'text language', value: 'yes', from: quotedShorthand });
  }
  // What is compared is read without the comparing words ("which applies?", "Dorset says ...").
  const subject = comparedSubject(text);
  const ranking = rankTopics(subject, facts);
  const { scores, closest, nearMiss, outside } = ranking;
  let chosen = options.topic;
  const best = scores[0];
  // A provision the fact tables do not reach, its need in words close to its practitioners' phrasings: its topic and facts.
  const reachedAny = nearMiss || outside ? undefined : reachProvision(subject);
  // Two or more councils compared: the matter is not read from a council the question does not name.
  const compared = placesNamed(text);
  const reached = reachedAny && (compared.length < 2 || compared.some((p) => reachedAny.reach.provision.startsWith(`${p}/`))) ? reachedAny : undefined;
  // Only where no topic is clear yet, or the clear one is the provision's: it never overrides what the words chose.
  const current = chosen ?? (!best || best.score < MINIMUM_SCORE ? undefined : best.topic);
  const reachFacts = reached && (current === undefined || current === reached.reach.topic) ? unsetFacts(reached, facts) : undefined;
  if (reached && reachFacts) {
    Object.assign(facts, reachFacts);
    chosen ??= reached.reach.topic;
    const from = `close to the phrasings of ${reached.reach.provision} (${reached.matched.join(', ')})`;
    recognised.push({ fact: 'provision', value: reached.reach.provision, from }, ...Object.entries(reachFacts).map(([fact, value]) => ({ fact, value: String(value), from })));
  }
  if (!chosen && (!best || best.score < MINIMUM_SCORE)) {
    const choices = nearMiss || outside ? [] : offered(ranking);
    // One topic that both its own words or facts and a close practitioner's phrasing point at is no choice: answer it.
    if (choices.length === 1) chosen = choices[0];
    else if (choices.length > 0) return { situation: null, recognised, expansions, corrections, scores, choices };
  }
  if (!chosen && (!best || best.score < MINIMUM_SCORE) && !nearMiss && !outside) {
    const closeTo = closeEnough(ranking);
    if (closeTo.length > 0) return { situation: null, recognised, expansions, corrections, scores, closeTo };
  }
  if (!chosen && (!best || best.score < MINIMUM_SCORE)) {
    const nearest = closest.filter((c) => c.topic !== NOT_COVERED).slice(0, 2).map((c) => c.topic as Topic);
    return { situation: null, recognised, expansions, corrections, scores, ...(nearest.length > 0 ? { nearest } : {}), ...(nearMiss || outside ? { outOfScope: true } : {}) };
  }
  const second = scores[1];
  // Two topics as close as each other, the best carried there by closeness rather than words or facts of its own: ask.
  if (!chosen && best && second && best.score < WEAK_SCORE && ownPoints(best) < MINIMUM_SCORE && best.score - second.score < TIE_MARGIN) {
    const choices = scores.filter((s) => best.score - s.score < TIE_MARGIN).slice(0, MAX_CHOICES).map((s) => s.topic);
    return { situation: null, recognised, expansions, corrections, scores, choices };
  }
  const situation: Situation = { topic: chosen ?? (best!.topic as Topic), ...facts };
  // Sharing is about the young person's own information, whoever rang: their age decides who is informed (16 and over).
  const childAge = recognised.find((r) => r.fact === "child's age (not the person contacted)");
  if (situation.topic === 'information-sharing' && situation.age === undefined && childAge) {
    situation.age = Number(childAge.value);
    childAge.fact = 'age';
  }
  const sar = requestDay(situation, recognised) ?? summaryDay(situation, recognised, options.today);
  if (sar) return { situation: sar.situation, recognised: sar.recognised, expansions, corrections, scores };
  if (situation.topic === 'retention' && records && records.length > 1) {
    // What was read about the question as a whole, beside what was read for each record.
    const shared = recognised.filter((r) => r.fact !== 'record type' && !/^date \(/.test(r.fact));
    const each = records.map((r) => {
      const { retentionRecord: _record, dates: _dates, datePrecision: _precision, ...rest } = situation;
      const dates = { ...(situation.dates && Object.fromEntries(Object.entries(situation.dates).filter(([role]) => !(APPROXIMATE_DATE_ROLES as readonly string[]).includes(role)))), ...r.facts.dates };
      return {
        situation: { ...rest, ...r.facts, ...(Object.keys(dates).length > 0 ? { dates } : {}) },
        recognised: [...shared, ...r.recognised],
        from: r.from,
      };
    });
    return { situation: each[0]!.situation, recognised, expansions, corrections, scores, records: each };
  }
  // Several incidents told of ("abusive texts, and an image over Bluetooth: what do I do with each?"): each has its own advice.
  if (situation.topic === 'incident' && incidents && incidents.length > 1) {
    const shared = recognised.filter((r) => r.fact !== 'incident');
    const each = incidents.map((i) => ({ situation: { ...situation, incident: i.value }, recognised: [...shared, { fact: 'incident', value: i.value, from: i.from }], from: i.from }));
    return { situation: each[0]!.situation, recognised: each[0]!.recognised, expansions, corrections, scores, records: each };
  }
  return { situation, recognised, expansions, corrections, scores };
}

/**
 * A case-summary question naming one past day and no other ("last one was done 24/8"): the summaries run from the last
 * summary, so that day is the last summary's, however the words referred back to it.
 */
function summaryDay(situation: Situation, recognised: Recognised[], today: IsoDate): { situation: Situation; recognised: Recognised[] } | undefined {
  const dates = situation.dates;
  if (situation.topic !== 'case-summary' || !dates?.event || dates.event > today || Object.keys(dates).length !== 1) return undefined;
  return {
    situation: { ...situation, dates: { lastSummary: dates.event } },
    recognised: recognised.map((r) => (r.fact === 'date (event)' ? { ...r, fact: 'date (lastSummary)' } : r)),
  };
}

/**
 * A request for records names one day, the day it was made, wherever the words put it ("came in today (22/11/26) and
 * handed in a letter asking for ..."): in a subject access question the only date given is the request's.
 */
function requestDay(situation: Situation, recognised: Recognised[]): { situation: Situation; recognised: Recognised[] } | undefined {
  const dates = situation.dates;
  if (situation.topic !== 'subject-access-request' || !dates?.event || dates.request || Object.keys(dates).length !== 1) return undefined;
  return {
    situation: { ...situation, dates: { request: dates.event } },
    recognised: recognised.map((r) => (r.fact === 'date (event)' ? { ...r, fact: 'date (request)' } : r)),
  };
}
