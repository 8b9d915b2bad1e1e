import MiniSearch from 'minisearch';
import { z } from 'zod';
import { termReader } from '../language/question-terms';
import { forEachHit, remembersTermResults } from '../language/term-results';
import { POLICY_PLACES } from '../guidance/policies';
import { TOPICS, type Situation } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { EXEMPLARS } from './exemplars';
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

// Besides the function and date words every phrasing search leaves out: asking words, relative days, and the policies'
// places and names, which choose which policies answer, not which provision is meant.
/** Words left out of practitioners' phrasings of a provision and the questions matched against them. */
export const PHRASING_STOP_WORDS = `what which who how when where why can could should would will must may need needs have has had get got
  ok okay if not no yes about into out up as all also still then than want wants well today tomorrow yesterday
  policy policies guidance council ${Object.values(POLICY_PLACES).flat().join(' ')}`.split(/\s+/).filter(Boolean);
/** How practitioners' phrasings of a provision and the questions matched against them are read. */
export const PHRASING_READER = termReader(PHRASING_STOP_WORDS, 2);
const { terms, processTerm } = PHRASING_READER;

interface Doc {
  id: number;
  /** Every phrasing of one provision: the words practitioners use for that need, searched as one. */
  text: string;
}

const OPTIONS = {
  fields: ['text'],
  tokenize: (text: string) => text.toLowerCase().split(/[^a-z0-9']+/),
  processTerm,
};
// Whole (stemmed) words only: typos are mended before this, and a near spelling is often another word (contract, contact).
const SEARCH = { combineWith: 'OR' } as const;

/** A phrasing's or question's adjacent word pairs ("copi assess"): together they say more than either word alone. */
export const pairs = (words: readonly string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

interface Bank {
  search: MiniSearch<Doc>;
  used: Map<string, number>;
  documents: number;
  pairsOf: Set<string>[];
}

/** The bank as the build writes it: the index, the term counts and each provision's word pairs. */
interface BuiltBank {
  index: ReturnType<MiniSearch<Doc>['toJSON']>;
  used: [string, number][];
  documents: number;
  pairsOf: string[][];
}

// The production build (scripts/build.ts) writes reachBankJson() here, so the first question does not stem every phrasing.
declare const BUILT_REACH_BANK: string | undefined;

function buildBank(): Bank {
  const docs = REACHES.map((r, id) => ({ id, text: r.phrasings.join(' \n ') }));
  const search = new MiniSearch<Doc>(OPTIONS);
  search.addAll(docs);
  // How many practitioners' phrasings (these and the topic exemplar bank's) use each term: a word many of them share
  // ("team", "new", "visit") says little about which provision is meant.
  const phrasings = [...REACHES.flatMap((r) => r.phrasings), ...Object.values(EXEMPLARS).flat()];
  const used = new Map<string, number>();
  for (const p of phrasings) for (const t of new Set([...terms(p), ...pairs(terms(p))])) used.set(t, (used.get(t) ?? 0) + 1);
  return { search, used, documents: phrasings.length, pairsOf: REACHES.map((r) => new Set(r.phrasings.flatMap((p) => pairs(terms(p))))) };
}

/** The provision bank as JSON: written into the production build by scripts/build.ts. */
export function reachBankJson(): string {
  const { search, used, documents, pairsOf } = buildBank();
  return JSON.stringify({ index: search.toJSON(), used: [...used], documents, pairsOf: pairsOf.map((p) => [...p]) } satisfies BuiltBank);
}

let built: Bank | undefined;
function bank(): Bank {
  if (built) return built;
  if (typeof BUILT_REACH_BANK === 'undefined') {
    built = buildBank();
  } else {
    const parsed = JSON.parse(BUILT_REACH_BANK) as BuiltBank;
    built = { search: MiniSearch.loadJS<Doc>(parsed.index, OPTIONS), used: new Map(parsed.used), documents: parsed.documents, pairsOf: parsed.pairsOf.map((p) => new Set(p)) };
  }
  // What each term finds is kept, for the phrasings' own words only (never a name or number a practitioner typed).
  const { used } = built;
  built.search = remembersTermResults(built.search, (t) => used.has(t), new Map());
  return built;
}

/** Inverse document frequency over all practitioners' phrasings. */
const rarityIn = (b: Bank, t: string): number => Math.log((b.documents + 1) / ((b.used.get(t) ?? 0) + 0.5));

/** A provision close enough to take its facts: its phrasings match this share of the question's meaning… */
export const REACH_COVERAGE = 0.3;
/** …and at least this many of the question's words, of which this many are distinctive: a word or pair of adjacent words
 * used by at most this share of all practitioners' phrasings ("blind", "eclipse", "copy of the assessment", not "family",
 * "visit" or "young person"). */
export const REACH_MATCHED = 3;
export const REACH_DISTINCTIVE = 2;
export const DISTINCTIVE_SHARE = 0.02;
/** A long question matches a smaller share of its words: this many distinctive words are enough with this share. */
export const REACH_STRONG = 3;
export const REACH_STRONG_COVERAGE = 0.2;
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
  const questionTerms = terms(text);
  const wanted = new Set(questionTerms);
  if (wanted.size === 0) return undefined;
  const b = bank();
  const { used, documents, pairsOf } = b;
  let whole = 0;
  for (const t of wanted) whole += rarityIn(b, t);
  // The two best phrasings as search() would rank them (by score, ties in the order found), without a result per provision.
  let best: { id: number; score: number; hit: number } | undefined;
  let next: { score: number } | undefined;
  const queryTermsOf = forEachHit(b.search, text, SEARCH, (id, score, hit) => {
    if (!best || score > best.score) {
      next = best;
      best = { id: id as number, score, hit };
    } else if (!next || score > next.score) next = { score };
  });
  if (!best || (next && next.score > best.score * (1 - REACH_LEAD))) return undefined;
  const matched = [...new Set(queryTermsOf(best.hit).filter((t) => wanted.has(t)))];
  let weight = 0;
  for (const t of matched) weight += rarityIn(b, t);
  const coverage = weight / whole;
  const pairsMatched = pairs(questionTerms).filter((p) => pairsOf[best!.id]!.has(p));
  let words = 0;
  for (const t of matched) if ((used.get(t) ?? 0) <= documents * DISTINCTIVE_SHARE) words += 1;
  let pairWords = 0;
  for (const p of pairsMatched) if ((used.get(p) ?? 0) <= documents * DISTINCTIVE_SHARE) pairWords += 1;
  // A long question is taken on distinctive words alone; a pair only adds to the words of a question it mostly matches.
  const enough = words >= REACH_STRONG ? coverage >= REACH_STRONG_COVERAGE : words + pairWords >= REACH_DISTINCTIVE && coverage >= REACH_COVERAGE;
  if (matched.length < REACH_MATCHED || !enough) return undefined;
  return { reach: REACHES[best.id]!, matched, coverage };
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
