import { z } from 'zod';
import { termReader } from '../language/question-terms';
import { topHits } from '../language/term-results';
import { TOPICS, type Situation } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { PHRASING_STOP_WORDS, PhrasingBank } from './phrasing-bank';
import bankJson from './provision-phrasings.json' with { type: 'json' };

// A provision the fact tables do not reach: practitioners' phrasings of the need one provision answers (written from the
// policy), each with the topic and facts of the rules that cite it. When a question is closest to one of them and its own
// words set none of those facts, the understanding takes them, so the answer is the rule that quotes that provision.

const ReachSchema = z.object({
  /** The provision the rules these facts select cite ("nottinghamshire/liability"). */
  provision: z.string().regex(/^[a-z-]+\/\S+$/),
  topic: z.enum(TOPICS),
  facts: situationSchema.omit({ topic: true }).partial().strict(),
  phrasings: z.array(z.string().min(10)).min(3),
});
export type Reach = z.infer<typeof ReachSchema>;
const BankSchema = z.object({ reaches: z.array(ReachSchema).min(1) }).strict();

export const REACHES: readonly Reach[] = BankSchema.parse(bankJson).reaches;

/** How practitioners' phrasings of a provision and the questions matched against them are read. */
export const PHRASING_READER = termReader(PHRASING_STOP_WORDS, 2);

// Whole (stemmed) words only: typos are mended before this, and a near spelling is often another word (contract, contact).
// The query is the question's terms the bank already read (Question.searched): not read a second time.
const SEARCH = { combineWith: 'OR' } as const;

// The production build (scripts/build.ts) writes reachBankJson() here, so the first question does not stem every phrasing.
declare const BUILT_REACH_BANK: string | undefined;

const bank = PhrasingBank.lazy(() => REACHES, PHRASING_READER, () => (typeof BUILT_REACH_BANK === 'undefined' ? undefined : BUILT_REACH_BANK));

/** The provision bank as JSON: written into the production build by scripts/build.ts. */
export const reachBankJson = (): string => PhrasingBank.build(REACHES, PHRASING_READER).toJSON();

/** The best provision leads the next one by this share of its score, or it is no clearer than the other. */
export const REACH_LEAD = 0.3;

export interface Reached {
  reach: Reach;
  /** The question's words its phrasings share (stemmed). */
  matched: string[];
  /** Share of the question's meaning they carry. */
  coverage: number;
}

/** The provision a (normalised) question is clearly closest to, or undefined. */
export function reachProvision(text: string): Reached | undefined {
  const b = bank();
  const question = b.question(text);
  if (!question) return undefined;
  // The two best phrasings as search() would rank them (by score, ties in the order found), without a result per provision.
  const [best, next] = topHits(b.search, question.searched, SEARCH, { limit: 2 });
  if (!best || (next && next.score > best.score * (1 - REACH_LEAD))) return undefined;
  const id = best.id as number;
  const { matched, coverage, enough } = b.closeness(question, id, best.queryTerms);
  return enough ? { reach: REACHES[id]!, matched, coverage } : undefined;
}

/**
 * The reached provision's facts the question's own words left unset (none when its words already set them all the same
 * way), or undefined when its words set any of them otherwise.
 */
export function unsetFacts(reached: Reached, facts: Partial<Situation>): Partial<Situation> | undefined {
  const own = facts as Record<string, unknown>;
  const entries = Object.entries(reached.reach.facts);
  if (entries.some(([name, value]) => own[name] !== undefined && own[name] !== value)) return undefined;
  return Object.fromEntries(entries.filter(([name]) => own[name] === undefined)) as Partial<Situation>;
}
