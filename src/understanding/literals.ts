import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { withFlags } from '../language/pattern-flags';

// A cheap literal pre-check before a table's regular expression: most patterns cannot match a given question, and saying so
// with a few substring searches costs far less than running the pattern. The words are derived from each pattern itself,
// so a pattern added or changed in any table is covered with nothing to keep in step by hand.

/** Bound on how many strings one part of a pattern may stand for before it is treated as "anything". */
const MAX_STRINGS = 64;

type Node = AST.Alternative | AST.Element | AST.CharacterClassElement | AST.Pattern;

/** Every string the node can match, when that is a small finite set (zero-width assertions match ""). */
function exact(node: Node): string[] | undefined {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Assertion':
      // \b, ^, $ and lookarounds consume nothing.
      return [''];
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return undefined;
      const chars: string[] = [];
      for (const e of node.elements) {
        if (e.type !== 'Character') return undefined;
        chars.push(String.fromCodePoint(e.value));
      }
      return chars;
    }
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return union(node.alternatives.map(exact));
    case 'Alternative': {
      let out: string[] | undefined = [''];
      for (const e of node.elements) out = out && cross(out, exact(e));
      return out;
    }
    case 'Quantifier': {
      const one = exact(node.element);
      if (!one || node.max > 3) return undefined;
      let out: string[] | undefined = [];
      let run: string[] | undefined = [''];
      for (let n = 0; n <= node.max && run; n++) {
        if (n >= node.min) out = union([out, run]);
        run = cross(run, one);
      }
      return out;
    }
    default:
      return undefined;
  }
}

function union(sets: readonly (string[] | undefined)[]): string[] | undefined {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return undefined;
    for (const x of s) out.add(x);
  }
  return out.size > MAX_STRINGS ? undefined : [...out];
}

function cross(a: readonly string[], b: readonly string[] | undefined): string[] | undefined {
  if (!b || a.length * b.length > MAX_STRINGS) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** The shorter strings suffice: a text holding "texts" holds "text". Undefined when one is empty (no requirement). */
function minimal(set: readonly string[]): string[] | undefined {
  if (set.some((s) => s === '')) return undefined;
  const sorted = [...set].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.includes(shorter)));
}

/** Words this long are rare enough in a question; beyond it, fewer words (fewer searches) matter more than longer ones. */
const RARE_LENGTH = 4;
const rarity = (set: readonly string[]) => Math.min(RARE_LENGTH, ...set.map((s) => s.length));
const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));
/** The better of two requirements: rarer words first, then fewer of them, then longer. */
const better = (a: readonly string[], b: readonly string[] | undefined) =>
  !b || rarity(a) > rarity(b) || (rarity(a) === rarity(b) && (a.length < b.length || (a.length === b.length && shortest(a) > shortest(b))));

/** Strings of which every text the node matches in holds at least one; undefined when nothing can be said. */
function required(node: Node): string[] | undefined {
  switch (node.type) {
    case 'Assertion':
      // A lookahead or lookbehind that must hold matches in the text too ("^(?=.*\bproceedings\b)"): the text holds its words.
      return (node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate ? requiredOfAny(node.alternatives) : undefined;
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return requiredOfAny(node.alternatives);
    case 'Quantifier':
      return node.min >= 1 ? required(node.element) : undefined;
    case 'Alternative':
      return branchRequirements(node)[0];
    default: {
      const own = exact(node);
      return own && minimal(own);
    }
  }
}

/** How many requirements of one branch are checked together: a match needs a word of each. */
const MAX_REQUIREMENTS = 3;
/** Bits that number a requirement's place within its branch in `meets` (branch << PLACE_BITS | place). */
const PLACE_BITS = 2;
// A place that does not fit its bits would spill into the next branch's number and skip a pattern that can match.
if (MAX_REQUIREMENTS > 1 << PLACE_BITS) throw new Error('literals: MAX_REQUIREMENTS needs more PLACE_BITS');

/** Strings of which every text any of the alternatives matches in holds at least one. */
function requiredOfAny(alternatives: readonly AST.Alternative[]): string[] | undefined {
  const sets = alternatives.map(required);
  return sets.some((s) => !s) ? undefined : minimal(union(sets) ?? []) ?? undefined;
}

/** The best few requirements of one branch, best first: each is needed by every match of the branch. */
function branchRequirements(node: AST.Alternative): string[][] {
  const found = new Map<string, string[]>();
  const consider = (set: string[] | undefined) => {
    const m = set && minimal(set);
    if (m && m.length > 0) found.set(JSON.stringify([...m].sort()), m);
  };
  // Runs of elements with a finite set of matches, joined: "e", "-?", "mail" gives e-mail and email. A second run starts
  // after each choice ("(own|home) phone" needs " phone" whichever was chosen).
  let run: string[] = [''];
  let fresh: string[] = [''];
  for (const e of node.elements) {
    const own = exact(e);
    // Each part alone may be the cheaper requirement ("own" or "personal" rather than every "own phone", "own mobile").
    consider(own && e.type !== 'Assertion' ? own : required(e));
    const joined = own && cross(run, own);
    const freshJoined = own && cross(fresh, own);
    consider(run);
    consider(fresh);
    run = joined ?? own ?? [''];
    fresh = !own || own.length > 1 ? [''] : (freshJoined ?? own);
  }
  consider(fresh);
  consider(run);
  const ranked = [...found.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  // Beyond the best, only requirements of words rare enough to rule a question out.
  return ranked.filter((set, i) => i === 0 || rarity(set) >= 3).slice(0, MAX_REQUIREMENTS);
}

/** Per pattern, its number (below), or -1 when it must always run. */
const numbers = new WeakMap<RegExp, number>();
const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The pattern as the pre-check reads it, or undefined when it must always run: a global or sticky pattern (its lastIndex
 * matters), a case-insensitive one (Unicode case folding is more than lower-casing), or one the parser does not read.
 */
function parsedPattern(re: RegExp): AST.Pattern | undefined {
  if (re.global || re.sticky || re.ignoreCase) return undefined;
  try {
    return parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.flags.includes('v') });
  } catch {
    return undefined;
  }
}

/** Literals derived from the pattern itself: every match holds one of them. Undefined on the terms of parsedPattern. */
export function literalsOf(re: RegExp): readonly string[] | undefined {
  const pattern = parsedPattern(re);
  const found = pattern && required(pattern);
  return found && found.length > 0 ? found : undefined;
}

/**
 * For each branch of the pattern (top-level alternatives), the requirements every match of it meets: a word of each.
 * Undefined when any branch needs no word (the pattern must always run), or on the terms of parsedPattern. Each branch is
 * read alone: a pattern of many branches, too many words for literalsOf together, is still skipped when none is met.
 */
export function requirementsOf(re: RegExp): readonly (readonly (readonly string[])[])[] | undefined {
  const branches = parsedPattern(re)?.alternatives.map(branchRequirements);
  return branches?.every((b) => b.length > 0) ? branches : undefined;
}

/** Each branch's requirements of a pattern (requirementsOf), or null when it must always run. */
type Derived = readonly (readonly (readonly string[])[])[] | null;

// The production build (scripts/build.ts) derives every table pattern's requirements once (literalChecksJson()) and writes
// them here, so the server does not parse its patterns while answering its first questions.
declare const BUILT_LITERAL_CHECKS: string | undefined;

/** Derived so far (built, or worked out on first use), by pattern: what literalChecksJson() writes. */
const derivations = new Map<string, Derived>();
let built: Record<string, Derived> | undefined;
let parsed = 0;

/** How many patterns were parsed here rather than read from the build (for tests). */
export const parsedPatterns = (): number => parsed;

const patternKey = (re: RegExp) => `${re.flags}/${re.source}`;

function derivedFor(re: RegExp): Derived {
  const key = patternKey(re);
  built ??= typeof BUILT_LITERAL_CHECKS === 'undefined' ? {} : (JSON.parse(BUILT_LITERAL_CHECKS) as Record<string, Derived>);
  let derived = Object.hasOwn(built, key) ? built[key]! : derivations.get(key);
  if (derived === undefined) {
    parsed += 1;
    derived = requirementsOf(re) ?? null;
  }
  derivations.set(key, derived);
  return derived;
}

/**
 * The requirements of every pattern the understanding reads a question with, as JSON: written into the production build
 * by scripts/build.ts. The tables are found by reading the given phrasings (the exemplar bank), which runs every pattern
 * before its first match; a pattern none of them reaches is derived when first used, as without the build.
 */
export function literalChecksJson(read: () => void): string {
  read();
  return JSON.stringify(Object.fromEntries(derivations));
}

/** Per pattern (flags and source), its number: a RegExp made afresh on each call is the same pattern, never numbered again. */
const numberByKey = new Map<string, number>();

/** A pattern's number, derived and numbered on first use; -1 when it must always run. */
function numberOf(re: RegExp): number {
  let id = numbers.get(re);
  if (id === undefined) {
    const key = patternKey(re);
    id = numberByKey.get(key);
    if (id === undefined) {
      const derived = derivedFor(re);
      id = derived ? numbered(derived) : -1;
      numberByKey.set(key, id);
    }
    numbers.set(re, id);
  }
  return id;
}

/** How many patterns have been numbered (for tests: answering a question again numbers none). */
export const numberedPatterns = (): number => patternCount;


// Whether a text may match is asked of hundreds of patterns per question, so a text is read once for all of them: every
// literal of every pattern is numbered, and found in one pass over the text (below); each literal found marks the
// requirements it meets, and a pattern may match once some branch has all its requirements marked.

/** Per branch (numbered over all patterns), its pattern's number and the bits of all its requirements. */
const branchPattern: number[] = [];
const branchWhole: number[] = [];
/** Per literal, the requirements it meets: its branch shifted by PLACE_BITS, or'd with the requirement's place. */
const meets: number[][] = [];
let patternCount = 0;

/** Numbers a pattern's branches and files each literal under the requirements it meets; the pattern's number. */
function numbered(requirements: readonly (readonly (readonly string[])[])[]): number {
  const pattern = patternCount++;
  for (const branch of requirements) {
    const b = branchPattern.length;
    branchPattern.push(pattern);
    branchWhole.push((1 << branch.length) - 1);
    branch.forEach((set, place) => {
      for (const literal of set) (meets[literalId(literal)] ??= []).push((b << PLACE_BITS) | place);
    });
  }
  // What the kept texts were found to allow does not cover the new pattern.
  keptTexts.fill(undefined);
  return pattern;
}

// Each literal is filed under the hash of its first four letters (three for a literal of three); a text's four- and
// three-letter sequences, hashed in turn, find the literals that may start at each position, and their letters confirm them.
// A literal found nowhere is not in the text. Four letters, because many literals share their first three (" th", "ing").

const GRAM_BITS = 1 << 15;
const gramHash = (text: string, at: number) =>
  Math.imul(text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2), 0x9e3779b1) >>> 17;
const gram4Hash = (text: string, at: number) =>
  Math.imul(((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3), 0x9e3779b1) >>> 17;

const literalIds = new Map<string, number>();
const literalList: string[] = [];
/**
 * Per literal of five letters or more, the hash of its next letters after the first four, up to four of them (nextLetters;
 * -1 for a literal under five letters): most literals filed under a text's first four letters ("what", " the") differ there, and one
 * array of numbers read in turn is far cheaper than each literal's own letters, read elsewhere.
 */
const secondGram: number[] = [];
/** The hash of the `count` letters (one to four) of the text from `at`, tagged with the count. */
function nextLetters(text: string, at: number, count: number): number {
  let h = 0;
  for (let c = 0; c < count; c++) h = h * 31 + text.charCodeAt(at + c);
  return (count << 15) | (Math.imul(h, 0x9e3779b1) >>> 17);
}
/** Per hash of a first four letters, the literals of four letters or more starting so. */
const startingWith: (number[] | undefined)[] = new Array<number[] | undefined>(GRAM_BITS);
/** Per hash of three letters, the literals of exactly three letters. */
const threeLetters: (number[] | undefined)[] = new Array<number[] | undefined>(GRAM_BITS);
/** Literals under three letters: searched for in every text. */
const shortLiterals: number[] = [];

// The tables above packed for the scan. Each literal is one record in `records`, everything the scan needs of it in one
// place: [its number, its length, its letters one an element, how many requirements it meets, then per requirement its
// branch's code in `meets` and its pattern's number and whole bits (pattern << WHOLE_BITS | whole)]. Per four-letter hash,
// its literals as pairs (secondGram, record) in packedPairs from packedStart[hash] to packedStart[hash + 1]; per three-letter
// hash, its literals' records in threeRecords likewise. A text's scan then reads a few neighbouring numbers per position
// and per literal, where each literal's string, its list of requirements and each branch's entry, scattered in memory, cost
// a cache miss each while an answer's other work has evicted them. Packed again whenever a pattern was numbered since (only
// while patterns are first numbered).

/** Bits of a branch's whole requirements (one per requirement) in a record. */
const WHOLE_BITS = MAX_REQUIREMENTS;
let records = new Int32Array(0);
let packedStart = new Int32Array(GRAM_BITS + 1);
let packedPairs = new Int32Array(0);
let threeStart = new Int32Array(GRAM_BITS + 1);
let threeRecords = new Int32Array(0);
/** The records of the literals under three letters. */
let shortRecords: number[] = [];
/** How many branches were numbered when last packed. */
let packedBranches = -1;

/** Each literal's record, written into `records`; where each starts, by literal. */
function packRecords(): Int32Array {
  const recordAt = new Int32Array(literalList.length);
  let size = 0;
  for (let id = 0; id < literalList.length; id++) size += 3 + literalList[id]!.length + 2 * (meets[id]?.length ?? 0);
  records = new Int32Array(size);
  let at = 0;
  for (let id = 0; id < literalList.length; id++) {
    const literal = literalList[id]!;
    recordAt[id] = at;
    records[at++] = id;
    records[at++] = literal.length;
    for (let c = 0; c < literal.length; c++) records[at++] = literal.charCodeAt(c);
    const requirements = meets[id] ?? [];
    records[at++] = requirements.length;
    for (const code of requirements) {
      const b = code >> PLACE_BITS;
      records[at++] = code;
      records[at++] = (branchPattern[b]! << WHOLE_BITS) | branchWhole[b]!;
    }
  }
  return recordAt;
}

function pack(): void {
  const recordAt = packRecords();
  packedStart = new Int32Array(GRAM_BITS + 1);
  threeStart = new Int32Array(GRAM_BITS + 1);
  for (let hash = 0; hash < GRAM_BITS; hash++) {
    packedStart[hash + 1] = packedStart[hash]! + 2 * (startingWith[hash]?.length ?? 0);
    threeStart[hash + 1] = threeStart[hash]! + (threeLetters[hash]?.length ?? 0);
  }
  packedPairs = new Int32Array(packedStart[GRAM_BITS]!);
  threeRecords = new Int32Array(threeStart[GRAM_BITS]!);
  for (let hash = 0; hash < GRAM_BITS; hash++) {
    let at = packedStart[hash]!;
    for (const id of startingWith[hash] ?? []) {
      packedPairs[at++] = secondGram[id]!;
      packedPairs[at++] = recordAt[id]!;
    }
    at = threeStart[hash]!;
    for (const id of threeLetters[hash] ?? []) threeRecords[at++] = recordAt[id]!;
  }
  shortRecords = shortLiterals.map((id) => recordAt[id]!);
  packedBranches = branchPattern.length;
}

// Which hashes have literals, a bit each: most of a text's letter sequences start none, and these few kilobytes stay in the
// processor's cache where a look-up in the tables above, a different part of them for each position, mostly misses.
const hasThree = new Uint32Array(GRAM_BITS >>> 5);
const hasFour = new Uint32Array(GRAM_BITS >>> 5);
const isSet = (bits: Uint32Array, hash: number) => (bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;
const setBit = (bits: Uint32Array, hash: number) => (bits[hash >>> 5] = bits[hash >>> 5]! | (1 << (hash & 31)));

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  id = literalList.length;
  literalIds.set(literal, id);
  literalList.push(literal);
  secondGram.push(literal.length >= 5 ? nextLetters(literal, 4, Math.min(4, literal.length - 4)) : -1);
  if (literal.length < 3) shortLiterals.push(id);
  else if (literal.length === 3) {
    (threeLetters[gramHash(literal, 0)] ??= []).push(id);
    setBit(hasThree, gramHash(literal, 0));
  } else {
    (startingWith[gram4Hash(literal, 0)] ??= []).push(id);
    setBit(hasFour, gram4Hash(literal, 0));
  }
  return id;
}

/** Which patterns the last few texts asked about may match (a question's text and the variants read from it), 1 each. */
const KEPT_TEXTS = 4;
const keptTexts: (string | undefined)[] = new Array<string | undefined>(KEPT_TEXTS).fill(undefined);
const keptPossible: Uint8Array[] = [];
let nextSlot = 0;
let lastSlot = 0;
/**
 * Working space for one text: each branch's requirements met, and per literal the number of the last text it was found in
 * (so a new text needs no clearing of a record per literal, kilobytes out of the processor's cache each time).
 */
let met = new Uint8Array(64);
let foundIn = new Int32Array(64);
/** While a text is read: per count of letters, the hash of that many letters after the four at the position read. */
const following = new Int32Array(5);
/** The text being read, numbered from 1 (a new array's zeros are no text's). */
let textNumber = 0;

/** Whether the literal of the record at `at` is spelt in the text from position `i`. */
function spelledAt(text: string, i: number, at: number): boolean {
  const length = records[at + 1]!;
  if (i + length > text.length) return false;
  for (let c = 0; c < length; c++) if (text.charCodeAt(i + c) !== records[at + 2 + c]) return false;
  return true;
}

/**
 * The literal of the record at `at`, found in the text: the requirements it meets are met, and a pattern with a branch now
 * whole may match (once per text: found again, it meets nothing new).
 */
function mark(at: number, possible: Uint8Array): void {
  const id = records[at]!;
  if (foundIn[id] === textNumber) return;
  foundIn[id] = textNumber;
  let r = at + 2 + records[at + 1]!;
  const end = r + 1 + 2 * records[r]!;
  for (r += 1; r < end; r += 2) {
    const code = records[r]!;
    const b = code >> PLACE_BITS;
    const now = met[b]! | (1 << (code & ((1 << PLACE_BITS) - 1)));
    met[b] = now;
    const patternWhole = records[r + 1]!;
    if (now === (patternWhole & ((1 << WHOLE_BITS) - 1))) possible[patternWhole >> WHOLE_BITS] = 1;
  }
}

/** Lets go of the last texts read (called when an answer is given), so no question's text outlives its answer here either. */
export function forgetKeptTexts(): void {
  keptTexts.fill(undefined);
}

/** How many texts the pre-check holds now, for tests. */
export const keptTextCount = (): number => keptTexts.filter((t) => t !== undefined).length;

function possibleIn(text: string): Uint8Array {
  // The text just asked about is by far the likeliest (a question's text is read by hundreds of patterns in turn).
  if (keptTexts[lastSlot] === text) return keptPossible[lastSlot]!;
  const at = keptTexts.indexOf(text);
  if (at >= 0) {
    lastSlot = at;
    return keptPossible[at]!;
  }
  const slot = nextSlot;
  nextSlot = (nextSlot + 1) % KEPT_TEXTS;
  let possible = keptPossible[slot];
  if (!possible || possible.length < patternCount) possible = keptPossible[slot] = new Uint8Array(Math.max(64, patternCount * 2));
  else possible.fill(0);
  readLiterals(text, possible);
  keptTexts[slot] = text;
  lastSlot = slot;
  return possible;
}

/**
 * The literals found in a text, marked in `possible`. A function of its own, not a branch of possibleIn: possibleIn is
 * called hundreds of times per text and optimised for the text already read, which left this once-per-text loop to run
 * deoptimised each time.
 */
function readLiterals(text: string, possible: Uint8Array): void {
  if (packedBranches !== branchPattern.length) pack();
  if (foundIn.length < literalList.length) foundIn = new Int32Array(literalList.length * 2);
  // Numbered afresh, the stamps cleared, long before the number could overflow.
  if (textNumber >= 0x3fffffff) {
    foundIn.fill(0);
    textNumber = 0;
  }
  textNumber += 1;
  if (met.length < branchPattern.length) met = new Uint8Array(branchPattern.length * 2);
  else met.fill(0);
  for (const at of shortRecords) if (text.includes(literalList[records[at]!]!)) mark(at, possible);
  for (let i = 0; i + 2 < text.length; i++) {
    const hash3 = gramHash(text, i);
    if (isSet(hasThree, hash3)) {
      for (let k = threeStart[hash3]!, end = threeStart[hash3 + 1]!; k < end; k++) if (spelledAt(text, i, threeRecords[k]!)) mark(threeRecords[k]!, possible);
    }
    if (i + 3 >= text.length) continue;
    const hash4 = gram4Hash(text, i);
    if (!isSet(hasFour, hash4)) continue;
    // The text's next one to four letters here, hashed as secondGram's (-2 where the text ends first: no such literal fits).
    for (let count = 1; count <= 4; count++) following[count] = i + 4 + count <= text.length ? nextLetters(text, i + 4, count) : -2;
    for (let k = packedStart[hash4]!, end = packedStart[hash4 + 1]!; k < end; k += 2) {
      const second = packedPairs[k]!;
      if (second >= 0 && second !== following[second >>> 15]) continue;
      if (spelledAt(text, i, packedPairs[k + 1]!)) mark(packedPairs[k + 1]!, possible);
    }
  }
}

/**
 * How the pre-check runs: `on` skips patterns that cannot match; `off` runs every pattern (to compare); `verify` tests
 * each pattern the pre-check would skip and keeps those that matched after all (a test asserts there are none).
 */
export type LiteralCheckMode = 'on' | 'off' | 'verify';
let mode: LiteralCheckMode = 'on';
const missed: { pattern: string; text: string }[] = [];
let skipped = 0;

export function setLiteralCheckMode(next: LiteralCheckMode): void {
  mode = next;
  missed.length = 0;
  skipped = 0;
}

/** In `verify` mode: how many runs the pre-check would have skipped, and any it would have skipped wrongly. */
export function literalCheckReport(): { skipped: number; missed: readonly { pattern: string; text: string }[] } {
  return { skipped, missed: [...missed] };
}

/**
 * False when the pattern cannot match the text (the text holds none of the words any match needs): the caller skips it.
 * In `off` mode always true; in `verify` mode false only after testing that the pattern indeed does not match.
 */
export function mayHold(re: RegExp, text: string): boolean {
  if (mode === 'off') return true;
  const id = numberOf(re);
  if (id < 0 || possibleIn(text)[id] === 1) return true;
  if (mode === 'on') return false;
  return verifySkip(re, text);
}

// A table of patterns read in turn (a fact table, the topics' signals) is numbered once, and a text's reading fetched once
// for the whole table: each row is then one array read, not a look-up by pattern and a check of the text for every row.

const tableNumbers = new WeakMap<readonly unknown[], Int32Array>();

/** Each pattern's number (as numberOf), in the table's order; numbered once per table, before any text is read for it. */
export function numbersOf<R>(table: readonly R[], patternOf: (row: R) => RegExp): Int32Array {
  let numbers = tableNumbers.get(table);
  if (numbers === undefined) {
    numbers = new Int32Array(table.length);
    for (let i = 0; i < table.length; i++) numbers[i] = numberOf(patternOf(table[i]!));
    tableNumbers.set(table, numbers);
  }
  return numbers;
}

/**
 * Which numbered patterns may match the text (1 each), or undefined in `off` mode (every pattern runs). Ask for it after the
 * table's patterns are numbered (numbersOf): numbering a new pattern forgets what earlier readings allowed.
 */
export function possibleFor(text: string): Uint8Array | undefined {
  return mode === 'off' ? undefined : possibleIn(text);
}

/** Whether a numbered pattern may match the text, as mayHold says it. */
export function mayHoldNumbered(re: RegExp, id: number, possible: Uint8Array | undefined, text: string): boolean {
  if (possible === undefined || id < 0 || possible[id] === 1) return true;
  if (mode === 'on') return false;
  return verifySkip(re, text);
}

// A verified skip answers as `on` would (the pattern was just tested and cannot match), so the caller does not test it again.
function verifySkip(re: RegExp, text: string): boolean {
  skipped += 1;
  if (!re.test(text)) return false;
  missed.push({ pattern: re.source, text });
  return true;
}

/** `re.exec(text)`, skipped when the text holds none of the words any match needs. */
export function execChecked(re: RegExp, text: string): RegExpExecArray | null {
  return mayHold(re, text) ? re.exec(text) : null;
}

/** `re.test(text)`, skipped when the text holds none of the words any match needs. */
export function testChecked(re: RegExp, text: string): boolean {
  return mayHold(re, text) && re.test(text);
}

/** Per global pattern, its twin without the flag: found once, not by building its flags afresh on every replacement. */
const twins = new WeakMap<RegExp, RegExp>();

function nonGlobalTwin(re: RegExp): RegExp {
  let twin = twins.get(re);
  if (twin === undefined) twins.set(re, (twin = withFlags(re, re.flags.replace('g', ''))));
  return twin;
}

/**
 * `text.replace(re, by)`, or the text itself, unreplaced, when it holds none of the words any match needs (most replacements
 * of most questions). A global pattern is checked as its twin without the flag: it matches somewhere exactly when the twin does.
 */
export function replaceChecked(text: string, re: RegExp, by: string | ((match: string) => string)): string {
  if (!mayHold(re.global ? nonGlobalTwin(re) : re, text)) return text;
  // Two calls, not one: TypeScript's overloads of replace take a string or a function, not their union.
  return typeof by === 'string' ? text.replace(re, by) : text.replace(re, by);
}
