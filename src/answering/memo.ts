import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { guidanceVersion } from '../guidance/engine';
import type { AnswerContext, Reply } from './answer';

// Answering is a pure function of (question, profile, working date, guidance version), so repeated questions reuse the
// cards. Questions carry names and numbers, and cards quote them (what was read, the feedback button): the memo is keyed
// by a hash of the question and keeps the cards with every word of the question swapped for a placeholder, putting
// the asker's own words back on the way out. It holds no raw text.

/** Replies now, or later when answered on another thread (src/answering/answer-threads.ts). */
type Answers = Reply[] | Promise<Reply[]>;

export type AnswerFn<R extends Answers = Reply[]> = (text: string, ctx: AnswerContext) => R;

export interface AnswerMemo<R extends Answers = Reply[]> extends AnswerFn<R | Reply[]> {
  /** What the memo holds, for tests: keys and kept cards. */
  held(): string[];
}

/** Placeholders come from the private use area, which no word of a question (letters, digits) can match. */
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDERS = /[\uE000-\uF8FF]/;
const PLACEHOLDER_LAST = 0xf8ff;
/** A question with more distinct words than this is answered afresh rather than kept (swapping would cost more). */
const MAX_WORDS = 80;

/** The question's words as a card may quote them (as typed, and lower-cased), longest first. */
function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const w of text.match(/[\p{L}\p{N}'’]{2,}/gu) ?? []) {
    words.add(w);
    words.add(w.toLowerCase());
  }
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Kept cards cut at their placeholders once, when kept: the text between them, and which word each placeholder stands for. */
interface Kept {
  texts: string[];
  slots: number[];
}

function cutAtPlaceholders(kept: string): Kept {
  const texts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (let i = 0; i < kept.length; i++) {
    const code = kept.charCodeAt(i);
    if (code < PLACEHOLDER_BASE || code > PLACEHOLDER_LAST) continue;
    texts.push(kept.slice(from, i));
    slots.push(code - PLACEHOLDER_BASE);
    from = i + 1;
  }
  texts.push(kept.slice(from));
  return { texts, slots };
}

/** The kept cards with each placeholder back as its word (or as itself, for what the memo shows it holds). */
function joined({ texts, slots }: Kept, wordFor: (slot: number) => string): string {
  let out = texts[0]!;
  for (let i = 0; i < slots.length; i++) out += wordFor(slots[i]!) + texts[i + 1]!;
  return out;
}

const placeholderOf = (slot: number): string => String.fromCharCode(PLACEHOLDER_BASE + slot);

/** Bounded least-recently-used memo; maxEntries 0 turns it off. Each call gets its own copy, so no turn alters another's card. */
export function memoiseAnswers<R extends Answers>(answer: AnswerFn<R>, maxEntries: number): AnswerMemo<R> {
  if (maxEntries <= 0) return Object.assign((text: string, ctx: AnswerContext) => answer(text, ctx), { held: () => [] });
  const cache = new LRUCache<string, Kept>({ max: maxEntries });
  const memo = (text: string, ctx: AnswerContext): R | Reply[] => {
    // Injected guidance (tests) has its own version and is never cached.
    if (ctx.guidance) return answer(text, ctx);
    const key = createHash('sha256').update([ctx.today, ctx.profile.nation, ctx.profile.policies.join(','), guidanceVersion(), text].join('\u0000')).digest('base64url');
    const words = wordsOf(text);
    const hit = cache.get(key);
    if (hit !== undefined) {
      // Each placeholder back to its word, with no search: the cards were cut at their placeholders when kept.
      return JSON.parse(joined(hit, (slot) => words[slot]!)) as Reply[];
    }
    const keep = (replies: Reply[]): Reply[] => {
      let kept = JSON.stringify(replies);
      if (words.length > MAX_WORDS || PLACEHOLDERS.test(kept)) return replies;
      words.forEach((w, i) => (kept = kept.replaceAll(w, String.fromCharCode(PLACEHOLDER_BASE + i))));
      cache.set(key, cutAtPlaceholders(kept));
      return replies;
    };
    const replies = answer(text, ctx);
    // A failed answer is not kept: the error goes to the turn as it would unmemoised.
    return replies instanceof Promise ? (replies.then(keep) as R) : keep(replies);
  };
  return Object.assign(memo, { held: () => [...cache.entries()].flatMap(([key, kept]) => [key, joined(kept, placeholderOf)]) });
}
