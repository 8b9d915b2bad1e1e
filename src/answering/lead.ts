import { writtenDate } from '../calendar/iso-date';
import { SHORT_NAMES } from '../guidance/engine';
import type { Citation, Position, RequiredAction, Ruling, RulingCondition, Verdict } from '../guidance/ruling';
import type { IsoDate, Topic } from '../guidance/situation';
import { lowerFirst } from '../guidance/text';
import { factsWaitedOn, longDate } from './format';
import { CHOICE, OR_MUST, PROBLEM, questionForm, stepAskedFirst, stepWordsAsked } from './question-form';

// The top of an answer card: one line that answers the question asked, in the words that question calls for, and at most
// three things to do now. Everything else on the card sits behind "Details".

/** What the practitioner asked for, which decides the words the answer line leads with. */
export type AskKind = 'can' | 'need' | 'do' | 'duties' | 'when' | 'keep' | 'say' | 'record' | 'incident';

export const MAX_NOW = 3;

const DATE_TOPICS: ReadonlySet<Topic> = new Set(['recording-deadline', 'case-summary', 'meeting-records', 'subject-access-request']);
// "is it ok …?" after the question's context ("I've got outlook on my own ipad, is it ok to reply from it?") asks permission too, as "ok if I …?" does.
const CAN = /^\s*(can|may|could|should|is it (ok|okay|alright|fine|acceptable)|would it be)\b|[,.;:!?]\s*is it (ok|okay|alright|fine|acceptable)\b|(^|[,.;:!?)]\s*)(ok|okay|alright|fine) (to|if) (i|we)\b|\b(can|may|could) (i|we|you|staff|they)\b|\b(am i|are we|are you) allowed\b/i;
const NEED = /\b(do|does|must|should) (i|we|you|they|staff) (need|have) to\b|^\s*(must|do i need|have i got to|is it (required|mandatory))\b/i;
/** A question a yes or no answers: it starts with an auxiliary verb ("do I …?", "is it …?"). */
const YES_NO = /^\s*(do|does|did|is|are|am|will|would|have|has|shall|must)\b/i;

export function askKind(ruling: Ruling, question: string): AskKind {
  // Asked once: most of the steps below turn on whether the question asks permission.
  const can = CAN.test(question);
  // An incident leads with what to do now, unless what was asked ("can I ask her to forward it?") is itself a no.
  if (ruling.topic === 'incident' && !(can && NO.has(ruling.verdict))) {
    // Asked "… is that ok?" after the telling, the no to what was offered leads.
    return questionForm(question) === 'may' && NO.has(ruling.verdict) ? 'can' : 'incident';
  }
  // A retention duty asked as "can we destroy it?" (a yes once its period ends) still leads with what to keep.
  // Asked "can it be destroyed now?" of a record still kept, the no leads with the date it is kept until.
  if (ruling.topic === 'retention' && (ruling.verdict === 'required' || (ruling.verdict === 'not-allowed' && ruling.dates.length > 0) || (ruling.verdict === 'allowed-if' && ruling.dates.length === 0))) return 'keep';
  if (DATE_TOPICS.has(ruling.topic) && !can) return 'when';
  // A wording under a "no" is what to do instead: the answer leads with the no.
  if (ruling.wording.length > 0 && !can) return ruling.verdict === 'not-allowed' ? 'can' : 'say';
  if (ruling.topic === 'what-to-record' && !can && !NEED.test(question)) return 'record';
  // "What do I have to do …?": the duties, the conditions of a permission first, not a yes or no.
  if (questionForm(question) === 'what-must') return 'duties';
  // "Do I do this or that?" is answered with the way to do it, never a bare yes or no.
  if (CHOICE.test(question) && !can) return 'do';
  // "Can I just …, or does it have to …?" answered by the duty: the way to do it, not a "yes" to either.
  if (ruling.verdict === 'required' && OR_MUST.test(question)) return 'do';
  if (can) return 'can';
  // A permission whose condition the question's facts break, asked "… so is that ok?": the no leads.
  if (NO.has(ruling.verdict) && leadPosition(ruling)?.broken && questionForm(question) === 'may') return 'can';
  // "Is that a problem?" answered by an allowance: a bare "yes" would say the opposite, so the position itself leads.
  if (ruling.verdict === 'allowed' && PROBLEM.test(question)) return 'do';
  // "Has it got to go past my manager first?", wherever the question starts: yes, the step's conditions first, or no.
  if (NEED.test(question) || YES_NO.test(question) || (ruling.verdict === 'required' && stepAskedFirst(question, ruling)) || (ruling.verdict === 'not-required' && stepWordsAsked(question))) return 'need';
  return 'do';
}

/** The position the engine's headline leads with: the strictest, most specific one. */
export function leadPosition(ruling: Ruling): Position | undefined {
  const strictest = ruling.positions.filter((p) => p.verdict === ruling.verdict);
  // A verdict given for the question's form (a duty asked as "can I …?") keeps the headline's position.
  return strictest.find((p) => headed(ruling, p)) ?? ruling.positions.find((p) => headed(ruling, p)) ?? strictest[0] ?? ruling.positions[0];
}

// Module-level rather than closures made per answer: tsx and the build (esbuild, keepNames) name every named closure as it is made.

/** The position the ruling's headline states. */
const headed = (ruling: Ruling, p: Position): boolean => ruling.headline.includes(p.statement);

const cited = (item: { citations: { policy: string }[] }, policy: string | undefined): boolean =>
  policy !== undefined && item.citations.some((c) => c.policy === policy);

/** The lead policy's items first, keeping the engine's order otherwise. */
function leadFirst<T extends { citations: { policy: string }[] }>(items: readonly T[], policy: string | undefined): T[] {
  return [...items.filter((i) => cited(i, policy)), ...items.filter((i) => !cited(i, policy))];
}

/** " (Pan Dorset)" for what the answer line quotes: the lead's name when it cites it, else the policy it comes from. */
function byWhoCites(citations: readonly Pick<Citation, 'policy'>[], policy: string | undefined, by: string): string {
  if (policy !== undefined && citations.some((c) => c.policy === policy)) return by;
  const own = citations[0] ? SHORT_NAMES[citations[0].policy] : undefined;
  return own ? ` (${own})` : by;
}

const sentence = (s: string): string => s.trim().replace(/[.;:]+$/, '');

/** What still has to hold for a conditional answer: conditions not known to be met, the lead policy's first. */
function openConditions(ruling: Ruling, policy: string | undefined): RulingCondition[] {
  return leadFirst(ruling.conditions.filter((c) => c.met !== true), policy);
}

const INSTEAD = /\binstead\b/i;
const NO: ReadonlySet<Verdict> = new Set(['not-allowed', 'not-recommended']);
/** Not made yet: "haven't wrote it up yet", "still not typed them up". */
const NOT_WRITTEN_UP = /\b(?:not|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|never|still)\b[^.?!]{0,25}\b(?:wr[io]te|written|typed|recorded|logged|put)\b|\b(?:wr[io]te|written|typed|recorded)\b[^.?!]{0,25}\byet\b/i;
/** A write-up told as already made: "wrote it up tuesday", "I typed the note on Friday", "we'd recorded it". */
const WRITTEN_UP = /\b(?:wrote|typed) (?:it|this|that|them|the \w+) up\b|\b(?:i|we|she|he)(?:'ve|’ve| have| had|'d|’d)? (?:already |only |finally )?(?:wrote|typed|recorded|logged|written|put (?:it|the \w+) on)\b/i;
const URGENT = /\b(immediately|straight away|at once|urgently)\b/i;

/** "5 working days after 21 November 2026": the basis without the bank-holiday note, which the details keep. */
// The note is always the basis's last words (`workingDaysBasis`) and holds holidays' own brackets ("Boxing Day (substitute
// day)"): it runs to the end.
const plainBasis = (basis: string): string => basis.replace(/\s*\(bank holidays:.*\)$/, '');

/** Words for a verdict when it answers a yes/no question. */
const SHORT: Readonly<Record<Verdict, string>> = {
  allowed: 'yes',
  'allowed-if': 'yes, if the conditions are met',
  'not-recommended': 'not recommended',
  'not-allowed': 'no',
  required: 'yes, it is required',
  'not-required': 'no, it is not required',
  'not-covered': 'not covered',
};

export interface Lead {
  kind: AskKind;
  /** The one line the card leads with. */
  answer: string;
  /** Show the first prescribed wording right under the answer. */
  wordingFirst: boolean;
  /** Where the selected policies disagree, one line naming the others' positions; empty otherwise. */
  others: string;
  /** At most three actions, with their dates, the most pressing first. */
  now: { text: string; due: string }[];
  /** The verdict in a few words, for saying what changed after a follow-up. */
  short: string;
  /** The lead policy's position in one sentence, and " (Its short name)". */
  statement: string;
  by: string;
}

function dueOf(ruling: Ruling): { date: IsoDate; basis: string; label: string; citations: readonly Pick<Citation, 'policy'>[] } | undefined {
  const action = ruling.actions.filter((a) => a.due).sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
  if (action?.due) return { date: action.due, basis: action.dueBasis ?? '', label: action.text, citations: action.citations };
  const date = ruling.dates[0];
  return date ? { date: date.date, basis: date.basis, label: date.label, citations: [] } : undefined;
}

/** How soon an action is needed: dated, urgent, someone to tell, the rest. */
const rank = (a: RequiredAction): number => (a.due ? 0 : URGENT.test(a.text) ? 1 : a.tell ? 2 : 3);

/** ISO dates (or none, '') in order: their characters' order is the calendar's, with no collation to look up. */
const earlierDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Actions in the order they are needed: dated ones by date, then people to tell, then the rest. */
function pressing(actions: readonly RequiredAction[], policy: string | undefined): RequiredAction[] {
  // Each action ranked once, not at every comparison the sort makes.
  return leadFirst(actions, policy)
    .map((a, i) => ({ a, i, rank: rank(a) }))
    .sort((x, y) => x.rank - y.rank || earlierDate(x.a.due ?? '', y.a.due ?? '') || x.i - y.i)
    .map((x) => x.a);
}

/** A yes/no answer line, the action it leads with, and whether (and whose) conditions come first. */
interface YesNoLine {
  answer: string;
  skip: RequiredAction | undefined;
  conditionsFirst: boolean;
  /** Whose agreement a "do I need …'s ok first?" asked after: the conditions naming them lead. */
  stepAsked?: RegExp;
}

/** An answer line that leads with no action and puts no conditions first. */
const plainLine = (line: string): YesNoLine => ({ answer: line, skip: undefined, conditionsFirst: false });

/**
 * The answer line to a yes/no question; under a no, the action it leads with instead (not repeated in the steps). Module-level,
 * not a closure made per answer: tsx and the build (esbuild, keepNames) name every named closure as it is made.
 */
function yesNoLine(ruling: Ruling, lead: Position | undefined, by: string, statement: string, question: string): YesNoLine {
  switch (ruling.verdict) {
    case 'allowed':
      return plainLine(`Yes${by}: ${statement}`);
    case 'allowed-if':
      return { answer: `Yes, if the conditions are met${by}: ${statement}`, skip: undefined, conditionsFirst: true };
    case 'not-recommended':
      return plainLine(`Not recommended${by}: ${statement}`);
    case 'not-allowed': {
      const skip = leadFirst(ruling.actions, lead?.policy).find((a) => INSTEAD.test(a.text));
      return skip ? { answer: `No: ${lowerFirst(sentence(skip.text))}${byWhoCites(skip.citations, lead?.policy, by)}`, skip, conditionsFirst: false } : plainLine(`No${by}: ${statement}`);
    }
    case 'required': {
      // A permission's condition asked as a duty ("do I need the parents' ok first?"): the conditions are what to do first.
      const stepAsked = lead?.verdict === 'allowed-if' ? stepAskedFirst(question, ruling) : undefined;
      return { answer: `Yes${by}: ${statement}`, skip: undefined, conditionsFirst: stepAsked !== undefined, ...(stepAsked ? { stepAsked } : {}) };
    }
    case 'not-required':
      // A permission asked of as a duty ("do I have to reply?"): no duty, and what holds if it is done. Asked of a way the rule
      // says is not needed ("do they have to be proper paragraphs?"), its statement says so itself.
      // So is a step asked before it ("has it got to go past my manager first?"): "If you do" would read as going to the manager.
      return plainLine(lead?.verdict === 'allowed-if' && lead.asked?.duty !== 'not-required' && !stepWordsAsked(question) ? `No, it is not required. If you do${by}: ${statement}` : `No${by}: ${statement}`);
    default:
      return plainLine(statement);
  }
}

export function leadFor(ruling: Ruling, question: string, today?: IsoDate): Lead {
  const kind = askKind(ruling, question);
  const lead = leadPosition(ruling);
  const policy = lead?.policy;
  const org = policy ? SHORT_NAMES[policy] : '';
  const by = org ? ` (${org})` : '';
  const statement = lead?.statement ?? ruling.headline;
  const actions = pressing(ruling.actions, policy);
  let skip: RequiredAction | undefined;
  let answer: string;
  let conditionsFirst = false;
  let stepAsked: RegExp | undefined;

  switch (kind) {
    case 'when': {
      const due = dueOf(ruling);
      // A deadline already gone ("I still haven't written it up - when was it due?") is said to have passed, not set as a target.
      const passed = due !== undefined && today !== undefined && due.date < today;
      // A write-up told as done ("wrote it up tuesday, was I in time?") is asked against its date, not told to be done now.
      const done = passed && WRITTEN_UP.test(question) && !NOT_WRITTEN_UP.test(question);
      const when = done ? 'It was due by' : passed ? `Overdue: it was due by` : ruling.topic === 'recording-deadline' ? 'Write it up by' : 'Due by';
      answer = due
        ? `${when} ${longDate(due.date)}${due.basis ? `: ${plainBasis(due.basis)}` : ''}${byWhoCites(due.citations, policy, by)}${passed && !done ? `. ${ruling.topic === 'recording-deadline' ? 'Write it up' : 'Do it'} now.` : ''}`
        : `${org ? `${org}: ` : ''}${statement}`;
      break;
    }
    case 'keep': {
      const date = ruling.dates[0];
      const until = date ? `${writtenDate(date.date)} (${date.basis})${by}` : '';
      answer = !date ? `${org ? `${org}: ` : ''}${statement}` : ruling.verdict === 'not-allowed' ? `No: keep it until ${until}` : `Keep it until ${until}`;
      break;
    }
    case 'say':
      answer = ruling.wording[0] ? `Use this wording${byWhoCites([ruling.wording[0].citation], policy, by)}:` : `${org ? `${org}: ` : ''}${statement}`;
      break;
    case 'record':
      // No duty to record ("is it the same in Brighton?" of writing up every call): the no leads, not a list to record.
      if (ruling.verdict === 'not-required') {
        ({ answer, skip, conditionsFirst, stepAsked } = yesNoLine(ruling, lead, by, statement, question));
        break;
      }
      answer = actions[0] ? `Record this${byWhoCites(actions[0].citations, policy, by)}:` : `${org ? `${org}: ` : ''}${statement}`;
      break;
    case 'incident': {
      // An incident leads with what to do now: its most pressing action is the answer.
      skip = actions[0];
      answer = skip ? `Now${byWhoCites(skip.citations, policy, by)}: ${lowerFirst(sentence(skip.text))}` : `${org ? `${org}: ` : ''}${statement}`;
      break;
    }
    case 'do':
    case 'duties':
      answer = `${org ? `${org}: ` : ''}${statement}`;
      conditionsFirst = ruling.verdict === 'allowed-if' || kind === 'duties';
      break;
    default:
      ({ answer, skip, conditionsFirst, stepAsked } = yesNoLine(ruling, lead, by, statement, question));
  }

  // For a conditional yes, the conditions not yet known to hold are the first things to do.
  const open = conditionsFirst ? openConditions(ruling, policy) : [];
  const conditionSteps = [...open.filter((c) => stepAsked?.test(c.text)), ...open.filter((c) => !stepAsked?.test(c.text))].slice(0, 2).map((c) => ({ text: c.text, due: '' }));
  // Under a no, only what the policy saying no asks is to be done; the others' actions go with their conditional yes.
  const applicable = ruling.verdict === 'not-allowed' || ruling.verdict === 'not-recommended' ? actions.filter((a) => cited(a, policy)) : actions;
  const actionSteps = applicable.filter((a) => a !== skip).map((a) => ({ text: a.text, due: a.due ? `By ${longDate(a.due)}` : '' }));
  const prohibitions = kind === 'incident' && ruling.verdict === 'not-allowed' ? ruling.conditions.map((c) => ({ text: c.text, due: '' })) : [];
  const now = [...conditionSteps, ...actionSteps.slice(0, kind === 'incident' && prohibitions.length > 0 ? 2 : MAX_NOW), ...prohibitions, ...actionSteps.slice(2)]
    .filter((s, i, all) => all.findIndex((t) => t.text === s.text) === i)
    .slice(0, MAX_NOW);

  const differ = ruling.disagreement
    ? `The policies differ: ${ruling.positions.filter((p) => p.policy !== policy).map((p) => `${SHORT_NAMES[p.policy]}: ${SHORT[p.verdict]}`).join('; ')}.`
    : '';
  // A policy that would say no, on a fact the question does not give, is named beside a yes.
  const against = NO.has(ruling.verdict) ? [] : ruling.pending.filter((p) => NO.has(p.verdict));
  const depends = against.length > 0 ? `${against.map((p) => `${SHORT_NAMES[p.policy]}: ${SHORT[p.verdict]}, depending on ${factsWaitedOn(p.dependsOn)}`).join('; ')}.` : '';
  const others = differ || depends ? `${[differ, depends].filter(Boolean).join(' ')} See Details.` : '';
  return { kind, answer, wordingFirst: kind === 'say' && ruling.wording.length > 0, others, now, short: SHORT[ruling.verdict], statement, by };
}
