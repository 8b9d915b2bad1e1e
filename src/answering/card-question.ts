// An answer card carries the practitioner's question once, in a hidden input, instead of in each of its buttons' data.
// Action.Submit and Action.Execute gather "the inputs on the current card, and in the case of a show card those on any
// parent cards" (Adaptive Cards schema, Action.Submit / Action.Execute), visible or not, and merge them into the data the
// button sends; so "Helpful", "Send feedback", "Ask my manager", "Ask an IG lead", "Use this date" and "Send me just the
// wording" all send it back. Teams' messageBack buttons (the follow-up choices) are not promised the inputs: they keep theirs.

/** The hidden input's id: not "question", so an input never overwrites a button's own question (a multi-ask card's). */
export const CARD_QUESTION_INPUT = 'cardQuestion';

/**
 * A card submission as the answers module reads it: the question the button carried itself, else the card's own. Cards sent
 * before the question moved into the input carry it in every button, and still work.
 */
export function withCardQuestion(data: Record<string, unknown>): Record<string, unknown> {
  if (!(CARD_QUESTION_INPUT in data)) return data;
  const { [CARD_QUESTION_INPUT]: carried, ...rest } = data;
  return rest.question === undefined && typeof carried === 'string' ? { ...rest, question: carried } : rest;
}

/** A button's data without the question the card's input already carries (any other question stays). */
export function withoutCardQuestion<T extends Record<string, unknown>>(data: T, cardQuestion: string): T {
  if (data.question !== cardQuestion) return data;
  const { question: _carried, ...rest } = data;
  return rest as T;
}
