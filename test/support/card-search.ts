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

/** The data the one-date follow-up submits, with the date the practitioner picked. */
export function dateFollowUp(card: unknown, date: string): Record<string, unknown> {
  const [input] = findInCard(card, (o) => o.type === 'Input.Date');
  const [submit] = findInCard(card, (o) => o.type === 'Action.Submit' && (o.data as { verb?: unknown } | undefined)?.verb === 'refine');
  return { ...(submit?.data as Record<string, unknown>), [String(input?.id)]: date };
}
