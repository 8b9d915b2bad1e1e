import { z } from 'zod';
import type { ActionData, FollowUpQuestionView } from '../cards/view-models';
import type { FactName, Situation } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { lowerFirst } from '../guidance/text';
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

/**
 * What a button carries to find the situation its card ruled on again: the situation itself, or (far smaller) what rebuilds
 * it: the question, the day it was understood, the topic chosen or forced, which record, the follow-up choices made since,
 * and a fingerprint of the situation, so a rebuild that no longer matches is refused rather than answered differently.
 */
export type Carried = { situation: Situation } | CarriedReference;

export interface CarriedReference {
  question: string;
  on: string;
  topic?: string;
  part?: number;
  chosen?: [FactName, string][];
  sit: string;
}

/** The data a follow-up sends: the question, what finds the situation so far, and the one fact chosen. */
function refineData(question: string, carried: Carried, fact: FactName, value?: string): ActionData {
  return {
    verb: 'refine',
    question: question.slice(0, MAX_CARRIED_QUESTION),
    ...carried,
    asked: [fact],
    ...(value === undefined ? {} : { [inputId(fact)]: value }),
  };
}

/** A fact as the follow-up asks it, naming the record it is for when the question named several. */
const factAsked = (fact: FactName, about: string | undefined): string => (about ? `${FACT_LABELS[fact]} (${about})` : FACT_LABELS[fact]);

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
  /** What each button carries to find the situation again; the situation itself when omitted. */
  carried?: Carried;
}): FollowUpQuestionView | undefined {
  const carried = options.carried ?? { situation: options.situation };
  const facts = askableFacts(options.missing);
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
      question: factAsked(fact, options.about),
      buttons: choices.map((c) => ({
        title: c.title,
        data: { msteams: { type: 'messageBack', displayText: c.title, value: refineData(options.question, carried, fact, c.value) } },
      })),
      dates: [],
    };
  }
  const date = facts.find((f) => FACT_INPUTS[f]?.kind === 'date');
  if (!date) return undefined;
  return { question: `What is the ${lowerFirst(factAsked(date, options.about))}?`, buttons: [], dates: [{ id: inputId(date), label: FACT_LABELS[date], submit: refineData(options.question, carried, date) }] };
}

const factName = z.string().refine((f): f is FactName => FACT_INPUTS[f as FactName] !== undefined, { message: 'unknown fact' });

/** A refine submission: the card's own data plus whatever the inputs sent (strings, as Teams sends them). */
export const RefineSubmissionSchema = z
  .looseObject({
    verb: z.literal('refine'),
    question: z.string().max(MAX_CARRIED_QUESTION),
    asked: z.array(factName).min(1).max(20),
    // Buttons sent before cards carried a reference carry the situation itself; those still work.
    situation: situationSchema.optional(),
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    topic: z.string().max(60).optional(),
    part: z.number().int().min(0).max(20).optional(),
    chosen: z.array(z.tuple([factName, z.string().max(100)])).max(20).optional(),
    sit: z.string().max(32).optional(),
  })
  .refine((s) => s.situation !== undefined || (s.on !== undefined && s.sit !== undefined), { message: 'neither a situation nor a reference to one' });

export type RefineSubmission = z.infer<typeof RefineSubmissionSchema>;

/** "Send me just the wording" with a reference instead of its situation: the same fields as a refine's reference. */
export const WordingReferenceSchema = z.looseObject({
  question: z.string().max(MAX_CARRIED_QUESTION),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  topic: z.string().max(60).optional(),
  part: z.number().int().min(0).max(20).optional(),
  chosen: z.array(z.tuple([factName, z.string().max(100)])).max(20).optional(),
  sit: z.string().max(32),
});

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
export function applySubmission(submission: RefineSubmission & { situation: Situation }): RefineResult {
  const situation = structuredClone(submission.situation);
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
