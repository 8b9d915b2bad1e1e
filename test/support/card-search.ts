import { withCardQuestion } from '../../src/answering/card-question';

// Looking inside a card the way a test needs to: every element matching a test, the answer line, and what a follow-up sends.

/** Every object in a card (elements, actions, inputs) that matches, depth first. */
export function findInCard(node: unknown, match: (o: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (match(o)) found.push(o);
    Object.values(o).forEach(walk);
  };
  walk(node);
  return found;
}

/** The one line an answer card leads with (its heading). */
export const answerLine = (card: unknown): string => String(findInCard(card, (o) => o.type === 'TextBlock' && o.style === 'heading')[0]?.text ?? '');

/** What the card shows before Details is opened: every body element except the hidden ones, and the feedback row. */
export function visibleText(card: unknown, text: (node: unknown) => string[]): string[] {
  const body = ((card as { body?: Record<string, unknown>[] } | undefined)?.body ?? []).filter((b) => b.isVisible !== false && b.id !== 'feedback');
  return text(body);
}

/** The follow-up buttons: each posts its title as the practitioner's message (messageBack) with refine data as its value. */
export function followUpButtons(card: unknown): { title: string; displayText: string; value: Record<string, unknown> }[] {
  return findInCard(card, (o) => o.type === 'Action.Submit' && typeof (o.data as { msteams?: unknown } | undefined)?.msteams === 'object').map((o) => {
    const back = (o.data as { msteams: { type: string; displayText: string; value: Record<string, unknown> } }).msteams;
    return { title: String(o.title), displayText: back.type === 'messageBack' ? back.displayText : '', value: back.value };
  });
}

/** The headings the sections behind Details start with (cards/answer.json, src/cards/answer-details.ts). */
const SECTION_HEADING = /^\*\*(Conditions|The guidance also asks|Where the policies differ|Each policy's position|Why this applies|Read from your question|Sources \(\d+\)|Also in the guidance)\*\*$/;

/** The sections behind Details, each from its heading to the next (the first: the topic and headline), wherever the blocks split. */
export function detailsSections(texts: readonly string[]): string[] {
  const sections: string[][] = [];
  for (const paragraph of texts.flatMap((t) => t.split('\n\n'))) {
    if (sections.length === 0 || SECTION_HEADING.test(paragraph)) sections.push([paragraph]);
    else sections.at(-1)!.push(paragraph);
  }
  return sections.map((s) => s.join('\n\n'));
}

/** The inputs of one card, not those of the cards its Action.ShowCard buttons open. */
function inputsOf(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (n: unknown, top: boolean): void => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, false));
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (!top && o.type === 'AdaptiveCard') return;
    if (typeof o.type === 'string' && o.type.startsWith('Input.')) found.push(o);
    Object.values(o).forEach((v) => walk(v, false));
  };
  walk(card, true);
  return found;
}

/**
 * What a client sends when a button is pressed, as the Adaptive Cards schema describes Action.Submit and Action.Execute:
 * the button's data with the inputs gathered, "those on the current card, and in the case of a show card those on any parent
 * cards", visible or not, each with what was entered (`entered`, by input id) or its initial value.
 */
export function submitted(card: unknown, button: Record<string, unknown> | undefined, entered: Record<string, string> = {}): Record<string, unknown> {
  const chain = (n: unknown, cards: unknown[]): unknown[] | undefined => {
    if (n === button) return cards;
    if (Array.isArray(n)) {
      for (const x of n) {
        const found = chain(x, cards);
        if (found) return found;
      }
      return undefined;
    }
    if (n === null || typeof n !== 'object') return undefined;
    const o = n as Record<string, unknown>;
    const within = o.type === 'AdaptiveCard' ? [...cards, o] : cards;
    for (const v of Object.values(o)) {
      const found = chain(v, within);
      if (found) return found;
    }
    return undefined;
  };
  const cards = chain(card, []);
  if (!button || !cards) throw new Error('that button is not on the card');
  const values: Record<string, unknown> = {};
  for (const input of cards.flatMap(inputsOf)) {
    const value = entered[String(input.id)] ?? input.value;
    if (value !== undefined) values[String(input.id)] = value;
  }
  return { ...(button.data as Record<string, unknown>), ...values };
}

/** What the bot's handler for a button receives: the submission with the card's question read back (as the router does). */
export const received = (card: unknown, button: Record<string, unknown> | undefined, entered: Record<string, string> = {}): Record<string, unknown> =>
  withCardQuestion(submitted(card, button, entered));

/** The data the one-date follow-up submits, with the date the practitioner picked, as the bot's handler receives it. */
export function dateFollowUp(card: unknown, date: string): Record<string, unknown> {
  const [input] = findInCard(card, (o) => o.type === 'Input.Date');
  const [submit] = findInCard(card, (o) => o.type === 'Action.Submit' && (o.data as { verb?: unknown } | undefined)?.verb === 'refine');
  return received(card, submit, { [String(input?.id)]: date });
}
