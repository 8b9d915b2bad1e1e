import { literalSource } from '../language/pattern-flags';
import { replaceChecked } from './literals';
import { PLACE_PATTERNS, POLICY_IDS, POLICY_PLACES, type PolicyId } from '../guidance/policies';

// A question comparing the policies ("what's the difference between what Dorset and Waltham Forest say about ...", "Dorset
// says this but WF says that, which applies?", "or is it a flat no in both?") asks what each says on its subject: the
// comparing words are left out of what its topic is read from, so the subject is read as if asked alone (the card then shows
// each named policy's position, src/answering/places.ts).

const PLACE = `(?:pan )?(?:${Object.values(POLICY_PLACES).flat().map(literalSource).join('|')})(?: forest)?(?:'?s)?`;

const FRAMES: readonly RegExp[] = [
  // "what's the difference between (what)", "is there any difference in", when places or what they say are compared (not
  // "the difference between a CIN and CP plan", which asks what two steps are)
  new RegExp(`\\b(what'?s|what is|whats|is there (a|any)|are there (any)?) (the )?(main )?(difference|differences) (between|in) (what )?(?=(what|how)\\b|.{0,40}\\b${PLACE}\\b)`, 'g'),
  // "Dorset says", "WF's guidance says", "Cardiff policy states" (not "what Dorset and WF say about ...", which names the subject)
  new RegExp(`\\b${PLACE}( (guidance|guidelines|polic(y|ies)|procedures?|rules?|team|lot))? ((seems?|appears?) to |(do|does|did) )?(says?|said|states?|reckons?|tells? (us|you|me)|is saying)( that)?\\b(?! (about|on|re|regarding)\\b)`, 'g'),
  // "which (one) applies (to a worker covering both)", "which do I follow"
  // "which is it", "which is right", "who's right"
  /\b(which|who) ('?s|is) (it|right|correct|true)\b|\bwhich (one |policy |guidance |rule |of (them|these|the two) )?(is (right|correct|true)|applies|counts|wins|takes (priority|precedence)|(do|should|would|shall|must) (i|we) (follow|go with|use|apply))\b( (to|for) (a |an |the |my |our )?(\w+ ){0,2}(covering|working (in|across)|in|across) both( \w+)?)?/g,
  // "or is it a flat no in both", "is it a blanket ban in each"
  /\b(or )?is it (a |an )?(flat|straight|blanket|hard|outright|total|complete|absolute) (no|ban|prohibition)( in (both|all|each|either)( \w+)?)?/g,
  // "in both (areas)", "across both councils"
  /\b(in|across|for|covering|under) (both|each) (of (them|the two) )?(areas|councils|teams|authorities|las|policies|places|patches)?/g,
];

/** The question without its comparing words; the text itself when it compares nothing. */
export function comparedSubject(text: string): string {
  let out = text;
  for (const frame of FRAMES) out = replaceChecked(out, frame, ' ');
  return out === text ? text : out.replace(/\s+/g, ' ').trim();
}

/** The policies whose places a (normalised) question names ("placements in cardiff & the dorset area"). */
export function placesNamed(text: string): PolicyId[] {
  return POLICY_IDS.filter((p) => PLACE_PATTERNS[p].test(text));
}
