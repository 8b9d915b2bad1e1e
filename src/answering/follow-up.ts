import { z } from 'zod';
import type { ActionData, FollowUpQuestionView } from '../cards/view-models';
import type { FactName, Situation } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { FACT_INPUTS, inputId } from './fact-inputs';
import { FACT_LABELS } from './labels';

// A follow-up asks for one fact that would change the ruling, and reads the answer back strictly.

export const MAX_CARRIED_QUESTION = 500;

/** Facts the card can ask for, in the order the engine listed them. */
export function askableFacts(missing: readonly FactName[]): FactName[] {
  return [...new Set(missing)].filter((f) => FACT_INPUTS[f] !== undefined);
}

/** Age is a number, but only a few bands change an answer: each band is a button. */
const AGE_BANDS = [
  { title: 'Under 13', value: '12' },
  { title: '13 to 15', value: '15' },
  { title: '16 or 17', value: '17' },
  { title: '18 or over', value: '18' },
];

const MAX_BUTTONS = 4;
const lowerFirst = (s: string): string => s[0]!.toLowerCase() + s.slice(1);
/** Facts tried before giving up on a decisive one: each try rules once per choice. */
const MAX_FACTS_TRIED = 3;

const buttonChoices = (fact: FactName): { title: string; value: string }[] =>
  fact === 'age' ? AGE_BANDS : FACT_INPUTS[fact]?.kind === 'choice' ? (FACT_INPUTS[fact]?.choices ?? []) : [];

/** A copy of plain data (a situation: objects, arrays, strings, numbers, booleans), as structuredClone makes it, far cheaper. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyOf(v);
  return out as T;
}

/** The data a follow-up sends: the question, the situation so far and the one fact chosen. */
function refineData(question: string, situation: Situation, fact: FactName, value?: string): ActionData {
  return {
    verb: 'refine',
    question: question.slice(0, MAX_CARRIED_QUESTION),
    situation,
    asked: [fact],
    ...(value === undefined ? {} : { [inputId(fact)]: value }),
  };
}

/**
 * The single most decisive missing fact, asked with 2-4 buttons that post the choice as the practitioner's own message
 * (messageBack), or one date input when the fact is a date. A fact is decisive when its choices lead to different answers;
 * outcome(situation) names the answer a situation gets. Undefined when no missing fact can be asked this way.
 */
export function decisiveQuestion(options: {
  question: string;
  situation: Situation;
  missing: readonly FactName[];
  outcome: (situation: Situation) => string | undefined;
  /** The record the fact is for, when the question named several. */
  about?: string;
}): FollowUpQuestionView | undefined {
  const facts = askableFacts(options.missing);
  const ask = (fact: FactName): string => (options.about ? `${FACT_LABELS[fact]} (${options.about})` : FACT_LABELS[fact]);
  for (const fact of facts.filter((f) => buttonChoices(f).length > 1).slice(0, MAX_FACTS_TRIED)) {
    const byOutcome = new Map<string, { title: string; value: string }[]>();
    for (const choice of buttonChoices(fact)) {
      const situation = copyOf(options.situation);
      if (FACT_INPUTS[fact]?.apply(situation, choice.value)) continue;
      const outcome = options.outcome(situation);
      if (outcome === undefined) continue;
      byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), choice]);
    }
    if (byOutcome.size < 2) continue;
    // One choice per distinct answer first, then the rest in the guidance's order, at most four.
    const groups = [...byOutcome.values()];
    const picked = new Set([...groups.map((g) => g[0]!), ...groups.flat()].slice(0, MAX_BUTTONS));
    const choices = buttonChoices(fact).filter((c) => picked.has(c));
    return {
      question: ask(fact),
      buttons: choices.map((c) => ({
        title: c.title,
        data: { msteams: { type: 'messageBack', displayText: c.title, value: refineData(options.question, options.situation, fact, c.value) } },
      })),
      dates: [],
    };
  }
  const date = facts.find((f) => FACT_INPUTS[f]?.kind === 'date');
  if (!date) return undefined;
  return { question: `What is the ${lowerFirst(ask(date))}?`, buttons: [], dates: [{ id: inputId(date), label: FACT_LABELS[date], submit: refineData(options.question, options.situation, date) }] };
}

const factName = z.string().refine((f): f is FactName => FACT_INPUTS[f as FactName] !== undefined, { message: 'unknown fact' });

/** A refine submission: the card's own data plus whatever the inputs sent (strings, as Teams sends them). */
export const RefineSubmissionSchema = z.looseObject({
  verb: z.literal('refine'),
  question: z.string().max(MAX_CARRIED_QUESTION),
  situation: situationSchema,
  asked: z.array(factName).min(1).max(20),
});

export type RefineSubmission = z.infer<typeof RefineSubmissionSchema>;

export interface RefineResult {
  situation: Situation;
  /** Values as entered, by input id, so a retry card keeps them. */
  entered: Record<string, string>;
  /** What to fix, by input id. */
  errors: Record<string, string>;
  /** Nothing was entered at all. */
  empty: boolean;
}

/** Applies each entered value to a copy of the situation; a wrong value is reported, never guessed. */
export function applySubmission(submission: RefineSubmission): RefineResult {
  const situation = structuredClone(submission.situation) as Situation;
  const entered: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const raw = submission as Record<string, unknown>;
  for (const fact of submission.asked as FactName[]) {
    const id = inputId(fact);
    const value = raw[id];
    if (value === undefined || value === null || value === '') continue;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 100) : '';
    entered[id] = text;
    const problem = FACT_INPUTS[fact]?.apply(situation, text);
    if (problem) errors[id] = problem;
  }
  return { situation, entered, errors, empty: Object.keys(entered).length === 0 };
}
