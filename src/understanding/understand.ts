import type { IsoDate, Situation, Topic } from '../guidance/situation';
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
}

/** Longest question we read; longer text is cut rather than refused (a rambling question still gets an answer). */
export const MAX_QUESTION_LENGTH = 2000;

export function understand(raw: string, options: { today: IsoDate }): Understanding {
  const { text: normalised, expansions, corrections } = normalise(raw.slice(0, MAX_QUESTION_LENGTH));
  const text = digitsForNumberWords(normalised);
  const { facts, recognised } = readFacts(text, options.today);
  const scores = scoreTopics(text, facts);
  const best = scores[0];
  if (!best || best.score < MINIMUM_SCORE) {
    return { situation: null, recognised, expansions, corrections, scores };
  }
  const situation: Situation = { topic: best.topic as Topic, ...facts };
  return { situation, recognised, expansions, corrections, scores };
}
