import MiniSearch from 'minisearch';
import type { TermReader } from '../language/question-terms';
import { remembersTermResults } from '../language/term-results';
import { POLICY_PLACES } from '../guidance/policies';
import { EXEMPLARS } from './exemplars';
import { spellOutShorthand } from './normalise';

// A bank of practitioners' phrasings of the need each provision answers, one index document per entry, and how close a
// question is to an entry's phrasings: shared by reach.ts (a provision whose facts the understanding takes) and
// provision-search.ts (the provisions a card quotes), so both weigh a question the same way.

// Besides the function and date words every phrasing search leaves out: asking words, relative days, and the policies'
// places and names, which choose which policies answer, not which provision is meant.
/** Words left out of practitioners' phrasings of a provision and the questions matched against them. */
export const PHRASING_STOP_WORDS = `what which who how when where why can could should would will must may need needs have has had get got
  ok okay if not no yes about into out up as all also still then than want wants well today tomorrow yesterday
  policy policies guidance council ${Object.values(POLICY_PLACES).flat().join(' ')}`.split(/\s+/).filter(Boolean);

/** A phrasing's or question's adjacent word pairs ("copi assess"): together they say more than either word alone. */
export const pairs = (words: readonly string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

/** An entry close enough: its phrasings match this share of the question's meaning… */
const COVERAGE = 0.3;
/** …and at least this many of the question's words, of which this many are distinctive: a word or pair of adjacent words
 * used by at most this share of all practitioners' phrasings ("blind", "eclipse", "copy of the assessment", not "family",
 * "visit" or "young person"). */
export const MATCHED_WORDS = 3;
const DISTINCTIVE = 2;
const DISTINCTIVE_SHARE = 0.02;
/** A long question matches a smaller share of its words: this many distinctive words are enough with this share. */
const STRONG = 3;
const STRONG_COVERAGE = 0.2;

/** A bank's own thresholds, where its size makes the defaults too loose or too strict. */
export interface BankTuning {
  /** A word is distinctive when the phrasings of at most this many entries (or exemplar topics) use it (else by
   * DISTINCTIVE_SHARE of all phrasings): a count that phrasing one more provision moves by one for that provision's own
   * words only, so an everyday word never crosses it as the bank grows. */
  distinctiveEntries?: number;
  /** The share of a long question's meaning enough distinctive words must carry (STRONG_COVERAGE otherwise). */
  strongCoverage?: number;
}

interface Doc {
  id: number;
  /** Every phrasing of one entry: the words practitioners use for that need, searched as one. */
  text: string;
}

/** The bank as the build writes it: the index, the term counts and each entry's word pairs. */
interface BuiltBank {
  index: ReturnType<MiniSearch<Doc>['toJSON']>;
  used: [string, number][];
  /** How many entries' (and exemplar topics') phrasings use each term or word pair. */
  entriesUsing: [string, number][];
  documents: number;
  pairsOf: string[][];
}

/** A question as a bank weighs it. */
export interface Question {
  /** Its counted words, stemmed, in order. */
  terms: string[];
  wanted: Set<string>;
  /** The rarity of all its words: its whole meaning. */
  whole: number;
  /** Its adjacent word pairs that are distinctive, read once for every entry it is weighed against. */
  distinctivePairs: string[];
  /** Its terms some phrasing uses, in order: the bank's query (any other term finds no entry, and is left out). */
  searched: string[];
}

/** How close a question is to one entry's phrasings. */
export interface Closeness {
  /** The question's (stemmed) words its phrasings share. */
  matched: string[];
  /** Share of the question's meaning they carry. */
  coverage: number;
  /** Whether they match enough of it, and enough distinctive words, for the entry to be the one meant. */
  enough: boolean;
}

const optionsOf = (reader: TermReader) => ({ fields: ['text'], tokenize: (text: string) => text.toLowerCase().split(/[^a-z0-9']+/), processTerm: reader.processTerm });

export class PhrasingBank {
  private constructor(
    /** One document per entry, its id the entry's place in the entries given. */
    readonly search: MiniSearch<Doc>,
    /** How many practitioners' phrasings (the entries' and the topic exemplar bank's) use each term or word pair. */
    private readonly used: Map<string, number>,
    /** How many entries' (and exemplar topics') phrasings use each term or word pair. */
    private readonly entriesUsing: Map<string, number>,
    private readonly documents: number,
    private readonly pairsOf: Set<string>[],
    private readonly reader: TermReader,
    private readonly tuning: BankTuning = {},
  ) {
    // Weighing a word is the same for every question: worked out once for the bank's words.
    for (const [t, n] of used) this.rarities.set(t, this.rarityOf(n));
    this.unusedRarity = this.rarityOf(0);
    for (const t of new Set([...used.keys(), ...entriesUsing.keys()])) if (!this.distinctiveOf(t)) this.common.add(t);
  }

  /** Each term's and pair's rarity among the phrasings that use it. */
  private readonly rarities = new Map<string, number>();
  /** The rarity of a word no phrasing uses. */
  private readonly unusedRarity: number;
  /** The terms and pairs that are not distinctive (a word no phrasing uses is). */
  private readonly common = new Set<string>();

  /** Indexes each entry's phrasings (one document per entry, in order) as the reader reads them. */
  static build(entries: readonly { phrasings: readonly string[] }[], reader: TermReader, tuning: BankTuning = {}): PhrasingBank {
    const { terms } = reader;
    // Phrasings read as a normalised question is: "abbreviations such as CIN and LAC" meets "child in need", as typed.
    const own = entries.map((e) => e.phrasings.map(spellOutShorthand));
    const exemplars = Object.values(EXEMPLARS).map((group) => group.map(spellOutShorthand));
    const search = new MiniSearch<Doc>(optionsOf(reader));
    search.addAll(own.map((phrasings, id) => ({ id, text: phrasings.join(' \n ') })));
    // A word many practitioners' phrasings share ("team", "new", "visit") says little about which provision is meant.
    const phrasings = [...own.flat(), ...exemplars.flat()];
    const used = new Map<string, number>();
    for (const p of phrasings) for (const t of new Set([...terms(p), ...pairs(terms(p))])) used.set(t, (used.get(t) ?? 0) + 1);
    const entriesUsing = new Map<string, number>();
    for (const group of [...own, ...exemplars]) {
      for (const t of new Set(group.flatMap((p) => [...terms(p), ...pairs(terms(p))]))) entriesUsing.set(t, (entriesUsing.get(t) ?? 0) + 1);
    }
    return new PhrasingBank(search, used, entriesUsing, phrasings.length, own.map((group) => new Set(group.flatMap((p) => pairs(terms(p))))), reader, tuning);
  }

  /** A bank written by toJSON(), read with the reader it was built with. */
  static load(json: string, reader: TermReader, tuning: BankTuning = {}): PhrasingBank {
    const parsed = JSON.parse(json) as BuiltBank;
    return new PhrasingBank(MiniSearch.loadJS<Doc>(parsed.index, optionsOf(reader)), new Map(parsed.used), new Map(parsed.entriesUsing), parsed.documents, parsed.pairsOf.map((p) => new Set(p)), reader, tuning);
  }

  /**
   * The bank the build wrote (scripts/build.ts, so the first question does not stem every phrasing), else built now; what
   * each term finds is kept, for the phrasings' own words only (never a name or number a practitioner typed).
   */
  static lazy(entries: () => readonly { phrasings: readonly string[] }[], reader: TermReader, built: () => string | undefined, tuning: BankTuning = {}): () => PhrasingBank {
    let bank: PhrasingBank | undefined;
    return () => {
      if (bank) return bank;
      const json = built();
      bank = json === undefined ? PhrasingBank.build(entries(), reader, tuning) : PhrasingBank.load(json, reader, tuning);
      const { used } = bank;
      remembersTermResults(bank.search, (t) => used.has(t), new Map());
      return bank;
    };
  }

  toJSON(): string {
    return JSON.stringify({ index: this.search.toJSON(), used: [...this.used], entriesUsing: [...this.entriesUsing], documents: this.documents, pairsOf: this.pairsOf.map((p) => [...p]) } satisfies BuiltBank);
  }

  /** Inverse document frequency over all practitioners' phrasings, of a word used by `n` of them. */
  private rarityOf(n: number): number {
    return Math.log((this.documents + 1) / (n + 0.5));
  }

  private rarity(t: string): number {
    return this.rarities.get(t) ?? this.unusedRarity;
  }

  private distinctiveOf(t: string): boolean {
    const { distinctiveEntries } = this.tuning;
    if (distinctiveEntries !== undefined) return (this.entriesUsing.get(t) ?? 0) <= distinctiveEntries;
    return (this.used.get(t) ?? 0) <= this.documents * DISTINCTIVE_SHARE;
  }

  private distinctive(t: string): boolean {
    return !this.common.has(t);
  }

  /** A (normalised) question as this bank reads it, or undefined when none of its words counts. */
  question(text: string): Question | undefined {
    const terms = this.reader.terms(text);
    const wanted = new Set(terms);
    if (wanted.size === 0) return undefined;
    let whole = 0;
    for (const t of wanted) whole += this.rarity(t);
    // `used` holds every term of the index (its entries' phrasings are among those counted), read by the same reader.
    return { terms, wanted, whole, distinctivePairs: pairs(terms).filter((p) => this.distinctive(p)), searched: terms.filter((t) => this.used.has(t)) };
  }

  /** How close the question is to entry `id`, which the search found by these query terms. */
  closeness(question: Question, id: number, queryTerms: readonly string[]): Closeness {
    const matched = [...new Set(queryTerms.filter((t) => question.wanted.has(t)))];
    let weight = 0;
    for (const t of matched) weight += this.rarity(t);
    const coverage = weight / question.whole;
    let words = 0;
    for (const t of matched) if (this.distinctive(t)) words += 1;
    let pairWords = 0;
    for (const p of question.distinctivePairs) if (this.pairsOf[id]!.has(p)) pairWords += 1;
    // A long question is taken on distinctive words alone; a pair only adds to the words of a question it mostly matches.
    const close = words >= STRONG ? coverage >= (this.tuning.strongCoverage ?? STRONG_COVERAGE) : words + pairWords >= DISTINCTIVE && coverage >= COVERAGE;
    return { matched, coverage, enough: matched.length >= MATCHED_WORDS && close };
  }
}
