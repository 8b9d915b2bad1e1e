import { PLACE_PATTERNS as PLACES, POLICY_IDS, type PolicyId } from '../guidance/policies';
import type { OrganisationProfile } from '../guidance/profile';
import { SHORT_NAMES } from '../guidance/engine';
import { andList } from '../guidance/text';
import type { FactName } from '../guidance/situation';
import { comparedSubject } from '../understanding/comparison';
import { factsWaitedOn } from './format';
import { withFlags } from '../language/pattern-flags';

/** Every mention of a place (its pattern made global once, not for every question). */
const everyMention = (place: RegExp): RegExp => withFlags(place, 'gi');

// A practitioner who says where they work ("Brighton SW here", "we're in Cardiff") is answered from that place's guidance.

/** A place named as where the practitioner used to work ("my old manager in Dorset", "moved from Brighton"). */
// Not a place named after "to" or "now" ("moved from Cardiff to Waltham Forest", "used to be in Notts, now in Brighton"): that is where they are.
// A place in brackets after the job is its name ("in my last job (pan dorset)"); an age's "old" is no former job ("a 15 year old in WF").
// "last week" is a time, not a former job; a child "originally from" a place came from it, the practitioner did not.
const PAST = /\b((?<!(year|yr|month|week|wk|day)s?[\s-]?)old|previous|former|last(?!\s+(\d+|few|couple of)?\s*(weeks?|wks?|nights?|months?|years?|yrs?|times?|terms?|weekends?|\w+days?)\b)|originally (from|based)|used to|moved from|came from|transferred from|back in)\b(?![\w '(]*\b(to|into|now)\b)[\w '(]{0,25}$/i;
/** What people say or remember: their accounts differing compares no councils. */
const TOLD = String.raw`(accounts?|versions?|views?|stories|story|opinions?|perspectives?|sides?|memories|recollections?)`;
/** A question comparing places wants every policy's position, not the one it names. */
// "Different" compares when it is said of rules or places ("different rules", "any different in Dorset?"), not of what people
// say ("totally different versions of what happened", "their accounts differ", "differing views").
// Nor of how people see things ("when people see things differently").
const COMPARING = new RegExp(String.raw`\b(compare\w*|comparing|(?<!\b${TOLD}\b[^.?!]{0,25})(differ(s|ed|ing|ences?)?\b(?! (of )?${TOLD}\b)|(?<!\b(people|they|parents?|mum|dad|famil(y|ies)|professionals|agencies|carers?|kids?|children|we|i|you|both)\s+(see|view|remember|recall|describe|experience)\b[^.?!]{0,20})different(ly)?(?= (rules?|answers?|polic(y|ies)|guidance|approach\w*|positions?|ways?|practices?|procedures?|in|from|there|here|elsewhere|between|across|at|under)\b|\s*[?.!,;)]|\s*$))|difference|other (polic(y|ies)|areas|councils?|authorit(y|ies)|las?|places)|another (policy|council|authority|la)|everyone else|anywhere else|elsewhere|same as)\b`, 'i');

/** A comparison reaching past the places named: "other councils", "anywhere else", "everyone else". */
const BEYOND_NAMED = /\b(other (polic(y|ies)|areas|councils?|authorit(y|ies)|las?|places)|another (policy|council|authority|la)|everyone else|anywhere else|elsewhere|all (five|5|the) (polic(y|ies)|councils?|areas))\b/i;

/** What is said or done there ("came from Brighton says they never bothered"): that place's practice, asked beside this one's. */
// So is its guidance itself ("my old team used the pan dorset text guidance"): the practitioner brings it into the question.
// So is what the practitioner did there ("used to work in Dorset and I'd text 14yos", "in Dorset we kept every email").
const PRACTICE_THERE = /^[\w ',)]{0,25}\b(says?|said|reckons?|told (me|us)|do(es)?n'?t|never|always|allow(s|ed)?|let (us|me|them)|(i|we|they)('d| would| used to| had to| kept| did| could| were (allowed|told|expected))|had to)\b|^(?:\s+[\w-]+){0,2}\s+(guidance|guidelines|procedures?|procs|polic(y|ies)|rules)\b/i;

/** Whether the question names the place as where the practitioner works now (any mention not in the past). */
function namesHere(place: RegExp, question: string): boolean {
  // Most questions name no place: one test says so before every mention is listed.
  if (!place.test(question)) return false;
  const all = everyMention(place);
  return [...question.matchAll(all)].some((m) => !PAST.test(question.slice(0, m.index)));
}

/** A place named as the one a move is from ("moved from Notts to a Pan Dorset agency"). */
const MOVED_FROM = /\b(moved|came|transferred|transferring|moving|relocated) (over )?from (?![\w ']*\b(to|into|now)\b)[\w ']{0,25}$/i;

/** Whether the question names the place as here in words other than what is said or done there ("Cardiff told me …"). */
// The place a move is from is not here wherever it is named again ("moved from Notts to Dorset. In Notts we …").
function asksOfHere(place: RegExp, question: string): boolean {
  if (!namesHere(place, question)) return false;
  const mentions = [...question.matchAll(everyMention(place))];
  if (mentions.some((m) => MOVED_FROM.test(question.slice(0, m.index)))) return false;
  return mentions.some((m) => !PAST.test(question.slice(0, m.index)) && !PRACTICE_THERE.test(question.slice(m.index + m[0].length)));
}

/** Whether the question names what is said or done in a place the practitioner came from. */
function namesPracticeThere(place: RegExp, question: string): boolean {
  if (!place.test(question)) return false;
  const all = everyMention(place);
  return [...question.matchAll(all)].some((m) => PRACTICE_THERE.test(question.slice(m.index + m[0].length)));
}

/**
 * The selected policies whose places the question names ("in Brighton", "Dorset vs Waltham Forest"), and beside a place
 * named as here, one whose practice it reports from where someone came from ("under Cardiff's rules …? a colleague who came
 * from Brighton says they never bothered"): the two are compared.
 */
export function namedPolicies(profile: OrganisationProfile, question: string): PolicyId[] {
  const here = profile.policies.filter((p) => namesHere(PLACES[p], question));
  if (here.length === 0) return here;
  // A move asked as a comparison ("which policy is right?", "same rule here?") compares the place left with this one.
  const compares = comparesPlaces(question);
  return profile.policies.filter((p) => here.includes(p) || (compares && PLACES[p].test(question)) || namesPracticeThere(PLACES[p], question));
}

/** Two places set against each other ("Brighton vs Pan Dorset", "Notts v Cardiff", "Dorset compared with WF"). */
const PLACES_SET_AGAINST = /\b(vs\.?|v\.?|versus|compared (to|with)|against)\s/i;

/** Whether the question asks a comparison: its comparing words ("which is right?", "is it the same?", "any different?"). */
function comparesPlaces(question: string): boolean {
  const lower = question.toLowerCase();
  return COMPARING.test(question) || PLACES_SET_AGAINST.test(question) || comparedSubject(lower) !== lower || sameAsked(question) !== undefined;
}

/** The profile narrowed to the policies whose places the question names; the profile itself when it names none. */
export function namedPlaces(profile: OrganisationProfile, question: string): OrganisationProfile {
  const named = namedPolicies(profile, question);
  // "Different answer for each?" of two places named compares those two; asked of one, or of "other areas", every policy.
  if (COMPARING.test(question) && (named.length < 2 || BEYOND_NAMED.test(question))) return profile;
  if (named.length === 0 || named.length === profile.policies.length) return profile;
  // Its fields named: in Node 20, `{ ...profile, policies }` makes a hidden class of its own on every call (microseconds each,
  // and the engine's every read of the profile slower).
  return { id: profile.id, name: profile.name, policies: POLICY_IDS.filter((p) => named.includes(p)), nation: profile.nation };
}

/**
 * Above an answer drawn from other policies than the ones the question names, which took no position on what was read, or
 * one only on a fact not given ("You named Waltham Forest, whose answer depends on the channel; this answer is from …").
 */
export function unruledLine(named: readonly PolicyId[], ruling: { positions: readonly { policy: PolicyId }[]; pending: readonly { policy: PolicyId; dependsOn: readonly FactName[] }[] }): string {
  const from = [...new Set(ruling.positions.map((p) => SHORT_NAMES[p.policy]))];
  const waits = named.map((p) => ruling.pending.find((x) => x.policy === p)?.dependsOn).map((facts) => (facts ? factsWaitedOn(facts) : undefined));
  const names = andList(named.map((p) => SHORT_NAMES[p]));
  // Every one named waiting on the same fact is said once ("whose answers depend on the channel").
  const shared = waits.every((w) => w !== undefined && w === waits[0]) ? waits[0] : undefined;
  const each = named.flatMap((p, i) => (waits[i] ? [`${SHORT_NAMES[p]}'s answer depends on ${waits[i]}`] : []));
  const who = shared ? `${names}, whose ${named.length > 1 ? 'answers depend' : 'answer depends'} on ${shared}` : `${names}${each.length > 0 ? ` (${each.join('; ')})` : ''}`;
  return `You named ${who}; this answer is from ${andList(from.map((name) => `${name}'s`))} guidance.`;
}

/** What a card says of a policy the question names when nothing in that policy speaks to the question (on the card's topic). */
export const silentLine = (policy: PolicyId, topic?: string): string =>
  `_${SHORT_NAMES[policy]}_: its guidance says nothing on ${topic ? `${topic.charAt(0).toLowerCase()}${topic.slice(1)}` : 'this'}.`;

/** "Is it the same in Brighton?", "does Cardiff do it differently?": the place the comparison is asked of, after the clause that asks. */
const SAME_ASKED = /\b(?:(?:is|are|was|would|will|does|do)\b[^?.]{0,25}\b(?:the same|similar|any different|different|differently|the case)|same (?:rules?|thing|again) (?:applies|apply|goes))\b[^?.]{0,40}$/i;

/** The clause of the first sentence that asks "is it the same …?", with what follows it in that sentence. */
function sameAsked(question: string): string | undefined {
  for (const sentence of question.split(/(?<=[?!.])\s+|\n+/)) {
    const m = SAME_ASKED.exec(sentence.trim().replace(/\?+$/, ''));
    if (m) return m[0];
  }
  return undefined;
}

/** What a place says asked as a question ("Dorset says what?", "and what does Brighton say?"). */
function sayingAsked(place: RegExp, question: string): boolean {
  return [...question.matchAll(everyMention(place))].some(
    (m) => /^(?:'?s)?(?: (?:guidance|policy|procedures?))? (?:says?|said|do(?:es)?) what\b/i.test(question.slice(m.index + m[0].length)) || /\bwhat (?:does|do|did|would) (?:the )?$/i.test(question.slice(0, m.index)),
  );
}

/**
 * The one policy a comparison is asked of ("… where I was told to write up every phone call. Is it the same in Brighton?"):
 * its position answers, the other place's practice is what it is compared with.
 */
export function placeAsked(profile: OrganisationProfile, question: string): PolicyId | undefined {
  const same = sameAsked(question);
  // The place named after the comparison ("is it the same in Brighton?"), not the one told before it ("in Notts we …, is it the same there?").
  const inAsk = same !== undefined ? profile.policies.filter((p) => PLACES[p].test(same)) : [];
  if (inAsk.length > 0) return inAsk.length === 1 ? inAsk[0] : undefined;
  // Else, of two or more compared, the one whose saying is asked ("WF says only working hours, Dorset says what?").
  const named = namedPolicies(profile, question);
  const questioned = named.length > 1 ? named.filter((p) => sayingAsked(PLACES[p], question)) : [];
  if (questioned.length === 1) return questioned[0];
  // Else the one place named as here other than for what is said or done there ("used to work in Dorset and I'd text them
  // … now in Waltham Forest", "Cardiff told me employer phones only. in Dorset is it ever ok …?").
  const asked = named.length > 1 ? named.filter((p) => asksOfHere(PLACES[p], question)) : [];
  return asked.length === 1 ? asked[0] : undefined;
}
