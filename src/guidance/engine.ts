// The ruling engine: a pure function from a situation and a profile to a cited ruling.
import { parseIsoDate, written } from '../calendar/iso-date';
import { citationFrom } from './citations';
import { computeDate, type ComputedDate } from './computed';
import { COMPUTED_PARTS, type ComputedName } from './computed-names';
import { compiled, evaluate, factPath, factPaths, TRUTH_ONLY, WITH_WORDS, type CompiledCondition, type Evaluation, type FactContext, type FactPath } from './conditions';
import type { EncodedRule } from './guidance-schema';
import { defaultGuidance } from './default-guidance';
import { InvalidSituationError } from './errors';
import type { Guidance } from './load';
import { z } from 'zod';
import { POLICY_IDS, POLICY_SOURCES, type PolicyId } from './policies';
import { NATIONS, type OrganisationProfile } from './profile';
import type { Citation, ExactWording, PendingPosition, Position, RequiredAction, Ruling, RulingCondition, Verdict } from './ruling';
import type { FactName, IsoDate, Situation } from './situation';
import { lowerFirst } from './text';
import { situationSchema } from './situation-schema';

export interface DecideOptions {
  profile: OrganisationProfile;
  today: IsoDate;
  /** Guidance to rule from; defaults to the encoded guidance shipped in src/guidance/policies. */
  guidance?: Guidance;
}

export const SHORT_NAMES: Record<PolicyId, string> = {
  'cardiff-vale': 'Cardiff and Vale',
  'pan-dorset': 'Pan Dorset',
  'waltham-forest': 'Waltham Forest',
  'brighton-hove': 'Brighton and Hove',
  nottinghamshire: 'Nottinghamshire',
};

// A duty outranks a conditional permission: where one policy says "you must" and another "you may, if", the practitioner is
// bound by the duty, and a topic that asks "what must I do?" leads with it. Anything that discourages or forbids the act itself
// outranks a duty about how to do it. Topics that ask "may I?" keep a permission's attached duties as its conditions and
// actions (allowed-if), so a duty never displaces the permission there. "Not required" (no duty to do it) is a permission.
const STRICTNESS: Record<Verdict, number> = { 'not-covered': 0, allowed: 1, 'not-required': 2, 'allowed-if': 3, required: 4, 'not-recommended': 5, 'not-allowed': 6 };

export const VERDICT_PHRASES: Record<Verdict, string> = {
  allowed: 'Allowed',
  'not-required': 'Not required',
  'allowed-if': 'Allowed if the conditions are met',
  required: 'Required',
  'not-recommended': 'Not recommended',
  'not-allowed': 'Not allowed',
  'not-covered': 'Not covered',
};

export function guidanceVersion(): string {
  return defaultGuidance().version;
}

const profileSchema = z.object({ policies: z.array(z.enum(POLICY_IDS)), nation: z.enum(NATIONS) });

/** Days already found valid: a server rules on one day at a time, thousands of times. */
const validDays = new Set<string>();
const MAX_KEPT = 64;

const POLICY_SET: ReadonlySet<unknown> = new Set(POLICY_IDS);
const NATION_SET: ReadonlySet<unknown> = new Set(NATIONS);

/** profileSchema's test as plain code (every policy and the nation one of the known ones); zod words any problem. */
const plainProfileCheck = (profile: OrganisationProfile): boolean =>
  Array.isArray(profile.policies) && profile.policies.every((p) => POLICY_SET.has(p)) && NATION_SET.has(profile.nation);

const fields = situationSchema.shape as Record<string, z.ZodType | undefined>;

/**
 * Per field of situationSchema that takes one of a fixed list of values or yes/no (most of a situation's facts), the same test
 * as a plain function, built once from the schema; every other field keeps its own schema. Independent per field, for the
 * reason given in validate().
 */
const plainFieldChecks = new Map<string, (value: unknown) => boolean>();
const requiredFields: string[] = [];
for (const [key, schema] of Object.entries(fields)) {
  const optional = schema!.def.type === 'optional';
  const inner = (optional ? (schema as z.ZodOptional).unwrap() : schema!) as z.ZodType;
  if (!optional) requiredFields.push(key);
  if (inner instanceof z.ZodEnum) {
    const values = new Set<unknown>(inner.options);
    plainFieldChecks.set(key, (value) => values.has(value) || (optional && value === undefined));
  } else if (inner instanceof z.ZodBoolean) {
    plainFieldChecks.set(key, (value) => typeof value === 'boolean' || (optional && value === undefined));
  }
}

/** True when situationSchema accepts the situation, checked field by field; false sends it to safeParse for the problems. */
function passesFieldByField(situation: Situation): boolean {
  if (situation === null || typeof situation !== 'object' || Array.isArray(situation)) return false;
  const given = situation as unknown as Record<string, unknown>;
  for (const key of requiredFields) if (given[key] === undefined) return false;
  for (const key of Object.keys(given)) {
    const plain = plainFieldChecks.get(key);
    // A key the schema does not know is stripped by safeParse, not refused.
    if (plain ? !plain(given[key]) : fields[key] !== undefined && !fields[key]!.safeParse(given[key]).success) return false;
  }
  return true;
}

function validate(situation: Situation, profile: OrganisationProfile, today: IsoDate, changed?: ReadonlySet<string>): void {
  const problems: string[] = [];
  if (changed && [...changed].every((key) => fields[key] !== undefined)) {
    // Only the facts that differ from a situation already checked: safe because situationSchema is a plain object of
    // independent optional fields (no refinement across fields; a refinement would make it lose .shape and fail to
    // compile here), so a situation passes exactly when each field passes. A key it does not know is checked whole below.
    for (const key of changed) {
      const value = (situation as unknown as Record<string, unknown>)[key];
      // A fact of a fixed list or yes/no passes its plain check (the schema's own test) without zod; zod words any problem.
      if (plainFieldChecks.get(key)?.(value)) continue;
      const result = fields[key]!.safeParse(value);
      if (!result.success) problems.push(...result.error.issues.map((i) => `${[key, ...i.path].join('.')}: ${i.message}`));
    }
  } else if (!passesFieldByField(situation)) {
    const result = situationSchema.safeParse(situation);
    if (!result.success) problems.push(...result.error.issues.map((i) => `${i.path.join('.') || 'situation'}: ${i.message}`));
  }
  // The profile and the day of a variant (`changed` given) were checked with the situation it differs from (outcomesAround).
  if (changed) {
    if (problems.length) throw new InvalidSituationError(problems);
    return;
  }
  if (!plainProfileCheck(profile)) {
    const profileResult = profileSchema.safeParse(profile);
    if (!profileResult.success) problems.push(...profileResult.error.issues.map((i) => `profile.${i.path.join('.')}: ${i.message}`));
  }
  if (!validDays.has(today)) {
    try {
      parseIsoDate(today, 'today');
      if (validDays.size >= MAX_KEPT) validDays.clear();
      validDays.add(today);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new InvalidSituationError(problems);
}

const WITHOUT_WORDS = { words: false };

function readKeys(obj: unknown, keys: readonly string[]): unknown {
  let o = obj;
  for (const key of keys) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  return o;
}

/** The facts that would decide an open rule, each once, in the order its condition names the paths it misses. */
function factsNeeded(unknownFacts: readonly string[], computed: (name: ComputedName) => ComputedDate): FactName[] {
  const needs: FactName[] = [];
  for (const path of unknownFacts) {
    if (path.startsWith('computed.')) for (const fact of computed(path.slice('computed.'.length) as ComputedName).needs) addOnce(needs, fact);
    else if (path.startsWith('consent.')) addOnce(needs, 'consent');
    else if (path !== 'today' && path !== 'person') addOnce(needs, path as FactName);
  }
  return needs;
}

function addOnce(facts: FactName[], fact: FactName): void {
  if (!facts.includes(fact)) facts.push(fact);
}

const COMPUTED_PART = new RegExp(`^computed\\.([A-Za-z]+)\\.(${COMPUTED_PARTS.join('|')})$`);

/**
 * Fills "{path}" placeholders with facts or computed dates, so statements can show the date they depend on. A " ({?path})"
 * placeholder shows the value in brackets when it is known and nothing when it is not (a date a condition names in passing).
 */
function fill(text: string, facts: FactContext, computed: (name: ComputedName) => ComputedDate): string {
  if (!text.includes('{')) return text; // most statements, conditions and actions name no fact
  const optional = text.replace(/ \(\{\?([A-Za-z.]+)\}\)/g, (_, path: string) => {
    const value = facts(factPath(path));
    return value === undefined || value === null ? '' : ` (${written(String(value))})`;
  });
  return optional.replace(/\{([A-Za-z.]+)\}/g, (_, path: string) => {
    const part = COMPUTED_PART.exec(path);
    if (part) return computed(part[1] as ComputedName).basis;
    const value = facts(factPath(path));
    return value === undefined || value === null ? '(not known)' : written(String(value));
  });
}

function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  addCitations(seen, list);
  return [...seen.values()];
}

/** Adds the citations not yet among `seen` (by id), keeping the first of each. */
function addCitations(seen: Map<string, Citation>, list: readonly Citation[]): void {
  for (const c of list) if (!seen.has(c.id)) seen.set(c.id, c);
}

/** A position's citations: those of each rule of its policy that holds (one rule showing no computed date: as prepared). */
function positionCitations(own: readonly PreparedRule[], cite: (ids: readonly string[]) => Citation[], ruleCites: (rule: PreparedRule) => readonly string[]): Citation[] {
  if (own.length === 1 && own[0]!.datesShown.length === 0) return ruleCitations(own[0]!, cite).own as Citation[];
  return uniqueCitations(cite(own.flatMap(ruleCites)));
}

/** How specifically the facts selected a policy's rule, and where the topic lists that rule (its primary source first). */
interface Lead {
  weight: number;
  order: number;
}

// More specific leads; on a tie, the rule the topic's encoding lists first (e.g. Nottinghamshire's three-monthly case summaries).
const leadsBefore = (a: Lead | undefined, b: Lead | undefined): boolean =>
  !!a && (!b || a.weight > b.weight || (a.weight === b.weight && a.order < b.order));

/** A headline led by one policy's position: "Yes, if the conditions are met (Pan Dorset): …", saying when the policies differ. */
export function positionHeadline(verdict: Verdict, lead: Pick<Position, 'policy' | 'statement'>, disagreement: boolean): string {
  const differ = disagreement ? " The selected policies differ: see each organisation's position." : '';
  return `${VERDICT_PHRASES[verdict]} (${SHORT_NAMES[lead.policy]}): ${lead.statement}${differ}`;
}

/** The one line a card leads with: the strictest, most specific position, or a plain "not covered". */
function headlineFor(
  verdict: Verdict,
  positions: Position[],
  leadWeight: ReadonlyMap<PolicyId, Lead>,
  disagreement: boolean,
  question: string | undefined,
  policies: readonly PolicyId[],
): string {
  // Among the strictest positions, lead with the one whose rule the situation's facts selected most specifically.
  const lead = positions
    .filter((p) => p.verdict === verdict)
    .reduce<Position | undefined>((best, p) => (!best || leadsBefore(leadWeight.get(p.policy), leadWeight.get(best.policy)) ? p : best), undefined);
  if (lead) return positionHeadline(verdict, lead, disagreement);
  const orgs = policies.map((p) => SHORT_NAMES[p]).join(', ');
  if (question) return `${question} None of the selected policies (${orgs}) covers this situation.`;
  return `The encoded guidance does not cover this question (policies: ${orgs}).`;
}

/**
 * Each rule's evaluation in decide()'s last ruling of a situation, with what it ruled under: outcomesAround, asked about
 * that very situation just decided, starts from them rather than evaluating every rule again (evaluated without the words
 * for what held: an outcome needs only the truth and weight).
 */
const decided = new WeakMap<Situation, { profile: OrganisationProfile; today: IsoDate; guidance: Guidance; evaluations: readonly Evaluation[] }>();

/** Rules on a situation: each selected policy's strictest matching rule is its position; the verdict is the strictest position. */
export function decide(situation: Situation, options: DecideOptions): Ruling {
  const evaluations: Evaluation[] = [];
  const ruling = ruleOn(situation, options, false, (rule, i, facts) => (evaluations[i] = rule.when(facts, TRUTH_ONLY))) as Ruling;
  decided.set(situation, { profile: options.profile, today: options.today, guidance: options.guidance ?? defaultGuidance(), evaluations });
  return ruling;
}

/** What a ruling leads with, and nothing else: as decide() gives them, for comparing what each answer to a question would change. */
export type RulingOutcome = Pick<Ruling, 'verdict' | 'headline'>;

/** The verdict and headline decide() would give, without the conditions, actions, wording and citations it also gathers. */
export function decideOutcome(situation: Situation, options: DecideOptions): RulingOutcome {
  return ruleOn(situation, options, true);
}

/** Top-level facts whose values differ between two situations (nested objects compared by their values). */
function changedFacts(base: Situation, variant: Situation): Set<string> {
  const changed = new Set<string>();
  const a = base as unknown as Record<string, unknown>;
  const b = variant as unknown as Record<string, unknown>;
  // The keys of each in turn: a key of both is looked at twice, to the same effect, rather than a union of keys made.
  for (const key of Object.keys(a)) if (differs(a[key], b[key])) changed.add(key);
  for (const key of Object.keys(b)) if (differs(a[key], b[key])) changed.add(key);
  return changed;
}

/** Two values of a fact differ: nested objects (consent, dates) compared by their values. */
function differs(x: unknown, y: unknown): boolean {
  if (x === y) return false;
  if (!x || !y || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) || Array.isArray(y)) return true;
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  return Object.keys(xo).some((k) => xo[k] !== yo[k]) || Object.keys(yo).some((k) => xo[k] !== yo[k]);
}

/**
 * The top-level facts a rule's condition reads, or undefined when it reads a computed date or a fact path not held in the
 * situation (a computed date reads facts the condition does not name).
 */
const ruleReads = new WeakMap<EncodedRule, ReadonlySet<string> | undefined>();
function readsOf(rule: EncodedRule): ReadonlySet<string> | undefined {
  if (ruleReads.has(rule)) return ruleReads.get(rule);
  const paths = factPaths(rule.when);
  const reads = paths.some((p) => p.startsWith('computed.')) ? undefined : new Set(paths.map((p) => p.split('.')[0]!));
  ruleReads.set(rule, reads);
  return reads;
}

/** A rule that reads a fact the situation gives besides the channel and the question about the guidance. */
function selectedBeyondChannel(reads: ReadonlySet<string> | undefined, situation: Situation): boolean {
  if (!reads) return true;
  return [...reads].some((f) => f !== 'channel' && f !== 'aboutGuidance' && (situation as unknown as Record<string, unknown>)[f] !== undefined);
}

/**
 * The outcome of each of several variants of one situation, each differing from it in a fact or two (a follow-up's choices):
 * a rule whose condition reads none of the facts a variant changes keeps the evaluation it had for the situation (a
 * condition reads the situation only through the facts it names, so its result cannot differ), and only the changed facts
 * are validated again. The same verdict and headline decideOutcome() gives each variant. `checked`: the caller has just
 * ruled on this very object with these options (decide() validated them) and not changed it since, so it is not validated a
 * second time; each variant is ruled with the same options, so only the facts it changes are validated.
 */
export function outcomesAround(situation: Situation, options: DecideOptions, checked = false): (variant: Situation) => RulingOutcome {
  let before: readonly Evaluation[] | undefined;
  return (variant) => {
    if (variant.topic !== situation.topic) return decideOutcome(variant, options);
    if (!before) {
      const last = checked ? decided.get(situation) : undefined;
      if (last && last.profile === options.profile && last.today === options.today && last.guidance === (options.guidance ?? defaultGuidance())) before = last.evaluations;
      else {
        const held: Evaluation[] = [];
        ruleOn(situation, options, true, (rule, i, facts) => (held[i] = rule.when(facts, TRUTH_ONLY)), checked ? NOTHING_CHANGED : undefined);
        before = held;
      }
    }
    const evaluated = before;
    const changed = changedFacts(situation, variant);
    const changedList = [...changed];
    return ruleOn(variant, options, true, (rule, i, facts) => (readsNoneOf(rule.reads, changedList) ? evaluated[i]! : rule.when(facts, TRUTH_ONLY)), changed);
  };
}

/** A rule whose condition reads none of these facts: its evaluation for the situation before they changed holds. */
function readsNoneOf(reads: ReadonlySet<string> | undefined, changed: readonly string[]): boolean {
  if (!reads) return false;
  for (let i = 0; i < changed.length; i++) if (reads.has(changed[i]!)) return false;
  return true;
}

const NOTHING_CHANGED: ReadonlySet<string> = new Set();

type TopicEncoding = NonNullable<ReturnType<Guidance['topics']['get']>>;

/** A rule as a ruling reads it, prepared once per guidance: its condition compiled, the facts it reads, its place in the topic. */
interface PreparedRule {
  rule: EncodedRule;
  when: CompiledCondition;
  reads: ReadonlySet<string> | undefined;
  /** Where the topic lists it among the selected policies' rules (a tie in the headline goes to the first). */
  order: number;
  /** The computed dates it shows: its own, then its actions' due dates. */
  datesShown: readonly ComputedName[];
  /** Why it applied, as a ruling's `matched` says it: "Pan Dorset: …". */
  why: string;
  /** Its citations under this selection of policies, made on its first full ruling (ruleCitations). */
  cited?: RuleCitations;
}

/** What a rule cites, as a full ruling shows it: the same for every ruling under one selection of policies. */
interface RuleCitations {
  /** Its own provisions, as its position cites them when it alone speaks for its policy and shows no computed date. */
  own: readonly Citation[];
  /** Each condition's and each action's, in the rule's order. */
  conditions: readonly (readonly Citation[])[];
  actions: readonly (readonly Citation[])[];
}

/** A rule's citations, made once per selection of policies rather than on every ruling that matches it. */
function ruleCitations(prepared: PreparedRule, cite: (ids: readonly string[]) => Citation[]): RuleCitations {
  // Frozen: every ruling that matches the rule shares these lists.
  prepared.cited ??= {
    own: Object.freeze(uniqueCitations(cite(prepared.rule.cite))),
    conditions: prepared.rule.conditions.map((c) => Object.freeze(cite(c.cite))),
    actions: prepared.rule.actions.map((a) => Object.freeze(cite(a.cite))),
  };
  return prepared.cited;
}

const NO_RULES: readonly PreparedRule[] = [];
/** Per topic of a guidance, per selection of policies, the rules of those policies: the same few for every ruling of a day. */
const rulesByTopic = new WeakMap<TopicEncoding, Map<string, { selected: ReadonlySet<PolicyId>; rules: readonly PreparedRule[] }>>();

function topicRules(topic: TopicEncoding | undefined, policies: readonly PolicyId[]): { selected: ReadonlySet<PolicyId>; rules: readonly PreparedRule[] } {
  if (!topic) return { selected: new Set(policies), rules: NO_RULES };
  let bySelection = rulesByTopic.get(topic);
  if (!bySelection) rulesByTopic.set(topic, (bySelection = new Map()));
  const key = policies.join(',');
  let found = bySelection.get(key);
  if (!found) {
    const selected = new Set(policies);
    const rules = topic.rules.filter((r) => selected.has(r.policy)).map((rule, order) => ({ rule, when: compiled(rule.when), reads: readsOf(rule), order, datesShown: datesShownBy(rule), why: `${SHORT_NAMES[rule.policy]}: ${rule.because}` }));
    found = { selected, rules };
    bySelection.set(key, found);
  }
  return found;
}

function datesShownBy(rule: EncodedRule): ComputedName[] {
  return [...rule.dates, ...rule.actions.flatMap((a) => (a.due ? [a.due] : []))] as ComputedName[];
}

type RuleEvaluation = (rule: PreparedRule, index: number, facts: FactContext) => Evaluation;

// What one ruling reads and cites through, made by these functions rather than as named closures inside ruleOn: the build
// (esbuild, keepNames) names each named closure as it is made, a cost paid for every ruling and every follow-up choice tried.

/** A situation's computed dates, each worked out once per ruling. */
function computedDates(situation: Situation, nation: OrganisationProfile['nation'], today: IsoDate, guidance: Guidance): (name: ComputedName) => ComputedDate {
  const computedCache = new Map<ComputedName, ComputedDate>();
  return (name) => {
    let hit = computedCache.get(name);
    if (!hit) {
      hit = computeDate(name, situation, nation, today, guidance);
      computedCache.set(name, hit);
    }
    return hit;
  };
}

/**
 * A condition of a permission that the facts given break ("only in working hours" of a message at 8pm, "parents have given
 * permission" where they have not): the permission does not hold, so the policy's answer is no.
 */
function brokenCondition(rule: EncodedRule, facts: FactContext): EncodedRule['conditions'][number] | undefined {
  if (rule.verdict !== 'allowed-if') return undefined;
  return rule.conditions.find((c) => c.check && c.breaks !== false && evaluate(c.check, facts, WITHOUT_WORDS).truth === false);
}

/** How a position names the condition the facts break. */
const BROKEN_WORDS = 'This condition is not met: ';

/** The facts a rule's condition reads: the situation's, today, and the computed dates. */
function factsOf(situation: Situation, today: IsoDate, computed: (name: ComputedName) => ComputedDate): FactContext {
  return (fact: FactPath) => {
    if (fact.kind === 'situation') return readKeys(situation, fact.keys);
    return fact.kind === 'today' ? today : (computed(fact.keys[0] as ComputedName).date ?? undefined);
  };
}

/** A rule may cite a like-worded paragraph of another policy; only policies the profile selects are cited. */
function citing(guidance: Guidance, selected: ReadonlySet<PolicyId>): (ids: readonly string[]) => Citation[] {
  return (ids) => {
    const all = ids.map((id) => citationFrom(guidance, id));
    const own = all.filter((c) => selected.has(c.policy));
    return own.length ? own : all;
  };
}

/** A rule cites its own provisions and those the dates it shows are computed from (the retention table's row). */
function citesOf(computed: (name: ComputedName) => ComputedDate): (rule: PreparedRule) => readonly string[] {
  return (rule) => (rule.datesShown.length === 0 ? rule.rule.cite : [...rule.rule.cite, ...rule.datesShown.flatMap((name) => computed(name).cite)]);
}

/** A computed date the ruling shows (once per label), its missing facts counted among the ruling's. */
function dateShown(d: ComputedDate, dates: Ruling['dates'], missing: Set<FactName>): ComputedDate {
  if (d.date && !dates.some((x) => x.label === d.label)) dates.push({ label: d.label, date: d.date, basis: d.basis });
  for (const f of d.needs) missing.add(f);
  return d;
}

/**
 * Rules on a situation. `evaluated`, when given, evaluates each rule's condition in its place (outcomesAround reuses
 * earlier results); `changed`, the facts that differ from a situation already validated, which alone are checked again.
 */
function ruleOn(situation: Situation, options: DecideOptions, outcomeOnly: boolean, evaluated?: RuleEvaluation, changed?: ReadonlySet<string>): Ruling | RulingOutcome {
  validate(situation, options.profile, options.today, changed);
  const guidance = options.guidance ?? defaultGuidance();
  const computed = computedDates(situation, options.profile.nation, options.today, guidance);
  const facts = factsOf(situation, options.today, computed);

  const topic = guidance.topics.get(situation.topic);
  const { selected, rules } = topicRules(topic, options.profile.policies);
  const cite = citing(guidance, selected);
  const ruleCites = citesOf(computed);

  const matchedRules: EncodedRule[] = [];
  const matchedPrepared: PreparedRule[] = [];
  // How many facts of the situation selected each matched rule (by its place in the topic): the more, the more it speaks to this question.
  const specificity: number[] = [];
  const matched: string[] = [];
  const missing = new Set<FactName>();
  // Rules a missing fact left open, with the facts that would decide them.
  const open: { rule: EncodedRule; prepared: PreparedRule; needs: FactName[] }[] = [];
  for (let i = 0; i < rules.length; i++) {
    const prepared = rules[i]!;
    const rule = prepared.rule;
    const result = evaluated ? evaluated(prepared, i, facts) : prepared.when(facts, TRUTH_ONLY);
    if (result.truth === true) {
      matchedRules.push(rule);
      matchedPrepared.push(prepared);
      specificity[i] = result.weight;
      // Why each rule applied is said only by the full ruling, and put in words only for the few rules that hold.
      if (!outcomeOnly) {
        const held = prepared.when(facts, WITH_WORDS).held;
        matched.push(held.length ? `${held.join(', ')} (${prepared.why})` : prepared.why);
      }
    } else if (result.truth === 'unknown' && !outcomeOnly) {
      // Which facts would decide an open rule matters only to the full ruling (its missing facts and pending positions).
      const needs = factsNeeded(result.unknownFacts, computed);
      for (const f of needs) missing.add(f);
      if (needs.length > 0) open.push({ rule, prepared, needs });
    }
  }

  const positions: Position[] = [];
  const leadWeight = new Map<PolicyId, Lead>();
  // Rules a policy's words about its own status displaced: their wording (what to say in a message) answers another question.
  const displaced = new Set<EncodedRule>();
  for (const policy of options.profile.policies) {
    const preparedOwn = matchedPrepared.filter((r) => r.rule.policy === policy);
    if (!preparedOwn.length) continue;
    // Whether the guidance binds is answered by what the policy says of its own status, where it says something: "can we
    // discipline under the WhatsApp guidance?" is not the WhatsApp consent rule's question, a channel named only as the
    // guidance's name. A rule another fact given selects (a student, a personal account) still speaks; so do scope and
    // purpose, asked beside other asks ("does it apply to students, and do I save the chats?").
    const ownWords = situation.aboutGuidance === 'status' ? preparedOwn.filter((r) => r.reads?.has('aboutGuidance')) : [];
    const own = ownWords.length > 0 ? preparedOwn.filter((r) => ownWords.includes(r) || selectedBeyondChannel(r.reads, situation)) : preparedOwn;
    for (const r of preparedOwn) if (!own.includes(r)) displaced.add(r.rule);
    // The same within a policy: a rule the facts selected speaks for it before one that holds only on a fact not given.
    const selectedByFacts = own.filter((r) => specificity[r.order]! > 0);
    const strictestPrepared = (selectedByFacts.length > 0 ? selectedByFacts : own).reduce((a, b) => {
      const byVerdict = STRICTNESS[b.rule.verdict] - STRICTNESS[a.rule.verdict];
      return byVerdict > 0 || (byVerdict === 0 && specificity[b.order]! > specificity[a.order]!) ? b : a;
    });
    const strictest = strictestPrepared.rule;
    leadWeight.set(policy, { weight: specificity[strictestPrepared.order]!, order: strictestPrepared.order });
    // The strictest is chosen by the rules' own verdicts, so a rule that speaks to the fact itself (a personal phone: "not
    // recommended") keeps its verdict; a permission chosen whose condition the facts break is then a no.
    const brokenCheck = brokenCondition(strictest, facts);
    const broken = brokenCheck && lowerFirst(fill(brokenCheck.text, facts, computed));
    // Field by field rather than with spreads, which give each position a hidden class of its own; absent keys stay absent.
    const position: Partial<Position> = {
      policy,
      organisation: POLICY_SOURCES[policy].organisation,
      verdict: broken ? 'not-allowed' : strictest.verdict,
      statement: fill(strictest.statement, facts, computed) + (broken ? ` ${BROKEN_WORDS}${broken}` : ''),
    };
    if (broken) position.broken = broken;
    position.citations = outcomeOnly ? [] : positionCitations(preparedOwn, cite, ruleCites);
    if (strictest.asked) position.asked = strictest.asked;
    positions.push(position as Position);
  }
  // A position the question's own facts selected outranks one that holds only because a fact was not given (Cardiff and
  // Vale's "every electronic contact is recorded" when no channel is named): the strictest of those the facts chose leads.
  const chosen = positions.filter((p) => (leadWeight.get(p.policy)?.weight ?? 0) > 0);
  const counted = chosen.length > 0 ? chosen : positions;
  const verdict: Verdict = counted.length
    ? counted.reduce((a, b) => (STRICTNESS[b.verdict] > STRICTNESS[a.verdict] ? b : a)).verdict
    : 'not-covered';
  const disagreement = new Set(positions.map((p) => p.verdict)).size > 1;
  const headline = headlineFor(verdict, positions, leadWeight, disagreement, topic?.question, options.profile.policies);
  if (outcomeOnly) return { verdict, headline };

  // A selected policy with no position on the facts given, but a rule a missing fact leaves open, is shown with that rule:
  // the one needing the fewest facts, then the strictest, then the topic's order.
  const pending: PendingPosition[] = [];
  for (const policy of options.profile.policies) {
    if (positions.some((p) => p.policy === policy)) continue;
    const candidates = open.filter((o) => o.rule.policy === policy);
    if (candidates.length === 0) continue;
    const pick = candidates.reduce((a, b) =>
      b.needs.length < a.needs.length || (b.needs.length === a.needs.length && STRICTNESS[b.rule.verdict] > STRICTNESS[a.rule.verdict]) ? b : a);
    pending.push({
      policy,
      organisation: POLICY_SOURCES[policy].organisation,
      verdict: pick.rule.verdict,
      statement: fill(pick.rule.statement, facts, computed),
      citations: positionCitations([pick.prepared], cite, ruleCites),
      dependsOn: pick.needs,
    });
  }

  const conditions: RulingCondition[] = [];
  const actions: RequiredAction[] = [];
  const dates: Ruling['dates'] = [];
  for (const prepared of matchedPrepared) {
    const rule = prepared.rule;
    const cited = ruleCitations(prepared, cite);
    for (let j = 0; j < rule.conditions.length; j++) {
      const c = rule.conditions[j]!;
      const text = fill(c.text, facts, computed);
      const truth = c.check ? evaluate(c.check, facts, WITHOUT_WORDS).truth : 'unknown';
      const existing = conditions.find((x) => x.text === text);
      if (existing) {
        existing.citations = uniqueCitations([...existing.citations, ...cited.conditions[j]!]);
        continue;
      }
      const citations = cited.conditions[j] as Citation[];
      conditions.push(truth === 'unknown' ? { text, citations } : { text, met: truth, citations });
    }
    for (let j = 0; j < rule.actions.length; j++) {
      const a = rule.actions[j]!;
      const text = fill(a.text, facts, computed);
      const existing = actions.find((x) => x.text === text);
      if (existing) {
        existing.citations = uniqueCitations([...existing.citations, ...cited.actions[j]!]);
        continue;
      }
      const action: RequiredAction = { text, citations: cited.actions[j] as Citation[] };
      if (a.where) action.where = a.where;
      if (a.tell) action.tell = a.tell;
      if (a.due) {
        const d = dateShown(computed(a.due as ComputedName), dates, missing);
        if (d.date) {
          action.due = d.date;
          action.dueBasis = d.basis;
        }
      }
      actions.push(action);
    }
    for (const name of rule.dates) dateShown(computed(name as ComputedName), dates, missing);
  }

  const wording: ExactWording[] = [];
  for (const rule of matchedRules) {
    if (displaced.has(rule)) continue;
    for (const w of rule.wording) {
      if (!wording.some((x) => x.label === w.label && x.text === w.text)) wording.push({ label: w.label, text: w.text, citation: citationFrom(guidance, w.cite) });
    }
  }

  // Each citation once, in the order the card lists them: positions', pending positions', conditions', actions', wordings'.
  const byId = new Map<string, Citation>();
  for (const list of [positions, pending, conditions, actions]) for (const item of list) addCitations(byId, item.citations);
  for (const w of wording) if (!byId.has(w.citation.id)) byId.set(w.citation.id, w.citation);
  const citations = [...byId.values()];

  return {
    topic: situation.topic,
    verdict,
    headline,
    positions,
    pending,
    disagreement,
    conditions,
    actions,
    wording,
    dates,
    matched,
    missingFacts: [...missing],
    citations,
    ruleIds: matchedRules.map((r) => r.id),
    guidanceVersion: guidance.version,
  };
}
