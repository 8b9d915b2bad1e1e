import { POLICY_PLACES } from '../guidance/policies';
import { literalSource } from '../language/pattern-flags';
import type { DefinedTerm } from './guidance';

// "What does MIRRA stand for?", "whats One Story?": asking what a term of the guidance means, answered by the provision
// that defines it (its `defines` in the policy's data), not by a rule.

interface TermPatterns {
  /** Any name of a defined term: most questions name none, and are passed over with this one test. */
  named: RegExp;
  asked: readonly RegExp[];
  byName: ReadonlyMap<string, DefinedTerm>;
}

const built = new WeakMap<readonly DefinedTerm[], TermPatterns>();

/** The term asked about, and where in the question the ask is (to answer the rest apart). */
export interface TermAsk {
  term: DefinedTerm;
  at: number;
  length: number;
}

function patternsOf(defined: readonly DefinedTerm[]): TermPatterns {
  let patterns = built.get(defined);
  if (patterns) return patterns;
  const byName = new Map(defined.flatMap((t) => (t.provision.defines?.names ?? []).map((n) => [n, t] as const)));
  // Longest first, so "mirra principles" is read whole rather than as "mirra".
  const names = `(${[...byName.keys()].sort((a, b) => b.length - a.length).map(literalSource).join('|')})`;
  // The council's own name may come first ("brighton's mirra", "b&h one story"): the places of the policies defining terms.
  const places = [...new Set(defined.flatMap((t) => POLICY_PLACES[t.provision.policy]))].map(literalSource).join('|');
  const owner = String.raw`(?:the |a |an |this |that |our |their |(?:${places})(?: (?:and|&) \w+)?'?s? )?`;
  const after = String.raw`(?: (?:all|actually|really|even|exactly|again|then|thing|stuff|about|like))*`;
  const end = String.raw`\s*(?:[?.!,;:)-]|$|and\b|lol\b|pls\b|please\b|x\b)`;
  patterns = {
    named: new RegExp(String.raw`\b${names}\b`, 'i'),
    asked: [
      // "what's MIRRA again?", "whats One Story recording about and …", "what are the mirra principles?"
      new RegExp(String.raw`\bwh?at(?:'?s| is| are| r| was)? ${owner}${names}(?! ?\d)${after}${end}`, 'i'),
      // "what does MIRRA actually stand for", but not what it means for a piece of work ("mean for how i write").
      new RegExp(String.raw`\bwh?at (?:does|do|did) ${owner}${names}(?: (?:actually|really|even|exactly))? (?:mean|stand for|stands for|refer to|involve)\b(?! (?:for|in|when|if|about)\b)`, 'i'),
      new RegExp(String.raw`\bwh?at (?:do|does|did) (?:they|you|we|people|it|the policy|the guidance|${places}) mean by ${owner}${names}\b`, 'i'),
      new RegExp(String.raw`\b(?:explain|define|meaning of|definition of) ${owner}${names}\b(?! ?\d)${after}${end}`, 'i'),
      // "keep hearing about one story - what is it?"
      new RegExp(String.raw`\b${names}\b[^?.!]{0,40}?\bwh?at(?:'?s| is| does) (?:it|that|this)(?: (?:mean|stand for))?\s*(?:[?.!]|$)`, 'i'),
    ],
    byName,
  };
  built.set(defined, patterns);
  return patterns;
}

/** The term a question asks the meaning of, and where the ask is in it; undefined when it asks none. */
export function termAsked(question: string, defined: readonly DefinedTerm[]): TermAsk | undefined {
  if (defined.length === 0) return undefined;
  const patterns = patternsOf(defined);
  // Curly apostrophes read as straight ones; the text keeps its length, so the ask's place is the question's own.
  const text = question.replace(/[‘’]/g, "'");
  if (!patterns.named.test(text)) return undefined;
  for (const pattern of patterns.asked) {
    const found = pattern.exec(text);
    const term = found && patterns.byName.get((found.slice(1).find((g) => g !== undefined) ?? '').toLowerCase());
    if (found && term) return { term, at: found.index, length: found[0].length };
  }
  return undefined;
}
