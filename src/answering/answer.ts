import { answerCard, followUpCard, notCoveredCard, welcomeCard, whichCard } from '../cards/render';
import type { AdaptiveCardJson } from '../cards/view-models';
import { InvalidSituationError } from '../guidance/errors';
import { POLICY_SOURCES } from '../guidance/policies';
import type { OrganisationProfile } from '../guidance/profile';
import type { Ruling } from '../guidance/ruling';
import { TOPICS, type IsoDate, type Situation, type Topic } from '../guidance/situation';
import { splitAsks } from '../understanding/asks';
import { understand, type Understanding } from '../understanding/understand';
import { EXAMPLE_QUESTIONS } from './examples';
import { applySubmission, askableFacts, followUpView, MAX_CARRIED_QUESTION, RefineSubmissionSchema } from './follow-up';
import { engineGuidance, type GuidancePort } from './guidance';
import { FACT_INPUTS, inputId } from './fact-inputs';
import { FACT_LABELS, TOPIC_LABELS } from './labels';
import { answerView, notCoveredView, ordinal, recordDescription, recordScope, understoodRows, whichView } from './views';

// Questions and card actions in, cards out: understanding picks the situation, the engine rules, the cards show it.

export type { AdaptiveCardJson };

export interface AnswerContext {
  profile: OrganisationProfile;
  today: IsoDate;
  /** Guidance to rule from; the encoded guidance when omitted. */
  guidance?: GuidancePort;
}

export interface Reply {
  kind: 'card';
  card: AdaptiveCardJson;
  rulings: { topic: string; ruleIds: string[]; guidanceVersion: string }[];
}

const port = (ctx: AnswerContext): GuidancePort => ctx.guidance ?? engineGuidance;

const MAX_EXAMPLES = 8;

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

function notCovered(ctx: AnswerContext, understood: { title: string; value: string }[], nearest: readonly Topic[] = []): Reply {
  return {
    kind: 'card',
    card: notCoveredCard(notCoveredView(coveredLabels(ctx), understood, covered(ctx, nearest).map((t) => topicLabel(ctx, t)))),
    rulings: [{ topic: 'not-covered', ruleIds: [], guidanceVersion: port(ctx).guidanceVersion() }],
  };
}

/** Which record a card answers, when one question asked about several. */
interface Scope {
  line: string;
  about: string;
}

function rulingReply(ruling: Ruling, question: string, understood: { title: string; value: string }[], ctx: AnswerContext, scope?: Scope): Reply {
  const label = port(ctx).coveredTopics().find((t) => t.topic === ruling.topic)?.label;
  return {
    kind: 'card',
    card: answerCard(answerView(ruling, question.slice(0, MAX_CARRIED_QUESTION), understood, label, scope?.line)),
    rulings: [{ topic: ruling.topic, ruleIds: ruling.ruleIds, guidanceVersion: ruling.guidanceVersion }],
  };
}

/** The ruling for a situation, plus a follow-up card when facts the engine lacks would change it. */
function rule(situation: Situation, question: string, understood: { title: string; value: string }[], ctx: AnswerContext, scope?: Scope): Reply[] {
  let ruling: Ruling;
  try {
    ruling = port(ctx).decide(situation, { profile: ctx.profile, today: ctx.today });
  } catch (error) {
    // A situation the engine refuses is one we cannot rule on; say so rather than guess.
    if (error instanceof InvalidSituationError) return [notCovered(ctx, understood)];
    throw error;
  }
  const facts = askableFacts(ruling.missingFacts);
  if (ruling.verdict === 'not-covered' && facts.length === 0) return [notCovered(ctx, understood)];
  const replies = [rulingReply(ruling, question, understood, ctx, scope)];
  if (facts.length > 0) {
    replies.push({ kind: 'card', card: followUpCard(followUpView({ question, situation, facts, ...(scope ? { about: scope.about } : {}) })), rulings: [] });
  }
  return replies;
}

/** "Which do you mean?": the topics the question is nearest to, each a button asking it again about that topic. */
function which(question: string, choices: readonly Topic[], understood: { title: string; value: string }[], ctx: AnswerContext): Reply {
  const view = whichView(question.slice(0, MAX_CARRIED_QUESTION), choices.map((topic) => ({ topic, label: topicLabel(ctx, topic) })), understood);
  return { kind: 'card', card: whichCard(view), rulings: [{ topic: 'which', ruleIds: [], guidanceVersion: port(ctx).guidanceVersion() }] };
}

/** A question, or the same question with the topic the practitioner chose on a "Which do you mean?" card. */
export function answerQuestion(text: string, ctx: AnswerContext, topic?: Topic): Reply[] {
  if (!topic) {
    const several = answerEachAsk(text, ctx);
    if (several) return several;
  }
  return answerUnderstood(understand(text, { today: ctx.today, ...(topic ? { topic } : {}) }), text, ctx);
}

/**
 * Several asks about different things ("can I text her from my work phone, and does the text have to go on her file?"):
 * a card for each, in the order asked, each saying which ask it answers. Undefined when the message asks one thing, when
 * its asks are about the same thing (context, not separate questions), or when any ask is not clearly understood.
 */
function answerEachAsk(text: string, ctx: AnswerContext): Reply[] | undefined {
  const asks = splitAsks(text);
  if (asks.length < 2) return undefined;
  const read = asks.map((ask) => ({ ask, understanding: understand(ask.withContext, { today: ctx.today }) }));
  if (read.some((r) => !r.understanding.situation || (r.understanding.records?.length ?? 0) > 1)) return undefined;
  if (new Set(read.map((r) => r.understanding.situation!.topic)).size < 2) return undefined;
  return read.flatMap(({ ask, understanding }, i) => {
    const line = `You asked ${read.length} things. This card answers the ${ordinal(i)}: "${ask.text.slice(0, 200)}".`;
    return rule(understanding.situation!, ask.withContext, understoodRows(understanding), ctx, { line, about: `your ${ordinal(i)} question` });
  });
}

function answerUnderstood(understanding: Understanding, text: string, ctx: AnswerContext): Reply[] {
  const understood = understoodRows(understanding);
  if (!understanding.situation) {
    const choices = covered(ctx, understanding.choices ?? []);
    if (choices.length > 0) return [which(text, choices, understood, ctx)];
    return [notCovered(ctx, understood, understanding.nearest)];
  }
  const records = understanding.records ?? [];
  if (records.length > 1) {
    // A question about several records ("can we get rid of the first one? and what about the second one?"): a card for each,
    // each saying which record it answers, so no answer is read as covering them all.
    const replies = records.flatMap((r, i) => {
      // The topic's reasons name the record this card answers, not the first one.
      const scores = understanding.scores.map((sc) => ({ ...sc, because: sc.because.map((b) => (b.startsWith('record type: ') ? `record type: ${r.situation.retentionRecord}` : b)) }));
      const rows = understoodRows({ ...understanding, situation: r.situation, recognised: r.recognised, scores });
      const about = recordDescription(r.situation);
      return rule(r.situation, text, rows, ctx, { line: recordScope(i, records.length, r.situation), about: `the ${ordinal(i)} record, ${about}` });
    });
    // Guidance that covers none of them (no retention table selected) says so once.
    return replies.every((r) => r.rulings[0]?.topic === 'not-covered') ? replies.slice(0, 1) : replies;
  }
  return rule(understanding.situation, text, understood, ctx);
}

export function welcome(ctx: AnswerContext, notice?: string): Reply[] {
  const card = welcomeCard({
    title: 'Ask me about recording and digital contact',
    intro: notice ?? 'I answer from the guidance your organisation applies, citing the paragraph each answer comes from:',
    policies: ctx.profile.policies.map((p) => `${POLICY_SOURCES[p].organisation}: ${POLICY_SOURCES[p].document}`),
    coversTitle: 'I can answer questions about:',
    covers: coveredLabels(ctx),
    examples: exampleQuestions(ctx).map((q) => ({ title: q, data: { verb: 'ask', question: q } })),
  });
  return [{ kind: 'card', card, rulings: [] }];
}

function refine(data: unknown, ctx: AnswerContext): Reply[] {
  const parsed = RefineSubmissionSchema.safeParse(data);
  if (!parsed.success) {
    return welcome(ctx, 'I could not read that card (it may be from an older version). Please ask your question again, or pick an example:');
  }
  const submission = parsed.data;
  const situation = submission.situation as Situation;
  const result = applySubmission(submission);
  const asked = submission.asked as Parameters<typeof askableFacts>[0];
  if (result.empty || Object.keys(result.errors).length > 0) {
    const problems = result.empty ? ['Nothing was entered: answer at least one of the questions below.'] : ['Please correct the answers marked below.'];
    const view = followUpView({ question: submission.question, situation, facts: asked, entered: result.entered, errors: result.errors, problems });
    return [{ kind: 'card', card: followUpCard(view), rulings: [] }];
  }
  const entered = asked.flatMap((fact) => {
    const value = result.entered[inputId(fact)];
    if (value === undefined) return [];
    const title = FACT_INPUTS[fact]?.choices.find((c) => c.value === value)?.title ?? value;
    return [{ title: FACT_LABELS[fact], value: title }];
  });
  // The record a retention answer is about, so a card refined from one of several records still says which it answers.
  const record = result.situation.retentionRecord && !asked.includes('retentionRecord') ? [{ title: 'record', value: recordDescription(result.situation) }] : [];
  return rule(result.situation, submission.question, [{ title: 'topic', value: result.situation.topic }, ...record, ...entered], ctx);
}

export function answerAction(data: unknown, ctx: AnswerContext): Reply[] {
  const verb = typeof data === 'object' && data !== null ? (data as { verb?: unknown }).verb : undefined;
  if (verb === 'refine') return refine(data, ctx);
  if (verb === 'ask') {
    const { question, topic } = data as { question?: unknown; topic?: unknown };
    // A topic chosen on a "Which do you mean?" card; anything else in that field is ignored, never trusted.
    const chosen = typeof topic === 'string' && (TOPICS as readonly string[]).includes(topic) ? (topic as Topic) : undefined;
    if (typeof question === 'string' && question.trim() !== '' && question.length <= 2000) return answerQuestion(question, ctx, chosen);
    return welcome(ctx, 'That example had no question in it. Please pick one of these, or type your own:');
  }
  return welcome(ctx, 'I did not recognise that button. Please ask your question, or pick an example:');
}
