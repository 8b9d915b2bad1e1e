import { written, writtenDate } from '../calendar/iso-date';
import { SHORT_NAMES, VERDICT_PHRASES } from '../guidance/engine';
import { POLICY_SOURCES } from '../guidance/policies';
import { normaliseWhitespace } from '../guidance/text';
import type { Citation, Position, Ruling, RulingCondition, Verdict } from '../guidance/ruling';
import type { ApproximateDateRole, IsoDate, Situation } from '../guidance/situation';
import type { AnswerView, ActionData, FollowUpQuestionView, NotCoveredView, SourceView, WhichView } from '../cards/view-models';
import type { Provision } from '../guidance/load';
import type { Understanding } from '../understanding/understand';
import { citationHeading, documentHeading, factsWaitedOn, longDate, sectionLabel } from './format';
import { INCIDENT_LABELS, RETENTION_LABELS, TOPIC_LABELS } from './labels';
import type { Carried } from './follow-up';
import { leadFor } from './lead';
import { passagesText, searchText, type PassageQuote } from './passages';
import { wordsMatched } from '../guidance/passage-search';
import { withoutCardQuestion } from './card-question';

// Rulings and understandings become view-models here; the card functions never see a Ruling.

export const NOT_COVERED_SENTENCE = 'This is not covered by the guidance this bot holds.';

// The verdict line uses the very words the headline starts with, so the two can never disagree.
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = VERDICT_PHRASES;

const WHERE: Readonly<Record<string, string>> = {
  'case-record': 'the case record',
  'supervision-file': 'the supervision file',
  'agency-file': 'the agency file',
};
const TELL: Readonly<Record<string, string>> = {
  'line-manager': 'your line manager',
  police: 'the police',
  'safeguarding-lead': 'the safeguarding lead',
  ict: 'IT (the service desk or ICT department)',
  'parents-or-carers': 'the parents or carers',
};

const MAX_WHY = 8;
/** Lists in the details are one TextBlock each, a paragraph per item: a block per item would double the card's size. */
const PARAGRAPH = '\n\n';

const MARKS = { met: '✓ Met', unmet: '✗ Not met', unknown: '? Not known' };

/** What was read from the question, capped so the card stays compact. */
export function understoodRows(u: Understanding): { title: string; value: string }[] {
  const best = u.scores[0];
  const facts = u.recognised.filter((r) => r.value !== '').map((r) => ({ title: r.fact, value: written(r.value) }));
  // A fact that pointed at the topic ("channel: whatsapp", "age 15") has its own row below: the topic's reasons leave it out.
  const reasons = best ? best.because.slice(0, 4).filter((b) => !facts.some((f) => saysFact(b, f))) : [];
  const topicRows = u.situation && best ? [{ title: 'topic', value: reasons.length > 0 ? `${u.situation.topic} (from ${reasons.join(', ')})` : u.situation.topic }] : [];
  const rows = [...topicRows, ...facts];
  const mended = [...u.corrections, ...u.expansions].map((c) => `${c.from} → ${c.to}`);
  if (mended.length > 0) rows.push({ title: 'read as', value: [...new Set(mended)].join(', ') });
  return rows.slice(0, 12);
}

/** Whether a topic's reason is a fact's own row, "title: value" or "title value" (compared in place, no strings made). */
function saysFact(reason: string, fact: { title: string; value: string }): boolean {
  const { title, value } = fact;
  if (!reason.startsWith(title) || !reason.endsWith(value)) return false;
  const between = reason.length - title.length - value.length;
  return (between === 2 && reason.startsWith(': ', title.length)) || (between === 1 && reason[title.length] === ' ');
}

/** The rows as one text, a paragraph each: a FactSet would cost a card about twice the bytes for the same words. */
export const understoodText = (rows: readonly { title: string; value: string }[]): string => rows.map((r) => `${r.title}: ${r.value}`).join(PARAGRAPH);

/**
 * The conditions grouped under the policy each comes from (a verdict from one policy must not seem to carry another's
 * conditions): met and unmet ones marked one by one, the ones the question does not settle listed once under "? Not known".
 */
export function conditionsText(conditions: readonly RulingCondition[], listedAbove: readonly string[] = []): string {
  const byPolicy = new Map<string, RulingCondition[]>();
  for (const c of conditions) {
    const policy = c.citations[0]?.policy;
    const name = policy ? SHORT_NAMES[policy] : '';
    const group = byPolicy.get(name);
    if (group) group.push(c);
    else byPolicy.set(name, [c]);
  }
  return [...byPolicy].map(([name, group]) => {
    const known = group.filter((c) => c.met !== undefined).map((c) => `${c.met ? MARKS.met : MARKS.unmet}: ${c.text}`);
    // Those already listed, word for word, under "What to do now" are counted there rather than repeated.
    const open = group.filter((c) => c.met === undefined).map((c) => c.text);
    const above = open.filter((t) => listedAbove.includes(t)).length;
    const unknown = [...(above > 0 ? [above === 1 ? ABOVE_ONE : ABOVE_MANY(above)] : []), ...open.filter((t) => !listedAbove.includes(t))];
    const pending = unknown.length === 1 ? [`${MARKS.unknown}: ${unknown[0]!}`] : unknown.length > 1 ? [`${MARKS.unknown}:`, ...unknown.map((t) => `• ${t}`)] : [];
    return [...(name ? [`**${name}**`] : []), ...known, ...pending].join(PARAGRAPH);
  }).join(PARAGRAPH);
}

/** Unsettled conditions the card lists word for word under "What to do now". */
const ABOVE_ONE = 'The one under "What to do now" above.';
const ABOVE_MANY = (n: number): string => `The ${['two', 'three'][n - 2] ?? n} under "What to do now" above.`;

/** A position's statement where the answer line already says it. */
export const AS_ANSWERED = 'as in the answer above.';

/** What a source says in place of a quote the card already shows in full (the wording to use). */
export const QUOTED_ABOVE = '(the wording shown above)';

/**
 * One entry per document, in order of its first citation, each citation keeping its section and quote. In the text, a
 * section is named once with its quotes under it, and a quote the card already shows in full (`shown`) is not repeated.
 */
export function sourcesByDocument(citations: readonly Citation[], shown: readonly string[] = []): SourceView[] {
  const byHeading = new Map<string, SourceView>();
  for (const c of citations) {
    const { heading, section } = labelsOf(c);
    let source = byHeading.get(heading);
    if (!source) {
      source = { heading, citations: [], quotes: '' };
      byHeading.set(heading, source);
    }
    source.citations.push({ section, quote: c.quote });
  }
  for (const source of byHeading.values()) {
    const bySection = new Map<string, string[]>();
    for (const q of source.citations) {
      const quote = shown.includes(q.quote) ? QUOTED_ABOVE : q.quote;
      const quotes = bySection.get(q.section);
      if (quotes) quotes.push(quote);
      else bySection.set(q.section, [quote]);
    }
    source.quotes = [...bySection].map(([section, quotes]) => `_${section}_: ${quotes.join(PARAGRAPH)}`).join(PARAGRAPH);
  }
  return [...byHeading.values()];
}

/** A citation's document heading and section label, worked out once per citation the guidance shares (frozen, so unchanging). */
const citationLabels = new WeakMap<Citation, { heading: string; section: string }>();
function labelsOf(c: Citation): { heading: string; section: string } {
  if (!Object.isFrozen(c)) return { heading: documentHeading(c), section: sectionLabel(c) };
  let labels = citationLabels.get(c);
  if (!labels) {
    labels = { heading: documentHeading(c), section: sectionLabel(c) };
    citationLabels.set(c, labels);
  }
  return labels;
}

/** The sources as the card shows them: each document's heading in bold, then its quotes. */
const sourcesText = (citations: readonly Citation[], shown: readonly string[] = []): string =>
  sourcesByDocument(citations, shown).map((d) => `**${d.heading}**${PARAGRAPH}${d.quotes}`).join(PARAGRAPH);

/** The question the card's buttons rebuild it from: the whole message when the card answers one of its asks. */
const cardQuestionOf = (question: string, again: Record<string, unknown> = {}): string => (typeof again.question === 'string' ? again.question : question);

export function feedbackData(ruling: Ruling, question: string, again: Record<string, unknown> = {}): { helpful: ActionData; notHelpful: ActionData } {
  // verdict: the engine's verdict of the ruling shown, for whoever scores answers from the card's data.
  // The question is not in either button: the card's hidden input carries it once (card-question.ts).
  const rebuild = withoutCardQuestion({ guidanceVersion: ruling.guidanceVersion, question, ...again }, cardQuestionOf(question, again));
  // Neither button carries the topic or rule ids: the bot reads them from the answer rebuilt from the question and guidance
  // version (answering is deterministic), as it does to send the card back; the card stays within its size budget.
  return {
    helpful: { verb: 'feedback', helpful: true, verdict: ruling.verdict, ...rebuild },
    notHelpful: { verb: 'feedback', helpful: false, ...rebuild },
  };
}

export interface AnswerOptions {
  topicLabel?: string;
  /** Which record the card answers, when the question named several. */
  scope?: string;
  /** What a follow-up choice changed, when the card answers one. */
  changed?: string;
  followUp?: FollowUpQuestionView;
  /** What "Send me just the wording" carries so the bot can find the situation, rule again and send the wording alone. */
  carried?: Carried;
  /** What, besides the question, rebuilds this card when its feedback is sent (which of several cards, or the choice made). */
  again?: Record<string, unknown>;
  /** "Also in the guidance": passages near the question the answer does not quote, as the card shows them. */
  also?: string;
  /** The day answered on: a deadline before it is said to have passed. */
  today?: IsoDate;
}

/** A policy's short name where the position is its own organisation's, cited in full under Sources; any other name as it is. */
const orgName = (p: Position): string => (p.citations.length > 0 && p.organisation === POLICY_SOURCES[p.policy]?.organisation ? SHORT_NAMES[p.policy] : p.organisation);


/**
 * A follow-up whose date buttons leave out the question the card carries. Fields named rather than spread: in Node 20,
 * `{ ...followUp, dates }` makes a hidden class of its own on every call (microseconds each).
 */
function followUpOnCard(f: FollowUpQuestionView, cardQuestion: string): FollowUpQuestionView {
  return { question: f.question, buttons: f.buttons, dates: f.dates.map((d) => ({ id: d.id, label: d.label, submit: withoutCardQuestion(d.submit, cardQuestion) })) };
}

export function answerView(ruling: Ruling, question: string, understood: { title: string; value: string }[], options: AnswerOptions = {}): AnswerView {
  const lead = leadFor(ruling, question, options.today);
  const wording = ruling.wording.map((w) => ({ label: w.label, text: w.text, source: citationHeading(w.citation) }));
  const cardQuestion = cardQuestionOf(question, options.again);
  const followUp = options.followUp ? followUpOnCard(options.followUp, cardQuestion) : undefined;
  return {
    question: cardQuestion,
    scope: options.scope ?? '',
    changed: options.changed ?? '',
    answer: lead.answer,
    wordingFirst: lead.wordingFirst ? wording.slice(0, 1) : [],
    others: lead.others,
    nowTitle: lead.kind === 'incident' ? 'Then' : 'What to do now',
    // Bullets, not "1.": Teams reads "1." as a Markdown list and would number every block 1.
    now: lead.now.map((n) => `• ${n.text}${n.due ? ` **${n.due}.**` : ''}`).join(PARAGRAPH),
    followUp: followUp ? [followUp] : [],
    wordingOnly: wording.length > 0 && options.carried ? [withoutCardQuestion({ verb: 'wording', ...options.carried }, cardQuestion)] : [],
    topicLabel: options.topicLabel ?? TOPIC_LABELS[ruling.topic],
    // The lead statement is said once: where the answer line or the positions already say it, the details keep the verdict.
    headline: ruling.verdict !== 'not-covered' && (lead.answer.includes(lead.statement) || ruling.positions.length > 1) ? `${VERDICT_LABELS[ruling.verdict]}${lead.by}` : ruling.headline,
    why: ruling.matched.slice(0, MAX_WHY).map((w) => `• ${w}`).join(PARAGRAPH),
    understood: understoodText(understood),
    conditions: conditionsText(ruling.conditions, lead.kind === 'incident' ? [] : lead.now.map((n) => n.text)),
    // The actions under "What to do now" are not repeated here.
    actions: ruling.actions.filter((a) => !lead.now.some((n) => n.text === a.text)).map((a) => {
      const details = [
        a.where ? `Record on: ${WHERE[a.where] ?? a.where}` : '',
        a.tell ? `Tell: ${TELL[a.tell] ?? a.tell}` : '',
        a.due ? `By: ${longDate(a.due)}${a.dueBasis ? ` (${a.dueBasis})` : ''}` : '',
      ].filter(Boolean).join(' · ');
      return `• ${details ? `${a.text} (${details})` : a.text}`;
    }).join(PARAGRAPH),
    dates: ruling.dates.map((d) => ({ title: d.label, value: `${longDate(d.date)} (${d.basis})` })),
    // The wording shown under the answer is not repeated in the details.
    wording: lead.wordingFirst ? wording.slice(1) : wording,
    positions: ruling.positions.length + ruling.pending.length > 1
      ? [
        // Short names: the sources below name each organisation in full.
        // The position the answer line already states in full is not repeated word for word.
        ...ruling.positions.map((p) => `**${orgName(p)}** (${VERDICT_LABELS[p.verdict]}): ${lead.answer.includes(p.statement) ? AS_ANSWERED : p.statement}`),
        // A policy whose position turns on a fact the question does not give is still shown, saying which fact.
        ...ruling.pending.map((p) => `**${orgName(p)}** (depends on ${factsWaitedOn(p.dependsOn)}; if it applies, ${VERDICT_LABELS[p.verdict].toLowerCase()}): ${p.statement}`),
      ].join(PARAGRAPH)
      : '',
    positionsTitle: ruling.disagreement ? 'Where the policies differ' : "Each policy's position",
    sources: sourcesText(ruling.citations, wording.map((w) => w.text)),
    citationsTitle: `Sources (${ruling.citations.length})`,
    also: options.also ?? '',
    feedback: feedbackData(ruling, question, options.again),
    ask: askData(question, options.again),
  };
}

/** The topic a card answered from the guidance's full text carries (no rule answered it). */
export const GUIDANCE_TEXT_TOPIC = 'guidance-text';

/** The topic and verdict a card explaining a term of the guidance carries (no rule rules on a definition). */
export const GUIDANCE_TERM_TOPIC = 'guidance-term';
export const DEFINITION = 'definition';

/**
 * What a term of the guidance means ("MIRRA"), from the provision that defines it: the meaning in one line; under Details the
 * list the provision introduces, when it introduces one, and the provision under Sources.
 */
export function termAnswerView(provision: Provision, listed: readonly string[], question: string, guidanceVersion: string): AnswerView {
  const defines = provision.defines!;
  const { organisation, document } = POLICY_SOURCES[provision.policy];
  const citation = { id: provision.id, policy: provision.policy, organisation, document, section: provision.section, quote: normaliseWhitespace(provision.quote) };
  const rebuild = withoutCardQuestion({ guidanceVersion, question }, question);
  return {
    question,
    scope: '',
    changed: '',
    answer: `${defines.term} (${organisation}): ${defines.meaning}`,
    wordingFirst: [],
    others: '',
    nowTitle: '',
    now: '',
    followUp: [],
    wordingOnly: [],
    topicLabel: 'A term the guidance uses',
    headline: `What ${defines.term} means`,
    why: `• You asked what ${defines.term} means: ${organisation}'s policy defines it (${provision.section}).`,
    understood: '',
    conditions: '',
    actions: '',
    dates: [],
    wording: [],
    // The list the provision introduces (MIRRA's eleven principles), numbered as the policy numbers it, word for word.
    positions: listed.map((item, i) => `${i + 1}. ${normaliseWhitespace(item)}`).join(PARAGRAPH),
    positionsTitle: listed.length > 0 ? `What ${organisation}'s policy lists under ${defines.term} (${listed.length})` : '',
    sources: sourcesText([citation]),
    citationsTitle: 'Sources (1)',
    also: '',
    feedback: {
      helpful: { verb: 'feedback', helpful: true, verdict: DEFINITION, ...rebuild },
      notHelpful: { verb: 'feedback', helpful: false, ...rebuild },
    },
    ask: askData(question),
  };
}

/**
 * "What the guidance says": when no rule answers a question, the passage nearest it, plainly labelled as that and not as a
 * ruling, with the verdict its own wording gives ("must" reads as required) and the passage in full under Sources.
 */
export function passageAnswerView(
  nearest: { quote: PassageQuote; verdict: Verdict; words: string; others: PassageQuote[] },
  question: string,
  understood: { title: string; value: string }[],
  guidanceVersion: string,
): AnswerView {
  const { quote, verdict, words } = nearest;
  const { passage } = quote.hit;
  const lead = quote.leadIn && quote.leadIn.length <= 100 ? `${quote.leadIn} … ` : '';
  const citation = { id: passage.id, policy: passage.policy, organisation: POLICY_SOURCES[passage.policy].organisation, document: POLICY_SOURCES[passage.policy].document, section: passage.section, quote: `${lead}${passage.text.replace(/\s+/g, ' ').trim()}` };
  const rebuild = { guidanceVersion };
  return {
    question,
    scope: '',
    changed: '',
    answer: `What the guidance says (${quote.source}): “${lead}${quote.quote.replace(/^…/, '')}”`,
    wordingFirst: [],
    others: `This is the passage of the guidance nearest your question, not a ruling on your situation: its own words (“${words}”) read as ${VERDICT_LABELS[verdict].toLowerCase()}.`,
    nowTitle: '',
    now: '',
    followUp: [],
    wordingOnly: [],
    topicLabel: 'The guidance itself: no rule answers this question',
    headline: `${VERDICT_LABELS[verdict]}, by the wording of the passage (“${words}”)`,
    why: [`• No rule of the guidance answers this question, so its full text was searched.`, `• The nearest passage shares these words with your question: ${wordsMatched(searchText(question), quote.hit.matched).join(', ')}.`].join(PARAGRAPH),
    understood: understoodText(understood),
    conditions: '',
    actions: '',
    dates: [],
    wording: [],
    positions: '',
    positionsTitle: '',
    sources: sourcesText([citation]),
    citationsTitle: 'Sources (1)',
    also: passagesText(nearest.others),
    feedback: {
      helpful: { verb: 'feedback', helpful: true, topic: GUIDANCE_TEXT_TOPIC, verdict, ruleIds: [passage.id], ...rebuild },
      notHelpful: { verb: 'feedback', helpful: false, ...rebuild },
    },
    ask: askData(question),
  };
}

const DATE_WORDS: Readonly<Record<ApproximateDateRole, string>> = {
  birth: 'born',
  death: 'died',
  adoptionOrder: 'adoption order made',
  approvalTerminated: 'approval ended',
  refusalOrWithdrawal: 'refused or withdrawn',
};

/** "Looked after child case record (born in 1998)": a record of the retention table as the question described it. */
export function recordDescription(situation: Situation): string {
  const label = situation.retentionRecord ? RETENTION_LABELS[situation.retentionRecord] : 'Record of unknown kind';
  const dates = (Object.keys(DATE_WORDS) as ApproximateDateRole[]).flatMap((role) => {
    const date = situation.dates?.[role];
    if (!date) return [];
    const precision = situation.datePrecision?.[role];
    const when = precision === 'year' ? `in ${date.slice(0, 4)}` : precision === 'month' ? `in ${writtenDate(date).replace(/^\d+ /, '')}` : `on ${writtenDate(date)}`;
    return [`${DATE_WORDS[role]} ${when}`];
  });
  return dates.length > 0 ? `${label} (${dates.join(', ')})` : label;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
export const ordinal = (index: number): string => ORDINALS[index] ?? `number ${index + 1}`;

/** What one of several parts of a question is about: a record of the retention table, or an incident told of. */
export function partDescription(situation: Situation): { kind: 'record' | 'incident'; description: string } {
  return situation.topic === 'incident' && situation.incident && !situation.retentionRecord
    ? { kind: 'incident', description: INCIDENT_LABELS[situation.incident] }
    : { kind: 'record', description: recordDescription(situation) };
}

/** The line that says which record (or incident) a card answers, when one question asked about several. */
export function recordScope(index: number, count: number, situation: Situation): string {
  const { kind, description } = partDescription(situation);
  const others = count === 2 ? `the other ${kind} has its own card` : 'each of the others has its own card';
  return `Your question names ${count} ${kind}s. This card answers only the ${ordinal(index)}: ${description}; ${others}.`;
}

export function notCoveredView(covered: readonly string[], understood: { title: string; value: string }[], question = '', nearest: readonly string[] = []): NotCoveredView {
  return {
    question,
    sentence: NOT_COVERED_SENTENCE,
    nearest: nearest.length > 0 ? `The nearest it covers: ${nearest.join('; ')}.` : '',
    coversTitle: 'It covers:',
    covers: [...covered],
    understood: understoodText(understood),
    ask: askData(question),
  };
}

/**
 * "Ask my manager" / "Ask an information governance lead": what, besides the question the card's hidden input carries,
 * the bot needs to rebuild the answer and pass it on.
 */
export function askData(question: string, again: Record<string, unknown> = {}): { manager: ActionData; lead: ActionData } {
  const rebuild = withoutCardQuestion({ question, ...again }, cardQuestionOf(question, again));
  return { manager: { verb: 'ask-person', to: 'manager', ...rebuild }, lead: { verb: 'ask-person', to: 'ig-lead', ...rebuild } };
}

/** The topics a question is nearest to, each a button that asks the same question about that topic. */
export function whichView(question: string, choices: readonly { topic: string; label: string }[], understood: { title: string; value: string }[], nearest = ''): WhichView {
  return {
    title: 'Which do you mean?',
    intro: 'Your question is close to more than one thing the guidance covers. Choose one and I will answer it:',
    choices: choices.map((c) => ({ title: c.label, data: { verb: 'ask', question, topic: c.topic } })),
    otherwise: 'Or ask again in other words.',
    nearest,
    understood: understoodText(understood),
  };
}
