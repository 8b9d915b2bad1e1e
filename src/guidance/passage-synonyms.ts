import { literalSource } from '../language/pattern-flags';

// The guidance's own words for what practitioners type: a question about "editing" a note is answered by a passage about
// "amending" records, one about a "Tesco" stop by "shops, pubs or restaurants". Each class lists everyday words (matched
// whole, lower case) and the words the five policies use for the same thing; the passage search looks for both, the
// guidance's words counting a little less and as matching the question's own word. Classes name kinds of thing, never one
// question's wording.

export interface SynonymClass {
  /** What a practitioner types (single words, or two-word phrases). */
  everyday: readonly string[];
  /** The words the policies use for it (searched as well). */
  guidance: string;
}

export const SYNONYM_CLASSES: readonly SynonymClass[] = [
  // Changing what is written (Nottinghamshire: records cannot be corrected; amendments dated, with reasons).
  { everyday: ['edit', 'edited', 'editing', 'change', 'changing', 'fix', 'fixing', 'alter', 'altering', 'rewrite', 'overwrite', 'tweak'], guidance: 'amend amendment corrected' },
  // Taking something out of a record (Brighton and Hove: the right to ask for elements to be deleted or forgotten).
  { everyday: ['delete', 'deleted', 'remove', 'removed', 'erase', 'wipe', 'redact', 'taken off', 'take off', 'get rid'], guidance: 'deleted forgotten' },
  // A device or account that is not the employer's (Cardiff and Vale: equipment issued by the employer).
  { everyday: ['own phone', 'own mobile', 'own whatsapp', 'own account', 'personal phone', 'personal mobile', 'private phone', 'own number', 'personal number'], guidance: 'personal issued employer' },
  // Named social media platforms (the policies speak of social networking sites and social media).
  { everyday: ['instagram', 'insta', 'tiktok', 'snapchat', 'facebook', 'twitter', 'youtube', 'reels'], guidance: 'social networking site media' },
  // Places the public goes (Brighton and Hove: never take case records into shops, pubs or restaurants).
  { everyday: ['tesco', 'supermarket', 'shop', 'shopping', 'cafe', 'coffee', 'pub', 'restaurant', 'lunch', 'meal', 'petrol station', 'mcdonalds'], guidance: 'shops pubs restaurants' },
  // Personal e-mail services (Brighton and Hove: secure e-mail addresses only, Egress encryption).
  { everyday: ['gmail', 'hotmail', 'yahoo', 'icloud', 'aol', 'btinternet'], guidance: 'secure email encryption egress' },
  // A phone conversation (Nottinghamshire: conversation or discussion in person or by telephone).
  { everyday: ['rang', 'ring', 'phoned', 'rung', 'phone call', 'took a call', 'call from'], guidance: 'telephone conversation discussion' },
  // Behaviour that worries (Pan Dorset: activities of concern about a young person).
  { everyday: ['knife', 'knives', 'weapon', 'drugs', 'gang', 'county lines', 'crime', 'offending', 'violence'], guidance: 'activities concern' },
  // Something lost or taken (Brighton and Hove: loss, theft).
  { everyday: ['lost', 'lose', 'losing', 'stolen', 'nicked', 'misplaced'], guidance: 'loss theft' },
  // Needs that make ordinary print hard to read (Nottinghamshire: accessible records, large print, Braille, interpreters).
  { everyday: ['blind', 'deaf', 'dyslexic', 'dyslexia', 'partially sighted', 'visually impaired', 'learning disability', 'read english', 'interpreter'], guidance: 'accessible format large print braille language' },
  // Accidents and injuries (Nottinghamshire: records of incidents as evidence).
  { everyday: ['accident', 'injury', 'injured', 'broke', 'broken', 'fell', 'hurt'], guidance: 'incidents' },
  // Pictures (the policies speak of images and photographs).
  { everyday: ['pics', 'pictures', 'photos', 'photo', 'snaps', 'selfies', 'selfie', 'nudes'], guidance: 'images photographs' },
  // Taking back an agreement (Waltham Forest: withdraw consent at any time).
  { everyday: ['pull out', 'opt out', 'changed his mind', 'changed her mind', 'changed their mind', 'doesn\'t want', 'don\'t want', 'no longer wants', 'anymore'], guidance: 'withdraw consent' },
  // Outside the working day (Waltham Forest: normal working hours; Pan Dorset: outside of normal working hours).
  { everyday: ['after hours', 'out of hours', 'late evening', 'in the evening', 'evenings', 'at night', 'late at night', 'weekend', 'weekends', 'bank holiday'], guidance: 'outside normal working hours' },
  // Whether a rule binds (Brighton and Hove: failure to follow may be a disciplinary matter; Waltham Forest: not enforceable).
  { everyday: ['just guidance', 'optional', 'in trouble', 'sacked', 'mandatory', 'have to follow', 'binding'], guidance: 'disciplinary enforceable failure' },
  // Who reads a record (Nottinghamshire: written as if read by the service user).
  { everyday: ['reader', 'readers', 'audience', 'writing for', 'writing my', 'written for'], guidance: 'read' },
  // Threats and abuse a person aims at the worker (Nottinghamshire: hostile, threatening or negative comments go in the record).
  { everyday: ['threat', 'threats', 'threatened', 'threatening', 'sort me out', 'gonna get me', 'going to get me', 'kill me', 'hurt me', 'batter', 'swore', 'swearing', 'sworn at', 'shouted', 'screamed', 'kicked off', 'kicking off', 'venting', 'aggressive', 'abusive', 'abuse at', 'insulted', 'intimidating'], guidance: 'hostile threatening negative comments' },
  // An everyday register in a record (Nottinghamshire: a reasonably formal style, casual or colloquial expressions avoided).
  { everyday: ['slang', 'informal', 'informally', 'chatty', 'casual', 'casually', 'blunt', 'bluntly', 'street language', 'how i talk', 'how i speak', 'how they talk', 'to a colleague', 'to a mate', 'banter', 'jokey', 'big time'], guidance: 'casual colloquial expressions formal style' },
  // Told something on condition it is not written down (Nottinghamshire: all information the work needs is recorded, even if given in confidence).
  { everyday: ['secret', 'between us', 'between you and me', 'keep it quiet', 'not tell anyone', 'don\'t tell anyone', 'can\'t write', 'cannot write', 'don\'t write', 'not write it', 'not to write', 'off the record', 'promise not'], guidance: 'confidence necessary recorded' },
  // Why records are kept (Nottinghamshire: the purpose of recording).
  { everyday: ['why we record', 'why do we record', 'why record', 'purposes', 'point of recording', 'point of records', 'what records are for', 'what recording is for', 'reasons for recording'], guidance: 'purpose recording' },
  // A person who may never read their record (Nottinghamshire: written as if read by the service user, whether or not they wish to).
  { everyday: ['never read', 'never look', 'never see', 'never ask to see', 'never going to read', 'never going to look', 'never going to see', 'not going to read', 'not going to look', 'won\'t read', 'won\'t ever read', 'won\'t look', 'won\'t ever see'], guidance: 'written read regardless wishes' },
  // A complaint or allegation about a worker (Nottinghamshire: information relating to workers, such as complaints, kept separate).
  { everyday: ['complaint about me', 'complained about me', 'complaint against me', 'complaining about me', 'allegation against me', 'allegation about me', 'complaint about a worker', 'complaint about a colleague', 'complained about my colleague', 'complaint about my colleague', 'complaint about staff', 'complaint against a worker', 'allegation against a worker', 'allegation against a colleague'], guidance: 'workers complaints kept separate' },
  // A child who cannot yet say what they think (Nottinghamshire: observations matter most where a child cannot communicate views).
  { everyday: ['doesn\'t talk', 'does not talk', 'can\'t talk', 'cannot talk', 'not talking', 'doesn\'t speak', 'can\'t speak', 'non-verbal', 'nonverbal', 'pre-verbal', 'preverbal', 'too young to say', 'too little to say'], guidance: 'unable communicate views wishes feelings observations' },
  // Brothers and sisters (Brighton and Hove: sibling records duplicated only where relevant to the child concerned).
  { everyday: ['brother', 'brothers', 'sister', 'sisters', 'half-brother', 'half-sister', 'stepbrother', 'stepsister', 'siblings', 'brother\'s', 'sister\'s'], guidance: 'sibling' },
  // Taking a new referral (Nottinghamshire: the first contact, details of the referrer).
  { everyday: ['front door', 'duty line', 'duty desk', 'on duty', 'rang in', 'phoned in', 'called in', 'mash', 'new referral', 'taking a referral', 'referral call'], guidance: 'referrer first contact referral' },
  // Someone who gave information asking not to be identified (Brighton and Hove: the anonymity of the third party).
  { everyday: ['not to say it was', 'not to be named', 'not named', 'keep their name', 'keep her name', 'keep his name', 'who reported', 'who rang', 'who made the referral', 'anonymous', 'anonymously', 'find out it was', 'know it was'], guidance: 'anonymity third party informant' },
];

const phraseSource = (words: string): string => literalSource(words).replace(/ /g, '\\s+');
const phraseOf = (words: string): RegExp => new RegExp(`(?<![a-z])${phraseSource(words)}(?![a-z])`);

// Each class's words in one pattern too: a question using none of them (most questions, for most classes) is told so by one
// search instead of one per word.
const CLASSES = SYNONYM_CLASSES.map((c) => ({
  ...c,
  any: new RegExp(`(?<![a-z])(?:${c.everyday.map(phraseSource).join('|')})(?![a-z])`),
  patterns: c.everyday.map((e) => ({ word: e, pattern: phraseOf(e) })),
}));

/** The letters a phrase starts with, up to its first non-letter ("doesn" of "doesn't want"); a phrase must start with one. */
function firstRun(phrase: string): string {
  const run = /^[a-z]+/.exec(phrase)?.[0];
  if (!run) throw new Error(`The synonym table's everyday phrase "${phrase}" must start with a lower-case letter (a-z).`);
  return run;
}

// The classes a run of letters starts a phrase of: a phrase found in a question starts after a non-letter, so the question's
// run of letters there is the phrase's own first run, and only the classes its runs start are searched.
const CLASSES_STARTED = new Map<string, number[]>();
CLASSES.forEach((c, i) => {
  for (const run of new Set(c.everyday.map(firstRun))) CLASSES_STARTED.set(run, [...(CLASSES_STARTED.get(run) ?? []), i]);
});

/** For each everyday word or phrase of a synonym class the question uses, the guidance's words for it. */
export function guidanceWordsFor(question: string): { everyday: string; guidance: string }[] {
  const text = question.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const started = classesStarted(text);
  const found: { everyday: string; guidance: string }[] = [];
  if (started.size === 0) return found;
  for (let i = 0; i < CLASSES.length; i++) {
    const c = CLASSES[i]!;
    if (!started.has(i) || !c.any.test(text)) continue;
    // The class's first word (in its list's order) the question uses, as before.
    const hit = c.patterns.find((p) => p.pattern.test(text));
    if (hit) found.push({ everyday: hit.word, guidance: c.guidance });
  }
  return found;
}

/** The classes (by their place in the table) one of whose phrases starts with a run of letters of the text. */
function classesStarted(text: string): Set<number> {
  const started = new Set<number>();
  for (const run of text.match(/[a-z]+/g) ?? []) for (const i of CLASSES_STARTED.get(run) ?? []) started.add(i);
  return started;
}
