// Turns encoded provision ids into citations (organisation, document, section, exact quote).
import { defaultGuidance } from './default-guidance';
import { UnknownCitationError } from './errors';
import type { Guidance } from './load';
import { POLICY_SOURCES } from './policies';
import type { Citation } from './ruling';
import { normaliseWhitespace } from './text';

// Provisions never change once loaded, so each citation is built once per guidance and shared (frozen) across rulings.
const built = new WeakMap<Guidance, Map<string, Citation>>();

export function citationFrom(guidance: Guidance, id: string): Citation {
  let citations = built.get(guidance);
  if (!citations) built.set(guidance, (citations = new Map()));
  const hit = citations.get(id);
  if (hit) return hit;
  const p = guidance.provisions.get(id);
  if (!p) throw new UnknownCitationError(id);
  const source = POLICY_SOURCES[p.policy];
  const citation = Object.freeze({ id, policy: p.policy, organisation: source.organisation, document: source.document, section: p.section, quote: normaliseWhitespace(p.quote) });
  citations.set(id, citation);
  return citation;
}

/** The citation for an encoded provision id such as "pan-dorset/1.8"; throws UnknownCitationError for an unknown id. */
export function citation(id: string): Citation {
  return citationFrom(defaultGuidance(), id);
}
