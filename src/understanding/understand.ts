import { APPROXIMATE_DATE_ROLES, type IsoDate, type Situation, type Topic } from '../guidance/situation';
import { digitsForNumberWords } from './age';
import { readFacts, type Recognised } from './facts';
import { normalise, type Correction } from './normalise';
import { MINIMUM_SCORE, scoreTopics, type TopicScore } from './topics';

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
}

/** Longest question we read; longer text is cut rather than refused (a rambling question still gets an answer). */
export const MAX_QUESTION_LENGTH = 2000;

export function understand(raw: string, options: { today: IsoDate }): Understanding {
  const { text: normalised, expansions, corrections } = normalise(raw.slice(0, MAX_QUESTION_LENGTH));
  const text = digitsForNumberWords(normalised);
  const { facts, recognised, records } = readFacts(text, options.today);
  const scores = scoreTopics(text, facts);
  const best = scores[0];
  if (!best || best.score < MINIMUM_SCORE) {
    return { situation: null, recognised, expansions, corrections, scores };
  }
  const situation: Situation = { topic: best.topic as Topic, ...facts };
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
  return { situation, recognised, expansions, corrections, scores };
}
