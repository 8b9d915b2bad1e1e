// What a question asks of the record itself (where, how or whether it is made, evidenced or amended, what to do, by when),
// read clause by clause so an ask joined on after the context ("…, and does the exchange need recording too?") is found.

/**
 * The record itself named as what is asked after: recording, writing down, noting, evidencing, amending, filing, the date or
 * time put on it, the record or system it goes on.
 */
const RECORD_OBJECT = /\b(?:record(?:s|ed|ing)?|writ(?:e|es|ten|ing) (?:it |this |that |them )?(?:down|up)|write[- ]?up|note(?:d)?|noting|log(?:ged|ging)?|evid[ae]nc(?:e|ed|ing)|document(?:ed|ing)?|amend(?:s|ed|ing|ment)?|file(?:d)?|filing|case ?notes?|(?:go|goes|put|end(?:s)? up) (?:on|in|into|onto) (?:the |her |his |their |my )?(?:record|file|system|notes?|mosaic))\b/i;

/** Where a clause's ask starts: after "and", "so", a list number or a condition ("if we can't delete them, …"). */
const LEAD_IN = String.raw`^(?:\W*(?:and|so|then|also|but|plus|\d+\)|if\b[^,?]{0,80}?)\s*)?`;

/**
 * Asking where, how or whose the record is, or what goes on it ("where should the reason be written down?", "how do I do the
 * amendment?", "whose times go on the record?"): the record is taken as made, whatever was said about the contact.
 */
const RECORD_WH = new RegExp(LEAD_IN + String.raw`(?:where|how (?:do|does|should|must|shall|would|is|are|can)|whose|what (?:[\w/]+ (?:and |& )?){0,3}?(?:goes|go|should go|needs to go|has to go|do i put|should i put))\b`, 'i');

/**
 * Asking which things the record takes ("is it only the messages we send that get recorded, or the incoming ones too?",
 * "which texts need to be logged?"): the duty's extent, answered by the duty.
 */
const RECORD_WHICH = /\b(?:is it|is that|are they|is this) (?:only|just) (?:[\w'’/-]+ ){1,8}?(?:that|which) (?:get|gets|are|is|need|needs|have|has|must|should)\b|\b(?:which|what) (?:[\w'’/-]+ ){0,3}?(?:get|gets|need|needs|have|has|must|should)(?: to)?(?: be)? (?:recorded|logged|noted|written up|transcribed)\b/i;

/** Asking whether it needs doing ("does the exchange need recording too?", "anything special about recording it?"). */
const RECORD_YES_NO = new RegExp(LEAD_IN + String.raw`(?:(?:is there )?anything (?:special|extra|else|different|particular|specific)|(?:do|does|will|would|should|must) (?:[\w'’/-]+ ){1,5}?(?:need|have) (?:to be |to )?\w)`, 'i');

/** Asks a duty answers whatever they are about: what to do (after a condition: "if we can't delete them, what do I do?"), and by when. */
const DUTY_ASK = new RegExp(LEAD_IN + String.raw`(?:what (?:do|should|must|shall) (?:i|we) do\b|when(?:'s| is| was| does| do| should| must)\b.{0,60}\b(?:due|deadline|have to|has to|need to|needs to)\b)`, 'i');

/** The message's question clauses in order: each sentence, and each ask joined on in it ("when's it due, and does …?"). */
function askClauses(message: string): string[] {
  return message
    .split(/(?<=[?!.])\s+|\n+|,\s*(?=(?:and |so |then )?(?:where|how|whose|when|what|does|do|is|if)\b)|\s+(?=(?:and|also) (?:where|how|whose|when|what|does|do|is)\b)|\s+(?=\d\)\s)/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The first clause asking after the record (where, how or whether it is made, evidenced or amended) or what to do by when. */
export function recordAsk(message: string): { index: number; duty: boolean; made: boolean } | undefined {
  let at = 0;
  for (const clause of askClauses(message)) {
    const index = message.indexOf(clause, at);
    at = index < 0 ? at : index + clause.length;
    const duty = DUTY_ASK.test(clause);
    const made = (RECORD_WH.test(clause) || RECORD_WHICH.test(clause)) && RECORD_OBJECT.test(clause);
    if (duty || made || (RECORD_YES_NO.test(clause) && RECORD_OBJECT.test(clause))) return { index: Math.max(index, 0), duty, made };
  }
  return undefined;
}
