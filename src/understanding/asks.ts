// Several asks in one message ("can I text her from my work phone, and does the text have to go on her file?"): the
// separate questions, in the order asked, each with the sentences of context that are not themselves questions.

import { readOncePerAnswer } from './one-answer';

export interface Ask {
  /** The question as typed. */
  text: string;
  /** The context sentences and the question, as the understanding reads it. */
  withContext: string;
  /** withContext followed by the asks before this one, whose record or contact a deadline or retention asked after them is of. */
  withEarlier: string;
  /** Refers back to what an ask before it named ("… and does it need to go on Mosaic?"): read with the asks before it. */
  refersBack?: true;
  /** Asked under its own condition, beside another ask under another ("if no concerns …, and if something worrying …"). */
  conditional?: true;
  /** A message's one question without the story told around it, when there is one ("… TM keeps saying 'think about your
   * audience'. who am I meant to be writing my records for?"): its words are not diluted by the story's. */
  alone?: string;
}

// The verbs a question opens or asks with ("does", "should", "is" ...), and the words that ask for something ("what", "how").
const AUXILIARY = '(?:do|does|did|can|could|should|shall|must|will|would|is|are|was|were|have|has|am|may)';
const ASKING_WORD = '(?:what|when|where|who|how|which|why)';
// "by when does this need to be on file (we're Notts)" asks though no question mark ends it.
const QUESTION_START = String.raw`(?:${AUXILIARY}|${ASKING_WORD}|whats|what's|if so|also|by when|until when|till when)`;
// A policy or table a question names before it asks ("under the Notts table", "in Cardiff", "for WF", "as per Pan Dorset").
const WHERE_ASKED = String.raw`(?:under|in|for|per|as per|according to|going by)\s+[\w'&]+(?:\s+[\w'&]+){0,3},?`;
// "…, and does it need …", "… also, when …": a new question begun inside a sentence.
// A lettered or numbered ask ("(a) …, and (b) does …") is joined the same way.
// So is one that names where it asks first ("…, and under the Notts table how long would …", "and for Cardiff what do …").
const JOINED = new RegExp(String.raw`\s*[,;]?\s+(?:and|also|plus|&|then)\s+(?:also\s+)?(?:\(?[a-e1-9]\)\s*)?(?=${QUESTION_START}\b|${WHERE_ASKED}\s+${ASKING_WORD}(?:\s+(?:long|soon|often|much|many))?\s+${AUXILIARY}\b)`, 'gi');
// "…, does the message need to go on her file": a comma before a new question that asks with its own verb and subject,
// after a piece that itself asks ("what do I need to write up, does…", not "when I record texts, should I…").
const ASKING = String.raw`(?:(?:${ASKING_WORD}|by when)(?: \w+)? ${AUXILIARY}|${AUXILIARY})\b`;
const COMMA_ASK = new RegExp(String.raw`\s*,\s+(?=${ASKING} (?:i|we|you|it|they|he|she|the|this|that|my|her|his|their|our|a|an)\b)`, 'gi');
const ASKS_ITSELF = new RegExp(String.raw`^${ASKING}`, 'i');
// "what do I need to write up and by when": a second ask that borrows the first one's verb.
const ELLIPTICAL = /\s+and\s+(by when|how soon|how quickly|when|where)\s*(?=[?,.]|$)/i;
// "… and what's my deadline?", "… and when's it due?": a deadline asked of the ask before it, with no subject of its own.
const BARE_DEADLINE = /^(?:(?:and|also|so)\s+)?(?:what'?s|what is|whats) (?:my|the|our) (?:deadline|timescale|time ?frame|time limit)\??$|^(?:(?:and|also|so)\s+)?(?:when'?s|when is|whens) (?:it|that|this|the (?:note|write[- ]?up|record(?:ing)?|case note)) due\??$|^how long (?:have|do) (?:i|we) (?:got|have)\??$/i;
const LEAD_IN = /^\s*(?:(?:two|2|three|3|a couple of|couple of|few) (?:things|questions|qs)\b[\s:,.-]*|q?\d[).:]\s*|\(?[a-e]\)\s*|[-•*]\s*|also[,\s]+|and[,\s]+)+/i;
// "under Waltham Forest can I …", "pan dorset - can I …", "WF: is it …": a question that names where it asks first. So is one
// that says what is going on first, up to a colon ("closing a CIN case in notts: does my closure summary need …").
const PLACE_FIRST = String.raw`(?:${WHERE_ASKED}\s+|[\w'&]+(?:\s+[\w'&]+){0,3}\s*[-–—:]\s*|[\w'&]+(?:\s+[\w'&]+){4,8}\s*:\s*)`;
const IS_QUESTION = new RegExp(String.raw`\?\s*$|^${PLACE_FIRST}?${QUESTION_START}\b`, 'i');
const MIN_WORDS = 3;
// "Have a visit fri 26th april.", "did a CIN visit today.": an event told with the subject left off, not a question.
const TOLD = /^(?:have|has|had|did) (?:a|an|the|my|our|two|2) (?:[\w-]+ ){0,2}?(?:visits?|home visits?|meetings?|reviews?|conferences?|core groups?|sessions?|appointments?|calls?|contacts?|strategy (?:meeting|discussion)s?)\b[^?]*\.$/i;
// A condition before the question it asks ("if she texts me tomorrow afternoon, how do I record it").
const CONDITION = new RegExp(String.raw`^\s*((?:if|when|once|after)\b[^,?]{3,160},)\s*(?=${ASKING_WORD}\b|${AUXILIARY} (?:i|we|you)\b)`, 'i');
// Two conditions each with its own ask ("if there's no concerns when is the note due, and if I see something worrying when is
// it due then?"): split before the second condition, each condition kept with its own ask, not shared as context.
const CONDITIONAL_ASK = String.raw`(?:if|once|where)\b[^?,;]{3,120}?\b(?:${ASKING_WORD}|by when)\s+${AUXILIARY}\b`;
const CONDITION_JOINED = new RegExp(String.raw`\s*[,;]?\s+(?:and|but|or|whereas)\s+(?=${CONDITIONAL_ASK})`, 'gi');
const ASKS_ON_CONDITION = new RegExp(String.raw`^${CONDITIONAL_ASK}`, 'i');

// "… and when does it have to be distributed?": a question about what the last one named continues it, not a new ask.
// An impersonal "it" ("and is it ok to use CIN, CP …?", "would it be fine if …") names nothing asked before: a new ask.
const IMPERSONAL_IT = String.raw`it\s+(?:be\s+|also\s+|still\s+|really\s+)?(?:ok|okay|alright|all right|fine|acceptable|allowed|appropriate|possible|necessary|best|better|good practice|bad practice|worth)\s+(?:to|if|for|that)\b`;
const REFERS_BACK = new RegExp(String.raw`^(?:(?:and|also|so)\s+)?(?:(?:${ASKING_WORD}|by when|how long|how soon)\s+)?${AUXILIARY}\s+(?!${IMPERSONAL_IT})(?:it|they|that|this|those|these|them)\b`, 'i');
// So is a turn supposed of it ("… can we delete them? and what if we can't?", "what if she won't give it to me"): the same ask, taken further.
const SUPPOSED = new RegExp(String.raw`^(?:(?:and|but|so)\s+)?(?:what if|but if|and if)\s+(?:i|we|she|he|they|it|the (?:young person|yp|child|family|parents?|care leaver))\s+(?:can'?t|cannot|won'?t|will not|doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|refuses?|says? no)\b`, 'i');
// Whether what was named goes on the file is a need of its own ("how long do I keep the chat? and does it need to go on
// Mosaic?"): an ask that refers back, read with the asks before it.
const ON_FILE = /\b(?:mosaic|the (?:case )?(?:file|record)|(?:her|his|their|the child'?s|the family'?s) (?:file|record))\b/i;
const CONTINUES = { test: (piece: string): boolean => (REFERS_BACK.test(piece) && !ON_FILE.test(piece)) || SUPPOSED.test(piece) };
// What an ask asks, for a deadline asked of it: "what do I need to record" -> "do I need to record"; "do I need to write it up"
// as it is.
const ASKED_OF = new RegExp(String.raw`^\s*(?:(?:what|which|who|how)\s+(.+?)|(${AUXILIARY}\s+.+?))\??$`, 'i');

/** What the ask before asks, for "by when …" (undefined when it does not ask in a way a deadline can borrow). */
function askedOf(question: string): string | undefined {
  const m = ASKED_OF.exec(question.replace(LEAD_IN, ''));
  return (m?.[1] ?? m?.[2])?.trim();
}

/** The message's sentences: after a question mark, a full stop or a line break. */
function sentences(text: string): string[] {
  // "1) do I record this 2) by when": a numbered ask starts a sentence, with or without a question mark before it.
  return text.split(/(?<=[?!.])\s+|\n+|\s+(?=\d\)\s)/).map((s) => s.trim()).filter(Boolean);
}

/** A piece split where a comma begins a new question, when what comes before is itself a question. */
function splitAtCommas(piece: string): string[] {
  const parts = piece.split(COMMA_ASK);
  return ASKS_ITSELF.test(parts[0]!.replace(LEAD_IN, '').trim()) ? parts : [piece];
}

/** A dash, colon or comma ending the context a sentence opens with, before the question it asks. */
const CONTEXT_BEFORE = /\s+[-–—]\s+|[:,]\s+/;
const CONTEXT_BEFORE_END = /(?:\s+[-–—]|[:,])\s*$/;

/**
 * "what do I need to write up and by when" → "what do I need to write up", "by when do I need to write up"; "how do I record
 * the text and by when" → "how do I record the text", "by when do I record the text".
 */
function expandEllipsis(piece: string): string[] {
  const m = ELLIPTICAL.exec(piece);
  if (!m) return [piece];
  const first = piece.slice(0, m.index);
  // The question after the context a sentence opens with ("I'm Notts but I've seen the Cardiff guidance - how do I …").
  const question = first.split(CONTEXT_BEFORE).pop()!;
  const asked = /^\s*(?:what|which|who|how)\s/i.test(question.replace(LEAD_IN, '')) ? askedOf(question) : undefined;
  if (!asked) return [piece];
  const rest = piece.slice(m.index + m[0].length).replace(/^\?/, '');
  const context = first.slice(0, first.length - question.length).replace(CONTEXT_BEFORE_END, '').trim();
  return [...(context ? [`${context}.`] : []), question.trim(), `${m[1]} ${asked}?${rest}`];
}

/** A sentence asking under two conditions in turn, split into one ask per condition (only when the first asks under its own). */
function conditionalAsks(piece: string): string[] {
  const parts = piece.split(CONDITION_JOINED);
  return parts.length > 1 && ASKS_ON_CONDITION.test(parts[0]!.replace(LEAD_IN, '').trim()) ? parts : [piece];
}

/**
 * Whether any sentence of the text is a question of its own: not a story or a remark, nor a question about what was said
 * before it ("why does it matter?" after "what does MIRRA stand for?").
 */
export function asksAQuestion(text: string): boolean {
  return sentences(text).some((s) => {
    const piece = s.replace(LEAD_IN, '').trim();
    return IS_QUESTION.test(piece) && piece.split(/\s+/).length >= MIN_WORDS && !CONTINUES.test(piece);
  });
}

/**
 * The asks in a message, in order, or a single ask when it asks one thing (however much context comes with it). A
 * sentence that is not a question is context for every ask; a question split off must have at least three words.
 */
export function splitAsks(message: string): Ask[] {
  return readOncePerAnswer(asksOf, (asks) => asks.map((a) => ({ ...a })), message);
}

/**
 * "if a kid texts me tonight, how do I record it": the condition is context for every ask (added to `context`), the rest is
 * the ask. Module-level, not a closure made per message: tsx and the build (esbuild, keepNames) name every named closure.
 */
function unconditioned(text: string, context: string[]): string {
  const condition = CONDITION.exec(text);
  if (!condition) return text;
  context.push(condition[1]!.trim());
  return text.slice(condition[0].length);
}

function asksOf(message: string): Ask[] {
  const questions: string[] = [];
  const context: string[] = [];
  for (const sentence of sentences(message)) {
    const pieces = expandEllipsis(unconditioned(sentence, context)).flatMap(conditionalAsks).flatMap((p) => p.split(JOINED)).flatMap(splitAtCommas).map((p) => p.replace(LEAD_IN, '').trim()).filter(Boolean);
    for (const raw of pieces) {
      const piece = unconditioned(raw, context);
      const before = BARE_DEADLINE.test(piece) ? askedOf(questions.at(-1) ?? '') : undefined;
      if (before) questions.push(`by when ${before}?`);
      else if (IS_QUESTION.test(piece) && questions.length > 0 && CONTINUES.test(piece)) questions.push(`${questions.pop() as string} and ${piece}`);
      else if ((IS_QUESTION.test(piece) || ASKS_ON_CONDITION.test(piece)) && !TOLD.test(piece) && piece.split(/\s+/).length >= MIN_WORDS) questions.push(piece);
      else context.push(piece);
    }
  }
  if (questions.length < 2) return [{ text: message, withContext: message, withEarlier: message, ...(questions.length === 1 && context.length > 0 ? { alone: questions[0]! } : {}) }];
  const before = context.join(' ');
  // The asks before this one follow it ("… with a looked after kid? and how long does her case record get kept?"), so
  // what they name can reach it while its own words and dates come first.
  // Every ask under a condition of its own: each is answered for its own condition, even of the same topic.
  const conditional = questions.every((q) => ASKS_ON_CONDITION.test(q));
  return questions.map((q, i) => ({ text: q, withContext: before ? `${before} ${q}` : q, withEarlier: [before, q, ...questions.slice(0, i)].filter(Boolean).join(' '), ...(conditional ? { conditional: true as const } : {}), ...(i > 0 && REFERS_BACK.test(q) ? { refersBack: true as const } : {}) }));
}
