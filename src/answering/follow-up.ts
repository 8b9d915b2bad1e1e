import { z } from 'zod';
import type { FollowUpInputView, FollowUpView } from '../cards/view-models';
import type { FactName, Situation } from '../guidance/situation';
import { situationSchema } from '../guidance/situation-schema';
import { FACT_INPUTS, inputId } from './fact-inputs';
import { FACT_LABELS } from './labels';

// The follow-up card asks only for facts that would change the ruling, and reads the answers back strictly.

export const MAX_CARRIED_QUESTION = 500;

/** Facts the card can ask for, in the order the engine listed them. */
export function askableFacts(missing: readonly FactName[]): FactName[] {
  return [...new Set(missing)].filter((f) => FACT_INPUTS[f] !== undefined);
}

export function followUpView(options: {
  question: string;
  situation: Situation;
  facts: readonly FactName[];
  entered?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
  problems?: string[];
  /** The record the facts are for, when the question named several ("Looked after child case record (born in 1998)"). */
  about?: string;
}): FollowUpView {
  const retry = (options.problems ?? []).length > 0;
  const inputs: FollowUpInputView[] = options.facts.map((fact) => {
    const spec = FACT_INPUTS[fact];
    const id = inputId(fact);
    return {
      id,
      label: FACT_LABELS[fact],
      kind: spec?.kind ?? 'choice',
      choices: spec?.choices ?? [],
      value: options.entered?.[id] ?? '',
      min: spec?.min ?? 0,
      max: spec?.max ?? 0,
      error: options.errors?.[id] ?? '',
    };
  });
  return {
    title: 'The answer depends on a few more facts',
    intro: retry
      ? 'Some answers could not be used. Everything you entered is kept below:'
      : options.about
        ? `For ${options.about}: the ruling above holds in every case. Tell me these and I will give the specific ruling:`
        : 'The ruling above holds in every case. Tell me these and I will give the specific ruling:',
    problems: options.problems ?? [],
    inputs,
    submit: {
      verb: 'refine',
      question: options.question.slice(0, MAX_CARRIED_QUESTION),
      situation: options.situation,
      asked: [...options.facts],
    },
  };
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
