import type { PolicyId } from './policies';
import type { FactName, IsoDate, Topic } from './situation';

/**
 * allowed-if: a permission with conditions ("can I …?"); required: a duty, what the guidance says you must do, record or keep,
 * where and by when ("what / how long / when must I …?").
 */
export const VERDICTS = ['allowed', 'not-required', 'allowed-if', 'required', 'not-recommended', 'not-allowed', 'not-covered'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A paragraph of a seed policy, quoted exactly. */
export interface Citation {
  /** Stable id of the encoded provision, e.g. "pan-dorset/1.8". */
  id: string;
  policy: PolicyId;
  organisation: string;
  document: string;
  /** Section or paragraph as the document numbers or heads it, e.g. "1.8" or "Case notes must be: Timely". */
  section: string;
  /** Verbatim text from the seed (whitespace may differ). */
  quote: string;
}

/** One organisation's position on the question, so disagreements show side by side. */
export interface Position {
  policy: PolicyId;
  organisation: string;
  verdict: Verdict;
  /** The position in one sentence, from the encoded guidance. */
  statement: string;
  citations: Citation[];
  /** Its verdict when the act is asked as a permission or as a choice, where that differs (the rule's `asked`). */
  asked?: { permission?: Verdict; choice?: Verdict; duty?: Verdict };
  /** The condition of a permission that the facts given break, which makes this position a no (its statement says so). */
  broken?: string;
}

/**
 * A selected policy's position that depends on facts the question does not give ("if it is WhatsApp …"): shown beside
 * the others so no policy that rules on the act is left out, never counted in the verdict.
 */
export interface PendingPosition extends Position {
  /** The facts that decide whether this position applies. */
  dependsOn: FactName[];
}

export interface RequiredAction {
  /** What to do, from the encoded guidance. */
  text: string;
  /** Where the entry goes, when the action is a recording. */
  where?: 'case-record' | 'supervision-file' | 'agency-file';
  /** Who must be told. */
  tell?: 'line-manager' | 'police' | 'safeguarding-lead' | 'ict' | 'parents-or-carers';
  /** Computed deadline (working days, bank holidays of the profile's nation). */
  due?: IsoDate;
  /** How the deadline was computed, e.g. "5 working days after 2026-12-23 (bank holidays: England and Wales)". */
  dueBasis?: string;
  citations: Citation[];
}

export interface RulingCondition {
  /** A condition the practitioner still has to meet (or that must hold) for the verdict. */
  text: string;
  /** true: the situation says it holds; false: it does not; undefined: not known. */
  met?: boolean;
  citations: Citation[];
}

export interface ExactWording {
  label: string;
  text: string;
  citation: Citation;
}

export interface Ruling {
  topic: Topic;
  verdict: Verdict;
  /** One line, from the encoded guidance (or "not covered" text). */
  headline: string;
  positions: Position[];
  /** Selected policies with no position on the facts given, each with the position it takes if the missing facts allow. */
  pending: PendingPosition[];
  /** True when the selected policies take different positions. */
  disagreement: boolean;
  conditions: RulingCondition[];
  actions: RequiredAction[];
  wording: ExactWording[];
  /** Computed dates the answer depends on. */
  dates: { label: string; date: IsoDate; basis: string }[];
  /** Why: the facts of the situation that selected each rule, e.g. "age 14 is under 16". */
  matched: string[];
  /** Facts that, if known, would change the ruling. */
  missingFacts: FactName[];
  citations: Citation[];
  /** Ids of the encoded rules that produced this ruling (for audit: what the bot told whom, on which version). */
  ruleIds: string[];
  /** Version of the encoded guidance the ruling came from. */
  guidanceVersion: string;
}

/**
 * The ruling answered with another verdict and headline. Its fields are written out in the engine's order rather than spread:
 * a spread gives each copy a hidden class of its own, making every later read of the ruling megamorphic.
 */
export function rulingWith(ruling: Ruling, verdict: Verdict, headline: string): Ruling {
  const r = ruling;
  return {
    topic: r.topic,
    verdict,
    headline,
    positions: r.positions,
    pending: r.pending,
    disagreement: r.disagreement,
    conditions: r.conditions,
    actions: r.actions,
    wording: r.wording,
    dates: r.dates,
    matched: r.matched,
    missingFacts: r.missingFacts,
    citations: r.citations,
    ruleIds: r.ruleIds,
    guidanceVersion: r.guidanceVersion,
  };
}
