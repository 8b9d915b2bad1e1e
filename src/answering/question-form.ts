import { positionHeadline, VERDICT_PHRASES } from '../guidance/engine';
import { rulingWith, type RequiredAction, type Ruling, type Verdict } from '../guidance/ruling';
import type { Nation } from '../guidance/profile';
import type { Situation } from '../guidance/situation';
import { findDates } from '../understanding/dates';
import { readFacts } from '../understanding/facts';
import { readOncePerAnswer } from '../understanding/one-answer';
import { recordAsk } from './record-ask';

// The verdict a card leads with answers the question as it was asked. The engine says what the policies say about the
// situation (a duty, a permission); "can I …?" and "what must I do …?" ask different things of the same ruling.

/**
 * may: permission asked ("can I …?", "is it ok to …?"); what-must: the duties asked for ("what do I have to do …?",
 * "what's my part?"); must-record: whether something must be recorded or someone told ("do I need to note that?", "do I need to be told?");
 * is-rule: whether what someone asks of the practitioner is the policy's rule ("is that an actual requirement or just good
 * practice?", "is that actually in our policy or just her preference?"); other: anything else, answered with the ruling's own verdict.
 */
export type QuestionForm = 'may' | 'what-must' | 'must-record' | 'must-do' | 'is-rule' | 'other';

const MAY = /(?:^|[,;:]\s*|\s-\s*)\s*(?:(?:and|so|but|also|ok|okay|right|just wondering)[,\s]+)?(?:(?:can|cn|could)(?! you (?:please |just )?(?:tell|remind|explain|confirm|clarify|let|help|give|point|show|list|summari[sz]e|check|advise|outline|go over|run)\b)|may|am i allowed to|are we allowed to|(?:is )?(?:it|that|this) (?:ok|okay|alright|all right|fine|acceptable|allowed)\b|would it be (?:ok|okay|alright|fine|acceptable)|(?:ok|okay|alright|fine) (?:to|if)|(?:is|are) (?!(?:it|that|this|there|you)\b)(?:[\w'’-]+ ){1,4}?(?:ok|okay|alright|all right|fine|acceptable|allowed|permitted)|(?:is )?(?:it|that|this) (?:something|a thing) (?:we|you|i|they) (?:allow|can do|are allowed to do|do)|(?:do|would) (?:we|you|they) (?:allow|permit|accept)|(?:am i|are we) allowed(?! to)|(?:that|it|this)(?:'s|’s| is) (?:ok|okay|alright|all right|fine|acceptable)\W{0,3}(?:isn'?t|isn’t|is(?:n'?t)? (?:that|this)|right\b|yeah\b|surely\b|yes\b)(?: it\b)?)\b/i;
const WHAT_MUST =
  /(?:^|[,;:]\s*|\s-\s*)\s*(?:(?:and|so|but|also|ok|okay|right)[,\s]+)?(?:what|which)\b.{0,40}\b(?:do|does|must|should|shall|have|need)\b.{0,15}\b(?:i|we|you|they|he|she|staff|workers?|managers?)\b.{0,20}\b(?:have to|has to|need to|needs to|got to|must|should|supposed to|meant to|expected to|required to)\b|^\s*(?:what|which)\b.{0,30}\b(?:am i|are we|is (?:a|the) \w+) (?:supposed|meant|expected|required) to\b|^\s*what(?:'s| is) (?:my|our|the manager'?s|the (?:line |team )?manager'?s) (?:part|role|responsibility|job|duty)\b|^\s*(?:as (?:a|an|the) [\w'’ ]{1,30}?,?\s+)?is it (?:on|down to|up to) (?:me|us|the manager)\b|\bis (?:it|that|this) (?:the |my |our |a )?(?:[\w-]+ )?[\w-]+(?:'s|’s) (?:job|responsibility|role|duty)\b|^\s*what (?:exactly |actually )?(?:do|should|must) (?:i|we) (?:record|include|write|put|tell)\b|^\s*what should (?:my|the|our) (?:record|note|case note|entry|recording) (?:include|contain|say|have)\b|^\s*how long (?:do|should|must|shall|have|am|are) (?:i|we|you|staff) (?:got to |have to |need to |(?:meant|supposed|expected|required|obliged) to )?(?:keep|hold|retain|save|store)\b|^\s*how (?:do|does|should|must|shall) (?:i|we|you|she|he|they) (?:evidence|record|document|log|prove|show|note|make (?:it )?clear|indicate|flag)\b|(?:^|[,;:]\s*|\s-\s*)\s*how (?:should|must|shall|do|does|is|are|would) (?:[\w'’-]+ ){1,5}?(?:be |get |gets )?(?:recorded|logged|noted|documented|written up|evidenced|filed|stored|kept)\b|(?:^|[,;:]\s*|\s-\s*)\s*(?:so |and |then )?what (?:do|should|shall|must) (?:i|we) do\b|(?:^|[,;:]\s*|\s-\s*)\s*what (?:has|have|needs?|must|should)(?: have)? (?:to )?(?:be|go|happen(?:ed)?)\b|\bwhose (?:job|responsibility|role|duty|task)\b|\bwho(?:'s| is| are) (?:responsible|accountable|meant to|supposed to|expected to)\b|(?:^|[,;:]\s*|\s-\s*)\s*what(?:'s| is| are) (?:the )?(?:process|procedure|protocol|steps?)\b|(?:^|[,;:]\s*|\s-\s*|\b(?:so|and|but|then) )\s*how (?:should|must|shall|am|are|is) (?:i|we|staff|workers?|practitioners?)\b(?: (?:supposed|meant|expected|required) to)?|(?:^|[,;:]\s*|\s-\s*|\b(?:so|and|but|then) )\s*how (?:do|would|can|could) (?:i|we) (?:(?:best|then|now|actually) )?(?:go about|get|send|deliver|sort|fix|correct|change|amend|remove|move|report|raise)\b|\bwhat (?:permissions?|consents?|approvals?|authori[sz]ations?|agreements?|sign[- ]?offs?|checks?) (?:do|would|will|must|should) (?:i|we|you|staff) (?:need|have to get|require|get)\b|\bwhat (?:(?:does|do) (?:the |our |their )?(?:[\w-]+ ){0,3}(?:guidance|polic(?:y|ies)|procedures?|rules) say )?(?:happens|should happen|must happen|has to happen|needs to happen|comes) (?:first|next|now)\b|(?:^|[,;:.]\s*|\s[-–—]\s*)\s*(?:(?:is there |are there )?any|what(?:'s|’s| is| are)(?: the| our| my)?) (?:specific |particular |special |set |formal |actual |written )?(?:recording |record[- ]keeping |note[- ]taking )?(?:expectations?|requirements?)\b(?! (?:to|that) (?:i|we) (?:can|could|may)\b)/i;

/**
 * Whether a practice is the policy's rule: "is it a requirement", "actually in our policy", "or just good practice / her
 * preference", "does the policy say anything about …?". A permission with conditions answers it with those conditions as the
 * rule (required).
 */
const IS_RULE =
  /\b(?:is|are) (?!(?:you|we|i|they|there)\b)(?:[\w'"’-]+ ){0,6}?(?:actually |really |even |definitely |officially )?(?:an? )?(?:actual |real |official |formal |proper |hard |strict |written )?(?:requirement|rule|obligation|mandatory|compulsory)\b(?! that (?:i|we|you|they) (?:can|could|may)\b)|\b(?:actually|really|officially|written) (?:in|part of) (?:our|the) (?:[\w-]+ ){0,3}(?:policy|guidance|procedures?|rules)\b|\b(?:does|do) (?:the |our |this |that |their )?(?:[\w-]+ ){0,3}(?:guidance|polic(?:y|ies)|procedures?|rules|protocols?) (?:say|says|mention|set out|have) (?:anything|something|much)\b|\bor (?:is it |are they |is that |is this )?(?:just|only|simply|merely) (?:good practice|best practice|advice|a recommendation|recommended|optional|(?:her|his|their|my|the|a|our) (?:manager'?s |tm'?s |team'?s )?(?:preference|opinion|view|thing|habit))\b/i;

/** Who must sign, approve or authorise something: asks for that duty, as "whose job is it?" does. */
const WHO_MUST = /\bwho (?:needs|has|must|should|is meant|is supposed) to (?:sign|countersign|approve|authori[sz]e)\b|\bwho (?:signs (?:it |them |this |that )?off|countersigns|approves|authori[sz]es)\b/i;

/**
 * A way round a duty, asked as a permission: doing it "just … instead", "just … when I'm back", "just … to save time" (less
 * than the duty asks; the duty's own act done "to save time" is not one), because it is "easier than" the proper way, "and
 * hope", or "without saying / checking" what the duty asks. The duty answers it with a no.
 */
const SHORTCUT = /\bjust\b.{0,80}\b(?:instead|rather than)\b|\bjust\b.{0,60}\band (?:move on|forget (?:about )?(?:it|that|this)|leave it (?:at that|there)|carry on|be done with it)\b|\b(?:an?|the|my|our) (?:normal|ordinary|regular|usual|standard|general|plain) (?:case ?notes?|notes?|files?|records?|folders?)\b|\b(?:all|everything)(?: is| are)? in (?:one|the same) place\b|\b(?:one|a single|just one|the same|a joint|a shared) (?:case )?(?:note|record|recording|entry|file|write[- ]?up)\b.{0,40}\b(?:for|on|covering|across) (?:both|all|each|every|the (?:whole )?family|them all|all of them|the (?:other )?(?:kids|children|siblings))\b|\bjust\b.{0,80}\b(?:when|once|after) (?:i'?m|i am|i get|i'?ve got|we'?re|we are|we get|they'?re|she'?s|he'?s) back\b|\bjust\b.{0,80}\bto save (?:time|effort|hassle|work|paperwork)\b|\bassum(?:e|ing)\b|\b(?:easier|quicker|simpler|less hassle|less work) than\b|\band hope\b|\bwithout (?:saying|stating|making (?:it )?clear|explaining|checking|confirming)\b|\b(?:leave|leaving|keep|keeping)\b.{0,60}\b(?:instead of|rather than) (?:uploading|putting|saving|adding|scanning|recording|filing|copying|printing)\b/i;

/**
 * A service user's own right, asked of them ("can she stop it?", "can he get his plan in another format?", "can a parent
 * say no and still get the same service?"): the duty it puts on the service answers it with a yes. Not "can they …?": they
 * may be the school or another agency asking ("can they receive the assessment by e-mail?").
 */
const WHOSE_RIGHT = String.raw`(?:he|she|mum|dad|nan|gran|grandma|grandad|(?:the |a |her |his |their )?(?:family|parents?|carers?|child|young person|care leaver|service user|mother|father))`;
const RIGHT_ACT = String.raw`(?:get|ask for|request|receive|stop (?:it|this|that|using|the)|stop(?=\s*(?:[,.;!?]|$|(?:and|or|if|now)\b))|withdraw|pull out|opt out|back out|say no|refuse|change (?:her|his|their) mind)`;
const THEIR_RIGHT = new RegExp(String.raw`\b(?:can|could|may) ${WHOSE_RIGHT}(?: still| now| just)? ${RIGHT_ACT}\b`, 'i');
/** The right told first and asked bare: "mum wants to withdraw her consent … Can she?". */
const BARE_RIGHT = new RegExp(String.raw`^\W*(?:so |and |but )?(?:can|could|may) ${WHOSE_RIGHT}(?: still| now| just)?(?: do (?:that|it|this))?\W*$`, 'i');
// So is their own account wanted on the record ("she wants her side put in"): the additions the record accommodates.
const RIGHT_TOLD = new RegExp(String.raw`\b(?:wants?|wanting|asked|asking|would like|wishes|has decided) to ${RIGHT_ACT}\b|\b(?:wants?|wanting|would like|asked for|asking for) (?:her|his|their) (?:side|say|views?|version|account|comments?)(?: of (?:events|things|it))? (?:put in|put on|added|recorded|included|on (?:the )?(?:file|record))\b`, 'i');

/**
 * Leaving out what a duty says to record, asked as a permission ("can I leave it out of the record?") where someone asked
 * for it to be kept off the record: the duty to record what is told in confidence says no. Leaving out what does not
 * belong on this record (other children's details, chat) is another question.
 */
const CONFIDED = /\b(?:in confidence|off the record|confided|(?:asked|begged|told|wants?|pleaded with|made) me (?:promise )?not to|(?:a )?secret|promised?)\b/i;
const OMIT = /\b(?:leave (?:[\w'’]+ ){0,4}?out\b|leave (?:[\w'’]+ ){0,3}?off (?:the|her|his|their|my) (?:record|file|notes?)|not (?:record|write|note|log|include|mention|put)\b|omit|skip|keep (?:it|this|that|them) (?:off|out of) (?:the|her|his|their|my)\b)/i;

/** Leaving a gap where something is not known ("can I leave it blank?", "just leave the dob empty?"): it must be marked not known. */
const GAP = /\bleav(?:e|ing) (?:[\w'’]+ ){0,4}?(?:blank|empty|a gap|gaps|out)\b|\b(?:skip|omit) (?:it|that|this|them|the \w+)\b|\bnot (?:fill|put|write) (?:it|that|this|them|anything)\b/i;

/** The gap asked as the only way, not offered beside an estimate ("can I put roughly when … or leave it blank?" is allowed as an estimate). */
function gapAsked(ask: string): boolean {
  const gap = GAP.exec(ask);
  return !!gap && !/\bor (?:just |simply )?$/i.test(ask.slice(0, gap.index));
}

/** "Is it too early to …?" of a duty to do it as soon as possible: no, it may be done now (with that duty's conditions). */
const TOO_EARLY = /\b(?:too (?:early|soon)|premature)\b/i;

/** A question sentence: the message's first sentence that asks, so context before it ("Bit of a week. …") is not read as the form. */
function askingSentence(message: string): string {
  // Once per answer: a dozen steps of answering one question ask for it.
  return readOncePerAnswer(askingSentenceAfresh, sameText, message);
}

const sameText = (text: string): string => text;

function askingSentenceAfresh(message: string): string {
  // A role named first ("IG lead: …", "Team manager: …") is who asks, not the question.
  const sentences = message.replace(/^\s*[A-Za-z ]{1,25}:\s*/, '').split(/(?<=[?!.])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  return sentences.find((s) => s.endsWith('?')) ?? sentences.find((s) => MAY.test(s) || WHAT_MUST.test(s)) ?? message;
}

/** Leaving something out, waiting, or recording it: acts a duty to record answers with the duty itself, not "yes, if". */
const DUTY_ACT = /\b(?:leave (?:\w+ ){0,3}(?:out|blank|empty)|leave (?:it|this|that|them|the \w+|my \w+|writing \w+|the write[- ]?up)(?: \w+)? (?:until|till|til|to)|not (?:record|write|note|put|log|include|tell|report)|skip|ignore|omit|without (?:recording|writing|noting|telling|reporting)|hold off|wait|delay|put off|(?<!\b(?:an?|the|her|his|their|my|our|its|this|that|unborn|case|contact|new|separate|\w+'s) )record(?!s)|recording|write|writing|note (?:down|it|that|this)|log (?:it|that|this)|include|put (?:it|this|that) (?:on|in)|put\b.{0,60}\b(?:notes?|record|recording|file|mosaic)|get rid of|delete|wipe|clear)\b/i;

const MUST_RECORD = /\b(?:do|does|should|must|have|will) (?:i|we|you)(?: as (?:a|an|the|their|her|his) [\w ]{1,25}?)? (?:still |really |actually |honestly |always )?(?:need to |have to |got to |need 2 |have 2 )?(?:record|note|log|write (?:it |that |this |them )?(?:up|down)|type (?:it |that |this )?up|keep a record of|make a (?:note|record) of|be (?:told|informed|notified)|tell|inform|notify|report)\b/i;

/**
 * What goes on the record, or where and how a contact is entered ("what goes on the record, the time they sent it or when I
 * record it?", "does it go under yesterday's date?", "do I need the actual time on the contact recording?", "does that get
 * recorded the same as a text?", "do texts count as professional contact?"): the duty to record asked after, whatever topic the contact itself is about.
 */
const RECORD_CONTENT = /\bwhat (?:goes|go|should go|needs to go|has to go|do i put|should i put) (?:on|in|into|onto) (?:the|my|her|his|their|a) (?:contact )?(?:record(?:ing)?|file|notes?|case notes?|entry|log)\b|\b(?:does|do|should|would|will) (?:it|that|this|they|these|those|the (?:text|message|call|email|e-mail|voice note|chat)s?) (?:go|get|gets|need to go|have to go) (?:under|recorded|logged|noted|filed|written up|entered)\b|\b(?:do|does|should|must) (?:i|we|you|it|the (?:record|recording|note|entry)) (?:need|have|include|show) (?:[\w'’]+ ){1,4}?(?:on|in) (?:the|my|her|his|their|a) (?:contact )?(?:recording|record|note|entry|log|file)\b|\bcounts? as (?:a |an )?(?:professional |formal |proper |official |case )?(?:contact|record|recording|part of (?:the|her|his|their) (?:record|file))\b/i;

/** The same duty asked of keeping a copy ("do I need to screenshot the chats?"): read only when no "can I …?" is asked first. */
const MUST_KEEP = /\b(?:do|does|should|must|have|will) (?:i|we|you) (?:still |really |actually |always )?(?:need to |have to |got to )?(?:screenshot|transcribe|print (?:it |them |this |that )?(?:off|out)|save|upload|evidence)\b/i;

/**
 * Whether an act is a duty, asked yes or no: an auxiliary, then whoever or whatever acts, then "have to", "need to" or
 * "meant to" and the act ("do all of these need to go on the file?", "do i hav 2 keep it"); "anything I need to record?";
 * where something must go ("where does that decision go?"). Asking after a permission's condition ("do I have to get my
 * manager's ok?", "do her parents have to know?"), an age ("how old does she have to be?") or a thing ("do I need
 * consent?") is not one.
 */
const MUST_DO = /\b(?:do|does|did|will|would|am|are|is|have|has)\s+(?:[\w'’]+\s+){0,10}?(?:have to|has to|hav(?:e)? 2|need to|needs to|need 2|meant to|supposed to|expected to|required to|got to|obliged to)\s+(?!(?:know|be (?:told|informed|asked|notified|consulted)|be (?:old|older|aged|over|under|at least|\d+|before)\b|get|ask|seek|obtain|check with|have (?:consent|permission|agreement|approval))\b)\w|\b(?:anything|everything|something)\s+(?:else\s+|extra\s+|more\s+|further\s+|additional\s+|different\s+|special\s+|specific\s+|particular\s+|in particular\s+)?(?:(?:that\s+)?(?:i|we)(?:\s*(?:'m|’m|'re|’re)\s+|\s+(?:am|are)\s+|\s+))?(?:need|needs|have|has|must|should|ought|meant|supposed|expected|required|got)\s+(?:to\s+)?(?:be\s+)?(?:do|done|record|recorded|log|logged|note|noted|write|written|tell|told|check|checked|report|reported|add|added|include|included|put)\b|\b(?:does|do) (?:the |this |that |these |those |our |your )?(?:[\w-]+ ){0,3}(?:guidance|polic(?:y|ies)|rules?|procedures?|protocols?)\b.{0,20}\b(?:apply|cover)\b|\b(?:does|do|would|will) (?:the |our |this |that |their |a )?(?:[\w-]+ ){0,4}?(?:board|polic(?:y|ies)|guidance|council|authority|procedures?|rules?|manager|managers) (?:expect|require|oblige|want)s? (?:[\w'’-]+ ){0,5}?to\b|\bwho (?:is|are|does|do) (?:the |this |that |these |our |your )?(?:[\w-]+ ){0,4}(?:guidance|polic(?:y|ies)|rules?|procedures?|protocols?)\b.{0,25}\b(?:aimed at|for|apply to|cover|covers)\b|(?:^|[,;:]\s*|\s-\s*)\s*where (?:do|does|should|must|shall|would) (?:[\w'’]+ ){1,4}?(?:go|be (?:recorded|logged|noted|kept|saved|stored|put)|record|log|note|put|file|save|store|write)\b/i;

/** "It doesn't need recording, right?": a duty asked about by denying it. */
const NO_NEED = /\b(?:doesn'?t|does not|don'?t|do not|won'?t|wouldn'?t|shouldn'?t)\s+(?:really |actually |even |still )?(?:need|have)(?: to be| to)?\s+(?:record(?:ed|ing)?|not(?:ed|ing)|log(?:ged|ging)?|written (?:up|down)|writing up|go(?:ing)? (?:on|in|onto|into) (?:the |her |his |their )?(?:file|record|notes?|case notes?|mosaic))\b|\bno need (?:for me |for us )?to (?:record|note|log|write)\b/i;

/** Whether a named part of how it is done matters ("does the time I write them up matter?"): whether that part is a duty. */
const PART_MATTERS = /\b(?:does|do|would|will) the (?:time|timing|date|day|order|format|layout|length|wording|language|way)\b[^,?;]{0,50}\bmatter\b/i;

export function questionForm(message: string): QuestionForm {
  // Once per answer: the ruling's verdict and the card's lead line both read it.
  return readOncePerAnswer(questionFormAfresh, sameForm, message);
}

const sameForm = (form: QuestionForm): QuestionForm => form;

function questionFormAfresh(message: string): QuestionForm {
  const asked = askingSentence(message);
  if (IS_RULE.test(asked)) return 'is-rule';
  if (WHO_MUST.test(asked)) return 'what-must';
  const what = WHAT_MUST.exec(asked);
  // "Ok to do, and how should I carry it?": the permission asked first leads; a "how …" joined on after it asks for its conditions.
  if (what && /^\W*(?:so|and|but|then)\b/i.test(what[0]) && (MAY.exec(asked)?.index ?? Infinity) < what.index) return 'may';
  if (what) return 'what-must';
  // "Can I give her my number, and do I need to tell anyone?": the permission asked first leads; the duty joined on is its action.
  const record = MUST_RECORD.exec(asked);
  if (record && /\b(?:and|also)\s*$/i.test(asked.slice(0, record.index)) && (MAY.exec(asked)?.index ?? Infinity) < record.index) return 'may';
  if (record || RECORD_CONTENT.test(asked)) return 'must-record';
  const may = MAY.exec(asked);
  const keep = MUST_KEEP.exec(asked) ?? NO_NEED.exec(asked);
  if (keep && (!may || may.index > keep.index)) return 'must-record';
  const must = MUST_DO.exec(asked) ?? PART_MATTERS.exec(asked);
  if (must && (!may || may.index > must.index)) return 'must-do';
  if (may && !DUTY_ACT.test(asked)) return 'may';
  return 'other';
}

/**
 * How each form answers a ruling's verdict. "Can I …?" answered by a duty about how to do it (spell abbreviations out,
 * get the young person's permission first) is a yes with those duties as its conditions. "What must I do …?" answered by
 * a permission with conditions is the list of what must be done.
 */
const ANSWERS: Readonly<Record<QuestionForm, Partial<Record<Verdict, Verdict>>>> = {
  may: { required: 'allowed-if' },
  'what-must': { 'allowed-if': 'required' },
  'must-record': { 'allowed-if': 'required' },
  'must-do': { 'allowed-if': 'required' },
  'is-rule': { 'allowed-if': 'required' },
  other: {},
};

/** Two ways offered to choose from ("do I paste the whole thread or just the relevant bits?", "…? Or just bits?"). */
const SHOULD = /^\s*(?:[\w ]{1,30}[-:,]\s*)?should (?:i|we)\b/i;
/** The other way offered is a step to take first: "… or does someone need to ok it first?", "or do I have to ask my manager before?". */
const OR_DUTY = /\bor (?:do|does|would|should|must) (?:i|we|someone|somebody|anyone|my manager|the manager|my (?:line |team )?manager|[\w ]{1,20}?) (?:need|have|has|needs) to\b.{0,60}\b(?:first|before(?:hand)?|beforehand)\b/i;
export const CHOICE = /\bor (?:just|only|simply|rather|instead)\b|\?\s*or\b/i;

/**
 * "Do I do this or that?" answered by a no to one of them, where the policy saying no says what to do instead: the answer
 * is that other way, a duty. So is "what do I do?" or "how do I get it to her?": it asks for what to do, and a no that
 * says what to do instead answers with that. "Can I do this or that?" asks permission and keeps the no.
 */
function insteadAnswer(ruling: Ruling, question: string, form: QuestionForm, situation?: Partial<Situation>): Verdict | undefined {
  if (ruling.verdict !== 'not-allowed' && ruling.verdict !== 'not-recommended') return undefined;
  // "Should I do this or that?" asks for advice, which "not recommended" gives; "can I …, or does someone need to ok it
  // first?" offers the duty as the other way, which the no's action answers.
  // "How do I record it?" of a contact that has happened asks for the duty to record it, which a policy's "no" to the
  // contact itself does not lift: the record the others require answers.
  const sentence = askingSentence(question);
  // "What do I do with the unborn record (after a miscarriage)? … now she's pregnant again, can I just reuse it?": where the
  // ruling answers a later sentence's facts, not the first ask's, the permission asked there is what the no answers.
  const after = question.indexOf(sentence) >= 0 ? question.slice(question.indexOf(sentence) + sentence.length) : '';
  if (form === 'what-must' && (MAY.test(after) || PERMISSION_ASKED.test(after)) && readsOtherwise(sentence, situation)) return undefined;
  // "Who do I tell?" after an incident asks for the duty to report it, which the no's actions carry.
  if (WHO_TELL.test(sentence) && ruling.actions.some((a) => a.tell || /\b(?:report|tell|inform|notify)\w*\b/i.test(a.text))) return 'required';
  if ((form === 'what-must' || form === 'must-record') && (RECORD_ASKED.test(sentence) || RECORD_CONTENT.test(sentence)) && !MAY.test(sentence) && ruling.actions.some((a) => a.where === 'case-record')) return 'required';
  if (!OR_DUTY.test(question) && form !== 'what-must' && (form === 'may' || !CHOICE.test(question) || SHOULD.test(askingSentence(question)))) return undefined;
  // "What do I do, can she send them to me?": the permission asked after "what do I do" is what the no answers.
  const what = WHAT_MUST.exec(sentence);
  const may = MAY.exec(sentence);
  if (form === 'what-must' && what && may && may.index > what.index) return undefined;
  // "Do I need to paste the whole thread, or just the bits that matter?" asks whether the first way is a duty: the no answers
  // it. A no to the contact itself (a personal account) does not answer how the contact is recorded.
  if (form === 'must-do' && !OR_DUTY.test(question) && ruling.topic !== 'digital-contact') return undefined;
  const saying = new Set(ruling.positions.filter((p) => p.verdict === ruling.verdict).map((p) => p.policy));
  return ruling.actions.some((a) => a.citations.some((c) => saying.has(c.policy))) ? 'required' : undefined;
}

/** Whether a sentence read alone gives one of the situation's facts another value (the ask it makes is about something else). */
function readsOtherwise(sentence: string, situation: Partial<Situation> | undefined): boolean {
  if (!situation) return false;
  const own = readFacts(sentence, FACTS_ONLY).facts as Record<string, unknown>;
  return Object.entries(situation).some(([fact, value]) => typeof value === 'string' && typeof own[fact] === 'string' && own[fact] !== value);
}
/** No date is compared: any day serves to read a sentence's other facts. */
const FACTS_ONLY = '2000-01-01';

/** A permission asked anywhere in a sentence ("and now she's pregnant again can I just reuse the old one?"). */
const PERMISSION_ASKED = /\b(?:can|could|may) (?:i|we) (?:just |simply |still )?\w+|\b(?:is it|would it be) (?:ok|okay|alright|fine|acceptable) (?:to|if)\b|\b(?:am i|are we) allowed to\b/i;

/** Who is to be told or reported to: "who do I tell?", "who should we inform?". */
const WHO_TELL = /\bwho (?:do|should|must|shall|would|have|has|need) (?:i|we)(?: (?:got|have|need) to)? (?:tell|inform|notify|report (?:it |this |that )?to|let know)\b/i;

/** The question asks how or whether to record something. */
const RECORD_ASKED = /\b(?:record(?:ed)?|log(?:ged)?|note(?:d)?|document(?:ed)?|write (?:it |that |this |them )?up|written up|evidence|go on (?:the|her|his|their) (?:file|record))\b/i;

/** The other way offered is the duty: "can I just summarise them, or do they have to go on the file themselves?". */
export const OR_MUST = /\bor (?:do|does|must|should|will|would) (?:i|we|you|they|it|these|those|he|she|(?:the|my|our|his|her|their) [\w-]+)(?: \w+){0,2}? (?:have to|has to|need to|needs to|got to|needs? (?!nothing\b)\w+ing\b)/i;
/** The other way offered is a permission: "does it have to be in full, or can I use bullet points?". */
const OR_MAY = /\bor (?:can|could|may) (?:i|we)\b|\bor (?:am i|are we) (?:allowed|able|ok|okay) to\b|\bor (?:is it|would it be) (?:ok|okay|alright|fine|acceptable) to\b/i;

/**
 * "Does it have to be full paragraphs, or can I use bullet points?": a permission with conditions, asked as a duty with a
 * permission offered beside it, answers the permission. (Offered beside a duty, "or can I keep them in my drawer?" is the
 * way round it, and the duty answers.)
 */
function offeredPermission(ruling: Ruling, question: string, form: QuestionForm): Verdict | undefined {
  if (form !== 'must-do' || ruling.verdict !== 'allowed-if') return undefined;
  const asked = askingSentence(question);
  const must = MUST_DO.exec(asked);
  // The rule's own answer to the act asked as a permission, where it has one ("bullet points are acceptable": yes).
  const permission = ruling.positions.find((p) => p.verdict === ruling.verdict && p.asked)?.asked?.permission;
  return must && OR_MAY.test(asked.slice(must.index)) && !PRIOR_STEP.test(question) ? (permission ?? 'allowed-if') : undefined;
}

/** The way round asked as what to do: "so do I just ignore it and text mum instead?", "should we just …?". */
const JUST_ASKED = /\b(?:do|should|shall) (?:i|we) just\b/i;

/** A duty asked about as a way round it ("can I just … instead?") is a no; asked as "too early to …?", a yes with its conditions. */
function shortcutAnswer(ruling: Ruling, question: string, situation: Partial<Situation> | undefined): Verdict | undefined {
  if (ruling.verdict !== 'required') return undefined;
  const asked = askingSentence(question);
  // "Do I just … instead?" asks leave for the way round as "can I just …?" does.
  const may = MAY.exec(asked) ?? JUST_ASKED.exec(asked);
  // A permission offered against the duty itself ("…, or do they have to go on the file?"): the duty answers.
  // A retention duty so asked ("ok to get rid of them, or do we still have to keep them?") is answered by its period.
  if (may && ruling.topic !== 'retention' && OR_MUST.test(asked.slice(may.index))) return 'required';
  if (may && (SHORTCUT.test(question) || (situation?.writing === 'leave-out' && CONFIDED.test(question) && OMIT.test(asked.slice(may.index))) || (situation?.writing === 'unknown' && gapAsked(asked.slice(may.index))))) return 'not-allowed';
  if (TOO_EARLY.test(asked)) return 'allowed-if';
  return undefined;
}

/**
 * A duty's check in doubt and the act asked "anyway" ("not sure he's still at that address, can I just send it anyway?",
 * "… and send it regardless?"): the check not made, the answer is no. (A permission asked "anyway", as sharing without
 * consent where there is risk, keeps its conditions.)
 */
const ANYWAY = /\b(?:anyway|anyways|regardless|all the same|even so|just in case)\b/i;

function anywayAnswer(ruling: Ruling, question: string): Verdict | undefined {
  // Sharing "anyway" is against someone's wishes, not past a check: the sharing rules' own conditions answer it.
  if (ruling.verdict !== 'required' || ruling.conditions.length === 0 || ruling.topic === 'information-sharing') return undefined;
  const asked = askingSentence(question);
  // The act asked bare ("post it anyway?", "just send it regardless?") asks the same permission as "can I …?".
  const may = MAY.exec(asked) ?? BARE_ACT.exec(asked);
  // Recording or telling "anyway" (late, or unasked) is the duty done, not a condition skipped.
  return may && ANYWAY.test(asked.slice(may.index)) && !DUTY_ACT.test(asked.slice(may.index)) ? 'not-allowed' : undefined;
}

/** A question that is the act itself, no auxiliary or question word before it: "post it anyway?", "and just send it?". */
const BARE_ACT = /^\W*(?:(?:so|and|but|or|just|then)\s+)*(?!(?:do|does|did|is|are|am|was|were|will|would|should|shall|must|have|has|had|what|who|whom|whose|why|how|when|where|which|i|we|you|it|this|that|these|those|he|she|they|there|any|anything|not|no|yes)\b)[a-z]+\b(?=[^?]*\?\s*$)/i;

/**
 * Destroying what a duty says is destroyed only after another step ("tell your manager …; the police can then view it … it is
 * then deleted"), asked "should I just delete it straight away?": not yet, so no.
 */
// Asked as before the step ("… straight away", "… now", "… before anyone sees it"); "can I (just) delete it?" alone is a yes once reported.
const DESTROY_ASKED = /\b(?:can|could|should|shall|may) (?:i|we)\b(?: \w+){0,2}? (?:delete|destroy|shred|bin|wipe|erase|get rid of|clear)\b(?=.*\b(?:straight away|right away|immediately|at once|now|before)\b)/i;
const THEN_DESTROYED = /\bthen\b.{0,60}\b(?:delet|destroy|shred|wip|eras)\w*/i;

function prematureAnswer(ruling: Ruling, question: string): Verdict | undefined {
  if (ruling.verdict !== 'required' || !ruling.actions.some((a) => THEN_DESTROYED.test(a.text))) return undefined;
  return DESTROY_ASKED.test(askingSentence(question)) ? 'not-allowed' : undefined;
}

/** The right's consequence asked ("she wants to stop using it, will it affect the support she gets?"): the same yes. */
const RIGHT_COST = /\b(?:will|would|does|could|might|is) (?:it|that|this|doing (?:so|that|this)|(?:her|his|their) (?:choice|decision))(?: \w+)? (?:affect|change|impact|stop|reduce|harm|jeopardi[sz]e|count against|go against)\b.{0,30}\b(?:support|service|services|help|care|case|plan)\b/i;

/** A right of the service user's asked as "can she …?": a duty of the service or a permission with conditions is a yes. */
function rightAnswer(ruling: Ruling, question: string): Verdict | undefined {
  const asked = askingSentence(question);
  // "Can she, and do we have to …?": the bare right asked first, before the ask joined on.
  const first = asked.split(/,\s*(?:and|but|or)\b/i)[0]!;
  const right = THEIR_RIGHT.test(asked) || ((BARE_RIGHT.test(asked) || BARE_RIGHT.test(first) || RIGHT_COST.test(asked)) && RIGHT_TOLD.test(question));
  return (ruling.verdict === 'required' || ruling.verdict === 'allowed-if') && right ? 'allowed' : undefined;
}

/**
 * Whether the permitted act itself is a duty: "do I have to reply?", "must we use WhatsApp?". A permission with conditions
 * puts no duty to do the act it permits, so the answer is "not required" (and the conditions, if it is done).
 */
const MUST_DO_PERMITTED = /\b(?:have to|has to|hav(?:e)? 2|need to|needs to|obliged to|required to|expected to|got to|must (?:i|we))\s+(?:(?:even|always|actually|really|still|now) )?(?:reply|respond|answer (?:them|him|her|it|back|every)|text (?:them|him|her) back|use (?:whatsapp|apps?|social media|instagram|facebook|snapchat|messaging apps?)|start (?:using|texting|messaging|whatsapp\w*))\b/i;

function permittedActAnswer(ruling: Ruling, question: string): Verdict | undefined {
  return ruling.verdict === 'allowed-if' && MUST_DO_PERMITTED.test(askingSentence(question)) ? 'not-required' : undefined;
}

/**
 * Whether a third party's identity must be handed over ("do we have to share the neighbour's details?", "mum wants to know
 * who rang, do I have to tell her?"): its anonymity is protected and sharing it is only permitted on conditions, so it is not
 * required. What the third party said, shared with a conference, is another question (Brighton and Hove 2.1: required).
 */
const MUST_SHARE = /\b(?:(?:do|does|will|would|am|are|is) (?:[\w'’]+ ){1,4}?(?:have to|has to|hav(?:e)? 2|need to|needs to|obliged to|required to|got to)|must (?:i|we))\s+(?:(?:even|always|actually|really|still|now) )?(?:share|disclose|hand (?:it |them |that |this )?over|give (?:out|away|up)|pass (?:it |them |that |this )?on|release|reveal|tell (?:them|him|her|the (?:family|parents?))|say)\b/i;
const IDENTITY = /\bwho (?:it was|(?:made|rang|called|reported|referred|phoned|told)\b)|\b(?:the |her |his |their )?(?:neighbour|referrer|caller|informant|reporter|third party|person)(?:'s|’s|s') (?:info\w*|details|name|identity|address|number|contact details)\b|\b(?:their|her|his) (?:name|identity)\b/i;
/** What was said or written, as what is shared: content, not an identity. */
const CONTENT = /\bwhat\b|\b(?:information|report|notes?|concerns?|records?|file|allegations?)\b/i;

function sharingAnswer(ruling: Ruling, question: string): Verdict | undefined {
  if (ruling.topic !== 'information-sharing' || ruling.verdict !== 'allowed-if') return undefined;
  const asked = askingSentence(question);
  const must = MUST_SHARE.exec(asked);
  if (!must) return undefined;
  // The clause asked ("… share the neighbour's info?"), or its bare object ("… tell her?") with the identity said before.
  const clause = asked.slice(must.index).split(/[,;?]|\s[-–]\s|\band\b|\bor\b/i)[0]!;
  const identity = IDENTITY.test(clause) || (!CONTENT.test(clause) && IDENTITY.test(question.slice(0, Math.max(0, question.indexOf(asked)) + must.index)));
  return identity ? 'not-required' : undefined;
}

/**
 * Asked leave not to share, just after the asking words ("can I refuse to share info with police …?", "ok not to pass it on?",
 * "am I allowed to withhold it?"); not "can I share even if mum has not agreed?" nor "share this or not?".
 */
const REFUSE_SHARING = /^\W*(?:\w+\W+){0,3}?(?:(?:refuse|decline|avoid|not|hold off)(?: to)? (?:share|sharing|disclose|disclosing|pass(?:ing)? (?:it |them |this |that |the \w+ )?on|give (?:it|them|this|that|out)|hand (?:it |them |this |that )?over)|withhold\w*|keep (?:it|this|that|them) back)\b/i;

/**
 * Leave not to share about a child at risk ("can I refuse to share with police … because mum didn't consent?"): no. Sharing
 * the policies allow, or make a duty, in child protection work is not refused for want of consent.
 */
function refusalAnswer(ruling: Ruling, question: string, situation: Partial<Situation> | undefined): Verdict | undefined {
  if (ruling.topic !== 'information-sharing' || (ruling.verdict !== 'allowed-if' && ruling.verdict !== 'allowed' && ruling.verdict !== 'required')) return undefined;
  if (situation?.urgency !== 'harm-or-risk' && situation?.urgency !== 'crisis') return undefined;
  const asked = askingSentence(question);
  const may = MAY.exec(asked);
  return may && REFUSE_SHARING.test(asked.slice(may.index + may[0].length)) ? 'not-allowed' : undefined;
}

/**
 * Not doing what no duty asks, asked "is that a problem?" /**
 * Not doing what no duty asks, asked "is that a problem?" or "does it matter?" ("I don't save most e-mails to the record, is
 * that a problem?"): no, it is allowed. Asked "do I have to …?" first, the "not required" answers it as it stands.
 */
export const PROBLEM = /\b(?:is (?:that|it|this) (?:a problem|an issue|a big deal)|(?:does|would|will) (?:that|it|this) matter)\b/i;

function omissionAnswer(ruling: Ruling, question: string, form: QuestionForm): Verdict | undefined {
  return ruling.verdict === 'not-required' && form === 'other' && PROBLEM.test(askingSentence(question)) ? 'allowed' : undefined;
}

/** Someone's agreement in the words practitioners use for it ("the parents' ok", "my TM's go-ahead"); a record's sign-off is its own duty. */
const CONSENT_WORD = String.raw`(?:consent|permission|agreement|approval|ok|okay|go[- ]ahead|say[- ]so|blessing)`;
/** Whether someone's consent is needed for an act ("do I need mum's consent for my manager to read her file?"). */
const CONSENT_NEEDED = new RegExp(String.raw`\b(?:do|does|would|will|should) (?:i|we|you|they|he|she|staff|workers?|managers?) (?:still |really |actually |even )?(?:need|have to (?:get|ask for|seek)|require|got to (?:get|ask for))\s+(?:(?:the |her |his |their |a |any |(?:mum|dad|the (?:family|parents?|young person|child))(?:'s|’s) |[\w]+(?:'s|’s) |(?:the |her |his |their )?(?:parents|carers)(?:'|’) |parental )?(?:written )?${CONSENT_WORD})\b|\b(?:do|does|would|will|should) (?:i|we|you) (?:still |really |actually |even )?need (?:her|him|them|mum|dad|the (?:yp|young person|child|family|parents?|service user|care leaver)) to (?:agree|consent|say yes|give (?:her |his |their )?(?:consent|permission|agreement))\b`, 'i');

/** Someone's agreement, consent or permission as a permission's condition ("… if previously agreed with the young person"). */
const CONSENT_CONDITION = /\b(?:agree(?:d|s|ment)?|consent(?:ed|s)?|permission)\b/i;
/** A condition that allows the act without that agreement, or names when it need not be sought. */
const CONSENT_WAIVED = /\bwithout (?:\w+ )?(?:consent|agreement|permission)\b|\bunless\b|\bdo(?:es)? not (?:consent|agree)\b/i;

/**
 * An act the policies allow outright, asked "do I need her consent?": no consent is required. Allowed only with that
 * person's agreement as a condition, the agreement asked after is required.
 */
function consentAnswer(ruling: Ruling, question: string): Verdict | undefined {
  const asked = askingSentence(question);
  if (!CONSENT_NEEDED.test(asked)) return undefined;
  if (ruling.verdict === 'allowed') return 'not-required';
  // A manager's go-ahead is a step through supervision (managerStepAnswer), not the family's or the child's consent.
  if (MANAGER_STEP.test(asked)) return undefined;
  // Where the conditions also allow going ahead without it (sharing "without consent" where the public interest is strong), it is not simply required.
  const needed = ruling.conditions.some((c) => CONSENT_CONDITION.test(c.text)) && !ruling.conditions.some((c) => CONSENT_WAIVED.test(c.text));
  return ruling.verdict === 'allowed-if' && needed ? 'required' : undefined;
}

/**
 * Whether a manager or supervision has to be brought in first ("does this have to go through my TM first?", "do I need to run
 * it past my manager?"): asked of a permission whose conditions put it through supervision or a manager, that step is required.
 */
const MANAGER = String.raw`(?:my|the|our|a|your) (?:line |team |practice |deputy |senior |service )?(?:tm|manager|supervisor|senior|team leader|dtm|ptm|supervision)`;
const MANAGER_STEP = new RegExp(String.raw`\b(?:go|goes|going|run|put|take|taken|pass|raise|discuss) (?:it |this |that |them )?(?:through|past|by|to|with|in) ${MANAGER}\b|\b(?:need|have to|has to|got to|must) (?:get |ask (?:for )?|have )?${MANAGER}(?:'s|’s)? (?:ok|okay|approval|permission|agreement|sign[- ]?off|go[- ]ahead|say[- ]so|blessing)\b`, 'i');
/** A condition that puts the act through supervision or a manager. */
const THROUGH_MANAGER = /\b(?:supervision|supervised|(?:line |team )?manager(?:'s|’s)?)\b/i;

function managerStepAnswer(ruling: Ruling, question: string): Verdict | undefined {
  if (ruling.verdict !== 'allowed-if' || !MANAGER_STEP.test(askingSentence(question))) return undefined;
  // Required where every policy saying yes puts it through a manager; not where none does; either way where they differ. A
  // step already met another way ("either parental consent or the Team Manager's", the parents having consented) is not asked.
  const permitting = ruling.positions.filter((p) => p.verdict === ruling.verdict);
  const stepped = permitting.filter((p) => ruling.conditions.some((c) => c.met !== true && THROUGH_MANAGER.test(c.text) && c.citations.some((cite) => cite.policy === p.policy)));
  if (stepped.length === 0) return 'not-required';
  return stepped.length === permitting.length ? 'required' : 'allowed-if';
}

/** Whose agreement is asked after, and the words a condition names them by. */
const WHOSE_AGREEMENT: readonly [RegExp, RegExp][] = [
  [MANAGER_STEP, THROUGH_MANAGER],
  [/\b(?:parents?|parental|mum|dad|carers?|family)(?:'s|’s|'|’)? /i, /\b(?:parents?|carers?|guardians?|family)\b/i],
  [/\b(?:child|young person|yp|kid|her|his|their|him|them)(?:'s|’s)? /i, /\b(?:child|young person)\b/i],
];

/** The words asking whether someone's agreement, or a manager's, is needed first ("do I need the parents' ok?"), if any. */
export function stepWordsAsked(question: string): RegExpExecArray | null {
  const asked = askingSentence(question);
  return MANAGER_STEP.exec(asked) ?? CONSENT_NEEDED.exec(asked);
}

/**
 * Whether the question asks if someone's agreement, or a manager's, is needed before the act ("do I need the parents' ok
 * first?") and a condition of the ruling names them: those conditions answer it and lead. Undefined where it asks no such thing.
 */
export function stepAskedFirst(question: string, ruling: Ruling): RegExp | undefined {
  const step = stepWordsAsked(question);
  if (!step) return undefined;
  const whose = WHOSE_AGREEMENT.find(([party]) => party.test(step[0]))?.[1];
  return whose && ruling.conditions.some((c) => c.met !== true && whose.test(c.text)) ? whose : undefined;
}

/** Destroying a record, asked as a permission ("can her file be shredded now?", "ok to bin it?"). */
const DESTROY = /\b(?:destroy\w*|shred\w*|bin(?:ned|ning)?|delet\w*|dispos\w*|get rid|clear(?:ed|ing)? out|purg\w*|wip(?:e|ed|ing))\b/i;

/** A record still within its retention period, asked "can it be destroyed now?": no, it is kept until the date shown. */
function keptAnswer(ruling: Ruling, question: string): Verdict | undefined {
  if (ruling.topic !== 'retention' || ruling.verdict !== 'required' || ruling.dates.length === 0) return undefined;
  const asked = askingSentence(question);
  const may = MAY.exec(asked);
  // "… and how long do we keep it?" asks for the period too: the duty with its date answers both.
  return may && DESTROY.test(asked.slice(may.index)) && !/\bhow long\b|\buntil when\b/i.test(question) ? 'not-allowed' : undefined;
}

/**
 * Whether a step is needed before starting ("do I need to run it past anyone first?", "is there a process we have to go
 * through before we start?"): asked of a no from one policy where another allows it on conditions, it asks for that route.
 */
const PRIOR_STEP = /\b(?:run (?:it|this|that) (?:past|by)|check (?:it |this |that )?with|clear (?:it|this|that) with|ask (?:anyone|anybody|someone|somebody|my manager|the manager|permission)|get (?:it |this |that )?(?:signed off|approved|agreed|ok'?d|the ok|permission|sign[- ]off))\b.{0,30}\b(?:first|before(?:hand)?)\b|\b(?:a|any|the) (?:process|procedure) (?:i|we|you) (?:have|need|must|should) to (?:go through|follow)\b/i;

/** The ruling led by a policy's conditional permission, as the duty the question asks for: what must be in place first. */
function priorStepRuling(ruling: Ruling, question: string, form: QuestionForm): Ruling | undefined {
  if ((ruling.verdict !== 'not-allowed' && ruling.verdict !== 'not-recommended') || form === 'may' || !PRIOR_STEP.test(question)) return undefined;
  const route = ruling.positions.find((p) => p.verdict === 'allowed-if');
  if (!route || ruling.conditions.length === 0) return undefined;
  return rulingWith(ruling, 'required', positionHeadline('required', route, true));
}

/** An action that makes or changes the record. */
const recordsIt = (a: RequiredAction): boolean => a.where === 'case-record' || /\b(?:record|note|amend|transcribe|screenshot|log)\w*\b/i.test(a.text);

/**
 * Precedence of the ask over the topic: where the record is what is asked after, and no permission is asked before it, the
 * duty the ruling's actions put on the record answers (a texting permission asked "where is the reason written down?" is
 * the duty to note it there); "what do I do?" or "by when?" is answered by any of its actions. A permission asked first
 * ("can I WhatsApp her, and where does the chat end up?") keeps its own answer.
 */
function recordAnswer(ruling: Ruling, question: string): Verdict | undefined {
  if (ruling.verdict !== 'allowed-if' && ruling.verdict !== 'not-allowed' && ruling.verdict !== 'not-recommended') return undefined;
  const ask = recordAsk(question);
  if (!ask || !ruling.actions.some((a) => ask.duty || recordsIt(a))) return undefined;
  // A no stands against "does anything need noting?" (the contact itself is the answer); asked how or where the record is made, the record's duty answers.
  if (ruling.verdict !== 'allowed-if' && !ask.made) return undefined;
  const may = MAY.exec(question);
  if (may && may.index < ask.index) return undefined;
  return 'required';
}

/** Putting a duty off: "wait and do it after the review", "hold off until …". */
const PUT_OFF = /\b(?:wait(?:ing)?|hold(?:ing)? off|delay(?:ing)?|put(?:ting)? (?:it |this |that )?off|leave it)\b.{0,80}\b(?:until|till|til|after|on|to)\b/i;

/**
 * A dated duty asked "can we wait and do it after 15 September?", that date past its deadline: no. (A later date asked
 * plainly, "can it go on by 4 December?", is answered by the deadline itself.)
 */
function lateAnswer(ruling: Ruling, question: string, nation: Nation): Verdict | undefined {
  if (ruling.verdict !== 'required') return undefined;
  const asked = askingSentence(question);
  if (!MAY.test(asked) || !PUT_OFF.test(question)) return undefined;
  const due = [...ruling.actions.flatMap((a) => (a.due ? [a.due] : [])), ...ruling.dates.map((d) => d.date)].sort()[0];
  if (!due) return undefined;
  return findDates(question, due, nation).some((d) => d.date > due) ? 'not-allowed' : undefined;
}

/**
 * The deadline asked first ("what's the deadline to get the records to her?", "by when do they have to be sent?"), or asked
 * of a record already made ("was that outside timescale, what date should it have been on by?", "when should it actually
 * have been on by?"): an audit of a late record asks for the duty and its date, not for permission.
 */
const DEADLINE_ASK = /\b(?:(?:what(?:'s|’s|s| is| are)|whens|when'?s) (?:the|my|our|their) (?:actual |real |absolute )?(?:deadline|timescale|time ?limit|time ?frame|latest date)s?|by when|by what date|how long (?:do|have|does|has) (?:we|i|they|the council|the team) (?:got|have)\b|when (?:is|are) (?:it|they|the \w+) due|(?:what|which) (?:date|day) (?:should|must|would|did|does|do|was|is|has)\b.{0,40}\bby|when (?:should|must|would|did|was|were|does|do|is|will)\b.{0,50}\bby(?=\s*(?:[?,.;!]|$|and\b))|(?:outside|out of|over|past|beyond|within) (?:the |our |its |their )?(?:timescales?|time ?frames?|deadlines?|time ?limits?))\b/i;

/**
 * A dated duty (records to a requester within 40 days) asked first for its deadline: the duty answers, whatever a second
 * ask in the message (how much is redacted) led the ruling with.
 */
function deadlineRuling(ruling: Ruling, question: string): Ruling | undefined {
  const dated = ruling.actions.find((a) => a.due && a.citations.length > 0);
  if (ruling.verdict === 'required' || !dated || !DEADLINE_ASK.test(askingSentence(question))) return undefined;
  const policy = dated.citations[0]!.policy;
  return rulingWith(ruling, 'required', positionHeadline('required', { policy, statement: dated.text }, ruling.positions.some((p) => p.verdict !== 'required')));
}

/**
 * A correction or removal asked for ("how do I get it deleted?", "she has asked for bits of her record to be removed, what
 * do we do?"): the amendment the policies permit on conditions (the original kept, the reason recorded) answers it, not a duty.
 */
const CORRECTION_ASKED = /\b(?:get|have|having|getting) (?:it|this|that|them|the (?:entry|note|case note|record|bits?|parts?)) (?:deleted|removed|taken (?:off|out|down)|erased|wiped|corrected|amended)\b|\bhow (?:do|can|should|would) (?:i|we) (?:get|take) (?:it|this|that|them|the (?:entry|note|case note|record)) (?:off|out|down)\b|\b(?:to be|be|being) (?:deleted|removed|erased|taken (?:off|out)|wiped|corrected|amended)\b|\bhow (?:do|can|should|would) (?:i|we) (?:delete|remove|erase|wipe|correct)\b/i;

/** The removal refused or not possible ("if it can't be removed, what do I do?"): what to do then is the duty asked. */
const REMOVAL_REFUSED = /\b(?:can'?t|cannot|can not|won'?t|isn'?t|not (?:possible|allowed))\b.{0,20}\b(?:delet|remov|eras|wip|tak(?:en|e) (?:off|out))\w*/i;

function correctionAnswer(ruling: Ruling, question: string): Verdict | undefined {
  // A removal the policy routes through a request (a note on the wrong child: ask the IT Service Desk) is that permission too.
  if (ruling.topic !== 'amendment' || (ruling.verdict !== 'allowed-if' && ruling.verdict !== 'required') || REMOVAL_REFUSED.test(question)) return undefined;
  return CORRECTION_ASKED.test(question) ? 'allowed-if' : undefined;
}

/**
 * The ruling as the card answers this question: the verdict the form calls for, the headline saying it. Dates the question
 * names are read with the organisation's nation's bank holidays, as the question itself was.
 */
export function answeredAs(ruling: Ruling, question: string, nation: Nation, situation?: Partial<Situation>): Ruling {
  // A duty with a date (a deadline, a retention period) answers "can I …?" by that date, not with a yes: "can it be
  // destroyed now?" of a record still to be kept is a no.
  if (ruling.dates.length > 0) return deadlineRuling(ruling, question) ?? withVerdict(ruling, keptAnswer(ruling, question) ?? lateAnswer(ruling, question, nation));
  const form = questionForm(question);
  const prior = priorStepRuling(ruling, question, form);
  if (prior) return prior;
  const verdict = correctionAnswer(ruling, question) ?? anywayAnswer(ruling, question) ?? prematureAnswer(ruling, question) ?? refusalAnswer(ruling, question, situation) ?? sharingAnswer(ruling, question) ?? omissionAnswer(ruling, question, form) ?? managerStepAnswer(ruling, question) ?? askedAnswer(ruling, question, form) ?? recordAnswer(ruling, question) ?? offeredPermission(ruling, question, form) ?? shortcutAnswer(ruling, question, situation) ?? permittedActAnswer(ruling, question) ?? consentAnswer(ruling, question) ?? rightAnswer(ruling, question) ?? ANSWERS[form][ruling.verdict] ?? insteadAnswer(ruling, question, form, situation);
  if (!verdict) return ruling;
  // "Do I need to note that?" is a yes only where the permission itself comes with a record to make.
  if (form === 'must-record' && !ruling.actions.some((a) => a.where === 'case-record' || a.tell || /\b(record|note|inform|tell|report)\w*\b/i.test(a.text))) return ruling;
  return withVerdict(ruling, verdict);
}

/** Two ways offered ("one version or all three?"); not "… or is that not allowed?", which asks the first again. */
const OFFERS_TWO = /\bor\b(?! (?:is|are|does|do|would|will|should|not|no|something|anything|what|how|has|have|am)\b)/i;

/**
 * The verdict the lead position's rule gives for the act asked another way: as a permission ("can I just record one
 * version?", "should I?") or as a choice between it and the way the rule requires ("one version or all three?").
 */
function askedAnswer(ruling: Ruling, question: string, form: QuestionForm): Verdict | undefined {
  const asked = ruling.positions.find((p) => p.verdict === ruling.verdict && p.asked)?.asked;
  if (!asked) return undefined;
  const sentence = askingSentence(question);
  if (asked.choice && OFFERS_TWO.test(sentence)) return asked.choice;
  // A yes to the act is no yes to a way round the rule's conditions ("without saying it's my opinion").
  if ((asked.permission === 'allowed' || asked.permission === 'allowed-if') && SHORTCUT.test(question)) return undefined;
  // A permission asked as a second ask after a duty ("does the time matter, and can I use bullet points?"): the duty asked first leads.
  const may = MAY.exec(sentence);
  if (form === 'must-do' && may && /^[,;]?\s*(?:and|also)\b/i.test(may[0])) return undefined;
  if (asked.permission && (form === 'may' || SHOULD.test(sentence) || may)) return asked.permission;
  // "Do they have to be proper paragraphs?" of a rule that makes no such duty: no, unless a condition of it is what is asked
  // ("do bullet points have to be detailed?"); with the permission offered beside it ("… or can I use bullets?"), that answers.
  if (asked.duty && form === 'must-do' && !OR_MAY.test(sentence) && !namesACondition(sentence, ruling)) return asked.duty;
  return undefined;
}

/** Whether a sentence names a word of the ruling's conditions of six letters or more ("detailed", "formal", "meaning"). */
function namesACondition(sentence: string, ruling: Ruling): boolean {
  const words = new Set(sentence.toLowerCase().match(/[a-z]{6,}/g) ?? []);
  return ruling.conditions.some((c) => (c.text.toLowerCase().match(/[a-z]{6,}/g) ?? []).some((w) => words.has(w)));
}

/** The ruling with the verdict the question's form calls for, its headline saying it. */
function withVerdict(ruling: Ruling, verdict: Verdict | undefined): Ruling {
  if (!verdict || verdict === ruling.verdict) return ruling;
  const phrase = VERDICT_PHRASES[ruling.verdict];
  const headline = ruling.headline.startsWith(phrase) ? VERDICT_PHRASES[verdict] + ruling.headline.slice(phrase.length) : ruling.headline;
  return rulingWith(ruling, verdict, headline);
}
