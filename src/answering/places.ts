import { POLICY_IDS, POLICY_PLACES, type PolicyId } from '../guidance/policies';
import type { OrganisationProfile } from '../guidance/profile';

// A practitioner who says where they work ("Brighton SW here", "we're in Cardiff") is answered from that place's guidance.

/** Each policy's places as one pattern. */
const PLACES = Object.fromEntries(POLICY_IDS.map((p) => [p, new RegExp(`\\b(${POLICY_PLACES[p].join('|')})\\b`, 'i')])) as Record<PolicyId, RegExp>;

/** A place named as where the practitioner used to work ("my old manager in Dorset", "moved from Brighton"). */
const PAST = /\b(old|previous|former|last|used to|moved from|came from|transferred from|back in)\b[\w ']{0,25}$/i;
/** A question comparing places wants every policy's position, not the one it names. */
const COMPARING = /\b(compare\w*|differ\w*|difference|other (policies|areas|councils|authorities|las|places)|everyone else|elsewhere|same as)\b/i;

/** Whether the question names the place as where the practitioner works now (any mention not in the past). */
function namesHere(place: RegExp, question: string): boolean {
  const all = new RegExp(place.source, 'gi');
  return [...question.matchAll(all)].some((m) => !PAST.test(question.slice(0, m.index)));
}

/** The selected policies whose places the question names ("in Brighton", "Dorset vs Waltham Forest"). */
export const namedPolicies = (profile: OrganisationProfile, question: string): PolicyId[] => profile.policies.filter((p) => namesHere(PLACES[p], question));

/** The profile narrowed to the policies whose places the question names; the profile itself when it names none. */
export function namedPlaces(profile: OrganisationProfile, question: string): OrganisationProfile {
  if (COMPARING.test(question)) return profile;
  const named = namedPolicies(profile, question);
  if (named.length === 0 || named.length === profile.policies.length) return profile;
  return { ...profile, policies: POLICY_IDS.filter((p) => named.includes(p)) };
}
