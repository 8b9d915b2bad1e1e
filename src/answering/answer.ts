import * as crypto from 'node:crypto';
import { answerCard, notCoveredCard, welcomeCard, whichCard } from '../cards/render';
import type { AdaptiveCardJson } from '../cards/view-models';
import { InvalidSituationError } from '../guidance/errors';
import { POLICY_SOURCES, type PolicyId } from '../guidance/policies';
import { namedPlaces, namedPolicies, placeAsked, silentLine, unruledLine } from './places';
import type { Provision } from '../guidance/load';
import type { Nation, OrganisationProfile } from '../guidance/profile';
import type { Position, Ruling } from '../guidance/ruling';
import { positionHeadline } from '../guidance/engine';
import { written } from '../calendar/iso-date';
import { TOPICS, type FactName, type IsoDate, type Situation, type Topic } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { asksAQuestion, splitAsks } from '../understanding/asks';
import { normalise } from '../understanding/normalise';
import { withinOneAnswer } from '../understanding/one-answer';
import { closestOfPolicy, closestProvisions, closestToTerseAsk } from '../understanding/provision-search';
import { understand, type Understanding } from '../understanding/understand';
import { EXAMPLE_QUESTIONS } from './examples';
import { applySubmission, decisiveQuestion, MAX_CARRIED_QUESTION, RefineSubmissionSchema, WordingReferenceSchema, type Carried, type RefineSubmission } from './follow-up';
import { engineGuidance, type GuidancePort } from './guidance';
import { FACT_INPUTS, inputId } from './fact-inputs';
import { FACT_LABELS, TOPIC_LABELS } from './labels';
import { leadFor } from './lead';
import { termAsked } from './term-ask';
import { answeredAs } from './question-form';
import { alsoBesideRuling, alsoInGuidance, nearestPassage, passagesText, searchText, type AskedProvision } from './passages';
import type { Stage, StageClock } from './stage-clock';
import { answerView, DEFINITION, GUIDANCE_TERM_TOPIC, GUIDANCE_TEXT_TOPIC, NOT_COVERED_SENTENCE, termAnswerView, notCoveredView, ordinal, passageAnswerView, partDescription, recordDescription, recordScope, understoodRows, whichView } from './views';

// Questions and card actions in, cards out: understanding picks the situation, the engine rules, the cards show it.

export type { AdaptiveCardJson };

export interface AnswerContext {
  profile: OrganisationProfile;
  today: IsoDate;
  /** Guidance to rule from; the encoded guidance when omitted. */
  guidance?: GuidancePort;
  /** Times each stage of answering when given (`npm run bench`); answers are the same with or without it. */
  clock?: StageClock;
}

export interface Reply {
  kind: 'card';
  card: AdaptiveCardJson;
  rulings: { topic: string; ruleIds: string[]; guidanceVersion: string; verdict: Ruling['verdict'] | typeof DEFINITION }[];
  /** Sent as a plain message instead of the card, when set (e.g. just the wording, to copy on a phone). */
  text?: string;
}

/** A one-line card: what went wrong with a button, or the wording as a card where plain text cannot go. */
const notice = (text: string): AdaptiveCardJson => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] });
const cardReply = (card: AdaptiveCardJson): Reply => ({ kind: 'card', card, rulings: [] });

/** The id of the answer card's feedback row (cards/answer.json). */
const FEEDBACK_ROW = 'feedback';

const port = (ctx: AnswerContext): GuidancePort => ctx.guidance ?? engineGuidance;

/** Runs one stage of answering, timed when the context carries a clock. */
const timed = <T>(ctx: AnswerContext, stage: Stage, work: () => T): T => (ctx.clock ? ctx.clock.time(stage, work) : work());

const MAX_EXAMPLES = 6;

function coveredLabels(ctx: AnswerContext): string[] {
  return port(ctx).coveredTopics().map((t) => t.label || TOPIC_LABELS[t.topic]);
}

/** One example per covered topic (the guidance's own phrasing), capped so the welcome card stays short. */
function exampleQuestions(ctx: AnswerContext): string[] {
  const fromGuidance = port(ctx).coveredTopics().flatMap((t) => t.examples.slice(0, 1));
  return (fromGuidance.length > 0 ? fromGuidance : [...EXAMPLE_QUESTIONS]).slice(0, MAX_EXAMPLES);
}

function topicLabel(ctx: AnswerContext, topic: Topic): string {
  return port(ctx).coveredTopics().find((t) => t.topic === topic)?.label || TOPIC_LABELS[topic];
}

/** Of these topics, those the organisation's guidance covers. */
function covered(ctx: AnswerContext, topics: readonly Topic[]): Topic[] {
  const held = new Set(port(ctx).coveredTopics().map((t) => t.topic));
  return topics.filter((t) => held.has(t));
}

/**
 * When no rule answers a question that is not a known near miss (leave, pay, DoLS …), the passage of the selected policies
 * nearest it, when one is close enough: "What the guidance says", with the verdict its own wording gives. Undefined otherwise.
 */
function fromGuidanceText(ctx: AnswerContext, understood: { title: string; value: string }[], question: string): Reply | undefined {
  const index = port(ctx).passages?.();
  if (!index) return undefined;
  // A policy the question names is the one searched, as it is the one ruled from.
  const profile = namedPlaces(ctx.profile, question);
  const nearest = timed(ctx, 'passages', () => nearestPassage(index, searchText(question), profile.policies, askedProvisions(ctx, question, 'all')));
  if (!nearest) return undefined;
  const version = port(ctx).guidanceVersion();
  const card = timed(ctx, 'card', () => answerCard(passageAnswerView(nearest, question.slice(0, MAX_CARRIED_QUESTION), understood, version)));
  return { kind: 'card', card, rulings: [{ topic: GUIDANCE_TEXT_TOPIC, ruleIds: [nearest.quote.id], guidanceVersion: version, verdict: nearest.verdict }] };
}

function notCovered(ctx: AnswerContext, understood: { title: string; value: string }[], question: string, nearest: readonly Topic[] = []): Reply {
  return {
    kind: 'card',
    card: timed(ctx, 'card', () => notCoveredCard(notCoveredView(coveredLabels(ctx), understood, question.slice(0, MAX_CARRIED_QUESTION), covered(ctx, nearest).map((t) => topicLabel(ctx, t))))),
    rulings: [{ topic: 'not-covered', ruleIds: [], guidanceVersion: port(ctx).guidanceVersion(), verdict: 'not-covered' }],
  };
}

/** Which record a card answers, when one question asked about several. */
interface Scope {
  line: string;
  about: string;
  /** Which of the question's cards this is, so a feedback click can rebuild it. */
  part: number;
  /** The whole message, when this card answers one of its asks: the card is rebuilt from the message, not the ask alone. */
  whole?: string;
}

/** The small line above the answer: which part of the question it answers, and whose guidance when not the council named. */
const scopeLine = (scope: Scope | undefined, unruled: string | undefined): { scope?: string } => {
  const line = [scope?.line, unruled].filter(Boolean).join(' ');
  return line ? { scope: line } : {};
};

/** What a follow-up choice changed, for the line the new answer starts with, and the choice itself to rebuild the card. */
interface Change {
  line: string;
  refine: Record<string, unknown>;
}

function decideOrUndefined(situation: Situation, ctx: AnswerContext): Ruling | undefined {
  try {
    return timed(ctx, 'ruling', () => port(ctx).decide(situation, { profile: ctx.profile, today: ctx.today }));
  } catch (error) {
    // A situation the engine refuses is one we cannot rule on; say so rather than guess.
    if (error instanceof InvalidSituationError) return undefined;
    throw error;
  }
}

/** What a situation's ruling would lead with (verdict and headline), or undefined where decideOrUndefined gives none. */
function outcomeOrUndefined(situation: Situation, ctx: AnswerContext): Pick<Ruling, 'verdict' | 'headline'> | undefined {
  const guidance = port(ctx);
  if (!guidance.outcome) return decideOrUndefined(situation, ctx);
  try {
    return guidance.outcome(situation, { profile: ctx.profile, today: ctx.today });
  } catch (error) {
    if (error instanceof InvalidSituationError) return undefined;
    throw error;
  }
}

/**
 * What each variant of a situation (a follow-up's choice applied) would lead with, or undefined where it gets no ruling.
 * The situation is one the port has just decided, unchanged since (rule() only copies it).
 */
function outcomesOrUndefined(situation: Situation, ctx: AnswerContext): (variant: Situation) => Pick<Ruling, 'verdict' | 'headline'> | undefined {
  const guidance = port(ctx);
  if (!guidance.outcomesAround) return (variant) => outcomeOrUndefined(variant, ctx);
  const outcomeOf = guidance.outcomesAround(situation, { profile: ctx.profile, today: ctx.today }, true);
  return (variant) => {
    try {
      return outcomeOf(variant);
    } catch (error) {
      if (error instanceof InvalidSituationError) return undefined;
      throw error;
    }
  };
}

/**
 * How the situation a card ruled on is found again from its question (answering is deterministic): understood as on the
 * day it was asked, about the topic chosen or forced, the record it answered when the question named several, and the
 * follow-up choices made since, in order.
 */
interface Origin {
  on: IsoDate;
  topic?: Topic;
  part?: number;
  chosen?: [FactName, string][];
}

/**
 * Plain data as JSON with every object's keys in order: what JSON.stringify writes of a copy with its keys sorted, written
 * directly (no copy made). Undefined where JSON.stringify leaves the value out (undefined, a function).
 */
function canonicalJson(v: unknown): string | undefined {
  if (Array.isArray(v)) return `[${v.map((x) => canonicalJson(x) ?? 'null').join(',')}]`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) as string | undefined;
  const members: string[] = [];
  for (const k of Object.keys(v).sort()) {
    const value = canonicalJson((v as Record<string, unknown>)[k]);
    if (value !== undefined) members.push(`${JSON.stringify(k)}:${value}`);
  }
  return `{${members.join(',')}}`;
}

/** SHA-256 in base64url: the one-shot crypto.hash (Node 20.12+) costs half what createHash does; Node 20.11 has only createHash. */
const sha256 = typeof crypto.hash === 'function'
  ? (text: string): string => crypto.hash('sha256', text, 'base64url')
  : (text: string): string => crypto.createHash('sha256').update(text).digest('base64url');

/** A short fingerprint of a situation (its keys in order): a button's rebuilt situation must match the card's. */
function fingerprint(situation: Situation): string {
  return fingerprintOf(canonicalJson(situation)!);
}

/** The fingerprint of a situation's canonical JSON. */
const fingerprintOf = (json: string): string => sha256(json).slice(0, 10);

/** The situation an origin leads to, or undefined when the question no longer reads as one or a choice no longer applies. */
function situationOf(question: string, origin: Origin, nation: Nation): Situation | undefined {
  const u = understand(question, { today: origin.on, nation, ...(origin.topic ? { topic: origin.topic } : {}) });
  const records = u.records ?? [];
  const found = records.length > 1 ? records[origin.part ?? 0]?.situation : u.situation;
  if (!found) return undefined;
  const situation = structuredClone(found);
  for (const [fact, value] of origin.chosen ?? []) if (FACT_INPUTS[fact]?.apply(situation, value) !== undefined) return undefined;
  return situation;
}

/** What `{ situation }` adds to the situation's JSON: `{"situation":` and `}`. */
const WRAPPED_SITUATION = JSON.stringify({ situation: null }).length - 'null'.length;

/**
 * What the card's buttons carry to find its situation (`reference`): a reference when the question is carried whole, else the
 * situation; and what "Send me just the wording" carries (`smaller`): whichever of the reference and the situation is smaller.
 */
function carriedFor(situation: Situation, question: string, origin: Origin | undefined): { reference: Carried; smaller: Carried } {
  if (!origin || question.length > MAX_CARRIED_QUESTION) {
    const carried = { situation };
    return { reference: carried, smaller: carried };
  }
  // The fingerprint's JSON is the situation's with its keys in order: as long as JSON.stringify makes it.
  const json = canonicalJson(situation)!;
  const reference = { question, on: origin.on, ...(origin.topic ? { topic: origin.topic } : {}), ...(origin.part ? { part: origin.part } : {}), ...(origin.chosen?.length ? { chosen: origin.chosen } : {}), sit: fingerprintOf(json) };
  return { reference, smaller: JSON.stringify(reference).length <= json.length + WRAPPED_SITUATION ? reference : { situation } };
}

/** A comparison asked of one place ("is it the same in Brighton?"): that place's position leads, the others beside it. */
function comparedPlaceLeads(ruling: Ruling, policy: PolicyId | undefined): Ruling {
  const position = ruling.positions.find((p) => p.policy === policy);
  if (!position || position.verdict === ruling.verdict) return ruling;
  return { ...ruling, verdict: position.verdict, headline: positionHeadline(position.verdict, position, true) };
}

/** What each variant leads with as one string, so follow-up choices that lead alike are told apart from those that do not. */
const outcomeKeys = (outcomeOf: (variant: Situation) => Pick<Ruling, 'verdict' | 'headline'> | undefined) => (variant: Situation): string | undefined => {
  const r = outcomeOf(variant);
  return r ? `${r.verdict}\u0000${r.headline}` : undefined;
};

/**
 * The context answering from another profile (the policies a question names), its fields named: in Node 20,
 * `{ ...ctx, profile }` makes a hidden class of its own on every call.
 */
function withProfile(ctx: AnswerContext, profile: OrganisationProfile): AnswerContext {
  return { profile, today: ctx.today, guidance: ctx.guidance, clock: ctx.clock };
}

/** The ruling for a situation on one card, asking the one missing fact that would change it most. */
function rule(situation: Situation, question: string, understood: { title: string; value: string }[], all: AnswerContext, scope?: Scope, change?: Change, chosen?: Topic, origin?: Origin): Reply[] {
  // The place the question names answers, unless its guidance is silent on the situation.
  const placed = namedPlaces(all.profile, question);
  const local = placed === all.profile ? undefined : decideOrUndefined(situation, withProfile(all, placed));
  const ctx = local && local.verdict !== 'not-covered' ? withProfile(all, placed) : all;
  const found = local && ctx !== all ? local : decideOrUndefined(situation, ctx);
  if (!found) return [fromGuidanceText(ctx, understood, question) ?? notCovered(ctx, understood, question)];
  // Answered from other policies than the one named: said above the answer, so no one takes another council's rule for theirs.
  const unruled = ctx === all && placed !== all.profile ? placed.policies.filter((p) => !found.positions.some((x) => x.policy === p)) : [];
  const decided = comparedPlaceLeads(found, placeAsked(ctx.profile, question));
  // The verdict the card leads with answers the question as asked ("can I …?" of a duty is a yes with conditions).
  const ruling = timed(ctx, 'ruling', () => answeredAs(decided, question, ctx.profile.nation, situation));
  const carried = question.slice(0, MAX_CARRIED_QUESTION);
  const { reference, smaller } = carriedFor(situation, question, origin);
  const outcomeOf = outcomesOrUndefined(situation, ctx);
  const followUp = timed(ctx, 'follow-up', () => decisiveQuestion({
    question: carried,
    situation,
    carried: reference,
    missing: ruling.missingFacts,
    outcome: outcomeKeys(outcomeOf),
    ...(scope ? { about: scope.about } : {}),
  }));
  if (ruling.verdict === 'not-covered' && !followUp) return [fromGuidanceText(ctx, understood, question) ?? notCovered(ctx, understood, question)];
  const label = port(ctx).coveredTopics().find((t) => t.topic === ruling.topic)?.label;
  const index = port(ctx).passages?.();
  // A policy the question names but the answer does not cite gets its nearest passage ("a policy missing" otherwise).
  const named = namedPolicies(all.profile, question).filter((p) => ctx.profile.policies.includes(p) && !ruling.citations.some((c) => c.policy === p));
  const alsoQuotes = index ? timed(ctx, 'passages', () => alsoBesideRuling(index, searchText(question), ctx.profile.policies, ruling, named, [...askedProvisions(ctx, question), ...namedProvisions(ctx, question, named)])) : [];
  // A named policy with no position, no rule left open and no passage near the question is said to be silent, not left out.
  const silent = named.filter((p) => !ruling.positions.some((x) => x.policy === p) && !ruling.pending.some((x) => x.policy === p) && !alsoQuotes.some((q) => q.policy === p));
  const also = [passagesText(alsoQuotes), ...silent.map((p) => silentLine(p, label))].filter(Boolean).join('\n\n');
  const card = timed(ctx, 'card', () => answerCard(answerView(ruling, carried, understood, {
    today: ctx.today,
    ...(also ? { also } : {}),
    ...(label ? { topicLabel: label } : {}),
    ...scopeLine(scope, unruled.length > 0 ? unruledLine(unruled, ruling) : undefined),
    ...(change ? { changed: change.line } : {}),
    // What a feedback click needs to rebuild this very card: the question (always carried), its part, or the choice made.
    ...(scope?.whole !== undefined ? { again: { question: scope.whole, part: scope.part } } : scope && scope.part > 0 ? { again: { part: scope.part } } : change ? { again: { refine: change.refine } } : chosen ? { again: { chosenTopic: chosen } } : {}),
    ...(followUp ? { followUp } : {}),
    // "Send me just the wording" needs nothing else: it carries whichever of the reference and the situation is smaller.
    carried: smaller,
  })));
  return [{ kind: 'card', card, rulings: [{ topic: ruling.topic, ruleIds: ruling.ruleIds, guidanceVersion: ruling.guidanceVersion, verdict: ruling.verdict }] }];
}

/** The share of a question read alone (without the story around it) its closest provision's phrasings must match, and how
 * many of its words: three words of a short question match an unrelated provision too often ("when do the minutes have to
 * be sent by?": the purpose of a report). */
const ALONE_COVERAGE = 0.44;
const ALONE_MATCHED = 4;

/**
 * The provisions closest to what the question asks, best first, by practitioners' phrasings of each. A message of several
 * asks answered on one card ("is that ok under Pan Dorset, and would it be ok to record like that in Notts notes?") brings
 * each ask's closest provision (read with the context around it), numbered by ask, besides the message's own.
 */
function askedProvisions(ctx: AnswerContext, question: string, runnersUp: 'close' | 'all' = 'close'): AskedProvision[] {
  const guidance = port(ctx);
  if (!guidance.provision) return [];
  const whole = closestAsked(guidance, question, runnersUp);
  const asks = splitAsks(question);
  // A long message's question read alone when the message as a whole is close to none: the story around it diluted its words.
  const alone = asks[0]?.alone;
  if (asks.length < 2) return whole.length === 0 && alone ? closestAskedAlone(guidance, alone, runnersUp) : whole;
  // An ask read with its context, else alone (the context's words dilute its own), else with the asks before it too ("and
  // should I note it?" is of the text asked about first).
  return [...whole, ...asks.flatMap((a, i) => {
    const inContext = closestAsked(guidance, a.withContext, runnersUp, i);
    const own = inContext.length > 0 ? inContext : closestAskedAlone(guidance, a.text, runnersUp, i);
    if (own.length > 0 || i === 0) return own;
    // A terse ask ("and how do I show I had consent?"): the provision whose phrasings use all its words.
    const terse = closestToTerseAsk(normalise(a.text).text);
    const provision = terse ? guidance.provision?.(terse.provision) : undefined;
    return terse && provision ? [askedProvision(provision, terse, { ask: i })] : closestAsked(guidance, a.withEarlier, runnersUp, i);
  })];
}

// askedProvisions' steps, module-level rather than closures made per question: tsx and the build (esbuild, keepNames) name
// every named closure as it is made.

/**
 * A provision with how close what is asked is to it, its fields named rather than spread: in Node 20, `{ ...provision,
 * matched }` makes a hidden class of its own on every call (microseconds each, and every later read of it slower).
 */
function askedProvision(provision: Provision, match: { matched: string[]; coverage: number }, as: { ask?: number | undefined; ofNamedPolicy?: true }): AskedProvision {
  const { id, policy, section, quote, file, passage } = provision;
  return { id, policy, section, quote, file, passage, matched: match.matched, coverage: match.coverage, ask: as.ask, ofNamedPolicy: as.ofNamedPolicy };
}

/** The provisions closest to a text (of the message, or its `ask`-th ask), best first. */
function closestAsked(guidance: GuidancePort, text: string, runnersUp: 'close' | 'all', ask?: number): AskedProvision[] {
  return closestProvisions(normalise(text).text, { runnersUp }).flatMap((m) => {
    const provision = guidance.provision?.(m.provision);
    return provision ? [askedProvision(provision, m, { ask })] : [];
  });
}

/** A question read alone has few words, which a provision's phrasings match by chance: only its closest, matching most of it. */
function closestAskedAlone(guidance: GuidancePort, text: string, runnersUp: 'close' | 'all', ask?: number): AskedProvision[] {
  return closestAsked(guidance, text, runnersUp, ask).slice(0, 1).filter((p) => (p.coverage ?? 0) >= ALONE_COVERAGE && (p.matched?.length ?? 0) >= ALONE_MATCHED);
}

/** For each policy the question names, its provision closest to the question ("cardiff & vale for texts, notts for timescales"). */
function namedProvisions(ctx: AnswerContext, question: string, named: readonly PolicyId[]): AskedProvision[] {
  const guidance = port(ctx);
  // Most questions name no policy: nothing to normalise the question for.
  if (!guidance.provision || named.length === 0) return [];
  const text = normalise(question).text;
  return named.flatMap((policy) => {
    const m = closestOfPolicy(text, policy);
    const provision = m ? guidance.provision?.(m.provision) : undefined;
    return m && provision ? [askedProvision(provision, m, { ofNamedPolicy: true })] : [];
  });
}

/**
 * A choice between topics on which each policy the question is about takes the same position from the same paragraph
 * ("personal phone for work texts: Cardiff and Vale or Pan Dorset?" is digital contact and giving out a number alike, Cardiff
 * and Vale 5 and Pan Dorset 1.9 under either) is no choice: the first is answered.
 */
function answeredAlike(text: string, choices: readonly Topic[], ctx: AnswerContext): { topic: Topic; understanding: Understanding } | undefined {
  if (choices.length < 2) return undefined;
  const about = withProfile(ctx, namedPlaces(ctx.profile, text));
  const read = choices.map((topic) => ({ topic, understanding: understand(text, { today: ctx.today, nation: ctx.profile.nation, topic }) }));
  const positions = read.map(({ understanding }) => {
    const ruling = understanding.situation ? decideOrUndefined(understanding.situation, about) : undefined;
    return ruling && ruling.verdict !== 'not-covered' ? about.profile.policies.map((p) => ruling.positions.find((x) => x.policy === p)) : undefined;
  });
  const [first, ...others] = positions;
  // Every policy asked about takes a position under each (one silent under a topic is a difference the choice makes).
  const alike = (a: Position | undefined, b: Position | undefined): boolean => !!a && !!b && a.verdict === b.verdict && a.citations.some((c) => b.citations.some((d) => d.id === c.id));
  return first && others.every((o) => o && first.every((p, i) => alike(p, o[i]))) ? read[0] : undefined;
}

/** "Which do you mean?": the topics the question is nearest to, each a button asking it again about that topic. */
function which(question: string, choices: readonly Topic[], understood: { title: string; value: string }[], ctx: AnswerContext): Reply {
  // While the practitioner chooses, the passages nearest the question, as "Also in the guidance" would show them.
  const index = port(ctx).passages?.();
  const near = index ? timed(ctx, 'passages', () => passagesText(alsoInGuidance(index, searchText(question), ctx.profile.policies, [], namedPolicies(ctx.profile, question), askedProvisions(ctx, question)))) : '';
  const card = timed(ctx, 'card', () => whichCard(whichView(question.slice(0, MAX_CARRIED_QUESTION), choices.map((topic) => ({ topic, label: topicLabel(ctx, topic) })), understood, near)));
  return { kind: 'card', card, rulings: [{ topic: 'which', ruleIds: [], guidanceVersion: port(ctx).guidanceVersion(), verdict: 'not-covered' }] };
}

/** A question, or the same question with the topic the practitioner chose on a "Which do you mean?" card. */
export function answerQuestion(text: string, ctx: AnswerContext, topic?: Topic): Reply[] {
  // Normalising the question and splitting its asks are done once for the whole answer, not again by each step.
  return withinOneAnswer(() => {
    if (!topic) {
      const term = answerTermAsked(text, ctx);
      if (term) return term;
      const several = answerEachAsk(text, ctx);
      if (several) return several;
    }
    return answerUnderstood(timed(ctx, 'understanding', () => understand(text, { today: ctx.today, nation: ctx.profile.nation, ...(topic ? { topic } : {}) })), text, ctx, topic);
  });
}

/**
 * "What does MIRRA stand for?": the term explained from the provision defining it, in a policy the organisation follows;
 * the rest of the message, when it asks a question of its own ("… and what goes in the record when mum and dad
 * disagree?"), is answered after it as asked. Undefined when no term's meaning is asked.
 */
function answerTermAsked(text: string, ctx: AnswerContext): Reply[] | undefined {
  const defined = port(ctx).terms?.() ?? [];
  const cards: Reply[] = [];
  const explained = new Set<string>();
  let rest = text;
  // Each term asked is explained once, on a card its buttons rebuild from the message as it stood before it was cut out;
  // the message shrinks each time, so a message that repeats an ask costs no more cards than there are terms.
  for (let asked = timed(ctx, 'understanding', () => termAsked(rest, defined)); asked && ctx.profile.policies.includes(asked.term.provision.policy); asked = termAsked(rest, defined)) {
    const { provision, listed } = asked.term;
    if (!explained.has(provision.id)) cards.push(termCard(provision, listed, rest, ctx));
    explained.add(provision.id);
    rest = `${rest.slice(0, asked.at)} ${rest.slice(asked.at + asked.length)}`.replace(/^[\s?.,;:!-]+/, '').trim();
  }
  if (cards.length === 0) return undefined;
  return [...cards, ...(asksAQuestion(rest) ? answerQuestion(rest, ctx) : [])];
}

function termCard(provision: Provision, listed: readonly string[], question: string, ctx: AnswerContext): Reply {
  const version = port(ctx).guidanceVersion();
  const card = timed(ctx, 'card', () => answerCard(termAnswerView(provision, listed, question.slice(0, MAX_CARRIED_QUESTION), version)));
  return { kind: 'card', card, rulings: [{ topic: GUIDANCE_TERM_TOPIC, ruleIds: [provision.id], guidanceVersion: version, verdict: DEFINITION }] };
}

/** A channel named by pointing back to it: "use it to …", "send it on there", "over that". */
const CHANNEL_BACK = /\b(?:use|using) (?:it|that|this)\b(?! (?:as|in) )|\b(?:on|over|via|through) (?:there|it|that)\b(?=\s*(?:[?,.!]|$|too\b|as well\b|instead\b|since\b|because\b|as\b))/i;

/** Topics whose answer is a date computed from what the question names. */
const DATED_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['recording-deadline', 'retention']);

/**
 * Several asks about different things ("can I text her from my work phone, and does the text have to go on her file?"):
 * a card for each, in the order asked, each saying which ask it answers. Undefined when the message asks one thing, when
 * its asks are about the same thing (context, not separate questions), or when any ask is not clearly understood.
 */
function answerEachAsk(text: string, ctx: AnswerContext): Reply[] | undefined {
  const asks = timed(ctx, 'understanding', () => splitAsks(text));
  if (asks.length < 2) return undefined;
  // Each ask's topic comes from its own words when they choose one (the context's facts would otherwise pull every ask to
  // the same topic); its facts are read with the context around it.
  const read = asks.map((ask) => {
    const alone = timed(ctx, 'understanding', () => understand(ask.text, { today: ctx.today, nation: ctx.profile.nation }));
    const own = alone.situation?.topic;
    // An ask whose own words leave two topics close is offered as "Which do you mean?" in its place.
    const choices = own ? [] : covered(ctx, alone.choices ?? []);
    // A deadline or a retention period is computed from the record or contact an earlier ask named ("how do I log it and
    // how long have I got?"): such an ask is read with the asks before it.
    // So is one whose topic only its context makes clear, or that is nearest one ("how long will the file be kept? kid's dob
    // is 22/7/2015", "and how long do we hold onto the file?").
    // So is one that names its channel only as "it" or "on there" ("can I also use it for the wishes and feelings work?").
    const channelBack = own !== undefined && alone.situation?.channel === undefined && CHANNEL_BACK.test(ask.text);
    const inContext = (own && !channelBack) || choices.length > 0 ? undefined : timed(ctx, 'understanding', () => understand(ask.withContext, { today: ctx.today, nation: ctx.profile.nation }));
    const near = inContext?.situation?.topic ?? inContext?.closeTo?.[0];
    const carried = channelBack && inContext?.situation?.channel !== undefined && near === 'digital-contact' ? near : undefined;
    const topic = carried ?? own ?? (near && DATED_TOPICS.has(near) ? near : undefined);
    // So is one that refers back to what an earlier ask named ("and does it need to go on Mosaic?": the chat asked about).
    const text = topic && (DATED_TOPICS.has(topic) || ask.refersBack) ? ask.withEarlier : ask.withContext;
    // With no topic to impose, the ask in its context is already read.
    const read = !topic && inContext ? inContext : timed(ctx, 'understanding', () => understand(text, { today: ctx.today, nation: ctx.profile.nation, ...(topic ? { topic } : {}) }));
    const understanding = text === ask.withEarlier ? withOwnUrgency(read, alone) : read;
    // The words it was read in are kept beside it (not spread into a copy of the ask: a hidden class per call in Node 20).
    return { ask, readIn: text, choices, own, understanding };
  });
  const clear = read.filter((r) => r.choices.length === 0);
  if (clear.some((r) => !r.understanding.situation || (r.understanding.records?.length ?? 0) > 1)) return undefined;
  // Asks under conditions of their own ("if no concerns …, and if something worrying …") differ in what they read, not in topic.
  const distinct = asks.every((a) => a.conditional) ? new Set(clear.map((r) => JSON.stringify(r.understanding.situation))) : new Set(clear.map((r) => askedAspect(r.understanding.situation!, clear.every((c) => c.own) ? r.own : undefined)));
  if (clear.length === 0 || distinct.size + read.length - clear.length < 2) return undefined;
  return read.flatMap(({ ask, readIn, choices, own, understanding }, i) => {
    if (choices.length > 0) return [which(readIn, choices, understoodRows(understanding), ctx)];
    const line = `You asked ${read.length} things. This card answers the ${ordinal(i)}: "${ask.text.slice(0, 200)}".`;
    const origin = { on: ctx.today, ...(own ? { topic: own } : {}) };
    return rule(understanding.situation!, readIn, understoodRows(understanding), ctx, { line, about: `your ${ordinal(i)} question`, part: i, whole: text }, undefined, undefined, origin);
  });
}

/**
 * The parts of a question that each need a card: incidents told of together whose rules are the same (one policy's rule on
 * any inappropriate message) are answered once, on the first one's card; records always differ in their dates.
 */
function distinctParts(parts: NonNullable<Understanding['records']>, question: string, ctx: AnswerContext): NonNullable<Understanding['records']> {
  if (parts.length < 2 || parts[0]!.situation.topic !== 'incident') return parts;
  // Of the policies the question names, as its cards are ruled.
  const placed = withProfile(ctx, namedPlaces(ctx.profile, question));
  const rules = parts.map((p) => (decideOrUndefined(p.situation, placed)?.ruleIds ?? []).join(' '));
  return new Set(rules).size === rules.length ? parts : [];
}

/** The facts that say which part of a topic an ask is about and that rules turn on (the style of writing, the incident); who may see a
 * record and what may be shared, a conference's recommendations and its minutes, are parts answered together. */
const ASPECTS = ['writing', 'incident', 'handling', 'amendment'] as const;

/**
 * What an ask is about: its topic, and when every ask's own words chose one, the part of the topic they name ("can my notes
 * be in bullet points?" and "can I use CIN, CP, LAC?" are two asks about writing records, each with its own provision).
 */
function askedAspect(situation: Situation, own: Topic | undefined): string {
  return own ? JSON.stringify([situation.topic, ...ASPECTS.map((a) => situation[a] ?? '')]) : situation.topic;
}

/**
 * An ask read with the asks before it keeps the urgency its own words give ("and if it's just a normal visit on tue 23rd?"
 * after "and see something worrying"): the deadline is the one for the contact it asks about.
 */
function withOwnUrgency(read: Understanding, alone: Understanding): Understanding {
  const own = alone.recognised.find((r) => r.fact === 'urgency');
  if (!read.situation || !own || read.situation.urgency === own.value) return read;
  const situation = { ...read.situation, urgency: own.value as NonNullable<Situation['urgency']> };
  return { ...read, situation, recognised: [...read.recognised.filter((r) => r.fact !== 'urgency'), own] };
}

function answerUnderstood(understanding: Understanding, text: string, ctx: AnswerContext, chosen?: Topic): Reply[] {
  const understood = understoodRows(understanding);
  if (!understanding.situation) {
    const choices = covered(ctx, understanding.choices ?? understanding.closeTo ?? []);
    const alike = answeredAlike(text, choices, ctx);
    if (alike) return answerUnderstood(alike.understanding, text, ctx, alike.topic);
    if (choices.length > 0) return [which(text, choices, understood, ctx)];
    const passage = understanding.outOfScope ? undefined : fromGuidanceText(ctx, understood, text);
    return [passage ?? notCovered(ctx, understood, text, understanding.nearest)];
  }
  const records = distinctParts(understanding.records ?? [], text, ctx);
  if (records.length > 1) {
    // A question about several records ("can we get rid of the first one? and what about the second one?"): a card for each,
    // each saying which record it answers, so no answer is read as covering them all.
    const replies = records.flatMap((r, i) => {
      // The topic's reasons name the record this card answers, not the first one.
      const scores = understanding.scores.map((sc) => ({ ...sc, because: sc.because.map((b) => (b.startsWith('record type: ') ? `record type: ${r.situation.retentionRecord}` : b)) }));
      const rows = understoodRows({ ...understanding, situation: r.situation, recognised: r.recognised, scores });
      const { kind, description } = partDescription(r.situation);
      return rule(r.situation, text, rows, ctx, { line: recordScope(i, records.length, r.situation), about: `the ${ordinal(i)} ${kind}, ${description}`, part: i }, undefined, undefined, { on: ctx.today, ...(chosen ? { topic: chosen } : {}), part: i });
    });
    // Guidance that covers none of them (no retention table selected) says so once.
    return replies.every((r) => r.rulings[0]?.topic === 'not-covered') ? replies.slice(0, 1) : replies;
  }
  return rule(understanding.situation, text, understood, ctx, undefined, undefined, chosen, { on: ctx.today, ...(chosen ? { topic: chosen } : {}) });
}

export function welcome(ctx: AnswerContext, notice?: string): Reply[] {
  const card = welcomeCard({
    title: 'Ask me about recording and digital contact',
    intro: notice ?? 'I answer from the guidance your organisation applies, citing the paragraph each answer comes from:',
    policies: ctx.profile.policies.map((p) => `${POLICY_SOURCES[p].organisation}: ${POLICY_SOURCES[p].document}`),
    coversTitle: 'I can answer questions about:',
    covers: coveredLabels(ctx),
    // imBack: the question appears in the chat as the practitioner's own message, and comes back to the bot as one.
    examples: exampleQuestions(ctx).map((q) => ({ title: q, data: { msteams: { type: 'imBack', value: q } } })),
  });
  return [{ kind: 'card', card, rulings: [] }];
}

/** Said when a button's reference no longer leads to the situation its card showed (the bot was updated since). */
export const STALE_BUTTON = 'That button is from an answer given by an earlier version of this bot, and it no longer matches. Please ask your question again.';

/** The origin a compact button carries; undefined for a button that carries its situation. */
function originOf(submission: RefineSubmission | { on?: string; topic?: string; part?: number; chosen?: [FactName, string][] }): Origin | undefined {
  if (submission.on === undefined) return undefined;
  const topic = knownTopic(submission.topic);
  return { on: submission.on, ...(topic ? { topic } : {}), ...(submission.part ? { part: submission.part } : {}), ...(submission.chosen?.length ? { chosen: submission.chosen } : {}) };
}

/** The situation a button's card ruled on: carried, or rebuilt from its reference and checked against its fingerprint. */
function carriedSituation(data: { question?: unknown; situation?: unknown; sit?: unknown }, origin: Origin | undefined, nation: Nation): Situation | undefined {
  if (data.situation !== undefined) {
    const parsed = situationSchema.safeParse(data.situation);
    return parsed.success ? (parsed.data as Situation) : undefined;
  }
  if (!origin || typeof data.question !== 'string') return undefined;
  const situation = situationOf(data.question, origin, nation);
  return situation && fingerprint(situation) === data.sit ? situation : undefined;
}

function refine(data: unknown, ctx: AnswerContext): Reply[] {
  const parsed = RefineSubmissionSchema.safeParse(data);
  if (!parsed.success) {
    return welcome(ctx, 'I could not read that card (it may be from an older version). Please ask your question again, or pick an example:');
  }
  const submission = parsed.data;
  const origin = submission.situation ? undefined : originOf(submission);
  const situation = carriedSituation(submission, origin, ctx.profile.nation);
  if (!situation) return [cardReply(notice(STALE_BUTTON))];
  const result = applySubmission({ ...submission, situation });
  const asked = submission.asked as FactName[];
  const problems = Object.values(result.errors);
  if (result.empty || problems.length > 0) {
    return [cardReply(notice(result.empty ? 'Nothing was chosen: pick one of the answers on the card, or ask your question again.' : `That answer could not be used. ${problems.join(' ')}`))];
  }
  const entered = asked.flatMap((fact) => {
    const value = result.entered[inputId(fact)];
    if (value === undefined) return [];
    const title = FACT_INPUTS[fact]?.choices.find((c) => c.value === value)?.title ?? written(value);
    return [{ title: FACT_LABELS[fact], value: title }];
  });
  // The record a retention answer is about, so a card refined from one of several records still says which it answers.
  const record = result.situation.retentionRecord && !asked.includes('retentionRecord') ? [{ title: 'record', value: recordDescription(result.situation) }] : [];
  const before = decideOrUndefined(situation, ctx);
  const after = decideOrUndefined(result.situation, ctx);
  const said = entered.map((e) => e.value).join(', ');
  // A feedback click rebuilds this card from the same submission; its question is the feedback button's own.
  const { question: _question, ...again } = submission;
  const change = { line: changeLine(said, before, after, submission.question, ctx.profile.nation, { before: situation, after: result.situation }), refine: origin ? again : submission };
  // The new card's buttons find its situation from the same question, with this choice added to those made before.
  const made = asked.flatMap((fact): [FactName, string][] => (result.entered[inputId(fact)] === undefined ? [] : [[fact, result.entered[inputId(fact)]!]]));
  const next = origin ? { ...origin, chosen: [...(origin.chosen ?? []), ...made] } : undefined;
  return rule(result.situation, submission.question, [{ title: 'topic', value: result.situation.topic }, ...record, ...entered], ctx, undefined, change, undefined, next);
}

/** One line: what the practitioner's choice changed, comparing the answer before and after. */
function changeLine(said: string, before: Ruling | undefined, after: Ruling | undefined, question: string, nation: Nation, situations: { before: Situation; after: Situation }): string {
  if (!after) return `With "${said}": the guidance does not cover this.`;
  const now = leadFor(answeredAs(after, question, nation, situations.after), question).short;
  if (!before) return `With "${said}": the answer is ${now}.`;
  const was = leadFor(answeredAs(before, question, nation, situations.before), question).short;
  if (was !== now) return `With "${said}", the answer changes from ${was} to ${now}.`;
  return before.headline === after.headline ? `With "${said}", the answer stays ${now}.` : `With "${said}", the answer stays ${now}, and what applies changes: see below.`;
}

/** "Send me just the wording": the prescribed text alone, as a plain message the practitioner can copy. */
function wordingOnly(data: unknown, ctx: AnswerContext): Reply[] {
  const raw = data as { question?: unknown; situation?: unknown; sit?: unknown; on?: unknown; topic?: unknown; part?: unknown; chosen?: unknown };
  const reference = WordingReferenceSchema.safeParse(raw);
  const situation = carriedSituation(raw, raw.situation === undefined && reference.success ? originOf(reference.data) : undefined, ctx.profile.nation);
  const text = situation ? decideOrUndefined(situation, ctx)?.wording[0]?.text : undefined;
  if (!text) return [cardReply(notice(raw.situation === undefined && reference.success ? STALE_BUTTON : 'That button had no wording in it. Please ask your question again.'))];
  return [{ kind: 'card', card: notice(text), rulings: [], text }];
}

/** The reply a button on an answer card came from, built again from what it carried (the question, which card, or the choice). */
function rebuild(data: Record<string, unknown>, ctx: AnswerContext): Reply | undefined {
  const refineData = typeof data.refine === 'object' && data.refine !== null ? data.refine : undefined;
  const question = typeof data.question === 'string' ? data.question : '';
  const part = typeof data.part === 'number' && Number.isInteger(data.part) ? data.part : 0;
  // An answer to a topic chosen on a "Which do you mean?" card is rebuilt for that topic, not asked again.
  // A refined card's feedback carries the choice without the question, which the button carries itself.
  const replies = refineData ? refine({ question, ...refineData }, ctx) : question.trim() ? answerQuestion(question, ctx, knownTopic(data.chosenTopic)) : [];
  return replies[part];
}

const feedbackRowOf = (card: AdaptiveCardJson): Record<string, unknown> | undefined =>
  (card.body as Record<string, unknown>[] | undefined)?.find((b) => b.id === FEEDBACK_ROW);

/**
 * The answer card a feedback button was on, built again from what the button carried: answering is deterministic, so it is
 * the same card. Undefined when it cannot be rebuilt.
 */
export function answerAgain(data: Record<string, unknown>, ctx: AnswerContext): Reply | undefined {
  const reply = rebuild(data, ctx);
  return reply && feedbackRowOf(reply.card) ? reply : undefined;
}

/** What a person asked about an answer needs to see: the bot's one line and the ruling it came from. */
export interface AnswerSummary {
  answer: string;
  topic: string;
  verdict: string;
  ruleIds: string[];
  guidanceVersion: string;
}

/** The ruling an answer card shows (its buttons carry only what rebuilds it); undefined for a card without feedback. */
export function answerRuling(reply: Reply): Omit<AnswerSummary, 'answer'> | undefined {
  const ruling = reply.rulings[0];
  if (!ruling || !feedbackRowOf(reply.card)) return undefined;
  return { topic: ruling.topic, verdict: ruling.verdict, ruleIds: [...ruling.ruleIds], guidanceVersion: ruling.guidanceVersion };
}

export function answerSummary(data: Record<string, unknown>, ctx: AnswerContext): AnswerSummary | undefined {
  const reply = rebuild(data, ctx);
  if (!reply) return undefined;
  const ruling = answerRuling(reply);
  const heading = (reply.card.body as Record<string, unknown>[]).find((b) => b.style === 'heading');
  if (!ruling || !heading) {
    return { answer: NOT_COVERED_SENTENCE, topic: 'not-covered', verdict: 'not-covered', ruleIds: [], guidanceVersion: port(ctx).guidanceVersion() };
  }
  return { answer: String(heading.text), ...ruling };
}

/** The same card with its feedback row saying thank you: the answer stays in view. */
export function withFeedbackThanks(card: AdaptiveCardJson, helpful: boolean): AdaptiveCardJson {
  const thanks = { type: 'TextBlock', id: FEEDBACK_ROW, text: helpful ? 'Thank you: recorded as helpful.' : 'Thank you: your feedback was recorded.', wrap: true };
  return { ...card, body: (card.body as { id?: string }[]).map((b) => (b.id === FEEDBACK_ROW ? thanks : b)) };
}

/** A topic the guidance knows, from a button's data; anything else is ignored, never trusted. */
const knownTopic = (topic: unknown): Topic | undefined => (typeof topic === 'string' && (TOPICS as readonly string[]).includes(topic) ? (topic as Topic) : undefined);

export function answerAction(data: unknown, ctx: AnswerContext): Reply[] {
  const verb = typeof data === 'object' && data !== null ? (data as { verb?: unknown }).verb : undefined;
  if (verb === 'refine') return refine(data, ctx);
  if (verb === 'wording') return wordingOnly(data, ctx);
  if (verb === 'ask') {
    const { question, topic } = data as { question?: unknown; topic?: unknown };
    // A topic chosen on a "Which do you mean?" card; anything else in that field is ignored, never trusted.
    if (typeof question === 'string' && question.trim() !== '' && question.length <= 2000) return answerQuestion(question, ctx, knownTopic(topic));
    return welcome(ctx, 'That example had no question in it. Please pick one of these, or type your own:');
  }
  return welcome(ctx, 'I did not recognise that button. Please ask your question, or pick an example:');
}
