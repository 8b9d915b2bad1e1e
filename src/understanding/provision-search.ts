import MiniSearch from 'minisearch';
import { z } from 'zod';
import { EXEMPLARS } from './exemplars';
import { termReader } from '../language/question-terms';
import { DISTINCTIVE_SHARE, PHRASING_STOP_WORDS, REACH_COVERAGE, REACH_DISTINCTIVE, REACH_MATCHED, REACH_STRONG, REACH_STRONG_COVERAGE, REACHES, pairs } from './reach';
import bankJson from './quote-phrasings.json' with { type: 'json' };

// Which provisions a question asks about, by practitioners' phrasings of the need each one answers (written from the
// policy): the card quotes the provision itself, the sentence the guidance gives for that need, rather than whichever
// passage shares most words with the question. Every provision with phrasings is searched: the quote bank's and the reach
// bank's (whose phrasings also set facts, in reach.ts).

const QuoteSchema = z.object({
  /** The provision quoted ("brighton-hove/4.2-siblings"). */
  provision: z.string().regex(/^[a-z-]+\/\S+$/),
  phrasings: z.array(z.string().min(10)).min(3),
});
export const QUOTE_PHRASINGS: readonly z.infer<typeof QuoteSchema>[] = z.object({ quotes: z.array(QuoteSchema).min(1) }).strict().parse(bankJson).quotes;

// Besides reach's stop words, the small words of telling a story (came, really, a bit, the other day) and of an age (a
// fact read elsewhere): in a long question they are rare enough among the phrasings to look distinctive, and say nothing
// about which provision is asked about.
const { terms, processTerm } = termReader([...PHRASING_STOP_WORDS, ...'came come comes really anyway bit lot day days ok sure actually even year years old yo doing goes going gone went age aged ages'.split(' ')], 2);

interface Bank {
  /** The provision each document of the index stands for, by id. */
  provisions: string[];
  search: MiniSearch<{ id: number; text: string }>;
  used: Map<string, number>;
  documents: number;
  pairsOf: Set<string>[];
}

/** The bank as the build writes it: the index, the term counts and each provision's word pairs. */
interface BuiltBank {
  provisions: string[];
  index: ReturnType<MiniSearch<{ id: number; text: string }>['toJSON']>;
  used: [string, number][];
  documents: number;
  pairsOf: string[][];
}

// The production build (scripts/build.ts) writes provisionBankJson() here, so the first question does not stem every phrasing.
declare const BUILT_PROVISION_BANK: string | undefined;

const OPTIONS = { fields: ['text'], tokenize: (text: string) => text.toLowerCase().split(/[^a-z0-9']+/), processTerm };

function buildBank(): Bank {
  // One entry per provision: a provision in both banks is searched with all its phrasings.
  const byProvision = new Map<string, string[]>();
  for (const e of [...QUOTE_PHRASINGS, ...REACHES]) byProvision.set(e.provision, [...(byProvision.get(e.provision) ?? []), ...e.phrasings]);
  const entries = [...byProvision].map(([provision, phrasings]) => ({ provision, phrasings }));
  const search = new MiniSearch<{ id: number; text: string }>(OPTIONS);
  search.addAll(entries.map((e, id) => ({ id, text: e.phrasings.join(' \n ') })));
  // A word many practitioners' phrasings share (these and the topic exemplar bank's) says little about which provision is meant.
  const all = [...entries.flatMap((e) => e.phrasings), ...Object.values(EXEMPLARS).flat()];
  const used = new Map<string, number>();
  for (const p of all) for (const t of new Set([...terms(p), ...pairs(terms(p))])) used.set(t, (used.get(t) ?? 0) + 1);
  return { provisions: entries.map((e) => e.provision), search, used, documents: all.length, pairsOf: entries.map((e) => new Set(e.phrasings.flatMap((p) => pairs(terms(p))))) };
}

/** The provision bank as JSON: written into the production build by scripts/build.ts. */
export function provisionBankJson(): string {
  const { provisions, search, used, documents, pairsOf } = buildBank();
  return JSON.stringify({ provisions, index: search.toJSON(), used: [...used], documents, pairsOf: pairsOf.map((p) => [...p]) } satisfies BuiltBank);
}

let built: Bank | undefined;
function bank(): Bank {
  if (built) return built;
  if (typeof BUILT_PROVISION_BANK === 'undefined') {
    built = buildBank();
  } else {
    const parsed = JSON.parse(BUILT_PROVISION_BANK) as BuiltBank;
    built = { provisions: parsed.provisions, search: MiniSearch.loadJS(parsed.index, OPTIONS), used: new Map(parsed.used), documents: parsed.documents, pairsOf: parsed.pairsOf.map((p) => new Set(p)) };
  }
  return built;
}

export interface ProvisionMatch {
  provision: string;
  /** The question's (stemmed) words its phrasings share. */
  matched: string[];
  /** Share of the question's meaning they carry. */
  coverage: number;
}

/** How many of the search's best provisions are weighed, and how close to the best one's score another must be. */
const CONSIDERED = 6;
const RUNNER_UP = 0.6;

/**
 * The provisions a (normalised) question is close to, best first: each matching as much of it, and as many distinctive
 * words, as a provision the understanding takes facts from (reach.ts), though another may be as close (several are quoted).
 */
export function closestProvisions(text: string): ProvisionMatch[] {
  const questionTerms = terms(text);
  const wanted = new Set(questionTerms);
  if (wanted.size === 0) return [];
  const b = bank();
  const rarity = (t: string): number => Math.log((b.documents + 1) / ((b.used.get(t) ?? 0) + 0.5));
  let whole = 0;
  for (const t of wanted) whole += rarity(t);
  const distinctive = (t: string): boolean => (b.used.get(t) ?? 0) <= b.documents * DISTINCTIVE_SHARE;
  const questionPairs = pairs(questionTerms);
  const hits = b.search.search(text, { combineWith: 'OR' }).slice(0, CONSIDERED);
  const top = hits[0]?.score ?? 0;
  return hits
    // Another provision is asked about too only when its phrasings are nearly as close as the best one's.
    .filter((hit) => hit.score >= top * RUNNER_UP)
    .flatMap((hit) => {
      const id = hit.id as number;
      const matched = [...new Set(hit.queryTerms.filter((t) => wanted.has(t)))];
      const coverage = matched.reduce((sum, t) => sum + rarity(t), 0) / whole;
      const words = matched.filter(distinctive).length;
      const pairWords = questionPairs.filter((p) => b.pairsOf[id]!.has(p) && distinctive(p)).length;
      const enough = words >= REACH_STRONG ? coverage >= REACH_STRONG_COVERAGE : words + pairWords >= REACH_DISTINCTIVE && coverage >= REACH_COVERAGE;
      return matched.length >= REACH_MATCHED && enough ? [{ provision: b.provisions[id]!, matched, coverage }] : [];
    });
}
