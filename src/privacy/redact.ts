// Personal data typed into questions and feedback is replaced by placeholders before anything is stored (product principle 5).
import { ABBREVIATIONS, DOMAIN_VOCABULARY } from '../understanding/normalise';
import { COMMON_WORDS } from '../language/common-words';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// UK numbers: +44 / 0044 / 0 prefixes, optional (0), spaces, dashes, dots or brackets between digit groups.
const UK_PHONE = /(?<![\w+])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d(?:[\s.)-]{0,2}\d){8,9}(?!\d)/g;
// Any other international number (+1 415 555 0132), and long digit runs that could be a number typed without spaces.
const OTHER_PHONE = /(?<![\w+])\+\d(?:[\s.()-]{0,2}\d){6,14}(?!\d)/g;
const LONG_DIGITS = /\b\d{7,}\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
// A cue word followed by one or two capitalised words: "called Jordan", "my YP Sam Lee", "Mrs Patel".
const NAME_AFTER_CUE = /\b(called|named|name is|my YP|YP|Mr|Mrs|Ms|Miss|Mx|Dr)(\.?\s+)([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?)/g;
const CAPITALISED_WORD = /^[A-Z][a-z'’-]+$/;

/** Words that are capitalised in questions but are not names: the domain vocabulary and sentence openers. */
const NOT_NAMES = new Set(
  `mr mrs ms miss mx dr ask tell ring call send sent email told asked met visited spoke saw
  i i'm i've can could may might must should shall will would do does did is are was were am what when where which who whom why how
  if and or but the a an my our their his her this that these those there here yes no please thanks thank hello hi help
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  whatsapp facebook instagram snapchat tiktok twitter x messenger signal telegram teams outlook microsoft sharepoint bluetooth google gmail iphone android
  text texts sms email e-mail phone mobile call video chat message messages app apps social media network
  cardiff vale glamorgan pan dorset waltham forest brighton hove nottinghamshire council city county children's childrens children child adult adults
  social care work worker workers services service safeguarding board procedures policy policies guidance recording record records
  case summary summaries note notes supervision manager team lead leader family families support residential student practitioner
  young person people parent parents carer carers foster looked after protection plan conference review cin cp lac iro
  data act gdpr uk dpa foi ripa subject access request legal advice retention amendment sign-off signoff read agreed
  police ict nhs gp school court local authority england wales scotland northern ireland bank holiday christmas easter`
    .split(/\s+/)
    .filter(Boolean),
);

export interface RedactionResult {
  text: string;
  /** Counts per kind, for logs and tests: never the values themselves. */
  counts: { email: number; phone: number; postcode: number; name: number; word: number };
}

export function redact(input: string): RedactionResult {
  const counts = { email: 0, phone: 0, postcode: 0, name: 0, word: 0 };
  let text = input.replace(EMAIL, () => (counts.email++, '[email]'));
  text = text.replace(UK_PHONE, () => (counts.phone++, '[phone]'));
  text = text.replace(OTHER_PHONE, () => (counts.phone++, '[phone]'));
  text = text.replace(LONG_DIGITS, () => (counts.phone++, '[phone]'));
  text = text.replace(UK_POSTCODE, () => (counts.postcode++, '[postcode]'));
  text = text.replace(NAME_AFTER_CUE, (_m, cue: string, gap: string) => (counts.name++, `${cue}${gap}[name]`));
  text = redactCapitalisedPairs(text, counts);
  text = redactNamesThatAreWords(text, counts);
  text = keepKnownWords(text, counts);
  return { text, counts };
}

/** Shorthand when only the redacted text is needed. */
export function redactText(input: string): string {
  return redact(input).text;
}

// Two or more adjacent capitalised words, none of them domain vocabulary, read as a person's name ("Jordan Smith").
function redactCapitalisedPairs(text: string, counts: RedactionResult['counts']): string {
  const parts = text.split(/(\s+)/);
  const isNameWord = (w: string | undefined) => {
    const bare = (w ?? '').replace(/[.,;:!?)"]+$/, '');
    return CAPITALISED_WORD.test(bare) && !NOT_NAMES.has(bare.toLowerCase());
  };
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    // Words sit at even indexes, whitespace at odd ones.
    let j = i;
    while (j < parts.length && isNameWord(parts[j]) && !/[.,;:!?)"]$/.test(parts[j] ?? '')) j += 2;
    // A run may end on a word carrying trailing punctuation ("Jordan Smith.").
    if (j < parts.length && isNameWord(parts[j])) j += 2;
    const words = (j - i) / 2;
    if (words >= 2) {
      const last = parts[j - 2] ?? '';
      const trailing = /[.,;:!?)"]+$/.exec(last)?.[0] ?? '';
      counts.name++;
      out.push(`[name]${trailing}`);
      if (j - 1 < parts.length) out.push(parts[j - 1] ?? '');
      i = j;
    } else {
      out.push(parts[i] ?? '');
      if (i + 1 < parts.length) out.push(parts[i + 1] ?? '');
      i += 2;
    }
  }
  return out.join('');
}

/** Product words that may be capitalised mid-sentence ("on WhatsApp", "Looked After"): never read as a name. */
const PRODUCT_WORDS = new Set([...NOT_NAMES, ...DOMAIN_VOCABULARY.map((w) => w.toLowerCase()), ...Object.keys(ABBREVIATIONS).map((w) => w.toLowerCase())]);
/** Modal verbs that are also first names: at the start of a sentence they are the verb only before a subject ("Will I ..."). */
const MODAL_NAMES = new Set(['will', 'may']);
const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'there', 'mum', 'dad', 'someone', 'anyone']);

// A common English word written with a capital inside a sentence is a name ("I visited Will", "ask Hope"); so is a
// sentence-opening "Will" or "May" that is not asking a question ("Will told me he is scared").
function redactNamesThatAreWords(text: string, counts: RedactionResult['counts']): string {
  return text.replace(/\b[A-Z][a-z'’]+\b/g, (word, offset: number) => {
    const lower = word.toLowerCase();
    // "Will" inside a sentence is a name; "May" there is the month.
    if (PRODUCT_WORDS.has(lower) && lower !== 'will' && !MODAL_NAMES.has(lower)) return word;
    const before = text.slice(0, offset);
    const sentenceStart = /(^|[.!?:;]\s+|\n\s*|["“(]\s*)$/.test(before);
    if (sentenceStart) {
      if (!MODAL_NAMES.has(lower)) return word;
      const next = /^\s+([A-Za-z'’]+)/.exec(text.slice(offset + word.length))?.[1]?.toLowerCase();
      if (next === undefined || SUBJECTS.has(next)) return word;
    } else if (lower === 'may' || !isKnown(word)) {
      // Unknown words are removed by the allow-list anyway.
      return word;
    }
    counts.name++;
    return '[name]';
  });
}

/** Words that may be stored as typed: common English, the product's vocabulary and shorthand, and the placeholders. */
const KNOWN_WORDS = new Set(
  [
    ...COMMON_WORDS,
    ...DOMAIN_VOCABULARY,
    ...Object.keys(ABBREVIATIONS),
    ...Object.values(ABBREVIATIONS).flatMap((v) => v.split(/\s+/)),
    ...NOT_NAMES,
    'name',
    'postcode',
    'word',
  ].map((w) => w.toLowerCase()),
);
const WORD = /[A-Za-z][A-Za-z'’]*/g;

function isKnown(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  return KNOWN_WORDS.has(w) || KNOWN_WORDS.has(w.replace(/'s$/, '')) || (w.endsWith('s') && KNOWN_WORDS.has(w.slice(0, -1)));
}

// Allow-list, not deny-list: a name in lower case or on its own ("casey told me") is not a word the product knows.
function keepKnownWords(text: string, counts: RedactionResult['counts']): string {
  return text.replace(WORD, (word, offset: number) => {
    if (text[offset - 1] === '[' && text[offset + word.length] === ']') return word;
    if (isKnown(word)) return word;
    counts.word++;
    return '[word]';
  });
}
