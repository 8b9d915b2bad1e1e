import { SHORT_NAMES } from '../guidance/engine';
import type { Passage, Provision } from '../guidance/load';
import type { PassageHit, PassageIndex } from '../guidance/passage-search';
import { rarity, searchPassages, searchTerms } from '../guidance/passage-search';
import type { PolicyId } from '../guidance/policies';
import type { Citation, Ruling, Verdict } from '../guidance/ruling';
import { normaliseWhitespace } from '../guidance/text';
import { spellOutShorthand } from '../understanding/normalise';

// The guidance's full text on a card: the passages nearest a question that the answer does not already quote ("Also in
// the guidance"), and, when no rule answers it, the nearest passage itself with the verdict its own wording gives.

/** A passage as a card quotes it: the sentences of it that match the question, with its policy and section. */
export interface PassageQuote {
  id: string;
  policy: PolicyId;
  /** "Brighton and Hove, 4.2 Guidance: Confidentiality" */
  source: string;
  /** The matching sentence(s), word for word ("…" where the passage goes on): whitespace-normalised, as every sentence
   * quoted is read (sentencesOf), so compared as it is. */
  quote: string;
  /** The list's lead-in ("Case notes must include:") when the passage is a list item, for its meaning. */
  leadIn?: string;
  /** When the quote is a list's items together, the passages it quotes. */
  covers?: string[];
  hit: PassageHit;
}

/** "Also in the guidance": at most this many passages (behind Details, so a third costs the first screen nothing). */
const MAX_ALSO = 3;
/** A passage worth showing beside an answer matches at least this share of the question's meaning, and this many words. */
const ALSO_COVERAGE = 0.3;
const ALSO_MATCHED = 2;
/**
 * A long question (context, feelings, who said what) has more meaning than any one passage can match, so a passage is also
 * worth showing when it matches nearly as much of it as the best passage does, and at least this share and this many words.
 */
const ALSO_RELATIVE = 0.75;
/** The same for a policy's best passage (another policy's word on the question). */
const ALSO_RELATIVE_OTHER = 0.6;
const ALSO_FLOOR = 0.1;
const ALSO_FLOOR_MATCHED = 3;
/** A passage under half the best score is still shown when it matches at least this share of the question's meaning. */
const ALSO_CLOSE_COVERAGE = 0.15;
/** Longest quote a card shows of one passage; a longer matching sentence is cut at a word. */
const MAX_QUOTE = 280;
const MAX_LEAD_IN = 160;
const WHOLE_QUOTE = 240;

/** A sentence that goes on from the one before it: what it says applies in the circumstances that one names. */
const CARRIES_ON = /^(In (these|such|this|those) (circumstances|cases?|situations?)|If (so|this is the case)|Where this is the case|This means|Therefore|In that case)\b/;
const SENTENCE_END = /(?<=[.;!?])\s+(?=["“‘(]?[A-Z])/;

/**
 * The sentences of a passage that match the question best, in the passage's order, leaving out those the card already
 * quotes; empty when every matching sentence is already quoted.
 */
export function matchingSentences(text: string, matched: readonly string[], quoted: readonly string[] = [], weight: (term: string) => number = () => 1): string {
  return sentencesNotShown(undefined, text, matched, quoted.map(normaliseWhitespace), weight);
}

// Helpers here are module-level, not closures made per passage: tsx and the build (esbuild, keepNames) name every named
// closure as it is made, at a cost above the work most of them do.

/** A passage's sentence: its text, its search terms, and what it holds (see holdings). */
interface Sentence {
  text: string;
  terms: string[];
  holds: Set<string>;
}

/**
 * What a sentence's terms hold of a question's word, itself or as the start of a longer word (of four letters or more): each
 * term and each of its starts that long, worked out with the sentence (once), so a question's word is looked up, not
 * compared with every term.
 */
function holdings(terms: readonly string[]): Set<string> {
  const holds = new Set(terms);
  for (const t of terms) for (let length = 4; length < t.length; length++) holds.add(t.slice(0, length));
  return holds;
}

/**
 * matchingSentences with the card's quotes already whitespace-normalised: a card's passages are each checked against them.
 * `index` is the guidance the text is of (its sentences read once), undefined for any other text.
 */
function sentencesNotShown(index: PassageIndex | undefined, text: string, matched: readonly string[], shown: readonly string[], weight: (term: string) => number): string {
  const { whole, sentences } = sentencesOf(index, text);
  // A short passage is quoted whole: its sentences lean on each other ("If this is not possible then …").
  if (whole.length <= WHOLE_QUOTE && !shown.some((q) => q.includes(whole))) return whole;
  // A sentence of a longer passage is worth quoting when it matches two of the question's words (or its only one); the
  // sentences matching its rarer words first ("disagreement" says more than "record").
  const enough = Math.min(2, matched.length);
  const ranked: { s: string; i: number; n: number; w: number }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const c = sentences[i]!;
    let n = 0;
    let w = 0;
    for (const m of matched) {
      if (!c.holds.has(m)) continue;
      n += 1;
      w += weight(m);
    }
    if (n >= enough && !shown.some((q) => q.includes(c.text))) ranked.push({ s: c.text, i, n, w });
  }
  ranked.sort((a, b) => b.w - a.w || b.n - a.n || a.i - b.i);
  // A passage found by its section or lead-in alone is quoted from its start.
  const best = ranked[0] ?? (shown.length === 0 ? { s: sentences[0]!.text, i: 0, n: 0, w: 0 } : undefined);
  if (!best) return '';
  // The sentence after it when that one goes on from it ("In these circumstances it will be necessary to …"), else the
  // next best matching sentence that fits beside it.
  const next = sentences[best.i + 1];
  const follows = next && CARRIES_ON.test(next.text) && !shown.some((q) => q.includes(next.text)) && best.s.length + next.text.length <= MAX_QUOTE ? { s: next.text, i: best.i + 1, n: 0, w: 0 } : undefined;
  const second = follows ?? ranked.slice(1).find((c) => c.n >= 2 && best.s.length + c.s.length <= MAX_QUOTE);
  const chosen = second ? [best, second].sort((a, b) => a.i - b.i) : [best];
  const quote = chosen.map((c) => c.s).join(' ');
  const cut = cutAt(quote);
  return `${chosen[0]!.i > 0 ? '…' : ''}${cut}`;
}

/** A quote cut at a word to fit a card. */
const cutAt = (quote: string): string => (quote.length > MAX_QUOTE ? `${quote.slice(0, quote.lastIndexOf(' ', MAX_QUOTE))}…` : quote);

/** A text's sentences with their search terms. */
interface Split {
  whole: string;
  sentences: Sentence[];
}

/**
 * The sentences of a guidance's passages and provisions, worked out once per text (the guidance's own words, nothing typed)
 * and let go with the guidance's index (a guidance reloaded leaves none behind).
 */
const splits = new WeakMap<PassageIndex, Map<string, Split>>();

/** A text's sentences: kept with the guidance's index when it is that guidance's own text, else read afresh. */
function sentencesOf(index: PassageIndex | undefined, text: string): Split {
  if (!index) return splitOf(text);
  let own = splits.get(index);
  if (!own) {
    own = new Map();
    splits.set(index, own);
  }
  let found = own.get(text);
  if (!found) {
    found = splitOf(text);
    own.set(text, found);
  }
  return found;
}

function splitOf(text: string): Split {
  const whole = normaliseWhitespace(text);
  return { whole, sentences: whole.split(SENTENCE_END).map(sentenceOf) };
}

function sentenceOf(text: string): Sentence {
  const terms = searchTerms(text);
  return { text, terms, holds: holdings(terms) };
}

/** A list item's lead-in, whitespace-normalised once per passage (the guidance's own words). */
const leadIns = new WeakMap<Passage, string | undefined>();
function leadInOf(passage: Passage): string | undefined {
  if (!passage.leadIn) return undefined;
  let found = leadIns.get(passage);
  if (found === undefined) {
    found = normaliseWhitespace(passage.leadIn);
    leadIns.set(passage, found);
  }
  return found;
}

const sectionWords = (section: string): string => (/^\d/.test(section) ? `section ${section}` : section);

/** A hit as a card quotes it; `shown` are what the card already quotes, whitespace-normalised. */
function quoteOf(index: PassageIndex, hit: PassageHit, shown: readonly string[] = []): PassageQuote {
  const { passage } = hit;
  const own = sentencesNotShown(index, passage.text, hit.found, shown, (term) => rarity(index, term));
  const leadIn = leadInOf(passage);
  const list = leadIn && own ? listQuote(index, passage, own, hit.found, shown, leadIn) : undefined;
  return {
    id: passage.id,
    policy: passage.policy,
    source: `${SHORT_NAMES[passage.policy]}, ${sectionWords(passage.section)}`,
    quote: list?.quote ?? own,
    ...(leadIn ? { leadIn } : {}),
    ...(list ? { covers: list.covers } : {}),
    hit,
  };
}

/** A list quoted with its lead-in: the items together, at most this long (with the lead-in)… */
const MAX_LIST = 360;
/** …or this long when a provision asked about is several of its items (the list is what is asked for: a note's sections). */
const MAX_LIST_ASKED = 500;

/** The lists of each index: a list item's siblings (same policy, section and lead-in), in document order. */
const lists = new WeakMap<PassageIndex, Map<string, Passage[]>>();
/** A passage's list, as a key: worked out once per passage (a lead-in can be long), not at every look-up. */
const listKeys = new WeakMap<Passage, string>();
function listKey(p: Passage): string {
  let key = listKeys.get(p);
  if (key === undefined) {
    key = `${p.policy}\u0000${p.section}\u0000${p.leadIn ?? ''}`;
    listKeys.set(p, key);
  }
  return key;
}
function siblingsOf(index: PassageIndex, passage: Passage): Passage[] {
  let byList = lists.get(index);
  if (!byList) {
    byList = new Map();
    for (const p of index.passages) if (p.leadIn) byList.set(listKey(p), [...(byList.get(listKey(p)) ?? []), p]);
    lists.set(index, byList);
  }
  return byList.get(listKey(passage)) ?? [passage];
}

/**
 * A list item quoted with the other items of its list that fit (those sharing the question's words first), in the list's
 * order: a question about what a record must cover is answered by the list, not by its one best item. Undefined when
 * no other item fits.
 */
function listQuote(index: PassageIndex, passage: Passage, own: string, found: readonly string[], shown: readonly string[], leadIn: string, most = MAX_LIST): { quote: string; covers: string[] } | undefined {
  const siblings = siblingsOf(index, passage).filter((p) => p.id !== passage.id);
  if (siblings.length === 0) return undefined;
  const terms = new Set(found);
  // The passage's text as sentencesOf normalised it once (the guidance's own words), and how many of the words it shares.
  const candidates = siblings.map((p) => ({ p, text: sentencesOf(index, p.text).whole, n: termsShared(index, p, terms) })).sort((a, b) => b.n - a.n);
  let room = most - own.length - (leadIn.length <= MAX_LEAD_IN ? leadIn.length : 0);
  const chosen: Passage[] = [passage];
  const texts = new Map<string, string>([[passage.id, own]]);
  for (const c of candidates) {
    if (c.text.length + 1 > room) continue;
    // A nested list's own lead-in ("If it is necessary to amend records:") reads with its items, not here; nothing twice.
    // (Looked at only for an item that fits: the card's quotes are long.)
    if (c.text.endsWith(':') || shown.some((q) => q.includes(c.text))) continue;
    room -= c.text.length + 1;
    chosen.push(c.p);
    texts.set(c.p.id, c.text);
  }
  if (chosen.length === 1) return undefined;
  const order = siblingsOf(index, passage).map((p) => p.id);
  chosen.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { quote: chosen.map((p) => texts.get(p.id)!).join(' '), covers: chosen.map((p) => p.id) };
}

/** How many of a passage's terms (counting each time it is used) are among these. */
function termsShared(index: PassageIndex, passage: Passage, terms: ReadonlySet<string>): number {
  const uses = termUses(index, passage);
  let n = 0;
  for (const t of terms) n += uses.get(t) ?? 0;
  return n;
}

/** How many times a passage uses each of its terms, counted once per passage (the guidance's own words). */
const termCounts = new WeakMap<Passage, Map<string, number>>();
function termUses(index: PassageIndex, passage: Passage): Map<string, number> {
  let uses = termCounts.get(passage);
  if (!uses) {
    uses = new Map();
    for (const c of sentencesOf(index, passage.text).sentences) for (const t of c.terms) uses.set(t, (uses.get(t) ?? 0) + 1);
    termCounts.set(passage, uses);
  }
  return uses;
}

/** For a policy the question names, its nearest passage is shown though it matches less (the practitioner asked about it). */
const NAMED_MATCHED = 2;
/** How far down the ranking passages are looked for, and a named policy's among its own. */
const SEARCHED = 8;
const NAMED_SEARCHED = 10;

/** A question as the passages are searched with it: the trade's shorthand spelt out ("LAC", "CIN", "YP"). */
export const searchText = spellOutShorthand;

/**
 * The best passages of the selected policies for the question, in sentences the answer does not already quote, each
 * matching enough of the question, best first; and for each policy the question names that the answer does not cite, its
 * nearest passage. At most MAX_ALSO, or one more for a named policy.
 */
export function alsoInGuidance(index: PassageIndex, question: string, policies: readonly PolicyId[], quoted: readonly string[], named: readonly PolicyId[] = [], asked: readonly AskedProvision[] = []): PassageQuote[] {
  // The card's own quotes normalised once, not once for every passage considered.
  return alsoBeside(index, question, policies, quoted.map(normaliseWhitespace), named, asked);
}

/**
 * alsoInGuidance beside a ruling's card, which quotes its citations and wordings: a citation the guidance shares has its
 * words normalised once, not on every card that cites it.
 */
export function alsoBesideRuling(index: PassageIndex, question: string, policies: readonly PolicyId[], ruling: Pick<Ruling, 'citations' | 'wording'>, named: readonly PolicyId[] = [], asked: readonly AskedProvision[] = []): PassageQuote[] {
  const quoted = [...ruling.citations.map(citedWords), ...ruling.wording.map((w) => normaliseWhitespace(w.text))];
  return alsoBeside(index, question, policies, quoted, named, asked);
}

/** A citation's words whitespace-normalised, once per citation the guidance shares (frozen, so unchanging). */
const citedWordsOf = new WeakMap<Citation, string>();
function citedWords(c: Citation): string {
  if (!Object.isFrozen(c)) return normaliseWhitespace(c.quote);
  let words = citedWordsOf.get(c);
  if (words === undefined) {
    words = normaliseWhitespace(c.quote);
    citedWordsOf.set(c, words);
  }
  return words;
}

/** alsoInGuidance with the card's own quotes already whitespace-normalised (`shownAlready`). */
function alsoBeside(index: PassageIndex, question: string, policies: readonly PolicyId[], shownAlready: readonly string[], named: readonly PolicyId[], asked: readonly AskedProvision[]): PassageQuote[] {
  // The question's search terms read once, for every search and quote below.
  const terms = searchTerms(question);
  // Only the passages kept are weighed (the shares and words matched are worked out per passage returned).
  const hits = searchPassages(index, question, policies, SEARCHED, { synonyms: true, terms });
  const top = hits[0]?.score ?? 0;
  const byProvision = provisionQuotes(index, terms, policies, asked.filter((p) => !p.ofNamedPolicy), shownAlready, named);
  const forNamed = named.flatMap((policy) => {
    if (byProvision.some((q) => q.policy === policy)) return [];
    const shownNow = [...shownAlready, ...byProvision.map((q) => q.quote)];
    // The named policy's provision closest to the question (by its phrasings) first, else its nearest passage, searched among
    // that policy's own passages: another policy's many near ones must not push it off the ranking.
    const own = provisionQuotes(index, terms, policies, asked.filter((p) => p.ofNamedPolicy && p.policy === policy), shownNow);
    if (own.length > 0) return own;
    const best = searchPassages(index, question, [policy], NAMED_SEARCHED, { synonyms: true, terms }).find((h) => h.matched.length >= NAMED_MATCHED);
    const quote = best ? quoteOf(index, best, shownNow) : undefined;
    return quote?.quote ? [quote] : [];
  });
  const shown = [...byProvision, ...forNamed];
  // The provision asked about is one more than the passages shown beside it: it leaves the search's best passage its place.
  const most = Math.max(MAX_ALSO, Math.min(forNamed.length + 1, MAX_ALSO + 1)) + Math.min(byProvision.length, 1);
  const bestCoverage = Math.max(0, ...hits.filter((h) => h.score >= top / 2).map((h) => h.coverage));
  // A passage matching about as much of the question as the best one counts though its score is lower: the guidance's words
  // for an everyday one ("blunt": casual, colloquial, formal style) raise the score of the passage using them all.
  const leading = hits[0]?.coverage ?? 0;
  const eligible = hits.filter((h, i) => closeEnough(h, i, hits, bestCoverage) && (h.score >= top / 2 || h.coverage >= Math.max(ALSO_RELATIVE * leading, ALSO_CLOSE_COVERAGE)));
  // Each policy that speaks to the question first (a second policy's position on the same need), then the rest by rank.
  const firstOfPolicy = eligible.filter((h, i) => eligible.findIndex((e) => e.passage.policy === h.passage.policy) === i);
  const order = [...firstOfPolicy, ...eligible.filter((h) => !firstOfPolicy.includes(h))];
  const chosen: PassageQuote[] = [];
  // Nothing twice on one card: what an earlier passage quoted (or its lead-in) counts as quoted; normalised once each, as
  // each is shown.
  let shownTexts: string[] | undefined;
  for (const h of order) {
    if (shown.length + chosen.length >= most) break;
    if (shown.some((n) => quotesPassage(n, h.passage.id)) || chosen.some((n) => quotesPassage(n, h.passage.id))) continue;
    shownTexts ??= [...shownAlready, ...shown.flatMap(quotedTexts)];
    const quote = quoteOf(index, h, shownTexts);
    if (quote.quote === '') continue;
    chosen.push(quote);
    shownTexts.push(...quotedTexts(quote));
  }
  // Shown best first.
  return [...shown, ...chosen.sort((a, b) => rankOf(a, hits) - rankOf(b, hits))];
}

/**
 * Whether the i-th passage the search found is close enough to show beside the answer. The search's best passage needs only
 * the floor: the guidance's words for the question's put it first. The floor counts only the question's words the guidance
 * uses (the answer's topic already says the question is in scope).
 */
function closeEnough(h: PassageHit, i: number, hits: readonly PassageHit[], bestCoverage: number): boolean {
  if (h.coverage >= ALSO_COVERAGE) return h.matched.length >= ALSO_MATCHED;
  if (i === 0) return h.share >= ALSO_FLOOR && h.found.length >= ALSO_MATCHED;
  // A policy's best passage, when no passage above it is of that policy: another policy's word on the same need.
  const firstOfItsPolicy = hits.find((e) => e.passage.policy === h.passage.policy) === h;
  return h.coverage >= (firstOfItsPolicy ? ALSO_RELATIVE_OTHER : ALSO_RELATIVE) * bestCoverage && h.share >= ALSO_FLOOR && h.found.length >= ALSO_FLOOR_MATCHED;
}

/** Whether a card's quote is of this passage, or of the list it is an item of. */
const quotesPassage = (q: PassageQuote, id: string): boolean => q.id === id || (q.covers?.includes(id) ?? false);

/** What a quote shows, whitespace-normalised (as a quote and its lead-in are made): its words and its lead-in. */
const quotedTexts = (q: PassageQuote): string[] => [q.quote, q.leadIn ?? ''];

/** Where the search ranked a quoted passage. */
const rankOf = (q: PassageQuote, hits: readonly PassageHit[]): number => hits.findIndex((h) => h.passage.id === q.id);

/**
 * A provision asked about, with the question's (stemmed) words its practitioners' phrasings share, and which of the
 * message's asks it is closest to when the message asks several things on one card.
 */
export type AskedProvision = Provision & {
  matched?: readonly string[];
  coverage?: number;
  ask?: number;
  /** The closest provision of a policy the question names, quoted for that policy though others are closer overall. */
  ofNamedPolicy?: true;
};

/** At most this many provisions are quoted for being closest to what is asked… */
const MAX_ASKED = 2;
/** …or, for a message of several asks, one per ask up to this many. */
const MAX_ASKED_SEVERAL = 3;
/** A provision up to this long is quoted whole: its sentences were chosen together as the answer to one need. */
const MAX_PROVISION_QUOTE = 350;

/** A provision's quote taken: what it and its lead-in say is shown from then on (nothing twice on a card). */
function takeQuote(quote: PassageQuote, quotes: PassageQuote[], shown: string[]): void {
  quotes.push(quote);
  shown.push(quote.quote, ...(quote.leadIn ? [quote.leadIn] : []));
}

/**
 * The provisions closest to what is asked (best first, from practitioners' phrasings of each) as a card quotes them: of the
 * selected policies, none the card already quotes; the provision's own sentence, not its whole paragraph.
 */
function provisionQuotes(index: PassageIndex, terms: string[], policies: readonly PolicyId[], asked: readonly AskedProvision[], shownBefore: readonly string[], named: readonly PolicyId[] = []): PassageQuote[] {
  const quotes: PassageQuote[] = [];
  // What the card quotes already, and what this has quoted so far: nothing twice.
  const shown = [...shownBefore];
  const selected = asked.filter((p) => policies.includes(p.policy));
  // Each policy's closest provision first (every selected policy's word on the need), those of a policy the question names
  // before the rest ("does the Cardiff policy say …": Cardiff's word on it), then a second of one policy.
  const eachPolicy = selected.filter((p, i) => selected.findIndex((q) => q.policy === p.policy) === i);
  const firsts = [...eachPolicy.filter((p) => named.includes(p.policy)), ...eachPolicy.filter((p) => !named.includes(p.policy))];
  // Several asks on one card: each ask's closest provision before any second one, so the second ask's need is quoted too.
  const asks = [...new Set(selected.flatMap((p) => (p.ask === undefined ? [] : [p.ask])))].sort((a, b) => a - b);
  const perAsk: AskedProvision[] = [];
  for (const a of asks) {
    // The ask's closest provision that an earlier ask has not brought (an ask is read with the asks before it).
    const own = selected.filter((p) => p.ask === a && !perAsk.some((q) => q.id === p.id));
    const first = own.find((p) => named.includes(p.policy)) ?? own[0];
    if (first) perAsk.push(first);
  }
  const most = Math.max(MAX_ASKED, Math.min(asks.length, MAX_ASKED_SEVERAL));
  const seen = new Set<string>();
  const order = [...perAsk, ...firsts, ...selected.filter((p) => !firsts.includes(p))].filter((p) => !seen.has(p.id) && seen.add(p.id));
  for (const provision of order) {
    if (quotes.length >= most) break;
    // The quote as sentencesOf normalised it once (the guidance's own words).
    const text = sentencesOf(index, provision.quote).whole;
    if (shown.some((q) => q.includes(text))) continue;
    // The passage it is in: a list item is quoted with its lead-in and the items beside it ("Review documentation should
    // include: …"), which give it its meaning.
    const passage = provision.passage;
    const hit: PassageHit = { passage: passage ?? { id: provision.id, policy: provision.policy, section: provision.section, text }, score: 0, coverage: 0, share: 0, matched: [...(provision.matched ?? [])], found: terms };
    if (passage?.leadIn && sentencesOf(index, passage.text).whole === text) {
      const listed = quoteOf(index, hit, shown);
      if (listed.quote !== '') takeQuote(listed, quotes, shown);
      continue;
    }
    // The provision is what is asked about: quoted whole when it fits, else its sentences nearest the question's words, or
    // its first when none shares them (the practitioner's words for the need are not the guidance's).
    const nearest = text.length <= MAX_PROVISION_QUOTE ? text : sentencesNotShown(index, text, terms, shown, (term) => rarity(index, term));
    const quote = nearest !== '' ? nearest : cutAt(sentencesOf(index, text).sentences[0]!.text);
    if (shown.some((q) => q.includes(quote.replace(/^…|…$/g, '')))) continue;
    const leadIn = passage ? leadInOf(passage) : undefined;
    // A provision of several items of a list ("The type of contact; • The purpose …") is quoted with the list's other items
    // that fit, as one item is: asked what a note must cover, the list answers, not its first few items.
    const list = passage && leadIn && quote === text ? listQuote(index, passage, bulletsJoined(text), terms, [...shown, bulletsJoined(text)], leadIn, MAX_LIST_ASKED) : undefined;
    takeQuote({ id: passage?.id ?? provision.id, policy: provision.policy, source: `${SHORT_NAMES[provision.policy]}, ${sectionWords(provision.section)}`, quote: list?.quote ?? quote, ...(leadIn ? { leadIn } : {}), ...(list ? { covers: list.covers } : {}), hit }, quotes, shown);
  }
  return quotes;
}

/** A provision's list items as the list's passages read, one after another ("The type of contact; • The purpose …"). */
const bulletsJoined = (text: string): string => normaliseWhitespace(text.replace(/\s*•\s*/g, ' '));

/** The passages on a card, a paragraph each: "_Brighton and Hove, section 4.2_: “…”". */
export function passagesText(quotes: readonly PassageQuote[]): string {
  // A list item reads with the words its list follows ("Case notes must include: … An account of the decisions taken").
  return quotes.map((q) => `_${q.source}_: “${q.leadIn && q.leadIn.length <= MAX_LEAD_IN ? `${q.leadIn} … ` : ''}${q.quote.replace(/^…/, '')}”`).join('\n\n');
}

// The verdict a passage's own words give, strongest first: a ban, a discouragement, a permission on a condition, a duty, a
// permission. "Should only … if" is a permission on a condition, not a duty.
const WORDING: readonly { verdict: Verdict; words: RegExp }[] = [
  { verdict: 'not-allowed', words: /\b(must not|mustn't|must never|should never|never|not permitted|(are|is) prohibited|under no circumstances|will not be used|cannot be)\b/i },
  { verdict: 'not-recommended', words: /\b(should not|shouldn't|not normally|not recommended|rarely|should be avoided|should avoid|avoid)\b/i },
  { verdict: 'allowed-if', words: /\bonly\b.{0,80}\b(if|when|where|with|in accordance|as part of|after|once|unless)\b|\bunless\b/i },
  { verdict: 'required', words: /\b(must|should|will|shall|is required|are required|it is a requirement|it is essential|(is|are) an expectation|expects?\b.{0,60}\bto|needs? to|has to|have to)\b/i },
  { verdict: 'allowed-if', words: /\b(may|can|could|is acceptable|are acceptable|permissible)\b/i },
];

/** The verdict the words of a quote give, with the words that give it; undefined when they give none. */
export function wordingVerdict(text: string): { verdict: Verdict; words: string } | undefined {
  for (const w of WORDING) {
    const found = w.words.exec(text);
    if (found) return { verdict: w.verdict, words: found[0] };
  }
  return undefined;
}

/** When no rule answers: a passage matching at least this share of the question's meaning, and this many of its words
 * (0.45 until every provision was phrased in round 14: the larger bank weighs every word a little more alike). */
const NEAREST_COVERAGE = 0.44;
const NEAREST_MATCHED = 4;
/** A provision answers a question no rule answers when its practitioners' phrasings share this many of its words. */
const NEAREST_PROVISION_MATCHED = 4;

/**
 * The passage nearest a question no rule answers, with the verdict its wording gives; undefined when nothing is close. The
 * provision closest to what is asked (`asked`, by its practitioners' phrasings) comes first, the passage search after it.
 */
export function nearestPassage(index: PassageIndex, question: string, policies: readonly PolicyId[], asked: readonly AskedProvision[] = []): { quote: PassageQuote; verdict: Verdict; words: string; others: PassageQuote[] } | undefined {
  // As close as a passage must be (most of the question's meaning), and by as many words: a question mostly about something
  // else ("claim back the cost of texts") is not answered by the provision its other words are close to.
  const close = asked.filter((p) => (p.matched?.length ?? 0) >= NEAREST_PROVISION_MATCHED && (p.coverage ?? 1) >= NEAREST_COVERAGE);
  // A provision asked about whose words give no verdict (why the policy was brought in, whom it is for) is still quoted,
  // beside the nearest passage whose words give one.
  const unread: PassageQuote[] = [];
  const terms = searchTerms(question);
  for (const quote of provisionQuotes(index, terms, policies, close, [])) {
    const reading = wordingVerdict(quote.quote) ?? wordingVerdict(`${quote.leadIn ?? ''} ${quote.quote}`);
    if (reading) return { quote, ...reading, others: unread };
    unread.push(quote);
  }
  // Such a provision reads with its own policy's next closest one ("does the Cardiff policy apply to me?": why it was brought
  // in, beside what it says applies to all records).
  const sameWords = asked.filter((p) => !close.includes(p) && (p.matched?.length ?? 0) >= NEAREST_PROVISION_MATCHED && unread.some((q) => q.policy === p.policy));
  for (const quote of provisionQuotes(index, terms, policies, sameWords, unread.map((q) => q.quote))) {
    const reading = wordingVerdict(quote.quote) ?? wordingVerdict(`${quote.leadIn ?? ''} ${quote.quote}`);
    if (reading) return { quote, ...reading, others: unread };
  }
  const hits = searchPassages(index, question, policies, 4, { terms }).filter((h) => h.coverage >= NEAREST_COVERAGE && h.matched.length >= NEAREST_MATCHED);
  for (const [i, hit] of hits.entries()) {
    const quote = quoteOf(index, hit, unread.map((q) => q.quote));
    const reading = wordingVerdict(quote.quote) ?? wordingVerdict(`${quote.leadIn ?? ''} ${normaliseWhitespace(hit.passage.text)}`);
    if (quote.quote !== '' && reading) return { quote, ...reading, others: [...unread, ...hits.filter((_, j) => j !== i).slice(0, 1).map((h) => quoteOf(index, h))] };
  }
  return undefined;
}
