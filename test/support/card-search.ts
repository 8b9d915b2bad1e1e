import type { Reply } from '../../src/answering/answer';

// Looking inside a card the way a test needs to: every element matching a test, and the data a refine click would send.

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

/** The refine data a practitioner's click would send: the card's own data plus the inputs they filled. */
export function refineData(followUp: Reply | undefined, inputs: Record<string, string>): Record<string, unknown> {
  const [execute] = findInCard(followUp?.card, (o) => o.type === 'Action.Execute' && o.verb === 'refine');
  return { ...(execute?.data as Record<string, unknown>), ...inputs };
}
