import { z } from 'zod';
import { termReader } from '../language/question-terms';
import { topHits } from '../language/term-results';
import { MATCHED_WORDS, PHRASING_STOP_WORDS, PhrasingBank, type BankTuning, type Question } from './phrasing-bank';
import { REACHES } from './reach';
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
export const PROVISION_READER = termReader([...PHRASING_STOP_WORDS, ...'came come comes really anyway bit lot day days ok sure actually even year years old yo doing goes going gone went age aged ages'.split(' ')], 2);

// One entry per provision: a provision in both banks is searched with all its phrasings. (Reach's own index cannot serve:
// this bank reads words with more stop words and weighs them over the quote bank's phrasings too.)
const byProvision = new Map<string, string[]>();
for (const e of [...QUOTE_PHRASINGS, ...REACHES]) byProvision.set(e.provision, [...(byProvision.get(e.provision) ?? []), ...e.phrasings]);
export const PROVISION_ENTRIES: readonly { provision: string; phrasings: string[] }[] = [...byProvision].map(([provision, phrasings]) => ({ provision, phrasings }));

// The production build (scripts/build.ts) writes provisionBankJson() here, so the first question does not stem every phrasing.
declare const BUILT_PROVISION_BANK: string | undefined;

// This bank phrases every provision a rule answers with (since round 14): a word is distinctive when the phrasings of at
// most 14 provisions (or exemplar topics) use it, so phrasing another provision never turns an everyday word ("home",
// "see", "mum") distinctive or the reverse, as a share of all phrasings did. The line was 12 while half the provisions had
// phrasings; with all of them, words such as "consent", "decision" and "post" reach 13 or 14 and still tell provisions
// apart, while "worker", "review" and "date" stay above it. A long question's distinctive words must carry a little less
// of its meaning (0.19, reach's 0.2).
export const PROVISION_TUNING: BankTuning = { distinctiveEntries: 14, strongCoverage: 0.19 };

const bank = PhrasingBank.lazy(() => PROVISION_ENTRIES, PROVISION_READER, () => (typeof BUILT_PROVISION_BANK === 'undefined' ? undefined : BUILT_PROVISION_BANK), PROVISION_TUNING);

/** The provision bank as JSON: written into the production build by scripts/build.ts. */
export const provisionBankJson = (): string => PhrasingBank.build(PROVISION_ENTRIES, PROVISION_READER, PROVISION_TUNING).toJSON();

export interface ProvisionMatch {
  provision: string;
  /** The question's (stemmed) words its phrasings share. */
  matched: string[];
  /** Share of the question's meaning they carry. */
  coverage: number;
}

/** A provision the search found: its entry, its score as search() gives it, and the query terms that found it. */
interface Found {
  id: number;
  score: number;
  queryTerms: readonly string[];
}

/** The search's best few entries (of those `keep` allows) as search() would rank them, by score, ties in the order found. */
function best(b: PhrasingBank, question: Question, limit: number, keep?: (id: number) => boolean): Found[] {
  const hits = topHits(b.search, question.searched, SEARCH, { limit, keep: keep && ((id) => keep(id as number)) });
  return hits.map((hit) => ({ ...hit, id: hit.id as number }));
}

/** The one way the bank is searched: the query is the question's terms as the bank read them, those no phrasing uses left
 * out (exact matches only: they find nothing). */
const SEARCH = { combineWith: 'OR' } as const;

/** How many of the search's best provisions are weighed, and how close to the best one's score another must be. */
const CONSIDERED = 6;
const RUNNER_UP = 0.6;

/**
 * The provisions a (normalised) question is close to, best first: each matching as much of it, and as many distinctive
 * words, as a provision the understanding takes facts from (reach.ts), though another may be as close (several are quoted).
 */
export function closestProvisions(text: string, options: { runnersUp?: 'close' | 'all' } = {}): ProvisionMatch[] {
  const b = bank();
  const question = b.question(text);
  if (!question) return [];
  const hits = best(b, question, CONSIDERED);
  const top = hits[0]?.score ?? 0;
  return hits
    // Another provision is asked about too only when its phrasings are nearly as close as the best one's.
    // (All are weighed when the closest may give no verdict of its own: a passage card reads one from the next.)
    .filter((hit) => options.runnersUp === 'all' || hit.score >= top * RUNNER_UP)
    .flatMap((hit) => {
      const id = hit.id;
      const { matched, coverage, enough } = b.closeness(question, id, hit.queryTerms);
      return enough ? [{ provision: PROVISION_ENTRIES[id]!.provision, matched, coverage }] : [];
    });
}

/** A policy the question names matches its closest provision by at least this many of the question's words. */
const NAMED_MATCHED = 3;
/** How many of the policy's provisions closest by the search are weighed. */
const NAMED_CONSIDERED = 3;

/**
 * The provision of a policy the question names that is closest to it ("cardiff & vale for texts, notts for timescales …":
 * Cardiff's word on the texts), though another policy's provision is closer to the question as a whole; undefined when
 * its closest shares fewer than NAMED_MATCHED words with it.
 */
export function closestOfPolicy(text: string, policy: string): ProvisionMatch | undefined {
  const b = bank();
  const question = b.question(text);
  if (!question) return undefined;
  // The policy's best few by the search, the first sharing enough words (a purpose paragraph shares "text" and "record").
  const hits = best(b, question, NAMED_CONSIDERED, (id) => PROVISION_ENTRIES[id]!.provision.startsWith(`${policy}/`));
  for (const hit of hits) {
    const { matched, coverage } = b.closeness(question, hit.id, hit.queryTerms);
    if (matched.length >= NAMED_MATCHED) return { provision: PROVISION_ENTRIES[hit.id]!.provision, matched, coverage };
  }
  return undefined;
}

/**
 * The provision a terse ask is about ("and how do I show I had consent?"): too few words for closestProvisions, so the
 * first (by the search) whose phrasings use every one of them, at least two; undefined otherwise.
 */
export function closestToTerseAsk(text: string): ProvisionMatch | undefined {
  const b = bank();
  const question = b.question(text);
  if (!question || question.wanted.size < 2 || question.wanted.size >= MATCHED_WORDS) return undefined;
  for (const hit of best(b, question, CONSIDERED)) {
    const { matched, coverage } = b.closeness(question, hit.id, hit.queryTerms);
    if (matched.length === question.wanted.size) return { provision: PROVISION_ENTRIES[hit.id]!.provision, matched, coverage };
  }
  return undefined;
}
