import { written, writtenDate } from '../calendar/iso-date';
import { VERDICT_PHRASES } from '../guidance/engine';
import type { Citation, Ruling, Verdict } from '../guidance/ruling';
import type { ApproximateDateRole, Situation } from '../guidance/situation';
import type { AnswerView, ActionData, NotCoveredView, SourceView, WhichView } from '../cards/view-models';
import type { Understanding } from '../understanding/understand';
import { citationHeading, documentHeading, longDate, sectionLabel } from './format';
import { RETENTION_LABELS, TOPIC_LABELS } from './labels';

// Rulings and understandings become view-models here; the card functions never see a Ruling.

export const NOT_COVERED_SENTENCE = 'This is not covered by the guidance this bot holds.';

// The verdict line uses the very words the headline starts with, so the two can never disagree.
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = VERDICT_PHRASES;

const VERDICT_COLOURS: Readonly<Record<Verdict, AnswerView['verdictColour']>> = {
  allowed: 'Good',
  'not-required': 'Good',
  'allowed-if': 'Warning',
  required: 'Accent',
  'not-recommended': 'Warning',
  'not-allowed': 'Attention',
  'not-covered': 'Default',
};

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

const MARKS = { met: '✓ Met', unmet: '✗ Not met', unknown: '? Not known' };

/** What was read from the question, capped so the card stays compact. */
export function understoodRows(u: Understanding): { title: string; value: string }[] {
  const best = u.scores[0];
  const topicRows = u.situation && best ? [{ title: 'topic', value: `${u.situation.topic} (from ${best.because.slice(0, 4).join(', ')})` }] : [];
  const rows = [...topicRows, ...u.recognised.filter((r) => r.value !== '').map((r) => ({ title: r.fact, value: written(r.value) }))];
  const mended = [...u.corrections, ...u.expansions].map((c) => `${c.from} → ${c.to}`);
  if (mended.length > 0) rows.push({ title: 'read as', value: [...new Set(mended)].join(', ') });
  return rows.slice(0, 12);
}

/** One entry per document, in order of its first citation, each citation keeping its section and quote. */
export function sourcesByDocument(citations: readonly Citation[]): SourceView[] {
  const byHeading = new Map<string, SourceView>();
  for (const c of citations) {
    const heading = documentHeading(c);
    let source = byHeading.get(heading);
    if (!source) {
      source = { heading, citations: [] };
      byHeading.set(heading, source);
    }
    source.citations.push({ section: sectionLabel(c), quote: c.quote });
  }
  return [...byHeading.values()];
}

export function feedbackData(ruling: Ruling, question: string): { helpful: ActionData; notHelpful: ActionData } {
  // The verdict travels with the feedback (and lets `npm run eval` judge the first verdict without reading the words).
  const common = { topic: ruling.topic, verdict: ruling.verdict, ruleIds: ruling.ruleIds, guidanceVersion: ruling.guidanceVersion, question };
  return { helpful: { verb: 'feedback', helpful: true, ...common }, notHelpful: { verb: 'feedback', helpful: false, ...common } };
}

export function answerView(ruling: Ruling, question: string, understood: { title: string; value: string }[], topicLabel?: string, scope = ''): AnswerView {
  return {
    topicLabel: topicLabel ?? TOPIC_LABELS[ruling.topic],
    scope,
    verdictLabel: VERDICT_LABELS[ruling.verdict],
    verdictColour: VERDICT_COLOURS[ruling.verdict],
    headline: ruling.headline,
    why: ruling.matched.slice(0, MAX_WHY),
    understood,
    conditions: ruling.conditions.map((c) => ({ mark: c.met === true ? MARKS.met : c.met === false ? MARKS.unmet : MARKS.unknown, text: c.text })),
    actions: ruling.actions.map((a) => ({
      text: a.text,
      details: [
        a.where ? `Record on: ${WHERE[a.where] ?? a.where}` : '',
        a.tell ? `Tell: ${TELL[a.tell] ?? a.tell}` : '',
        a.due ? `By: ${longDate(a.due)}${a.dueBasis ? ` (${a.dueBasis})` : ''}` : '',
      ].filter(Boolean).join(' · '),
    })),
    dates: ruling.dates.map((d) => ({ title: d.label, value: `${longDate(d.date)} (${d.basis})` })),
    wording: ruling.wording.map((w) => ({ label: w.label, text: w.text, source: citationHeading(w.citation) })),
    positions: ruling.positions.length > 1
      ? ruling.positions.map((p) => ({ organisation: p.organisation, verdict: VERDICT_LABELS[p.verdict], statement: p.statement }))
      : [],
    positionsTitle: ruling.disagreement ? 'Where the policies differ' : "Each policy's position",
    sources: sourcesByDocument(ruling.citations),
    citationsTitle: `Sources (${ruling.citations.length})`,
    feedback: feedbackData(ruling, question),
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

/** The line that says which record a card answers, when one question asked about several. */
export function recordScope(index: number, count: number, situation: Situation): string {
  const others = count === 2 ? 'the other record has its own card' : 'each of the others has its own card';
  return `Your question names ${count} records. This card answers only the ${ordinal(index)}: ${recordDescription(situation)}; ${others}.`;
}

export function notCoveredView(covered: readonly string[], understood: { title: string; value: string }[], nearest: readonly string[] = []): NotCoveredView {
  return {
    sentence: NOT_COVERED_SENTENCE,
    nearest: nearest.length > 0 ? `The nearest it covers: ${nearest.join('; ')}.` : '',
    coversTitle: 'It covers:',
    covers: [...covered],
    understood,
  };
}

/** The topics a question is nearest to, each a button that asks the same question about that topic. */
export function whichView(question: string, choices: readonly { topic: string; label: string }[], understood: { title: string; value: string }[]): WhichView {
  return {
    title: 'Which do you mean?',
    intro: 'Your question is close to more than one thing the guidance covers. Choose one and I will answer it:',
    choices: choices.map((c) => ({ title: c.label, data: { verb: 'ask', question, topic: c.topic } })),
    otherwise: 'Or ask again in other words.',
    understood,
  };
}
