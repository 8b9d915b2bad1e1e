// Typed view-models the card templates are filled from; every string in them comes from a ruling or a computed value.

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** Data an Action.Execute (and its Action.Submit fallback) sends back; `verb` is always inside. */
export type ActionData = Record<string, unknown> & { verb: string };

/** The citations from one document, so its organisation and title are shown once. */
export interface SourceView {
  /** "Organisation, Document" */
  heading: string;
  /** In the ruling's order; section is e.g. "section 1.8" or a named section as the policy names it. */
  citations: { section: string; quote: string }[];
}

export interface AnswerView {
  /** e.g. "Digital contact" */
  topicLabel: string;
  /** Which part of the question this card answers, when the question asked about several records; empty otherwise. */
  scope: string;
  verdictLabel: string;
  /** Adaptive Cards colour for the verdict: Good, Accent (a duty), Warning, Attention or Default. */
  verdictColour: 'Good' | 'Accent' | 'Warning' | 'Attention' | 'Default';
  headline: string;
  /** Which facts selected which rules (from the ruling), so the answer explains itself. */
  why: string[];
  /** What was read from the question, shown so the practitioner can spot a misreading. */
  understood: { title: string; value: string }[];
  conditions: { mark: string; text: string }[];
  actions: { text: string; details: string }[];
  dates: { title: string; value: string }[];
  wording: { label: string; text: string; source: string }[];
  /** Each organisation's position, side by side; empty when only one policy speaks. */
  positions: { organisation: string; verdict: string; statement: string }[];
  positionsTitle: string;
  /** Citations grouped by document, documents in order of first citation. */
  sources: SourceView[];
  /** "Sources (N)", N the number of citations. */
  citationsTitle: string;
  feedback: { helpful: ActionData; notHelpful: ActionData };
}

export interface ChoiceView {
  title: string;
  value: string;
}

export interface FollowUpInputView {
  id: string;
  label: string;
  kind: 'number' | 'choice' | 'date' | 'time';
  choices: ChoiceView[];
  /** What the practitioner entered before, kept on a retry. */
  value: string;
  min?: number;
  max?: number;
  /** Why the last value was refused, and what to enter instead. */
  error: string;
}

export interface FollowUpView {
  title: string;
  intro: string;
  /** Problems with the last submission, shown at the top. */
  problems: string[];
  inputs: FollowUpInputView[];
  submit: ActionData;
}

export interface NotCoveredView {
  sentence: string;
  /** The covered topics nearest the question ("The nearest it covers: ..."), empty when none is near. */
  nearest: string;
  coversTitle: string;
  covers: string[];
  understood: { title: string; value: string }[];
}

/** "Which do you mean?": the topics a question is nearest to, each a button that asks it again about that topic. */
export interface WhichView {
  title: string;
  intro: string;
  choices: { title: string; data: ActionData }[];
  otherwise: string;
  understood: { title: string; value: string }[];
}

export interface WelcomeView {
  title: string;
  intro: string;
  policies: string[];
  coversTitle: string;
  covers: string[];
  examples: { title: string; data: ActionData }[];
}
