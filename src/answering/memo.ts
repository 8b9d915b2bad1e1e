import { guidanceVersion } from '../guidance/engine';
import type { AnswerContext, Reply } from './answer';

// Answering is a pure function of (question, profile, working date, guidance version), so repeated questions reuse the cards.

export type AnswerFn = (text: string, ctx: AnswerContext) => Reply[];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Bounded least-recently-used memo; maxEntries 0 turns it off. Frozen replies so no turn can alter another's card. */
export function memoiseAnswers(answer: AnswerFn, maxEntries: number): AnswerFn {
  if (maxEntries <= 0) return answer;
  const cache = new Map<string, Reply[]>();
  return (text, ctx) => {
    // Injected guidance (tests) has its own version and is never cached.
    if (ctx.guidance) return answer(text, ctx);
    const key = [ctx.today, ctx.profile.nation, ctx.profile.policies.join(','), guidanceVersion(), text].join('\u0000');
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const replies = deepFreeze(answer(text, ctx));
    cache.set(key, replies);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return replies;
  };
}
