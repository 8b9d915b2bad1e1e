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
  /** The citations as one text: "_section 1.8_: quote", a paragraph each. */
  quotes: string;
}

export interface WordingView {
  label: string;
  text: string;
  source: string;
}

/** One question that would change the answer, asked with buttons (a choice) or one date input. */
export interface FollowUpQuestionView {
  question: string;
  /** Each posts its title as the practitioner's own message (messageBack) with the refine data as its value. */
  buttons: { title: string; data: Record<string, unknown> }[];
  /** A date cannot be a button: one Input.Date and a button that submits it. */
  dates: { id: string; label: string; submit: ActionData }[];
}

export interface AnswerView {
  /** The question the buttons rebuild the card from, carried once in a hidden input their submits gather (card-question.ts). */
  question: string;
  /** Which part of the question this card answers, when the question asked about several records; empty otherwise. */
  scope: string;
  /** After a follow-up: one line saying what the choice changed; empty otherwise. */
  changed: string;
  /** The one line that answers the question asked, with its policy. */
  answer: string;
  /** The prescribed wording, when the question asked what to say (shown under the answer). */
  wordingFirst: WordingView[];
  /** Where policies disagree, the others' positions in one line; empty otherwise. */
  others: string;
  /** "What to do now", or "Then" under an answer that is itself the first thing to do. */
  nowTitle: string;
  /** At most three actions, with their dates: a paragraph each (one text block costs a card far fewer bytes than three). */
  now: string;
  followUp: FollowUpQuestionView[];
  /** "Send me just the wording": at most one. */
  wordingOnly: ActionData[];
  /** Everything below sits behind the Details toggle. */
  topicLabel: string;
  headline: string;
  /** Which facts selected which rules (from the ruling), so the answer explains itself: one paragraph each. */
  why: string;
  /** What was read from the question, shown so the practitioner can spot a misreading: "title: value", a paragraph each. */
  understood: string;
  /** Grouped by policy, each condition marked met, not met or not known; empty when there are none. */
  conditions: string;
  /** The actions not under "What to do now", each with where it is recorded, whom to tell and by when: one paragraph each. */
  actions: string;
  dates: { title: string; value: string }[];
  wording: WordingView[];
  /** Each organisation's position, a paragraph each; empty when only one policy speaks. */
  positions: string;
  positionsTitle: string;
  /** Citations grouped by document, documents in order of first citation: "**Organisation, Document**" and its quotes. */
  sources: string;
  /** "Sources (N)", N the number of citations. */
  citationsTitle: string;
  /** Passages of the selected policies near the question that the answer does not quote, a paragraph each; empty when none. */
  also: string;
  feedback: { helpful: ActionData; notHelpful: ActionData };
  /** "Ask my manager" and "Ask an information governance lead". */
  ask: { manager: ActionData; lead: ActionData };
}

export interface NotCoveredView {
  /** As on the answer card: carried once, in a hidden input "Ask my manager" and "Ask an IG lead" gather. */
  question: string;
  sentence: string;
  /** The covered topics nearest the question ("The nearest it covers: ..."), empty when none is near. */
  nearest: string;
  coversTitle: string;
  covers: string[];
  /** As on the answer card: "title: value", a paragraph each; empty when nothing was read. */
  understood: string;
  ask: { manager: ActionData; lead: ActionData };
}

/** "Which do you mean?": the topics a question is nearest to, each a button that asks it again about that topic. */
export interface WhichView {
  title: string;
  intro: string;
  choices: { title: string; data: ActionData }[];
  otherwise: string;
  /** The passages of the guidance nearest the question, a paragraph each, while the topic is chosen; empty when none is close. */
  nearest: string;
  /** As on the answer card: "title: value", a paragraph each; empty when nothing was read. */
  understood: string;
}

export interface WelcomeView {
  title: string;
  intro: string;
  policies: string[];
  coversTitle: string;
  covers: string[];
  /** Each posts its question as the practitioner's own message (imBack). */
  examples: { title: string; data: { msteams: { type: 'imBack'; value: string } } }[];
}
