// A tiny three-valued condition language over situation facts: true, false, or unknown when a fact is missing.
import { written } from '../calendar/iso-date';
import type { Condition, ConditionValue } from './guidance-schema';

export type Truth = true | false | 'unknown';

/** Facts a condition can name: situation fields (dotted for nested), `today`, and `computed.<name>` dates. */
export type FactContext = (fact: FactPath) => unknown;

/** A fact's path read once, where its condition is compiled, rather than on every evaluation. */
export interface FactPath {
  readonly path: string;
  readonly kind: 'today' | 'computed' | 'situation';
  /** The computed date's name, or the keys into the situation ("consent.parent": consent, then parent). */
  readonly keys: readonly string[];
}

const readPaths = new Map<string, FactPath>();

/** A fact path as a FactContext reads it, made once per path. */
export function factPath(path: string): FactPath {
  let found = readPaths.get(path);
  if (!found) {
    found = path === 'today'
      ? { path, kind: 'today', keys: [] }
      : path.startsWith('computed.')
        ? { path, kind: 'computed', keys: [path.slice('computed.'.length)] }
        : { path, kind: 'situation', keys: path.split('.') };
    readPaths.set(path, found);
  }
  return found;
}

export interface Evaluation {
  truth: Truth;
  /** Leaf conditions that held, described in words (for `matched`). */
  held: string[];
  /** Fact paths whose absence left the result unknown. */
  unknownFacts: string[];
  /** How narrowly the facts selected this condition: 1 per exact leaf, 1/N for "one of N"; ranks rules for the headline. */
  weight: number;
}

export const FACT_LABELS: Record<string, string> = {
  person: 'person',
  age: 'age',
  channel: 'channel',
  device: 'device',
  account: 'account',
  'consent.youngPerson': "young person's consent",
  'consent.parent': "parents' permission",
  'consent.evidenced': 'consent evidenced at the onset',
  parentsAware: 'parents or carers aware',
  lineManagerAgreed: 'line manager agreed',
  viaApp: 'app the texts go through',
  student: 'social work student',
  riskAssessed: 'risk assessment says an app is needed',
  textLanguage: "'text language'",
  otherLogin: "under another person's log-in",
  numberGiven: 'the number has been given out',
  secureEmail: 'sent by secure e-mail',
  addressInDoubt: 'the address is in doubt',
  postInsecure: 'the address has no secure facility for post',
  inquiryHold: 'records held back for the Independent Inquiry into Child Sexual Abuse',
  loginWrittenDown: 'log-in details written down with the laptop',
  phoneKeptOn: 'the work mobile kept on',
  plannedWork: 'a planned and supervised piece of work',
  tellingRisks: 'telling the family would increase the risk',
  wholeEmail: 'the whole e-mail pasted into the case notes',
  time: 'time',
  outOfHours: 'outside normal working hours',
  purpose: 'purpose',
  urgency: 'urgency',
  incident: 'incident',
  imageHandling: 'image handling',
  wording: 'wording',
  retentionRecord: 'record',
  meeting: 'meeting',
  amendment: 'amendment',
  supervision: 'supervision',
  handling: 'handling',
  entry: 'entry',
  writing: 'writing',
  recordAccess: 'access to the record',
  thirdPartyRedaction: 'third-party information in a subject access request',
  aboutGuidance: 'about the guidance itself',
  pregnancyOutcome: 'pregnancy outcome',
  'dates.event': 'event date',
  'dates.request': 'request date',
  'dates.birth': 'date of birth',
  'dates.death': 'date of death',
  'dates.adoptionOrder': 'adoption order date',
  'dates.approvalTerminated': 'date approval terminated',
  'dates.refusalOrWithdrawal': 'date of refusal or withdrawal',
  'dates.lastSummary': 'date of last case summary',
  'dates.proposed': 'proposed recording date',
  today: 'today',
  'computed.caseNoteDue': 'case note due date',
  'computed.caseNoteDueHarm': 'case note due date',
  'computed.sarDue': 'subject access due date',
  'computed.summaryDue': 'next case summary due date',
  'computed.retentionDate': 'retention date',
};

export function isKnownFactPath(path: string): boolean {
  return path in FACT_LABELS || /^computed\.[A-Za-z]+$/.test(path);
}

function label(path: string): string {
  return FACT_LABELS[path] ?? path.replace(/^computed\./, '');
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return written(String(value));
}

function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function phrase(op: string, expected: string, isDate: boolean): string {
  switch (op) {
    case 'lt':
      return isDate ? `is before ${expected}` : `is under ${expected}`;
    case 'lte':
      return isDate ? `is on or before ${expected}` : `is ${expected} or under`;
    case 'gt':
      return isDate ? `is after ${expected}` : `is over ${expected}`;
    case 'gte':
      return isDate ? `is on or after ${expected}` : `is ${expected} or over`;
    default:
      return `is ${expected}`;
  }
}

const NOTHING: readonly string[] = Object.freeze([]);
// Most leaves of most rules are false or hold without words: one shared, frozen result each instead of an object and two
// arrays per leaf per ruling (a follow-up rules a situation a dozen times). Callers only read an evaluation.
const FALSE: Evaluation = Object.freeze({ truth: false, held: NOTHING as string[], unknownFacts: NOTHING as string[], weight: 0 });
const TRUE_UNWEIGHTED: Evaluation = Object.freeze({ truth: true, held: NOTHING as string[], unknownFacts: NOTHING as string[], weight: 0 });
const TRUE_EXACT: Evaluation = Object.freeze({ truth: true, held: NOTHING as string[], unknownFacts: NOTHING as string[], weight: 1 });

/** A condition that held, without words: the shared results for the common weights, a new one for any other. */
const heldWithoutWords = (weight: number): Evaluation =>
  weight === 0 ? TRUE_UNWEIGHTED : weight === 1 ? TRUE_EXACT : { truth: true, held: NOTHING as string[], unknownFacts: NOTHING as string[], weight };

/**
 * Evaluates a condition. `words: false` leaves `held` empty, for callers that need only the truth and weight (an outcome
 * compared between answers, a condition's own check): describing every leaf that held is most of the cost.
 */
export function evaluate(condition: Condition, facts: FactContext, options: { words: boolean } = { words: true }): Evaluation {
  return compiled(condition)(facts, options.words);
}

/** A condition compiled once: the kind of each part (all, any, not, a leaf) found when compiled, not on every evaluation. */
export type CompiledCondition = (facts: FactContext, words: Words) => Evaluation;
/** Whether an evaluation describes what held (WITH_WORDS) or gives only its truth and weight (TRUTH_ONLY, far cheaper). */
export type Words = boolean;
export const WITH_WORDS: Words = true;
export const TRUTH_ONLY: Words = false;
const compiledConditions = new WeakMap<Condition, CompiledCondition>();

/** The condition compiled, for a caller that keeps it beside its rule rather than looking it up on every evaluation. */
export function compiled(condition: Condition): CompiledCondition {
  let found = compiledConditions.get(condition);
  if (!found) {
    found = compile(condition);
    compiledConditions.set(condition, found);
  }
  return found;
}

function compile(condition: Condition): CompiledCondition {
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = (isAll ? condition.all : condition.any).map(compiled);
    return (facts, words) => combined(parts, isAll, facts, words);
  }
  if ('not' in condition) {
    const inner = compiled(condition.not);
    return (facts, words) => negated(inner(facts, words));
  }
  const parts: LeafParts = {
    fact: factPath(condition.fact),
    ref: 'value' in condition && isRef(condition.value) ? factPath(condition.value.ref) : undefined,
    unknown: unknownResults(condition),
    op: condition.op,
    value: 'value' in condition ? condition.value : undefined,
    ifGiven: 'ifGiven' in condition && condition.ifGiven === true,
    quiet: 'quiet' in condition && condition.quiet === true,
  };
  return (facts, words) => leaf(condition, facts, words, parts);
}

/** What a leaf reads, and its results when a fact is not given, made when it is compiled. */
interface LeafParts {
  fact: FactPath;
  /** The fact its value names, when it compares with another fact. */
  ref: FactPath | undefined;
  unknown: UnknownResults;
  // The leaf's own fields, read once here: leaves come in several shapes, so reading them on every evaluation is megamorphic.
  op: Extract<Condition, { fact: string }>['op'];
  value: ConditionValue | undefined;
  ifGiven: boolean;
  quiet: boolean;
}

/** A leaf's results when a fact it compares is not given: the same few for every evaluation, made when it is compiled. */
interface UnknownResults {
  fact: Evaluation;
  ref: Evaluation;
  both: Evaluation;
}

function unknownResults(condition: Extract<Condition, { fact: string }>): UnknownResults {
  const unknown = (unknownFacts: string[]): Evaluation => Object.freeze({ truth: 'unknown', held: NOTHING as string[], unknownFacts: Object.freeze(unknownFacts) as string[], weight: 0 });
  const ref = 'value' in condition && isRef(condition.value) ? [condition.value.ref] : [];
  return { fact: unknown([condition.fact]), ref: unknown(ref), both: unknown([condition.fact, ...ref]) };
}

function combined(parts: readonly CompiledCondition[], isAll: boolean, facts: FactContext, words: boolean): Evaluation {
  // One pass, no array of the parts: what the true parts held and weigh, and the facts the unknown ones miss, gathered
  // as they come (only these parts carry any). A false part settles "all": the rest cannot change it (facts are pure).
  let anyTrue = false;
  let anyUnknown = false;
  let held: string[] | undefined;
  // The first unknown part's facts are shared rather than copied (evaluations are only read); a second one copies them.
  let unknownFacts: string[] | undefined;
  let ownUnknownFacts = false;
  let weight = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!(facts, words);
    if (p.truth === true) {
      anyTrue = true;
      weight += p.weight;
      for (const h of p.held) (held ??= []).push(h);
    } else if (p.truth === 'unknown') {
      anyUnknown = true;
      if (p.unknownFacts.length === 0) continue;
      if (!unknownFacts) unknownFacts = p.unknownFacts;
      else {
        if (!ownUnknownFacts) {
          unknownFacts = [...unknownFacts];
          ownUnknownFacts = true;
        }
        unknownFacts.push(...p.unknownFacts);
      }
    } else if (isAll) return FALSE;
  }
  const truth: Truth = isAll ? (anyUnknown ? 'unknown' : true) : anyTrue ? true : anyUnknown ? 'unknown' : false;
  if (truth === false) return FALSE;
  if (truth === 'unknown') return { truth, held: NOTHING as string[], unknownFacts: unknownFacts ?? (NOTHING as string[]), weight: 0 };
  return held ? { truth, held, unknownFacts: NOTHING as string[], weight } : heldWithoutWords(weight);
}

function negated(inner: Evaluation): Evaluation {
  // An unknown stays the same unknown (no words, no weight); words for a negated leaf are not worth generating, the rule's
  // `because` says why it applied.
  if (inner.truth === 'unknown') return inner;
  return inner.truth ? FALSE : TRUE_UNWEIGHTED;
}

function leaf(condition: Extract<Condition, { fact: string }>, facts: FactContext, words: boolean, { fact, ref, unknown, op, value, ifGiven, quiet }: LeafParts): Evaluation {
  const actual = facts(fact);
  if (op === 'missing') {
    const truth = actual === undefined;
    if (!truth) return FALSE;
    return !quiet && words ? { truth, held: [`${label(condition.fact)} not given`], unknownFacts: NOTHING as string[], weight: 0 } : TRUE_UNWEIGHTED;
  }
  const expected = ref ? facts(ref) : value;
  if (actual === undefined && ifGiven) return FALSE;
  if (actual === undefined || expected === undefined) {
    const refMissing = ref !== undefined && expected === undefined;
    return actual === undefined ? (refMissing ? unknown.both : unknown.fact) : unknown.ref;
  }
  const truth = test(op, actual, expected);
  if (!truth) return FALSE;
  // How much a held condition singles the situation out: "is WhatsApp" a lot, "one of 5 apps" less, "is not a phone call" hardly.
  const weight = op === 'in' && Array.isArray(expected) ? 1 / Math.max(1, expected.length) : op === 'ne' ? 0.1 : 1;
  return words ? { truth, held: [heldWords(condition as Extract<Condition, { value: ConditionValue }>, actual, expected)], unknownFacts: NOTHING as string[], weight } : heldWithoutWords(weight);
}

/** A leaf that held, in words ("channel is a messaging app", "age 15 is under 16"). */
function heldWords(condition: Extract<Condition, { value: ConditionValue }>, actual: unknown, expected: unknown): string {
  const isDate = typeof actual === 'string' && ISO.test(actual);
  const expectedText = condition.label ?? (isRef(condition.value) ? `${label(condition.value.ref)} ${show(expected)}` : show(expected));
  const subject = `${label(condition.fact)} ${show(actual)}`;
  return condition.op === 'in'
    ? `${subject} is ${condition.label ?? `one of ${show(expected)}`}`
    : condition.op === 'ne'
      ? `${subject} is not ${expectedText}`
      : condition.op === 'eq' && typeof actual !== 'boolean'
        ? `${label(condition.fact)} is ${condition.label ?? show(actual)}`
        : condition.op === 'eq'
          ? `${label(condition.fact)}: ${show(actual)}`
          : `${subject} ${phrase(condition.op, expectedText, isDate)}`;
}

function isRef(value: ConditionValue): value is { ref: string } {
  return typeof value === 'object' && !Array.isArray(value);
}

function test(op: string, actual: unknown, expected: unknown): boolean {
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  if (op === 'in') return Array.isArray(expected) && expected.includes(actual as never);
  const c = compare(actual, expected);
  if (c === undefined) return false;
  if (op === 'lt') return c < 0;
  if (op === 'lte') return c <= 0;
  if (op === 'gt') return c > 0;
  return c >= 0;
}

/** Every fact path a condition reads (for load-time checks). */
export function factPaths(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factPaths);
  if ('any' in condition) return condition.any.flatMap(factPaths);
  if ('not' in condition) return factPaths(condition.not);
  const refs = 'value' in condition && isRef(condition.value) ? [condition.value.ref] : [];
  return [condition.fact, ...refs];
}
