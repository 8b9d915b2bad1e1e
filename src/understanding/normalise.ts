import { COMMON_WORDS } from '../language/common-words';
import { isEnglishWord } from '../language/spelling';
import { readOncePerAnswer } from './one-answer';

// Practitioners write in shorthand and in a hurry: expand the shorthand and mend typos before anything is matched.

/** Shorthand as written in case notes and Teams chats, expanded to the words the matchers know. */
// With no prototype, so a word typed in a question ("constructor", "toString") is never read as one of Object's own members.
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  yp: 'young person',
  yps: 'young people',
  cyp: 'children and young people',
  wa: 'whatsapp',
  convo: 'conversation',
  convos: 'conversations',
  whatsapps: 'whatsapp',
  whatsapped: 'whatsapp',
  lac: 'looked after child',
  cla: 'looked after child',
  cic: 'looked after child',
  cin: 'child in need',
  cp: 'child protection',
  cpc: 'child protection conference',
  icpc: 'initial child protection conference',
  rcpc: 'review child protection conference',
  conf: 'conference',
  strat: 'strategy',
  strats: 'strategy',
  confs: 'conferences',
  sar: 'subject access request',
  sars: 'subject access request',
  tm: 'team manager',
  mngr: 'manager',
  evry: 'every',
  giv: 'give',
  sw: 'social worker',
  edt: 'emergency duty team out of hours',
  insta: 'instagram',
  ig: 'instagram',
  fb: 'facebook',
  dm: 'direct message',
  dms: 'direct message',
  msg: 'message',
  msgs: 'messages',
  msgd: 'messaged',
  txt: 'text',
  txts: 'texts',
  txtd: 'texted',
  txted: 'texted',
  pls: 'please',
  plz: 'please',
  yr: 'year',
  yrs: 'years',
  yo: 'years old',
  'y/o': 'years old',
  'y.o': 'years old',
  yro: 'years old',
  mob: 'mobile',
  ph: 'phone',
  u: 'you',
  ur: 'your',
  r: 'are',
  b4: 'before',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  yday: 'yesterday',
  ydy: 'yesterday',
  yest: 'yesterday',
  ystday: 'yesterday',
  ystdy: 'yesterday',
  yesterdy: 'yesterday',
  lst: 'last',
  pic: 'picture',
  pics: 'pictures',
  img: 'image',
  nudes: 'nude images',
  gdpr: 'gdpr data protection',
  dpa: 'data protection act',
  // Universal Credit as practitioners shorten it (not PIP, which is also a given name).
  uc: 'universal credit',
  foi: 'freedom of information',
  iro: 'independent reviewing officer',
  dols: 'deprivation of liberty safeguards',
  dob: 'date of birth',
  dod: 'date of death',
  mgr: 'manager',
  lm: 'line manager',
  sup: 'supervision',
  supervison: 'supervision',
  socmed: 'social media',
  sm: 'social media',
  w: 'with',
  abt: 'about',
  wk: 'work',
  wkg: 'working',
  info: 'information',
  ok: 'ok',
  in2: 'into',
  abbrev: 'abbreviation',
  // Meeting shorthand: "cp conf recs" is a conference's recommendations.
  recs: 'recommendations',
  n: 'and',
  abbrevs: 'abbreviations',
  // Text-speak, as typed on a phone.
  cn: 'can',
  frm: 'from',
  fone: 'phone',
  fones: 'phones',
  fon: 'phone',
  phn: 'phone',
  wot: 'what',
  wat: 'what',
  wots: "what's",
  wats: "what's",
  wen: 'when',
  hav: 'have',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  wiv: 'with',
  cos: 'because',
  coz: 'because',
  bcos: 'because',
  becoz: 'because',
  thru: 'through',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  dunno: "don't know",
  ppl: 'people',
  l8: 'late',
  l8r: 'later',
  nite: 'night',
  '2day': 'today',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  '2nite': 'tonight',
  '2nyt': 'tonight',
  sum1: 'someone',
  ne1: 'anyone',
  txting: 'texting',
  txtin: 'texting',
  msging: 'messaging',
  msgin: 'messaging',
  msged: 'messaged',
  foto: 'photo',
  fotos: 'photos',
  milage: 'mileage',
  toil: 'time off in lieu',
});

/** Words the matchers look for; a misspelt word within a small edit distance of one of these is read as it. */
export const DOMAIN_VOCABULARY = [
  'whatsapp', 'instagram', 'facebook', 'snapchat', 'tiktok', 'twitter', 'messenger', 'bluetooth', 'telegram', 'signal',
  'retention', 'retain', 'personnel', 'staff', 'unborn', 'pregnant', 'pregnancy', 'miscarriage', 'stillborn', 'retained', 'record', 'records', 'recording', 'recorded', 'recordings',
  'consent', 'consented', 'agreed', 'permission', 'parents', 'parental', 'guardian', 'guardians',
  'supervision', 'supervisor', 'supervise', 'supervised', 'supervising', 'supervisee', 'amendment', 'amend', 'amended',
  'correct', 'correction', 'deadline', 'deadlines',
  'indecent', 'image', 'images', 'picture', 'photo', 'photos', 'attachment', 'attachments', 'abusive', 'threatening',
  'message', 'messages', 'messaging', 'texting', 'texted', 'email', 'emails', 'emailing', 'phone', 'mobile',
  'personal', 'professional', 'safeguarding', 'conference', 'minutes', 'review', 'reviews', 'summary', 'summaries',
  'subject', 'access', 'request', 'requests', 'adoption', 'adopted', 'foster', 'fostering', 'carer', 'carers',
  'children', 'childrens', 'protection', 'looked', 'after', 'destroy', 'destroyed', 'delete', 'deleted', 'keep',
  'legal', 'advice', 'solicitor', 'information', 'sharing', 'share', 'disclose', 'confidential', 'confidentiality',
  'protection', 'signed', 'sign', 'manager', 'agreed', 'weekend', 'evening', 'tomorrow', 'yesterday', 'today',
  'fifteen', 'fourteen', 'thirteen', 'sixteen', 'seventeen', 'twelve', 'eleven', 'eighteen', 'nineteen', 'twenty',
  'contact', 'contacting', 'screenshot', 'screenshots', 'transcribe', 'transcript', 'worded', 'wording', 'script',
  'template', 'instagram', 'threatened', 'suicidal', 'crisis', 'injury', 'harm', 'risk', 'sexting', 'naked', 'nude',
  'concerning', 'inappropriate', 'attachment', 'case', 'notes', 'note', 'file', 'young', 'person', 'social', 'media',
  'network', 'networking', 'disagree', 'policy', 'policies', 'upload', 'uploaded', 'write', 'written', 'writeup',
  'behalf', 'heading', 'typed', 'wrong', 'service', 'user', 'chronology', 'assessment', 'interview', 'appointment',
  'number', 'numbers', 'give', 'working', 'hours', 'days', 'visit', 'visited', 'visiting',
  'adoptive', 'adopter', 'adopters', 'reception', 'laptop', 'laptops', 'encrypted', 'posting', 'posted', 'secure',
  'assess', 'assessed', 'assessing',
];

const VOCABULARY = new Set(DOMAIN_VOCABULARY);

/**
 * Words a typo is mended towards: distinctive domain words only. Ordinary English words ("wording", "agreed")
 * are known but never targets, so "worrying" is not read as "wording".
 */
const TYPO_TARGETS = [
  'whatsapp', 'unborn', 'pregnant', 'pregnancy', 'miscarriage', 'stillborn', 'instagram', 'facebook', 'snapchat', 'bluetooth', 'messenger', 'retention', 'retained', 'record', 'records',
  'recording', 'recorded', 'consent', 'consented', 'parental', 'supervision', 'supervisor', 'amendment', 'amended',
  'deadline', 'deadlines', 'indecent', 'attachment', 'attachments', 'abusive', 'threatening', 'message', 'messages',
  'texting', 'safeguarding', 'conference', 'minutes', 'summary', 'summaries', 'subject', 'request', 'adoption', 'adopted',
  'foster', 'fostering', 'children', 'childrens', 'protection', 'destroy', 'solicitor', 'information', 'confidential',
  'screenshot', 'screenshots', 'transcribe', 'transcript', 'assessment', 'appointment', 'weekend', 'yesterday',
  'tomorrow', 'fifteen', 'fourteen', 'thirteen', 'sixteen', 'seventeen', 'eighteen', 'contact', 'mobile', 'personal',
  'professional', 'sexting', 'suicidal', 'anniversary', 'recommendations', 'independent', 'reviewing', 'chronology',
  // The retention table's starting points: a misspelt one loses the date's role ("apporval was terminated on 31 Oct").
  'approval', 'terminated', 'deregistered',
  'assessed', 'assessing',
];

/** The typo targets by first letter, in TYPO_TARGETS' order: a typo is only mended towards a word with its first letter. */
const TYPO_TARGETS_BY_LETTER = new Map<string, string[]>();
for (const target of TYPO_TARGETS) TYPO_TARGETS_BY_LETTER.set(target[0]!, [...(TYPO_TARGETS_BY_LETTER.get(target[0]!) ?? []), target]);

/** Common English words beside domain words: pieces a run-together token may be split into (spelling is nspell's job). */
const PROTECTED = new Set([
  'records', 'recorder', 'report', 'reports', 'reported', 'imagine', 'person', 'persons', 'phones', 'phoned', 'after',
  'filed', 'files', 'noted', 'notes', 'sharing', 'shared', 'shares', 'share', 'cases', 'social', 'share', 'there',
  'these', 'those', 'where', 'whats', 'which', 'while', 'write', 'wrote', 'writes', 'agree', 'agrees', 'access',
  'accept', 'manage', 'managed', 'manager', 'managers', 'message', 'massage', 'contract', 'content', 'context',
  'correct', 'protect', 'project', 'consult', 'consume', 'police', 'policy', 'office', 'minute', 'review', 'viewed',
  'revise', 'summer', 'summon', 'subjects', 'request', 'requested', 'legal', 'local', 'adopt', 'adoption',
  'foster', 'faster', 'poster', 'foster', 'carer', 'career', 'cater', 'numbers', 'member', 'members', 'months',
  'mother', 'father', 'brother', 'sister', 'family', 'school', 'visit', 'visits', 'image', 'images', 'imaged',
  'hours', 'house', 'houses', 'heard', 'hearing', 'sending', 'spending', 'working', 'worked', 'worker', 'workers',
  'without', 'within', 'should', 'could', 'would', 'their', 'other', 'never', 'always', 'every', 'young', 'having',
  'phone', 'photo', 'notice', 'agreed', 'argued', 'signed', 'single', 'design', 'sinned', 'emails', 'emailed',
  'named', 'naming', 'rights', 'record', 'someone', 'answer', 'answers', 'answered', 'become', 'before', 'behind',
  'better', 'nearly', 'really', 'safety', 'sexual', 'simply', 'ringing', 'reading', 'reached', 'recent', 'return',
  'retired', 'retire', 'remain', 'remains', 'remind', 'moment', 'member', 'parent', 'passed', 'posted', 'poster',
  'people', 'period', 'please', 'plenty', 'letter', 'letters', 'leaving', 'likely', 'listed', 'missed', 'missing',
  'mobiles', 'advise', 'advised', 'advises', 'contacts', 'consult', 'concern', 'concerns', 'content', 'cannot',
  'common', 'course', 'caring', 'carers', 'events', 'wanted', 'worried', 'writing', 'wording', 'whether', 'within',
]);

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping early past the bound. */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  // Row i of the alignment starts at i * width of one table, kept between calls: no rows made afresh for every word compared.
  const width = b.length + 1;
  if (alignment.length < (a.length + 1) * width) alignment = new Int32Array((a.length + 1) * width * 2);
  const table = alignment;
  for (let j = 0; j <= b.length; j += 1) table[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = i * width;
    const prev = row - width;
    table[row] = i;
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(table[prev + j]! + 1, table[row + j - 1]! + 1, table[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, table[prev - width + j - 2]! + 1);
      }
      table[row + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > bound) return bound + 1;
  }
  return table[a.length * width + b.length]!;
}
/** editDistance's table, grown when a longer pair of words comes. */
let alignment = new Int32Array(64);

/** Allowed edits grow with word length: short words are too easily confused. */
function boundFor(word: string): number {
  if (word.length < 6) return 0;
  if (word.length < 8) return 1;
  return 2;
}

export interface Correction {
  from: string;
  to: string;
}

/** The closest domain word within the bound, or undefined; ties keep the first in vocabulary order (deterministic). */
export function correctWord(word: string): string | undefined {
  if (VOCABULARY.has(word) || /\d/.test(word)) return undefined;
  // An inflection of a known word ("contacted", "emailing") is not a typo.
  const stem = word.replace(/(ed|ing|es|s|er|ers)$/, '');
  if (stem !== word && [stem, `${stem}e`].some((w) => VOCABULARY.has(w))) return undefined;
  const bound = boundFor(word);
  if (bound === 0) return undefined;
  let best: { word: string; d: number } | undefined;
  // A word spelt as it sounds ("retenshun", "confidenshal") is also compared in its usual spelling.
  const spellings = [word, ...SOUND_ALIKES.map(([re, to]) => word.replace(re, to)).filter((w) => w !== word)];
  // Typos rarely change the first letter; requiring it keeps ordinary words from being rewritten.
  for (const candidate of TYPO_TARGETS_BY_LETTER.get(word[0]!) ?? []) {
    for (const spelling of spellings) {
      const d = editDistance(spelling, candidate, bound);
      if (d <= bound && (!best || d < best.d)) best = { word: candidate, d };
    }
  }
  // A correctly spelt English word ("summarise", "ringing") is what was meant, however near a domain word it sits. Asked
  // last, so the dictionary (a third of a second to compile) is loaded only for a word that is near one.
  if (!best || isEnglishWord(word)) return undefined;
  return best.word;
}

/** A word's first letter and its consonants: text speak drops the vowels ("jst", "evry", "mngr", "wkends"). */
function skeleton(word: string): string {
  return word[0] + word.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}
let bySkeleton: Map<string, string[]> | undefined;
/**
 * The one ordinary or domain word a vowel-less spelling stands for ("giv" give, "jst" just, "evry" every), or undefined
 * when it is a word already, too short to tell, or could be more than one word.
 */
export function withVowels(word: string): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || VOCABULARY.has(word)) return undefined;
  if (!bySkeleton) {
    bySkeleton = new Map();
    for (const w of new Set([...COMMON_WORDS, ...DOMAIN_VOCABULARY])) {
      if (!/^[a-z]+$/.test(w) || w.length < 3) continue;
      const k = skeleton(w);
      bySkeleton.set(k, [...(bySkeleton.get(k) ?? []), w]);
    }
  }
  const found = (bySkeleton.get(skeleton(word)) ?? []).filter((w) => w.length > word.length && isSubsequence(word, w));
  // "wkends", "evrythings": the plural of a word spelt without its vowels.
  const singular = found.length === 0 && word.endsWith('s') ? withVowels(word.slice(0, -1)) : undefined;
  const meant = found.length === 1 ? found[0] : singular ? `${singular}s` : undefined;
  // Asked last, so the dictionary (a third of a second to compile) is loaded only when a vowel-less reading exists.
  return meant && !isEnglishWord(word) ? meant : undefined;
}

/** Endings spelt as they sound: "-shun" is "-tion", "-shal" is "-tial". */
const SOUND_ALIKES: readonly [RegExp, string][] = [
  [/(sh|ch|t?sh)[aeiou]n(s?)$/, 'tion$2'],
  [/(sh|ch)[aeiou]l(s?)$/, 'tial$2'],
];

/**
 * Words a run-together token may be split into: ordinary English and the domain vocabulary, plus shorthand that is never
 * part of an English word. Other shorthand ("sm", "ur", "pic") hides inside ordinary words ("small", "tour", "topic").
 */
const SPLIT_SHORTHAND = ['yp', 'yps', 'txt', 'txts', 'msg', 'msgs', 'insta', 'fb', 'tmrw', 'pls', 'convo', 'fone', 'frm', 'wot', 'wen', 'cn'];
/** Ages typed together ("13yrold", "15yrs"): these pieces only right after a number. */
const AFTER_NUMBER = new Set(['yr', 'yrs', 'yo', 'yro']);
const PIECES = new Set([...COMMON_WORDS, ...DOMAIN_VOCABULARY, ...PROTECTED, ...SPLIT_SHORTHAND]);
/** Words that are never split, though they are made of pieces ("imessage" is not "i message"). */
const WHOLE = new Set(['mummy', 'daddy', 'iphone', 'ipad', 'imessage', 'icloud']);
/** Endings of ordinary words, never a last piece ("childless", "contactless", "visitor"). */
const NOT_LAST = new Set(['less', 'like', 'or', 'as', 'at', 'us', 'an', 'is', 'let', 'set', 'try', 'per', 'ship', 'hood']);
/**
 * A split is trusted only when one piece names what the matchers look for (a channel, a person, a record, an age), so
 * ordinary compounds of ordinary words ("tonight", "forgive", "harmless") are never split.
 */
const ANCHORS = new Set([
  'message', 'messages', 'messaging', 'messaged', 'text', 'texts', 'texting', 'texted', 'whatsapp', 'instagram', 'facebook',
  'snapchat', 'tiktok', 'email', 'emails', 'emailed', 'phone', 'mobile', 'contact', 'record', 'records', 'recording', 'case',
  'note', 'notes', 'file', 'consent', 'supervision', 'retention', 'image', 'images', 'picture', 'photo', 'screenshot',
  'young', 'person', 'child', 'children', 'parent', 'parents', 'mum', 'dad', 'carer', 'foster', 'old', 'year', 'years',
  ...SPLIT_SHORTHAND, ...AFTER_NUMBER,
]);
const LONGEST_PIECE = 16;

function isPiece(piece: string, at: number, word: string, previous: string | undefined, digits: boolean): boolean {
  if (digits && /^\d{1,3}$/.test(piece)) return true;
  if (AFTER_NUMBER.has(piece)) return previous !== undefined && /^\d+$/.test(previous);
  // "i" and "a" are the only one-letter words, never a token's last letter ("persona", "swami"); a leading "i" is a
  // brand ("iphone"), not "I".
  if (piece.length === 1) return (piece === 'a' || (piece === 'i' && at > 0)) && at + 1 < word.length;
  return PIECES.has(piece);
}

/**
 * A token typed without spaces ("canimessage", "a13yrold") as the fewest known words and digit runs, or undefined when
 * the token is itself a word, cannot be split wholly into known pieces, or has no piece the matchers care about.
 */
export function segment(word: string): string[] | undefined {
  if (word.length < 4 || word.length > 40 || !/^[a-z0-9]+$/.test(word) || PIECES.has(word) || WHOLE.has(word)) return undefined;
  // best[j]: the fewest pieces covering word.slice(0, j); the first found wins a tie (deterministic).
  const best: (string[] | undefined)[] = [[]];
  // Only a word with a digit has digit runs to look for: most are letters alone.
  const digits = /\d/.test(word);
  for (let i = 0; i < word.length; i += 1) {
    const head = best[i];
    if (!head) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + LONGEST_PIECE); j += 1) {
      const piece = word.slice(i, j);
      // A digit run is taken whole: "13", never "1" then "3".
      if (digits && /^\d+$/.test(piece) && /\d/.test(word[j] ?? '')) continue;
      if (!isPiece(piece, i, word, head[head.length - 1], digits)) continue;
      const current = best[j];
      if (!current || head.length + 1 < current.length) best[j] = [...head, piece];
    }
  }
  const pieces = best[word.length];
  if (!pieces || pieces.length < 2 || NOT_LAST.has(pieces[pieces.length - 1] as string)) return undefined;
  if (!pieces.some((p) => ANCHORS.has(p))) return undefined;
  // Two short words in a row ("at i on", "be a ring") are the syllables of a longer word, not words.
  const short = (p: string | undefined) => p !== undefined && /^[a-z]{1,2}$/.test(p) && !AFTER_NUMBER.has(p);
  if (pieces.some((p, k) => short(p) && short(pieces[k + 1]))) return undefined;
  return pieces;
}

/** Words after which a lone "2" is the word "to" ("need 2 get", "ok 2 whatsapp", "pic 2 my phone"), not a number. */
const AFTER_TO = new Set(`me my her him them us you your his their our it its the this that these those mum dad
  school police manager work get go do be see text message whatsapp call ring phone send write record put keep contact reply
  respond speak talk share use give make have tell ask know check meet add email upload log say visit delete report forward
  show file type let take bring pass sign finish complete chat inform accept follow store save destroy shred wait stop
  block change amend correct fix help find look read sort note jot mention print copy scan paste screenshot
  answer leave hand agree attend explain discuss`.split(/\s+/).filter(Boolean));
/** Words before a number that make it a number still: "at 2", "on 2 nov", "aged 2", "only 2". */
const BEFORE_NUMBER = new Set(`at on by about around after before until till from for the a an of only and or last next
  every these those past approx within in under over than aged age is are was were page section para paragraph step
  level tier number no top first to between`.split(/\s+/).filter(Boolean));
/** After a lone "4", words that make it "for" whatever comes before: no count of things is followed by "me". */
const FOR_PERSON = new Set(['me', 'us', 'you', 'him', 'them']);
/** After a lone "4", words that make it "for" when the word before is not one that introduces a number. */
const FOR_NEXT = new Set(['my', 'your', 'our', 'her', 'his', 'their', 'ages', 'now', 'work']);
// "rite it up" is write; "is that rite" is right.
const WRITE_NEXT = /^(up|it|down|this|that|a|an|the|my|her|his|their|in|on|notes?|case|about|to|them|everything|something)$/;

/** "last wk", "2 wks ago": a week after a time word or a number, or before "ago"; "wk" is work otherwise ("my wk phone"). */
const WEEK_BEFORE = new Set(['last', 'lst', 'next', 'this', 'that', 'a', 'per', 'each', 'every', 'one', 'two', 'three', 'four', 'few', 'couple']);
/** "a wk phone", "this wk mobile": work, whatever comes before. */
const WORK_THING_AFTER = new Set(['phone', 'phones', 'mobile', 'mobiles', 'laptop', 'email', 'e-mail', 'device', 'number', 'account', 'sim', 'iphone', 'whatsapp']);
const weekOf = (word: string, before: string | undefined, after: string | undefined): string | undefined =>
  after !== undefined && WORK_THING_AFTER.has(after) ? undefined : (before && (WEEK_BEFORE.has(before) || /^\d+$/.test(before))) || after === 'ago' ? (word === 'wk' ? 'week' : 'weeks') : undefined;

/** The words inContext reads from their neighbours: no other word's neighbours are looked at. */
const READ_IN_CONTEXT = new Set(['4', '2', 'rite']);

/** A word read from its neighbours: a lone "2" between words, "rite". Undefined when it stays as typed. */
function inContext(word: string, before: string | undefined, after: string | undefined): string | undefined {
  // "age 4 me", "ok 4 my visit": a lone "4" before a person or a possessive is "for", never a number.
  if (word === '4' && after && (FOR_PERSON.has(after) || (FOR_NEXT.has(after) && before && /^[a-z']+$/.test(before) && !BEFORE_NUMBER.has(before)))) return 'for';
  if (word === '2' && before && after && /^[a-z']+$/.test(before) && !BEFORE_NUMBER.has(before) && AFTER_TO.has(after)) return 'to';
  if (word === 'rite') return after && WRITE_NEXT.test(after) ? 'write' : 'right';
  return undefined;
}

/**
 * Contractions typed without the apostrophe ("shes 14", "mum doesnt know", "it wasnt in supervision"), given it back so
 * every reader sees one spelling. Only forms that are not also ordinary words: "its", "well", "were", "ill", "id" stay.
 */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  shes: "she's", hes: "he's", theyre: "they're", youre: "you're", thats: "that's",
  doesnt: "doesn't", dont: "don't", isnt: "isn't", wasnt: "wasn't", didnt: "didn't", cant: "can't", wont: "won't",
  havent: "haven't", hasnt: "hasn't", arent: "aren't", werent: "weren't", wouldnt: "wouldn't", couldnt: "couldn't", shouldnt: "shouldn't",
  ive: "i've", weve: "we've", theyve: "they've", youve: "you've", im: "i'm",
};
const CONTRACTION = new RegExp(`\\b(${Object.keys(CONTRACTIONS).join('|')})\\b`, 'g');
// "an IM", "by IM" is an instant message, not "I'm".
const INSTANT_MESSAGE = /\b(an|the|a|by|via|on|over|through|my|your|her|his|their) $/;

function restoreApostrophes(text: string): string {
  return text.replace(CONTRACTION, (word: string, _w: string, at: number, whole: string) =>
    word === 'im' && INSTANT_MESSAGE.test(whole.slice(Math.max(0, at - 10), at)) ? word : (CONTRACTIONS[word] ?? word));
}

/**
 * What a word of the project's own vocabulary is mended to (usually itself, '' here), worked out once per word: the result
 * depends on the word alone, and only words of the allow-list for stored text (ordinary English and the domain's own
 * words, never a name a practitioner typed) are kept, so the memo is bounded and holds no personal data.
 */
const mendedKnown = new Map<string, string>();
const MEMO_WORDS = new Set([...COMMON_WORDS, ...DOMAIN_VOCABULARY, ...PROTECTED]);

/** The word a typo or a vowel-less spelling stands for (correctWord, then withVowels), or undefined. */
function mended(word: string): string | undefined {
  // A word met before is found by one look-up; only a word not yet kept is checked against the allow-list.
  let to = mendedKnown.get(word);
  if (to === undefined) {
    if (!MEMO_WORDS.has(word)) return correctWord(word) ?? withVowels(word);
    to = correctWord(word) ?? withVowels(word) ?? '';
    mendedKnown.set(word, to);
  }
  return to === '' ? undefined : to;
}

/** Shorthand too short or too common to read inside a hyphenated word ("u-turn", "ok-ish"). */
const NOT_IN_COMPOUNDS = new Set(['u', 'r', 'n', 'w', 'ok', 'ur', 'yo', 'sm', 'ig', 'cn', 'in2', 'sup', 'info', 'wk']);
/** A piece of a hyphenated word that is the trade's shorthand ("cin" of "cin-only"). */
const isShorthandPart = (part: string): boolean => !NOT_IN_COMPOUNDS.has(part) && ABBREVIATIONS[part] !== undefined && ABBREVIATIONS[part] !== part;

export interface Normalised {
  /** Lower-case text with shorthand expanded and typos mended, single-spaced, punctuation kept where dates and times need it. */
  text: string;
  expansions: Correction[];
  corrections: Correction[];
}

/** A text with the trade's shorthand spelt out as normalise() spells it ("LAC", "CIN", "TM"), lower case: the words a
 * practitioner's phrasing and a normalised question share. */
export const spellOutShorthand = (text: string): string => text.toLowerCase().replace(/[a-z']+/g, (w) => ABBREVIATIONS[w] ?? w);

/** Initials of the trade listed as examples ("CIN, CP, LAC etc", "LAC, PEP, IHA"): two or more and "etc", or three or more
 * naming one no shorthand spells out (a list of people, "YP, TM and SW", names who, not terms). */
const INITIALISM = String.raw`[a-z]{2,5}s?`;
const INITIALISM_LIST = new RegExp(String.raw`\b${INITIALISM}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)${INITIALISM})+(?:\s*,?\s*etc\b\.?)?`, 'gi');

/** A word typed as initials: in capitals, or shorthand whose spelling out it abbreviates ("cin": child in need). */
function isInitialism(typed: string): boolean {
  if (/^[A-Z]{2,5}s?$/.test(typed)) return true;
  const expansion = ABBREVIATIONS[typed.toLowerCase()];
  const initials = (words: string[]): string => words.map((w) => w[0]).join('');
  const words = expansion?.split(' ') ?? [];
  return expansion !== undefined && [initials(words), initials(words.filter((w) => w !== 'and'))].includes(typed.toLowerCase());
}

/**
 * A list of the trade's initials given as examples is asked about as abbreviations ("is it ok to use CIN, CP, LAC etc or do I
 * have to write them out?"): the guidance's word for them follows the list, which is spelt out like any shorthand.
 */
function withListedInitialisms(raw: string, lowered: string): string {
  let text = lowered;
  for (const m of raw.matchAll(INITIALISM_LIST)) {
    const typed = m[0].replace(/\s*,?\s*etc\b\.?$/i, '').split(/\s*,\s*|\s+(?:and|or|&)\s+/);
    const listed = /etc\b\.?$/i.test(m[0]) || (typed.length >= 3 && typed.some((t) => ABBREVIATIONS[t.toLowerCase()] === undefined));
    if (!listed || !typed.every(isInitialism)) continue;
    const at = text.indexOf(m[0].toLowerCase());
    if (at >= 0) text = `${text.slice(0, at + m[0].length)} (abbreviations)${text.slice(at + m[0].length)}`;
  }
  return text;
}

/** The text normalised: once per text while one answer is worked out (its steps read the question more than once). */
export function normalise(raw: string): Normalised {
  return readOncePerAnswer(normaliseAfresh, copyNormalised, raw);
}

const copyNormalised = (n: Normalised): Normalised => ({ text: n.text, expansions: [...n.expansions], corrections: [...n.corrections] });

// Module-level, not closures made per token: the build (esbuild, keepNames) names every named closure as it is made, at a
// cost far above the test it runs.
const wordAt = (tokens: readonly string[], at: number): string | undefined => {
  const t = tokens[at];
  return t !== undefined && /^[a-z0-9']+$/.test(t) ? t : undefined;
};
const spacedAt = (tokens: readonly string[], at: number): boolean => tokens[at] !== undefined && /^\s+$/.test(tokens[at]!);

const PLAIN_WORD = /^[a-z0-9]+$/;
const WORD_PARTS = /^([^a-z0-9]*)([a-z0-9'/.-]*?)([^a-z0-9]*)$/;
/**
 * A token's punctuation before, its word and punctuation after, or undefined when it is not one word. A token of letters and
 * digits alone (most of them) is its word, found without taking the token apart.
 */
function partsOf(token: string): readonly [string, string, string] | undefined {
  if (PLAIN_WORD.test(token)) return ['', token, ''];
  const m = WORD_PARTS.exec(token);
  return m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : undefined;
}

function normaliseAfresh(raw: string): Normalised {
  const expansions: Correction[] = [];
  const corrections: Correction[] = [];
  const lowered = restoreApostrophes(raw.toLowerCase().replace(/[\u2018\u2019]/g, "'"))
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/(\d)\s*(y\/o|y\.o\.?|yos?|yrs?os?)\b/g, '$1 years old')
    .replace(/\by\/o\b/g, 'years old')
    .replace(/\bwh?at'?s[ -]?app?\b/g, 'whatsapp')
    .replace(/\be[ -]mail/g, 'email')
    .replace(/\bface ?book\b/g, 'facebook')
    .replace(/\binsta ?gram\b/g, 'instagram')
    .replace(/\bblue ?tooth\b/g, 'bluetooth')
    .replace(/\b(mobile|mob|phone|work|personal|home|contact|tel|telephone|direct) no\b\.?/g, '$1 number')
    // "IG lead", "our IG team", "IG here": information governance, a role or a team; "add me on IG" stays Instagram.
    .replace(/\big\b(?=[ -]+(lead|leads|team|officer|officers|manager|here|question|query|training|policy|policies|colleague|colleagues|advice|audit|perspective|point of view|role|function|board|compliance|(is |are |have |has |were |was )?(asking|asked|want|wants|wanted|say|says|said|need|needs|needed|told|tell|query|querying|checking|chasing)|(is |are )?(asking|querying|checking|chasing))\b)|(?<=\b(our|the|my|from|in|of|ask|asked|tell|told|and) )ig\b(?! (account|profile|page|post|posts|story|stories|dm|dms|message|messages|chat)\b)/g, 'information governance')
    // "my SM" is a person (a senior manager); "on SM" is social media.
    .replace(/\b(my|our|your|the|her|his|their) sm\b(?= (said|says|wants|asked|agreed|told|has|is|was|will|would|thinks))/g, '$1 senior manager');
  const tokens = withListedInitialisms(raw, lowered).split(/(\s+|[,;!?()"]+)/);
  const out = tokens.map((token, at) => {
    // Every other token is what split on (spaces, punctuation): it holds no word, and stays as it is, as does an empty one.
    if (at % 2 === 1 || token === '') return token;
    const word = partsOf(token);
    if (!word) return token;
    const [pre, core, post] = word;
    const bare = core.endsWith("'s") ? core.slice(0, -2) : core;
    const week = bare === 'wk' || bare === 'wks' ? weekOf(bare, spacedAt(tokens, at - 1) ? wordAt(tokens, at - 2) : undefined, spacedAt(tokens, at + 1) ? wordAt(tokens, at + 2) : undefined) : undefined;
    if (week) {
      expansions.push({ from: bare, to: week });
      return `${pre}${week}${core.slice(bare.length)}${post}`;
    }
    // Shorthand past tenses typed with an apostrophe ("txt'd", "msg'd") are the same words as without it.
    const expansion = ABBREVIATIONS[bare] ?? (bare.endsWith("'d") ? ABBREVIATIONS[bare.replace(/'d$/, 'd')] : undefined);
    if (expansion !== undefined && expansion !== bare) {
      expansions.push({ from: bare, to: expansion });
      return `${pre}${expansion}${post}`;
    }
    // The trade's shorthand inside a hyphenated or slashed word ("CIN-only case", "LAC-related", "CIN/CP") is the same shorthand.
    // Split only a word with a hyphen or a slash in it (most have none: no array made for them).
    const joined = bare.includes('-') || bare.includes('/') ? bare.split(/([-/])/) : undefined;
    const parts = joined?.filter((_, i) => i % 2 === 0);
    if (joined && parts && parts.every((p) => p !== '') && parts.some(isShorthandPart)) {
      const spelt = joined.map((p, i) => (i % 2 === 0 && isShorthandPart(p) ? ABBREVIATIONS[p]! : p)).join('');
      for (const p of parts.filter(isShorthandPart)) expansions.push({ from: p, to: ABBREVIATIONS[p]! });
      return `${pre}${spelt}${core.slice(bare.length)}${post}`;
    }
    if (pre === '' && post === '' && READ_IN_CONTEXT.has(bare)) {
      // A neighbour counts only across spaces, never across punctuation: "2, then" is not "to then".
      const before = spacedAt(tokens, at - 1) ? wordAt(tokens, at - 2) : undefined;
      const after = spacedAt(tokens, at + 1) ? wordAt(tokens, at + 2) : undefined;
      const read = inContext(bare, before, after);
      if (read) {
        expansions.push({ from: bare, to: read });
        return read;
      }
    }
    const fixed = /^[a-z]+$/.test(bare) ? mended(bare) : undefined;
    if (fixed) {
      corrections.push({ from: bare, to: fixed });
      return `${pre}${fixed}${post}`;
    }
    // Only a word as typed, with nothing taken off its end, is split.
    const pieces = bare === core ? segment(bare) : undefined;
    if (pieces) {
      const split = pieces.map((p) => ABBREVIATIONS[p] ?? p).join(' ');
      corrections.push({ from: bare, to: split });
      return `${pre}${split}${post}`;
    }
    return token;
  });
  const text = out.join('').replace(/\s+/g, ' ').trim();
  return { text, expansions, corrections };
}
