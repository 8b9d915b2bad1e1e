import { TOPICS, type Handling, type Topic } from '../guidance/situation';
import { closestTopics, NOT_COVERED, type Closest } from './closest';
import { DECISION_CALL, IRO_AT_A_REVIEW, type Facts } from './facts';
import { execChecked, mayHoldNumbered, numbersOf, possibleFor, replaceChecked, testChecked } from './literals';

/** Handlings that say where the phone or the papers are, which decide a question whatever its other words are about. */
/** What is to be written into the record itself: "can I put in my case note that …", "should I write in the file that …". */
const INTO_THE_NOTE = /\b(?:can|could|should|may|ok to|allowed to) (?:i|we) (?:put|write|say|state|record|include|note)\b.{0,12}\b(?:in|on|into) (?:my|the|her|his|their|our) (?:case ?notes?|notes?|records?|recording|file|write[- ]?up)\b/;
const DECIDED_BY_PLACE: ReadonlySet<Handling> = new Set<Handling>(['phone-driving', 'left-out', 'public-place', 'left-in-car', 'public-conversation', 'screen-seen', 'personal-storage', 'home-pc']);

// Transparent keyword scoring: every point a topic gets names the words that earned it, so the choice can be explained.

interface Signal {
  pattern: RegExp;
  weight: number;
  /**
   * The signal reads only the shape of the question (how soon, how long, is it allowed), not what it is about: its points
   * count only for a topic that words or facts about its subject also point at, so "how quickly do we have to notify
   * Ofsted?" is not taken for a recording deadline.
   */
  form?: true;
  /** The signal names the contact that happened (its channel, the person's age, the hour), not a question about contact. */
  context?: true;
  /**
   * The signal reads only who the person is or when something happened (an age, the hour): no evidence of what is asked, so a
   * topic with nothing else ("what age can she legally be left at home?", "is a 15 year old allowed a Saturday job?") is not chosen.
   */
  incidental?: true;
  /** Words the signal does not read: a phrase that looks like its subject but asks something else. */
  without?: RegExp;
  /** Facts that answer what the signal asks another way (an abusive message is the incident rules' to answer). */
  unless?: (facts: Facts) => boolean;
}

// Asking whom to call ("who do I ring?", "who's the person to contact about ...") asks for a contact point, not whether a
// contact with a service user is allowed.
const ROUTING_ASK = /\bwho('?s| is| are)? (do|should|can|could|would|shall|must|will|have|to|the \w+ to|the (right |best )?(person|people|team|number|department) to)\b(?: (i|we|you))?(?: (need|have|got|ought|supposed|meant)( to)?)? ?(contact|call|ring|phone|email|e-mail|message|speak to|talk to|get in touch with|get hold of|ask|chase)\b/g;

const CONTACT_CHANNEL = `(facetime|video call|whatsapp|instagram|facebook|messenger|snapchat|tiktok|(?<!\\b(?:main|free|body|plain|running|written) )text(?! (?:of|box|field)\\b)|texts|texted|texting|sms|e-?mail|email|social media|social network\\w*|messaging app|direct message|phone|phoning|(?<!\\b(?:${DECISION_CALL}) )call|calling|ring|ringing)`;

// Ways of saying "record it" and "recorded", as practitioners write them ("do I need to note that", "put down", "need logging").
const RECORD_VERB = '(record|capture|transcribe|log|note|note down|jot down|put down|write down|write (it |this |that |them |these |those )?up|type (it |this |that |them )?up|keep a record of|make a (record|note) of)';
/** Weeding files, the records' destruction ("weed closed files", "a weed of old paper files", "weed it"); not weed found on a young person. */
const WEEDING = String.raw`weed(ing|ed)|weeds? (out|through|the|these|those|old|closed|files?|records?|her|his|their|them|it|a|an|adoption|paper)|a weed of`;
const RECORDED = '(recording|recorded|writing up|written up|logging|logged|noting|noted|typing up|typed up|putting on (the )?(file|record|system))';

// Care over the wording of one's own record ("how careful do I need to be with the wording?") asks how to write it, not for
// words the guidance prescribes.
const CAREFUL_WORDING = /\bcare(ful)?\b.{0,40}\bwording\b|\bwording\b.{0,40}\bcare(ful)?\b/g;

// A time asked ("when do I need to get it on mosaic?"): what follows is the deadline's question, not what to record.
const ASKED_WHEN = /\b(when|how soon|how quickly|how long|by when|deadlines?|latest)\b.{0,40}/g;

// The recording guidance named by what it governs: "the written records guidance", "our record keeping policy".
const RECORD_GUIDANCE = /\b(records?|recording|record[- ]keeping|case ?notes?|case recording)( \w+)? (guidance|guidelines?|polic(y|ies)|procedures?|protocols?|rules|standards)\b/;

const SIGNALS: Readonly<Record<Topic, readonly Signal[]>> = {
  'digital-contact': [
    { pattern: new RegExp(`\\b(can|could|may|should|do i|am i allowed to|is it ok to|is it okay to|is it alright to|alright to|allowed to|ok to|okay to|fine to|able to|wants? to|wanted to|going to|thinking of|planning to|needs? to|(asked|asks|asking|wants?|wanted) me to|(let|lets|allow|allows) (you|me|us|staff|workers|practitioners|social workers))\\b(?:(?!\\b(record|recording|capture|transcribe|write|log|save|file|store|paste|copy|print|upload|put|scan)\\b|[.?!](?:\\s|$)).){0,40}\\b(contact|message|messaging|messaged|(?<!\\b(?:main|free|body|plain|running|written) )text(?! (?:of|box|field)\\b)|texting|texted|whatsapp|whatsapping|whatsapped|dm|dming|direct message|email|emails|emailing|add(?! (her |his |their |the |a |my |this |that )?(own |notes?|case notes?|entry|entries|record\\w*|information|details|file|chronology))|friend|friends|follow|chat|communicate|(?<!\\b(?:the|my|a|your|her|his|their|this|that|work|personal|mobile|new|old|${DECISION_CALL}) )(?:call|phone)|ring|facetime|video call|use(?=.{0,30}\\b(whatsapp|instagram|facebook|snapchat|tiktok|texts?|sms|e-?mails?|phones?|mobiles?|ipad|tablet|laptop|device|apps?|accounts?|social media|messenger|numbers?|signal|telegram|teams)\\b)|reply|respond|answer|send|sending|introduce (myself|ourselves|me|us))\\b`), weight: 2, without: ROUTING_ASK },
    { pattern: new RegExp(`\\b${CONTACT_CHANNEL}\\b`), weight: 1, context: true },
    // Permission asked with the contact first: "is txting ok when...", "is whatsapping a parent allowed?", "... a no or a yes?"
    { pattern: /\b(is|are|would|will) (it )?(texting|messaging|whatsapping|emailing|ringing|calling|phoning|contacting|dming|snapchatting|facetiming|video calling)\b.{0,40}\b(ok|okay|alright|allowed|fine|acceptable|permitted|banned|forbidden|prohibited|a (yes|no|go|no-?go)|yes or no|no or (a )?yes)\b/, weight: 2 },
    // A personal device used with the people worked with ("staff using their own mobiles with young people").
    { pattern: /\b(us(e|es|ing)|giv(e|es|ing) out) (\w+ ){0,2}(own|personal|private|home) (mobiles?|mobile phones?|phones?|numbers?|devices?)\b.{0,20}\b(with|for|to contact|to text|to message|to call) (the |our |their |my )?(young (people|person)|children|kids|yps?|famil(y|ies)|parents|carers|service users?|clients|care leavers)\b/, weight: 3 },
    // The same asked of a device or account used for it: "is using my own phone to message families banned?"
    { pattern: /\b(is|are|would|will) (it )?using (\w+ ){0,3}to (text|message|whatsapp|e-?mail|ring|call|phone|contact|dm)\b.{0,60}\b(ok|okay|alright|allowed|fine|acceptable|permitted|banned|forbidden|prohibited)\b/, weight: 2 },
    { pattern: /\b(is (that|this|it) (ok|okay|alright|allowed|fine|acceptable)|(is|are)\b.{0,30}\b(allowed|permitted|acceptable))\b/, weight: 1, form: true },
    { pattern: /\b(keep(ing)? in touch|communicat(e|ing|ion) with|contact with|contact(ing)? (a|the|this|my|her|him|them|young|yp|yps|child|children|kids?|mum|dad|parents?|famil(y|ies)|carers?|care leavers?|clients?|service users?|teenagers?|teens)|add (a|the|her|him|them|young|child)(?! (own|notes?|case notes?|entry|entries|record\w*|information|details|file|chronology)\b)|friend request|follow (her|him|them|back))\b/, weight: 2 },
    // A message received, asking how to respond (Cardiff and Vale 5: judgement used when responding to a text message).
    { pattern: /\b(got|received|had|get|getting|been sent|came in|popped up)\b.{0,15}\b(texts?|messages?|whatsapps?|dms?|sms|e-?mails?)\b.{0,150}\b(what (do|should|shall|would) (i|we) do|how (do|should|shall|would) (i|we) (respond|reply|answer|handle|deal)|(do|should|shall) (i|we) (reply|respond|answer|ignore)|(reply|respond|answer) or (not|ignore))\b/, weight: 2 },
    // Sent by them ("mum sent a really angry text", "she texted me", "dad texted asking me round"): a lighter sign, and none for an incident (its rules say what to do).
    { pattern: /((?<!\b(i|we) (just |have |had |already )?)\b(sent|sends|has sent|keeps sending)\b(?! (her|him|them|the (family|parent|child|young person))\b).{0,25}\b(texts?|messages?|whatsapps?|dms?|sms|e-?mails?)\b|\b(texted|messaged|whatsapped|e-?mailed|dm'?e?d)( (me|us)\b| (?=(asking|saying|to (say|ask)|about|that)\b))).{0,150}\b(what (do|should|shall|would) (i|we) do|how (do|should|shall|would) (i|we) (respond|reply|answer|handle|deal)|(do|should|shall) (i|we) (reply|respond|answer|ignore)|(reply|respond|answer) or (not|ignore))\b/, weight: 1, unless: (facts) => facts.incident !== undefined },
    // Consent or permission for the contact itself: "consent for messaging kids", "parents' permission to text her".
    { pattern: /\b(consent|permission|agreement)\b (for|to) (me |us |staff |workers |you )?(messag\w*|text\w*|whatsapp\w*|contact\w*|e-?mail\w*|dm\w*|snapchat\w*|facebook\w*|insta\w*)\b/, weight: 2 },
    // Planning a first contact by a channel: "before I text a YP", "before we start messaging mum".
    { pattern: /\bbefore (i|we) (start |first |begin )?(contact(ing)?|messag(e|ing)|text(ing)?|whatsapp(ing)?|e-?mail(ing)?|dm(ing)?|add(ing)?|friend(ing)?|call(ing)?|ring(ing)?)\b/, weight: 2 },
    // Whether contact by a channel needs planning or agreeing first, or can just be started (Cardiff and Vale 6: a planned and
    // supervised piece of work; Pan Dorset 1.6: previously agreed).
    { pattern: /^(?=.*\b(text(s|ing)?|messag\w*|whatsapp\w*|e-?mail\w*|insta\w*|snapchat\w*|facebook|social media|digital (contact|technology)|electronic (contact|media|messages))\b).*(\b(texting|messaging|whatsapping|e-?mailing|texts|messages|whatsapps?|contact|it|this|that)\b( \w+){0,3} (need|needs|has|have|ought|got) to be (\w+ )?(planned|agreed|approved|discussed (in|at) supervision|risk[- ]assessed|supervised|authori[sz]ed|cleared)\b|\b(can|could|may|do|should) (i|we) just (start|begin|go ahead|crack on)\b|\bsomething (i|we|you) (can|could) just (start|begin|do|use)\b|\bjust (start|begin) (texting|messaging|whatsapping|e-?mailing|using)\b)/, weight: 2 },
    // Whom the contact guidance applies to: students, agency staff, volunteers ("does the WhatsApp guidance apply to me?").
    { pattern: /\b(guidance|polic(y|ies)|rules?|procedures?|protocols?)\b.{0,20}\b(apply|applies|cover|covers|include|includes)\b.{0,20}\b(me|us|students?|agency (staff|workers?)|locums?|volunteers?|contractors?|support workers?|personal advisers?|sessional (staff|workers?))\b/, weight: 2 },
    // "At one of the agencies", "at one point" (one read as 1) are no clock time.
    { pattern: /\b(working hours|out of hours|(after|at) \d{1,2}([:.]\d\d)? ?(am|pm)?(?! ?(of|out of|point|stage|time|go)\b)|late at night|weekend|evening)\b/, weight: 1, incidental: true },
    // Messaging named with the hours it happens in ("out of hours messaging", "texting families at weekends"): the contact's own question.
    { pattern: /\b(out of hours|after hours|outside (of )?(normal |the |my |our )?(working|office|work) hours|(late )?evenings?|weekends?)\b (texting|messaging|whatsapping|texts|messages|whatsapps|e-?mails|calls|phone calls|contact)\b|\b(texting|messaging|whatsapping|texts|messages|whatsapps|e-?mails|calls|phone calls|contact(ing)?) (\w+ ){0,3}(out of hours|after hours|outside (of )?(normal |the |my |our )?(working|office|work) hours|(in the|on|at) (late )?(evenings?|weekends?))\b/, weight: 2 },
    { pattern: /\b(under[- ]16|minimum age|age limit|too young)\b/, weight: 1 },
    // What the guidance says of a way of contacting ("what do Dorset and Waltham Forest say about messaging a 14 year old?").
    { pattern: /\b(say|says|said|saying|guidance|polic(y|ies)|rules?|position|stance|line) (about|on|re|regarding|around) (\w+ ){0,2}(messaging|texting|whatsapping|contacting|e-?mailing|calling|ringing|phoning|dming|friending|(direct |digital |social media |app |out of hours |mobile )(contact|messaging|messages|texts))\b/, weight: 2 },
    { pattern: /\b\d+ years old\b/, weight: 1, context: true, incidental: true },
    // The organisation's own policy on how staff communicate with children (Pan Dorset 12: a communication policy).
    { pattern: /\b(comms|communications?|contact|e-?safety|social media|texting|messaging) (polic(y|ies)|protocols?|procedures?)\b|\b(polic(y|ies)|protocols?|procedures?)\b.{0,40}\b(which|what) (ways?|channels?|modes?|methods?|apps?)\b.{0,30}\b(contact|communicat\w*|message|text)\b/, weight: 3 },
    // What a channel may be used for ("what is WhatsApp ok for?", "what can texts be used for?").
    { pattern: new RegExp(`\\bwhat (kind of |sort of |type of |kinds of |sorts of |types of )?(stuff|things|messages|contact|conversations)? ?(is|are|can|should|could) (i )?(use )?${CONTACT_CHANNEL}s? (be )?(ok|okay|fine|allowed|used|good|meant|suitable|appropriate)? ?for\\b|\\bwhat'?s (a |an )?${CONTACT_CHANNEL} (ok|okay|fine|allowed|used|good|meant|suitable|appropriate)? ?for\\b`), weight: 3 },
    // Standards and boundaries online as against face to face (Waltham Forest: the same standards as in other areas of practice).
    { pattern: /\b(standards?|boundar(y|ies)|behaviou?r|conduct|(in)?formal|professional(ism)?)\b.{0,60}\b(online|on (insta\w*|social media|whatsapp|facebook|snapchat|tiktok|apps?))\b.{0,60}\b(face to face|in person|offline|in real life|irl|other (areas|parts) of (my )?(practice|work))\b|\b(online|on (insta\w*|social media|whatsapp|facebook|apps?))\b.{0,40}\b(differ\w*|same|different|less formal|more formal|more casual)\b.{0,40}\b(face to face|in person|offline|in real life)\b/, weight: 3 },
    // A policy's position on the device used, stated ("employer phones only", "personal numbers sometimes ok?"): which phone
    // the worker may contact people from.
    { pattern: /\b(employer|work|council|agency|company|issued|personal|own|private|home) (\w+ )?(phones?|mobiles?|numbers?|devices?|equipment|handsets?) (are |is )?(only|(sometimes |always |never |not )?(ok|okay|allowed|fine|acceptable|permitted|banned|forbidden|prohibited))\b|\b(only|just) (use )?(employer|work|council|agency)[- ](issued )?(\w+ )?(phones?|mobiles?|devices?|equipment)\b/, weight: 3 },
    // Status sharing asked of; a young person's story seen with something worrying in it is that concern's (an incident).
    { pattern: /\b(status|stories) (sharing|updates?)\b|\b(whatsapp|instagram|facebook|snapchat|tiktok) (status|statuses|story|stories)\b|\b(on|to) (my|a) status\b/, weight: 2, unless: (facts) => facts.incident === 'concerning-social-content' },
  ],
  wording: [
    { pattern: /\b(wording|(?<!\b(her|his|their|mum'?s|dad'?s|\w+'s) )exact words|what (do|should|shall) i (say|put|write|send|type)|what to (say|put|write|send)|(consent|message) (script|template)|consent (message|msg|wording|text)|(script|template) for|first (outbound )?(whatsapp )?message|first (outbound )?(whatsapp|text|msg)\b|opening message|how (do|should) i word|what words|what should (my|the) .{0,30} say)\b/,
      weight: 3,
      // What a note or record should say is its content, not a prescribed wording.
      without: new RegExp(`${CAREFUL_WORDING.source}|${/\bwhat (should|do|shall|must) (i|we) (write|put|say) (in|on|for) (the|my|a|this|that|our) (\w+ )?(case ?notes?|notes?|records?|recordings?|write[- ]?ups?|entry|entries)\b|\bwhat should (my|the) (\w+ )?(case ?notes?|notes?|records?|recordings?|write[- ]?ups?|entry) say\b/.source}`, 'g') },
    { pattern: /\bon behalf of\b/, weight: 3 },
    { pattern: /\b(heading|title|what (is it|should it be) called)\b/, weight: 1 },
    { pattern: /\b(note type|case note type|document type)\b/, weight: 2 },
  ],
  'what-to-record': [
    // Whether a message counts as a contact to record ("does that count as a contact i have to record?", "do messenger msgs count
    // the same as texts for recording?"): what the record takes.
    // A message or the like is what counts: "does a correction count as an amendment?" is the amendment's question.
    { pattern: /\b(messages?|msgs?|texts?|whatsapps?|dms?|chats?|calls?|e-?mails?|voicemails?|voice notes?|snapchats?|posts?|comments?|that|this|it)\b.{0,40}\b(counts?|counted) (as|the same as)\b.{0,20}\b(contacts?|contact recordings?|texts?)\b/, weight: 2 },
    // Where messages or screenshots sent on go ("a SW forwarded me screenshots of whatsapp messages, where do they need to go?").
    { pattern: /\b(screenshots?|messages|chats?|e-?mails|texts|threads?)\b.{0,120}\bwhere (do|does|should|must|would) (they|these|those|it|this|them)\b.{0,20}\b(go|saved|stored|kept|filed|put)\b/, weight: 2 },
    // What an entry itself must show: the time as well as the date, a section on the child's views, fact and opinion apart.
    { pattern: /\b(need|include|put|have|show|add|write|enough)\b.{0,30}\b(the )?(time|date)\b.{0,30}\b(case ?notes?|recording|entry|wrote|written|typed)\b|\b(case ?notes?|recording|entry)\b.{0,30}\b(need|include|have|show)\b.{0,20}\b(the )?(time|date)\b|\bviews,? wishes,? (and|&) feelings\b|\b(views|wishes)\b ?(\/|and|&|,) ?\b(wishes|feelings|views)\b|\bvoice of the child\b|\bwhat (the |a )?(child|young person|yp|kid|baby|he|she|they)\b (thinks?|wants?|feels?)\b,? (and|or|&) (thinks?|wants?|feels?)\b|\bfact (and|from|vs\.?|versus) opinion\b|\bseparate section\b/, weight: 3 },
    // Whether the time of writing it up matters ("does the time I write them up matter?"): the time of recording on the entry.
    { pattern: /\b(time|date) of (recording|writing (it |them )?up)\b|\b(the )?time (i|we) (write|wrote|record|recorded|type|typed)\b[\w ]{0,20}?\bmatters?\b/, weight: 3 },
    // The look-ahead first, so the look-behind is tried only where either branch can begin.
    { pattern: new RegExp(String.raw`(?=\b(?:do|should|must))(?<!\b(when|how|where|by when|how soon|how quickly|how long)\b.{0,12})(\b(do|should|must) (i|we) (honestly |really |actually |still |always )?(need to |have to |got to )?${RECORD_VERB}\b|\bdo(es)? (\w+ ){1,10}?(all |still )?(need (to be |(it|that|this|them|these|those) )?|needs? to be |have to be |has to be )${RECORDED}\b)`), weight: 3 },
    // Whether anything (more) is to be recorded: "anything I need to record after sending?", "is there anything specific I
    // should write about their rights in the record?", "is there a specific bit I have to include?"
    { pattern: new RegExp(String.raw`\b(anything|something|what else|(a|any) ((specific|particular|certain|special|set) )?(bit|part|section|thing|things|details?|headings?|box|boxes))( else| more| extra| additional| further| specific| in particular| special)? (that )?(i|we) (need|have|ought|should|must|got|am meant|am supposed)( to)? (${RECORD_VERB}|write|put|include|mention|add)\b`), weight: 3, without: ASKED_WHEN },
    { pattern: /\bwhat (do|should|must|shall|have|am|are) (i|we) (actually |really |honestly |exactly |still )?(need to |have to |to |meant to |supposed to |expected to )?(record|capture|write|note|include|cover|say about|put (in|on|about|for)|put down|write down|jot down|note down|take down|get down|capture|log)\b|\bwhat (should|must|does|do|needs to|has to) ((my|the|a|this|that|our|an?) )?(\w+ )?(records?|recording|case ?notes?|notes?|entry|entries|write[- ]?ups?|file notes?|documentation|paperwork|reports?|minutes) (need to |needs to |have to |has to |got to |ought to )?(include|contain|say|cover|have in (it|them)|show)\b|\bwhat (should|do|must|shall|am|are) (i|we) (meant to |supposed to |expected to )?be (recording|writing( down| up)?|noting( down)?|capturing|including|logging|putting (in|on|down))\b|\bwhat (needs|has|have|ought) to (be|go) (recorded|written|in|on|into)\b|\bwhat (actually |really |exactly )?(needs|has|have) to (be|go) (recorded|written|in|on|into)\b|\bwhat (info\w*|details|questions) (am i|are we|should i|do i|do we) (supposed|meant|expected|need|have) to (get|ask|take|record|collect|find out)\b|\bwhat (goes|should go|must go|details|information) (in|on|into)\b|\bwhat (details|info\w*) (do|should|must|(have|has|need|needs|ought) to (go|be))\b/, weight: 3 },
    // The least a recording must hold ("what's the minimum we need to record when a SW texts a YP?", "the bare minimum I have to
    // write down after a call"): what the recording contains.
    { pattern: /\b(the |a )?(bare |absolute )?(minimum|least)\b (that )?(a |an |the |each |every |our )?(i|we|you|they|staff|workers?|social workers?|sws?|practitioners?) (need|needs|have|has|must|should|ought|got|are (meant|supposed|expected|required))( to)? (record|write( down)?|note( down)?|include|log|put (down|in|on))\b/, weight: 3 },
    { pattern: /\b(contact recording|record(ing)? (a|the|this|that|these|those|my|her|his|their)? ?(text|texts|whatsapp|message|messages|chat|conversation|call|calls|dm)|screenshots?|how (do|should) i record|how to record|how (do|should|would) (i|we) log (it|this|that|them)\b|log (a|the|this) (whatsapp |text |sms |facebook |instagram |snapchat |voice )?(text|message|call)s?)\b/, weight: 2 },
    // What to do with a message that came in ("got a whatsapp from dad ... what do I need to do with it?", "... how do I log
    // that?"): it is put on the file.
    { pattern: /\b(texts?|texted|messages?|messaged|messenger|whatsapps?|whatsapped|dms?|voicemails?|voice notes?|chats?)\b.{0,150}\b(what (do|should|shall|must) (i|we) (need to |have to |got to )?do with|how (do|should|would|can) (i|we) (record|log|file|save|keep|treat|handle)|how (am i|are we) (meant|supposed|expected) to (record|log|file|save|keep|treat|handle)) (it|this|that|them|these|those)\b/, weight: 3 },
    // Which messages the record takes ("which texts need to be logged?", "is it only the msgs we send that get recorded, or the
    // incoming ones too?"): the duty's extent.
    { pattern: /\b(?:which|what) (?:[\w'’/-]+ ){0,2}?(?:texts?|messages?|msgs?|whatsapps?|chats?|calls?|e-?mails?|ones) (?:get|gets|need|needs|have|has|must|should)(?: to)?(?: be)? (?:recorded|logged|noted|transcribed|put on (?:the )?(?:file|record))\b|\b(?:is it|are they) (?:only|just) (?:the |our |my )?(?:[\w'’/-]+ ){0,4}?(?:texts?|messages?|msgs?|whatsapps?|ones|replies) (?:[\w'’-]+ ){0,4}?(?:that|which) (?:get|gets|are|need|needs|have|has) (?:to be )?(?:recorded|logged|noted|transcribed|put on (?:the )?(?:file|record))\b/, weight: 3 },
    // How messages are recorded, asked of the messages ("how do texts get recorded?", "how are WhatsApps kept on file?"), and
    // getting one onto the file ("what do I do to get it on the system?"): e-mails are the e-mail-recording question.
    { pattern: /\bhow (do|does|are|is|should|must|would) (the |my |our |your |these |those |all )?(texts?|text messages?|messages?|whatsapps?|whatsapp (messages?|chats?|conversations?)|chats?|(phone )?calls?|dms?|social media messages?) (get |be |being |to be )?(recorded|logged|saved|filed|kept|stored|transcribed|written up|put on (the )?(file|record|system))\b|\b(get|getting|put|putting|save|saving|upload\w*|copy|copying|move|moving|transfer\w*|attach\w*|stor(e|ing)|add|adding)\b (it|this|that|them|these|those|the (exchange|conversation|chat|thread|messages?|texts?))( all)? (onto|on to|into|on) (the |her |his |their |my |a )?(case )?(file|record|mosaic|system|case record|case file)\b(?! (under|using|in|with|from) (my|her|his|their|someone'?s|\w+'s) (own )?(log ?in|login|account|name|password))/, weight: 3, without: ASKED_WHEN },
    // The same asked of whoever sets the rule or wherever it goes ("how do cardiff and dorset each want texts recorded?",
    // "where do texts get logged?"): how messages are recorded, not how long or how soon.
    // ("how do texts get logged?" is the signal above's; a question of when is the deadline's.)
    { pattern: /\b(?:how\b(?! long| soon| quickly| many| often| much)(?: [\w'’&]+){2,6}?|where(?: [\w'’&]+){1,6}?) (texts?|text messages?|messages?|msgs?|whatsapps?|whatsapp messages?|chats?|dms?|calls?)(?: (?:from|to|with) [\w'’]+)? (get |to be |be |being )?(recorded|logged|transcribed|written up)\b/, weight: 3, without: ASKED_WHEN },
    // Which file a message goes on ("whose file does the text go on - hers, the kids'?"): where it is recorded.
    { pattern: /\b(whose|which|what) (\w+'?s? )?(files?|records?|case ?files?|case records?) (does|do|should|must|would|will) (it|this|that|they|these|those|the (texts?|messages?|whatsapps?|chats?|calls?|voicemails?|voice notes?|dms?)) (\w+ )?(go|goes|be (put|recorded|saved|filed|kept)|sit|belong)\b/, weight: 3 },
    { pattern: /\b(record|recorded|recording|write up|case note|case notes|file|mosaic)\b/, weight: 1 },
    // Typing a message out whole ("do i have to type out the whole message?") is transcribing it.
    { pattern: /\btranscri(be|bed|bing|pt|ption)\b|\b(type|typing|typed|write|writing|copy|copying) (\w+ ){0,2}?out (the |a |every |each |all |this |that )?(whole |full |entire |actual |exact )?(message|text|texts|messages|chats?|conversation)s?\b/, weight: 3 },
    // Someone's own words in the record, or the writer's summary (Nottinghamshire: what was said attributed, actual words quoted);
    // an abuser's words are the abusive incident's record, which quotes them too.
    { pattern: /(?<!\b(swore|sworn|swear\w*|effing|cursing|abus\w*|threat\w*|aggressi\w*|hostile|racist|intimidat\w*)\b.*)(?!.*\b(swore|sworn|swear\w*|effing|cursing|abus\w*|threat\w*|aggressi\w*|hostile|racist|intimidat\w*)\b)\b(use|using|quote|quoting|write|writing|record|recording|put|putting|keep|keeping|take down|taking down|note|noting) (down )?(her|his|their|the (child|kid|young person|yp|parent|carer)'?s?|mum'?s|dad'?s) (own |actual |exact |very )?words\b|\bin (her|his|their) own words\b|\b(direct|exact|verbatim) quot(e|es|ations?)\b|\bquot(e|ing) (her|him|them|the (child|kid|young person|yp|parent|carer)|mum|dad|what (she|he|they) said)\b/, weight: 3 },
    // What to take down from someone giving information (Nottinghamshire: the first contact, the referrer's details), the
    // details named before the one giving them ("what details of the referrer do I need?"), or the least asked ("the minimum").
    { pattern: /\bwhat (info\w*|details|particulars) (of|about|on|from|for) (the |a |an |this |that )?(\w+ ){0,2}(do|should|must|shall|am|are|have|need) (i|we) (need|have|got|meant|supposed|expected|take|get|record|ask|collect|put)\b/, weight: 3 },
    { pattern: /\bwhat (do|should|must|shall|have|am|are) (i|we) (need to |have to |got to |meant to |supposed to )?(get|ask|collect|gather|take( down)?|obtain|find out)( \w+){0,3} (from|off|of) (him|her|them|the (caller|referrer|person|professional|school|gp|neighbour|family))\b|\bwhat (info|information|details) (do|should|must|shall) (i|we) (need to |have to )?(get|ask for|collect|gather|take( down)?|obtain)\b|\bwhat('?s| is| are) the (minimum|least|basic|essential|key|main|necessary|required|core) (info|information|details|particulars) (i|we) (need to |have to |should |must )?(get|ask for|collect|gather|take( down)?|obtain)\b/, weight: 3 },
    // Recording everything or summarising (Brighton and Hove 1: not every call or e-mail; Pan Dorset 1.1: all mobile calls).
    { pattern: new RegExp(String.raw`\b(${RECORD_VERB}|${RECORDED}|summari[sz]\w*)\b.{0,20}\b(every|each|all) (single |last |one of (the|my) )?(texts?|calls?|phone ?calls?|e-?mails?|messages?|whatsapps?|contacts?|actions?|conversations?|chats?|visits?|things?)\b|\bsummari[sz](e|es|ed|ing)\b.{0,40}\b(rather than|instead of|not)\b|\b(every|each|all) (single |last )?(texts?|calls?|phone ?calls?|e-?mails?|messages?|whatsapps?|contacts?|conversations?|chats?)\b.{0,25}\b(${RECORD_VERB}|${RECORDED})\b`), weight: 3 },
    // Whether a message is a contact to be recorded at all ("is a text from a parent actually a 'contact'?"): Cardiff and Vale.
    { pattern: /\b(is|are|does|do|would|will) (a |an |the )?(texts?|text messages?|whatsapps?|whatsapp messages?|messages?|e-?mails?|dms?|voicemails?|phone ?calls?|calls?)\b.{0,40}\b(count(ed)? as |classed as |treated as |considered )?(actually |really |still |even )?(a |an )?['"\u2018\u201c]?contacts?['"\u2019\u201d]?\s*(\?|$|,|\.)/, weight: 3 },
    // Whether messages are a record at all ("is a chat a proper record?"): Waltham Forest says chats are written documents.
    { pattern: /\b(count|counts|counted|treated|classed|considered|regarded|seen) as (a |an |the |part of the |part of a )?(proper |formal |official |real |legal |written )?(record|records|document|documents|evidence|case record)\b|\b(just|only|only a|just a|merely|casual) chats?\b.{0,40}\b(record|document)\b|\b(is|are) (a |an )?(whatsapp |text |online )?(chats?|messages?|conversations?)\b.{0,20}\b(a |an )?(proper |formal |official |written )(records?|documents?)\b/, weight: 3 },
    // Copies of assessments and reports given to the family (Nottinghamshire assessments; Brighton and Hove 4.2).
    { pattern: /\b(give|giving|given|share|sharing|shared|send|sending|sent|show|showing|copy|copies)\b.{0,30}\b(assessments?|reports?)\b.{0,30}\b(to|with) (the )?(family|families|parents?|mum|dad|carers?|service users?)\b/, weight: 3 },
    // Whether every call or message goes on the record ("do I have to write up every single call?").
    { pattern: /\b(have to|has to|need to|needs to|must|should|expected to|supposed to|meant to|got to)\b.{0,20}\b(record|recording|log|logging|note|noting|write (it |them )?up|writing up|write down|type up|put|go|goes)\b.{0,15}\b(every|each|all)( single)? (of )?(the |my |those |these )?(old |previous |past |earlier |other )?(phone ?calls?|telephone calls?|calls?|texts?|messages?|whatsapps?|conversations?)\b|\b(every|each)( single)? (phone ?call|telephone call|call|text|message)\b.{0,40}\b(goes|go|recorded|logged|noted|written up|on the (record|file|system))\b/, weight: 2 },
    // Where an entry goes: a case note or its Mosaic episode or form.
    { pattern: /\b(case ?notes?|episodes?|forms?)\b.{0,40}\b(instead of|rather than|or|vs\.?|versus|not)\b (in )?(the |a |an )?(mosaic |normal |ordinary |separate )?(\w+ )?(episodes?|forms?|case ?notes?)\b/, weight: 2 },
    // Letters and paper that came in, and what an entry must show (a date, timescales, a section): what to record.
    { pattern: /\bwhat (do|should|shall|must) (i|we) do with (the |this |these |a |my )?(paper |actual |hard ?copy |original )?(letters?|cop(y|ies)|post|faxe?s?|paperwork)\b|\b(letters?|paper cop(y|ies)|hard ?cop(y|ies)|faxe?s?)\b.{0,40}\b(scan\w*|on(to)? (the )?(file|record|mosaic))\b/, weight: 2 },
    { pattern: /\b(plans?|assessments?|reviews?|reports?|minutes|case ?notes?|records?|recordings?|entries|entry)\b (need|needs|have|has|should|must) (to )?(have |include |show |contain |say |give )?(a |an |the )?(date|dates|timescales?|review date|section|summary|reasons?)\b/, weight: 2 },
    // The organisation's own record-keeping and information-management policies, applied to messages (Cardiff and Vale 3).
    { pattern: /\b(record[- ]?keeping|records?( management)?|information( management)?|info( management)?|data( management)?|storage) polic(y|ies)\b.{0,60}\b(cover|covers|apply|applies|include|includes|extend)\b|\b(cover|covers|apply|applies|include|includes|extend)\b.{0,30}\b(record[- ]?keeping|records?( management)?|information( management)?|info( management)?) polic(y|ies)\b/, weight: 3 },
    // "Does that text need to go on the child's file?" (e-mails going on the file are the e-mail-recording question, legal
    // advice the legal-advice one). The look-behind after the verb, so it reads back over the question only where one is found.
    { pattern: /\b(?![\w' ]{0,60}\b(legal (advice|discussions?)|solicitor'?s? advice)\b)(does|do|should|must|will|would)(?<!\b(e-?mail\w*|legal (advice|discussions?)|solicitor'?s? advice).*) (?!(i|we|you)\b).{0,50}?\b((need to|needs to|have to|has to) )?(go|be put|be saved|be added|be uploaded|be logged|be recorded|want (it|that|this|them|these|those)) (on|onto|in|into|on to) (the |her |his |their |a |my |each |every |all (the )?)?((child|young person|family|service user|kid|person|children|young people|kids)'?s? |case )?(files?|records?|mosaic|system|case files?|case records?)\b(?!.*\b(e-?mail|legal (advice|discussions?)|solicitor'?s? advice))/, weight: 4 },
    // Deleting messages from the phone or app: what must be kept on the record and the device (not the retention table).
    { pattern: /\b(delete|deleting|deleted|clear|clearing|wipe|wiping|get rid of|remove|removing)\b.{0,20}\b(the |these |those |my |our |her |his |their |old |all |any )?(whatsapp |text |instagram |facebook |snapchat |sms )?(messages|texts|chats|conversations|whatsapps|dms|(chat|message|text|communication|conversation) history|(the |that |this )(message|text|chat|conversation|whatsapp|dm))\b/, weight: 5 },
    // How to put someone's words in the note (Nottinghamshire: quotation marks). Swearing and abusive language are the
    // incident reader's: Nottinghamshire's hostile-comments rule says the same and more.
    { pattern: /\bhow (do|should|shall|must|can) (i|we) (write|record|put|quote|note|get)( down| in)? ((his|her|their|the|mum'?s|dad'?s|the (child|young person|parent)'?s|exact|actual) )?(words|comments)\b|\bhow (do|should|shall|must|can) (i|we) (write|record|put|quote|note)( down| in)? what (he|she|they|mum|dad|the (child|young person|parent)) (said|says|told me)\b/, weight: 3 },
    // After a referral or concerns go to another agency or authority: make sure it was received and record that (Nottinghamshire).
    { pattern: /\b(referr\w*|concerns?)\b.{0,100}\b(after (i'?ve |we'?ve |i |we )?(sen[dt]\w*|ma[dk]\w*|submitt?\w*|forward\w*|pass\w*|done)|once (it'?s|it is|it has|it'?s been|i'?ve|we'?ve) (gone|sent|been sent|done)|now (that )?(it'?s|it has|it'?s been) (gone|sent)|follow(ing)?[- ]?up|anything else)\b|\b(confirm\w*|check\w*|make sure|ensur\w*|find out)\b.{0,30}\b(received|receipt|got it|arrived|gone through|landed)\b/, weight: 3 },
    // Quoting what someone said in the record: their exact words, word for word, in quotation marks, or paraphrased.
    { pattern: /\b(her|his|their|the (child|kid|young person|yp|parent|mum|dad)'?s?|mum'?s|dad'?s) (exact|actual|own|very) words\b(?=.{0,60}\b(record|write|put|note|quote|case ?notes?|recording|use|include|keep)\b)|\b(record|write|put|note|quote|use|include|keep)\w*\b.{0,40}\b(her|his|their|the (child|kid|young person|yp|parent|mum|dad)'?s?|mum'?s|dad'?s) (exact|actual|own|very) words\b|\b(word for word|verbatim|paraphras\w*|direct quotes?|quotation marks|inverted commas|in quotes)\b|\bquot(e|es|ing) (it|her|him|them|what|mum|dad|the child|exactly|directly)\b/, weight: 3 },
    // Getting messages themselves onto the file ("a whatsapp convo onto the case file") is what to record, not when.
    // E-mails going on the file are the e-mail-recording question (the policies differ on which e-mails).
    { pattern: /\b(get|put|save|upload|copy|move|transfer|attach|store|add)\b.{0,25}\b(chats?|conversations?|messages?|texts?|whatsapps?|screenshots?|dms?|posts?)\b.{0,20}\b(onto|on to|into|on) (the |her |his |their |my |a )?(case )?(file|record|mosaic|system|case record|case file)\b/, weight: 4 },
  ],
  'recording-deadline': [
    { pattern: /\bwhen (will|would|is|are) (the |my |this )?(case )?(notes?|recording|write-?up)( be)? due\b/, weight: 3 },
    // A write-up already made, asked whether it was on time ("wrote it up tuesday, was I in time?").
    { pattern: /\b(was|were|am|is|are) (i|we|it|that|this|they|she|he) (still )?(in|on|within) (time|timescales?)\b/, weight: 2 },
    // "How long have I got" needs a recording word too: on its own it could be about anything (annual leave).
    { pattern: /\b(how long (have i|do i have|have we|do we have|can i leave it|until|to (write|record|put|get|type|log|complete|finish))|how (many|much) (working )?(days|time))\b/, weight: 2, form: true },
    { pattern: /\b(deadlines?|timescales?|time ?frames?|time limits?|by when|when (does|do|must|should|will|has|have) .{0,60}\b(need to be|have to be|have been|be|(needs? to|have to|has to|have) (go|gone|get|got)|go|gone) (on|done|written|recorded|completed|up|in)\b|when( (is|are|was|were)|'?s) (it|they|(the|my|this|that|her|his|our|a|your) (case )?(note|notes|recording|write-?up|entry|visit note|record))( \w+)? due|when (do|must|should) i (need to |have to |got to )?(write|record|put|get|have|do|complete|finish|type)|how soon|how quickly|within how|when (is|was) it due|when (does|must) (it|the case note|my note|the note) be|when\b.{0,60}\bneeds? (doing|done|writing( up)?|typing( up)?|recording|finishing|completing)\b)\b/, weight: 3, form: true },
    // "I still haven't recorded it", "recorded it on friday", "not typed it up yet": the write-up the deadline is asked of.
    { pattern: /\b(write (it |this |the visit |my notes |up)|write (the |my |a |her |his |their )?(record|recording|case note|note|notes|entry)\b|record(ed)? (it|this|them)\b|record that\b(?! (the|a|an|she|he|they|mum|dad|i|we|my|her|his|their|it|there)\b)|(my|the|this|that|her|his|our) (visit |contact )?notes? (should|must|needs? to|has to|have to|is|was)\b|(typ|writ)ing (them |it |this |that |my notes |my visits |these |those )?up\b|typed (them |it |this |that |my notes |my visits |these |those )?up\b|(written|wrote) (them|it|this|that|my notes|my visits|these|those) up\b|write-?up|writeup|type up|case notes?|record (the|a|my|this) (visit|contact|meeting|home visit)|recording|(be|been|get|got) (recorded|written( up)?|typed( up)?|logged|on the system))\b|\b(write (it |this |the visit |my notes |up)|write-?up|writeup|type up|case notes?|record (the|a|my|this) (visit|contact|meeting|home visit)|recording|(be|been|get|got) (recorded|written( up)?|typed( up)?|logged|on the system)|(write|type|do|get|complete|finish) (up )?(the|my|a|this|that|her|his|our) (record|recording|case ?note|note|notes|visit note|entry))\b/, weight: 1 },
    { pattern: /\b(visit|visited|home visit|contact|event|meeting|saw|seen|sessions?|appointments?)\b/, weight: 1 },
    // The contact itself put on the system ("i still haven't put the call on mosaic"): the write-up a deadline is asked of.
    { pattern: /\b(put|putting|get|getting|type|typing|log|logging|add|adding) (up )?(the |my |this |that |her |his )?(call|phone call|visit|home visit|contact|conversation|discussion|meeting) (up )?(on|onto|on to|into|in) (mosaic|the system|(the |her |his |their )?(file|record|case record))\b/, weight: 2 },
    { pattern: /\b(working days?|next working day|5 days|five days|late|too slow|not (quick|fast|soon) enough|(quick|fast|soon) enough|timel(y|iness))\b/, weight: 2, form: true },
    // "What's the latest date I can get the case note on?"
    // The worker's own write-up and its deadline, even of a meeting ("my recording deadline"): not the meeting's minutes.
    { pattern: /\b(my|our) (own )?(recording|case ?notes?|write-?up|visit notes?|notes?)\b.{0,15}\b(deadlines?|due|timescales?)\b|\b(deadlines?|timescales?) for (my|our) (own )?(recording|case ?notes?|write-?up|visit notes?|notes?)\b/, weight: 2 },
    // "What's the absolute latest my case note has to be on the system?"
    { pattern: /\b(the )?(absolute |very )?latest\b.{0,30}\b(case ?notes?|notes?|recording|write-?up|record|entry)\b.{0,30}\b(has to|have to|must|needs? to|can|could|should)( be| go| get)?\b/, weight: 3, form: true },
    { pattern: /\b(latest|last) (possible )?(date|day)\b(?= (i|we|you) (can|could|must|should|have to|need to)\b| (for|to|by which|it can)\b)|\bby what date\b|\bthe latest (i|we|you) (can|could) (get|put|do|write|record|type|leave)\b/, weight: 3 },
    // A deadline asked of the record itself ("whats my deadline for getting it on the file", "by when do I need to get it
    // written up", "when has it got to be recorded by", "what date must it be on mosaic by"): the recording's deadline, whatever
    // contact the record is of.
    // Whose file it goes on may be named ("on the kids' files", "on each child's record").
    { pattern: /\b(deadlines?|timescales?|by when|how (soon|quickly|fast)|latest|how long (have i got|for(?! (\w+ ){0,4}(kept|keep|keeping|retain\w*|retention|stored|archiv\w*))))\b.{0,40}\b(recorded|recording|logged|log (it|this|that|them)|record (it|this|that|them|(the|a|my|her|his|their|these|those) (text|texts|message|messages|whatsapps?|chats?|call|calls|email|emails|conversation|visit|contact))|writ(e|ten|ing) (it |this |that |them )?up|typ(e|ed|ing) (it |this |that |them )?up|case ?notes?|(get|getting|got|put|putting|go|goes|gone|went|be|been) (it |this |that |them )?(on|onto|on to) (the |her |his |their |(?:the |each |every |both )?(?:child|children|kids?|young person|yp|family|families|siblings?)(?:'s|s'|')? )?(files?|records?|system|mosaic))\b|\b(when|(what|which) (date|day))\b.{0,40}\b(recorded|written up|typed up|logged|on (the |her |his |their |(?:the |each |every |both )?(?:child|children|kids?|young person|yp|family|families|siblings?)(?:'s|s'|')? )?(files?|records?|system|mosaic)) by(?=\s*(?:[?.;!]|$|,(?!\s*(?:and|or|but)\b)))/, weight: 3 },
    // The record named, then its deadline asked ("I put the note on Mosaic the Thursday after, when should it have been on
    // by?", "it needs going on the child's file, whens my deadline?"): what happened is the record's content, its deadline the ask.
    { pattern: /\b(case ?notes?|(the|my|a) notes?|recording|write[- ]?up|(go|going|goes|put|putting|get|getting|be) (it |this |that )?(on|onto|on to) (the |her |his |their |(the )?(child|children|kids?|yp|young person)('s|s'|') )?(file|record|system|mosaic))\b.{0,120}\b(deadlines?|timescales?|when\b.{0,50}\bby\b(?=\s*(?:[?,.;!]|$|and\b))|when\b.{0,50}\bdue\b)|\b(when|(what|which) (date|day))\b.{0,30}\b(case ?notes?|(the|my) notes?|recording|write[- ]?up)\b.{0,30}\bby\b(?=\s*(?:[?,.;!]|$|and\b))/, weight: 4 },
    // Whether the record is due on a day asked without "when" ("is the case note due on the monday?", "are my notes due by friday?").
    { pattern: /\b(is|are|will|would|isn'?t) (it|they|(the|my|this|that|her|his|our|a|your) (case )?(note|notes|recording|write-?up|entry|visit note|record))( (still|then|really|actually|not))? (be )?due\b/, weight: 3, form: true },
    // Putting the write-up off: "can the write up wait til friday", "can I leave my notes until next week".
    { pattern: /\b(write[- ]?up|writeup|case ?notes?|notes?|recording|it)\b.{0,20}\b(wait|hold off|be put off|be delayed|be left)\b.{0,20}\b(until|till|til|to|for|'?til)\b|\b(leave|put off|delay|hold off)\b.{0,30}\b(write[- ]?up|writeup|case ?notes?|notes|recording|typing)\b.{0,30}\b(until|till|til)\b/, weight: 2 },
  ],
  'case-summary': [
    // Brighton's minimum contents of every child's record sit with case summaries ("the minimum to record", "must record": record as a verb is a recording's).
    { pattern: /\bminimum\b.{0,40}\b(?<!\b(to|we|i|you|must|should|shall|will|would|can|could|may|might|need|needs) )(record|file)s?\b|\b(record|file)s?\b.{0,40}\bminimum\b|\bevery child'?s (record|file)\b.{0,30}\b(contain|include|have)\b|\b(on|in) every child'?s (record|file)\b|\b(chronology|genogram)\b/, weight: 3 },
    // The summary by its interval ("the 3 monthly summary", "quarterly summaries") is the case summary too.
    { pattern: /\bcase summar(y|ies|ys)\b|\bsummar(y|ies|ys) of (the|a|my|this) case\b|\b((3|three)[- ]?monthly|quarterly|regular|periodic) (case )?summar(y|ies|ys)\b|\bsummar(y|ies|ys) every (3|three) months\b/, weight: 3 },
    { pattern: /\bsummar(y|ies|ys)\b/, weight: 1 },
    { pattern: /\b(how often|how frequently|when)\b.{0,40}\bsummar(y|ies|ys)\b/, weight: 2 },
    { pattern: /\b(how often|every (3|three) months|3[- ]monthly|quarterly|three[- ]monthly|next one|when is .{0,20}due)\b/, weight: 1, form: true },
    { pattern: /\b(closure|transfer) summar(y|ies)\b/, weight: 1 },
  ],
  'meeting-records': [
    { pattern: /\b(minutes|decisions and recommendations|recommendations|written record of the review|full record)\b/, weight: 3 },
    { pattern: new RegExp(String.raw`\b(conference|looked after (child )?review|child in need (review|meeting)|${IRO_AT_A_REVIEW}|review meeting|core group|statutory review)\b`), weight: 2 },
    { pattern: /\b(distribut\w*|circulat\w*|sent out|send out|within how|how long|how (quickly|soon)|by when|timescale|deadline|when (do|must|should))\b/, weight: 1, form: true },
    // The decisions of a review or conference, named before or after it, and who is told them: the meeting-records timescales, not a case note's.
    { pattern: /\bdecisions?\b.{0,40}\b(review|conference|core group|meeting)\b|\b(conference|looked after (child )?review|child in (need|care) review|review meeting|statutory review|core group|independent reviewing officer)\b.{0,100}\b(the|its|their) decisions?\b|\b(parents?|carers?|family|families|mum|dad)\b.{0,30}\b(told|informed|notified|given|sent|communicated)\b.{0,30}\b(decisions?|outcome|recommendations?)\b/, weight: 2 },
  ],
  'subject-access-request': [
    // Someone's own records asked for in writing ("a written request for his son's records", "a request to see her file").
    { pattern: /\b(written )?requests? (for|to see|to have|to access) (his|her|their|my|the|a|all) (((son|daughter|child|kid|baby|grandson|granddaughter)(?:'s|’s)?|own) )?(records?|files?|case files?|notes)\b/, weight: 3 },
    { pattern: /\bsubject access request\b|\baccess to (?:(?:his|her|their|my|our|the) )?(?:[a-z]+'s )?(?:own )?(?:(?:social care|case|care) )?(?:records|files)\b|\bsubject access\b/, weight: 4 },
    { pattern: /\b(see|read|know|view|copy of|access)\b.{0,15}\bwhat (we|the council|social care|social services|you|the department) (have|has|hold|holds|keep|keeps) (written|recorded|got|on file|held|noted)\b|\bwritten about (him|her|them|me)\b/, weight: 4 },
    { pattern: /\b(everything|all the information|all information|what information|the information|all the records|what) (we|the council|the local authority|you|social care) (hold|have|keep|store)s? (on|about)\b/, weight: 4 },
    // Having already read the file is not asking to see it (what follows, changing it, is the question): "she read her file
    // and says it's wrong".
    { pattern: /(?<!\b(has|have|had|'s|'ve|already) (already )?)\b(see|read|view|copy of|copies of|access|request(ed|ing)?|asked for|asking for|wants?) (her|his|their|my|the)? ?(own )?(file|files|records?|case records?|social care records?)\b(?! (and|but) (now )?(says?|said|thinks?|thought|feels?|felt|disagree\w*|disput\w*|found|noticed|is upset|was upset|wants?|wanted|didn'?t like|doesn'?t agree|is unhappy|was unhappy)\b)/, weight: 4 },
    { pattern: /\b(asked|asking|request(ed|ing)?|wants?|applied)\b.{0,25}\bfor (a copy of |copies of )?(all (of )?)?(her|his|their|my|the|our|(a |the )?[a-z]+'s) (own )?((whole|entire|full|complete|old|social care|care) )?(file|files|records?|case records?|paperwork|documents|case notes)\b/, weight: 4 },
    // A copy of all the file holds ("a copy of everything on his son's file", "see all that's in her records"): the whole file.
    { pattern: /\b(copy|copies|see|read|view|access|have|get|give (him|her|them))\b (of )?(everything|all|the lot|whatever'?s?|what'?s)( of it)?( (that'?s|that is|we'?ve got|we have|is|was|we hold|held))? (on|in) (her|his|their|my|the|[a-z]+'s)( [a-z]+'s)? (own )?((whole|entire|full|complete|social care|care) )?(file|files|records?|case records?)\b/, weight: 4 },
    // All the council's papers on someone asked for ('copies of all our documents on her family').
    { pattern: /\b(cop(y|ies)|see|read|view|access)\b (of )?all (of )?(our|the|your|the council'?s) (paperwork|documents|records|files|notes|case notes|information|info) (on|about|we (hold|have|keep))\b/, weight: 4 },
    // All the council holds, asked for as such ('a copy of everything we hold', 'see all the info you've got').
    { pattern: /\b(cop(y|ies)|see|read|view|access|asked for|asking for|wants?|request\w*)\b (of )?(everything|all (of )?(the )?(information|info|stuff|data|records?|notes)|whatever) (that )?(we|the council|the local authority|you|social care|social services|children'?s services)('ve| have)? (hold|holds|have|has|keep|keeps|store|stores|got)\b/, weight: 4 },
    { pattern: /\b(40 days|forty days|data protection act|in writing)\b/, weight: 1 },
  ],
  retention: [
    // Weeding a file destroys records; weed found in a bedroom is not about records.
    { pattern: new RegExp(String.raw`\b(retention|retain|retained|keep (the |these |their |her |his |a |case )?(records?|files?|notes?)|records? (be )?kept|how long (do|should|must) (we|i|you) keep|destroy\w*|destruction|dispos\w*|shred\w*|archiv\w*|${WEEDING})\b`), weight: 3 },
    { pattern: /\b(how long|how many (years|months)|what (length of time|period))\b.{0,40}\b(keeps?|kept|holds?|held|stores?|stored|retains?|retained|hang(s|ing)? on ?to)\b/, weight: 3, form: true },
    // How long messages themselves are kept ("how many years do we keep texts for?", "how long are e-mails kept?").
    { pattern: /\b(how long|how many (years|months)|what (length of time|period))\b.{0,40}\b(keep|kept|hold|held|retain|retained)\b (\w+ ){0,2}(messages|texts|e-?mails|whatsapps|chats|conversations|dms)\b|\b(how long|how many (years|months)|what (length of time|period))\b (are|is|do|should|must) (\w+ ){0,2}(messages|texts|e-?mails|whatsapps|chats|conversations|dms)\b.{0,40}\b(kept|retained|held|stored)\b/, weight: 3 },
    // Parts of a record said to be wrong, asked to be deleted, are a correction (an amendment), not the record's disposal.
    { pattern: /\b(delete|destroy|dispose of|shred|get rid of|bin|purge)\b.{0,30}\b(records?|files?)\b/, weight: 3, unless: (facts) => facts.amendment === 'correction' },
    // The council's own disposal routes: "can they go in the confidential waste", "the shredding bins".
    { pattern: /\b(confidential waste|confi waste|shredding (bins?|bags?|sacks?|service)|secure (waste|disposal)|(go|put|chuck|throw) (them |it )?in the (bin|skip|shredder))\b/, weight: 3 },
    { pattern: /\b(what happens to|what do (we|i) do with|what to do with) (the |their |her |his |old )?(\w+ )?(records?|files?|case records?)\b/, weight: 3 },
    { pattern: /\b(independent inquiry|iicsa|child sexual abuse inquiry|moratorium)\b/, weight: 3 },
    // Asking whether old files may go ("can we get rid of the first one?") is about retention, whatever prompted it.
    { pattern: /\b(can|could|may|should|ok to|okay to|allowed to|safe to)\b.{0,25}\b(shred|destroy|dispose of|get rid of|bin|purge|delete|throw (away|out)|clear out)\b|\b(shred|destroy|dispose of|get rid of|purge)\b.{0,60}\b(closed|old|years ago|archived?)\b/, weight: 3, unless: (facts) => facts.amendment === 'correction' },
    // Keeping put in the passive ("until when does the case record have to be kept?", "how long must the file be kept?"), not how
    // a record is kept (up to date, secure, separate).
    { pattern: /\b(records?|files?|notes?) (has|have|need|needs|must|should|is|are|got|ought) (to )?(be )?(kept|retained|held)\b(?! (up to date|updated|accurate|secure|securely|safe|safely|confidential|separate|separately|apart|locked|private|tidy|clear|concise|brief|factual|on (mosaic|the system|file)))|\b(kept|retained|held) until (when|what date|what age)\b/, weight: 3 },
    { pattern: /\b(75th|anniversary|100 years|date of birth|died|death)\b/, weight: 1 },
  ],
  incident: [
    // Whom to tell of something worrying read as an incident ("do I need to record it and tell anyone?"): its rules say who.
    { pattern: /\b(tell|telling|inform|informing|report|reporting|let|escalate|escalating|flag|flagging|pass (it|this|that) on to)\b (it |this |that )?(to )?(anyone|anybody|someone|somebody|my (line |team )?manager|the (line |team )?manager|my tm|my (practice )?supervisor|(the )?dsl)\b/, weight: 2, unless: (facts) => facts.incident === undefined },
    { pattern: /\b(sent|send|sends|received|got|showed|show|forward|forwarded|forwarding)( me| us| to me)? (an? |some |the |any |this )?(image|images|picture|pictures|photo|photos|video|videos|material|selfie|selfies)\b/, weight: 3 },
    { pattern: /\b(what (now|do i do|should i do)|report(ed)? (it|this|to)|tell my manager|police|delete (it|them|the (image|images|picture|pictures|photo|photos|message|messages|text|texts)))\b/, weight: 1 },
    { pattern: /\b(sent me|received|came through|got sent|showed me|show me)\b/, weight: 1 },
    // Whether an incident must be recorded or passed on ("do I need to record it and tell anyone?"): its rules' duties.
    { pattern: /\b(do|does|should|must|will) (i|we) (also |still )?(need to |have to |got to )?(record|log|note|report|tell|inform|pass)\b.{0,40}\b(tell|inform|report|pass (it|this|that) on|let)\b.{0,20}\b(anyone|anybody|someone|somebody|manager|police|designated|safeguarding)\b|\b(do|does|should|must) (i|we) (need to |have to |got to )?(tell|inform|report (it|this|that) to) (anyone|anybody|someone|somebody)\b/, weight: 2, unless: (facts) => facts.incident === undefined },
  ],
  amendment: [
    // A person asking for things in their record to go, or to add their own account (Brighton and Hove, MIRRA).
    { pattern: /\b(wants?|wanted|asked|asking|requests?|requested|requesting)\b.{0,25}\b(bits?|parts?|some|things|sections?|pages?|entries|information|stuff|details)\b.{0,30}\b(deleted|removed|taken out|erased|wiped|taken off|rubbed out)\b|\b(add|adding|include|including|put)\b.{0,10}\b(her|his|their|my) own (comments?|views?|side|account|version|statement)\b|\b(her|his|their) (own )?(version|side|account|comments?|views?|statement)\b.{0,20}\b(added|included|put (on|in)|recorded|attached)\b|\b(says?|said|thinks?|claims?|feels?)\b.{0,30}\b(what|the way|how) (i|we) (wrote|recorded|put|written|described)\b.{0,40}\b(is|was|are|were) (wrong|not right|incorrect|untrue|unfair|inaccurate)\b/, weight: 5 },
    // A record named, then the person wanting what it says gone ("her file gets her dad's history wrong and she wants it taken out").
    { pattern: /\b(file|record|records|case ?notes?|entry)\b.{0,80}\b(wants?|wanted|asked|asking|asks|requested)\b (it|that|this|them|those|these)( bit| part| bits| parts)? (taken out|removed|deleted|wiped|erased|taken off|rubbed out)\b/, weight: 3 },
    // A child or care leaver asking for parts of their record to go, or to add their own comments or side (MIRRA).
    { pattern: /\b(delete|deleted|remove|removed|take out|taken out|forget|forgotten|erase|erased|wipe|wiped)\b.{0,40}\b(her|his|their|my|the) (own )?(file|record|records)\b|\b(take|taking|took|taken|get|getting|cut|cutting)( \w+){1,3} (out of|off) (her|his|their|my) (own )?(file|files|record|records)\b|\b(parts?|bits?|some|sections?|pages?) of (her|his|their|my) (own )?(file|record)s?\b.{0,30}\b(deleted|removed|taken out|erased|wiped|forgotten)\b|\b(disagree\w*|dispute\w*|own comments?|(her|his|their) (side|views?|comments?))\b.{0,60}\b(added|add|included|on|in|to) (her|his|their|the) (record|file)\b/, weight: 5 },
    { pattern: /\b(amend(ed|ing|ment|ments)?|correct(ing|ion)? (a|my|the|an|it)|correct(ion|ions) (to|of|on|in) (a|my|the|an|her|his|their|its) (\w+ )?(records?|files?|case ?notes?|notes|entry|entries|recordings?)|(records?|files?|case ?notes?|entry|entries) (\w+ )?(corrected|amended)|change (a|my|the|an) (case )?(note|record|entry)|edit(ing)? (a|my|the) (case )?(note|record|entry)|mistake|error|typo|wrong (child|person|service user|file|record|case|episode|date|time|name|spelling|address|details)|deleted? (a|my|the) (case )?(note|entry))\b|\b(change|alter|edit|update|correct|fix)\b.{0,30}\b(case note|entry|recording)\b|\badd(ing)? (something |information |details |a note |more )?to (a|an|my|the) (old |previous |earlier |existing )?(case note|record|entry)\b|(?<!\b(?:it|ict|helpdesk|help desk|service desk|it support) (?:wont|won't|will not|will|can't|cant|cannot|can|to|should|need to|have to) )\b(fix|fixing)\b.{0,30}\b(case note|record|entry|note|it)\b|\bgot (a|the|her|his|their) \w+ wrong\b/, weight: 3 },
    // A record that names or says the wrong thing ("my case note names the wrong school", "the record has the wrong dob"), and
    // going back in to change it ("can I just go in and edit it?"): correcting an entry, whatever the detail was.
    { pattern: /\b(case ?notes?|notes?|records?|entry|entries|recording|file|assessment|plan)\b.{0,40}\b(names?|has|had|says|said|gives?|gave|lists?|shows?|states?|put|got|recorded|spelt|spelled|refers to|mentions?)\b (the |a |an |her |his |their )?wrong\b|\b(go|went) (back )?in(to (it|the (case )?note|the record|mosaic))? and (edit|change|alter|correct|fix|update|amend)\b|\b(edit|alter|amend)(ing|ed)? (it|that|this|them)\b|\b(change|changing|alter|altering|edit|editing|amend|amending|correct|correcting|rewrite|rewriting)\b (what|the (bits?|parts?|sections?) (that )?)(the |her |his |their |my )?(\w+'?s? ){0,2}(wrote|written|recorded|put|said)\b/, weight: 3 },
    { pattern: /\b(case note|record|entry|original)\b/, weight: 1 },
    { pattern: /\b(accidentally|by mistake|in error|by accident)\b/, weight: 1 },
  ],
  'sign-off': [
    { pattern: /\b(read and agreed|sign(ed|s|ing)?[- ]off|countersign\w*|authori[sz](e|ed|es|ing|ation)|approv(e|ed|al|es|ing) (a|the|my|this) (case )?(record|case note|note|summary|assessment))\b/, weight: 4 },
    { pattern: /\b(manager|team manager|line manager)\b.{0,40}\b(read|agree|sign|check|review|approv)\w*\b/, weight: 3 },
    // "I've read my SW's case note and I agree with it": read and agreed, in the manager's own words.
    { pattern: /\b(read|reviewed|checked|gone through|looked (at|over|through))\b.{0,60}\b(case notes?|notes?|records?|recordings?|entry|entries|assessments?|summar(y|ies)|plan)\b.{0,60}\b(agree|agreed|agrees|happy with|approve|approved|signed)\b|\b(read|reviewed|checked) and (agree|agreed|agrees|approved|happy)\b/, weight: 4 },
    { pattern: /\bas (her|his|their|the|a|my|your) (line |team )?manager\b|\bmy (social worker|worker|practitioner|student|supervisee)'?s? (case notes?|notes?|records?|recordings?|entry|entries|assessments?|summar(y|ies))\b/, weight: 1 },
  ],
  supervision: [
    { pattern: /\bsupervision\b/, weight: 4 },
    { pattern: /\b(manager|supervisor)\b.{0,30}\b(gave|given|giving|offered) (me )?(advice|a steer|direction|guidance)\b/, weight: 3 },
    { pattern: /\b(case discussion|manager (told|advised|said)|advice (from|given by) (my |the )?(line |team )?manager|supervisor|supervisee)\b/, weight: 2 },
    { pattern: /\b(who was present|record(ed|ing)? (the )?(decision|discussion|advice))\b/, weight: 1 },
    // A decision made in supervision that the asker must now record (a supervision-decision note).
    { pattern: /\b(in|during|at) supervision\b.{0,30}\b(agreed|decided|discussed|approved)\b(?=.*\b(record|recorded|recording|write (it |this |that )?(up|down)|note it|log|put)\b)|\b(agreed|decided|discussed|approved) (it |this |that )?(in|during|at) supervision\b(?=.*\b(record|recorded|recording|write (it |this |that )?(up|down)|note it|log|put)\b)/, weight: 3 },
  ],
  'email-recording': [
    { pattern: /\b(e-?mails?)\b.{0,60}\b(file|record|records|case record|case file|mosaic|save|saved|saving|upload|copy|copied|paste|pasted|print|printed|keep|kept|put on|go on|on the system)\b|\b(file|record|save|upload|copy|paste|print|keep|put)( in| into| over| across)? (every|all|each|the|this|an|a|my|whole|the whole|a whole)? ?e-?mails?\b|\b(a |the )?(record|copy|copies|log|note) of (every|all|each)( single)? (of )?(the |my |our |their )?e-?mails?\b/, weight: 3 },
    { pattern: /\b(every|all|each)( single)? (of )?(the |my |these |those |our |their )?e-?mails?\b/, weight: 2 },
    // E-mails named, then asked of ("the DSL emails me about her ... do those need to go on her file?").
    { pattern: /(?<=\be-?mails?\b.*)\b(do|does|should|must|will|would) (those|these|they|them|it|that|this|the e-?mails?)\b.{0,30}\b(go|be (put|saved|added|uploaded|recorded|filed|kept|stored)) (on|onto|in|into|on to) (the |her |his |their |a |my |each |every )?((child|young person|family|kid)'?s? |case )?(file|files|record|records|mosaic|system|case file|case record)\b/, weight: 3 },
    // "about 40 emails ... do I have to paste all of them onto the record?"
    { pattern: /(?<=\be-?mails?\b.*)\b(paste|copy|print|upload|save|put|file|record|keep|scan)\b.{0,15}\b(all|every one|each one|each|every single one) (of )?(them|these|those)\b/, weight: 2 },
    // An e-mail thread or chain to be put on the record, and e-mails that "need recording".
    { pattern: /\be-?mail (threads?|chains?|trails?|conversations?)\b/, weight: 2 },
    // An e-mail named first and the ask, some words on, to put it on the file ("email from school ... how do I put it on file?").
    { pattern: /\be-?mails?\b(?=.{0,160}\b(put|file|save|upload|add|record|paste|copy|log)\w* (it|them|this|that|these) (on|onto|in|into|to) (the |her |his |their |each |both |a |my )?(file|files|record|records|mosaic|case ?notes?|case files?)\b)/, weight: 3 },
    { pattern: new RegExp(String.raw`\be-?mails?\b.{0,80}\b(need|needs|have to|has to|should|must)\b.{0,10}\b(be )?${RECORDED}`), weight: 3 },
    { pattern: /\be-?mail(s|ed|ing)?\b/, weight: 1 },
  ],
  'information-sharing': [
    // How the council uses someone's own information, and information passed on by a third party ("someone said we need …" is a rule heard, not information).
    { pattern: /\b(how|what) (we|the council|you|social care|the department) (use|uses|using|do with|does with|hold|holds|share|shares)\b.{0,20}\b(her|his|their|my|your|the family'?s?)? ?(own )?(personal )?(information|info|data|details)\b|\b(neighbour|informant|third party|someone(?! (in|on|from) (the |my |our )?(team|office|duty))(?! (at|in|on|from) (the |a |an |my |our )?([\w-]+ ){0,3}(team|office|duty|training|meeting|course|conference|board|panel|supervision|work|session|webinar)\b))\b.{0,60}\b(said(?! (that )?(we|i|you|staff|workers?) (need|needs|have|has|must|should|shouldn'?t|can|cannot|can'?t|are|aren'?t|ought|mustn'?t)\b)|told|came from|anonym\w*|not (to )?say (it|who))\b/, weight: 4 },
    { pattern: /\b(shar(e|ing)|disclos(e|ing|ure)|pass(ing)? on|tell|inform) ((her|his|their|the family'?s?|personal) )?(information|info|details|data|the ([\w-]+ )?(assessment|report|plan)|it|this|concerns|personal data)\b|\binformation sharing\b|\bshar(e|ing|ed) .{0,30}\bwith (the )?(school|police|health|gp|agency|agencies|another|other|third part\w*|professional\w*|parent\w*|partner|grand\w+|carers?|relatives?|famil(y|ies)|aunt\w*|uncle\w*|step-?\w+)/, weight: 3 },
    // Someone not wanting another agency to know ("they dont want the school to know about dad's MH"): consent to share refused.
    { pattern: /\b(don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t|will not)\b (want|like|agree to)\b.{0,12}\b(the |their |her |his )?(school|gp|doctor|police|health visitor|hv|nursery|college|teachers?|other agencies|another agency|probation|housing|camhs|midwife)\b (to )?(know|knowing|find out|finding out|hear|hearing|be told|being told|told|informed)\b/, weight: 3 },
    // Who made a referral, asked after ("the name of whoever referred him", "the referrer's details"): the informant's identity.
    { pattern: /\b(name|identity|details) of (whoever|who|the person who|the one who) (referred|reported|rang|called|phoned|made the referral)\b|\b(referrer|informant|caller|reporter)(?:'s|s'|’s)? (name|identity|details|info\w*)\b|\bwho (made the referral|referred (him|her|them|the family|us))\b/, weight: 4 },
    { pattern: /\b(tell|inform|share with|pass (it |this )?on to|speak to|speaking to|talk to|talking to|chat to|discuss (it |this |the (case|family|child|concerns?) )?with|contact) (the )?(gp|school|police|health visitor|health|nurse|doctor|teacher|another agency|other agencies|other professionals?)\b|\b(pass|passing|passed|send|sending|give|giving|share|sharing|forward\w*)\b.{1,30}\b(on )?to (the )?(gp|school|police|health visitor|nurse|doctor|teacher|another agency|other agencies|other professionals?)\b/, weight: 3 },
    // Another agency or professional asking for information about a family (Nottinghamshire: only the minimum required).
    { pattern: /\b(housing|police|school|gp|doctor|health visitor|nurse|solicitor|agency|agencies|probation|landlord|employer|dwp|[\w-]+ officer|professionals?)\b.{0,30}\b(wants?|wanted|asking|asked|asks|requested|requesting|request|after|chasing)\b.{0,25}\b(info|information|details|data)\b|\bhow much (info|information|detail|details) (can|should|do|may|am) (i|we) (allowed to )?(give|share|pass on|tell|disclose|hand over)\b/, weight: 3 },
    // A parent or relative wanting to know what a child's plan, assessment or information says (Brighton and Hove 2.1: a young
    // person of 16 or over informed in their own right): sharing it with them.
    { pattern: /\b(mum|dad|mother|father|parents?|step-?(mum|dad|parents?)|grand\w+|aunt\w*|uncle\w*|relatives?|family)\b.{0,40}\b(wants?|wanted|wanting|demand\w*|asking|asked|asks|insist\w*|request\w*|entitled|(has|have|had) (a|the) right) (to )?(know|see|read|be told|hear)\b.{0,20}\b(what'?s|whats|what is|what was|about)\b.{0,20}\b(in )?(his|her|their|the|[\w-]+'s) ([\w'-]+ ){0,5}?(plans?|assessments?|reports?|info|information|details)\b/, weight: 3 },
    // A copy of a plan, assessment or report for a relative, carer or parent: sharing it.
    { pattern: /\b(get|have|receive|be given|be sent|give (her|him|them|the \w+)|send (her|him|them|the \w+)) (a )?cop(y|ies) of (the|her|his|their|our|my) ([\w-]+ ){0,2}(plans?|assessments?|reports?)\b/, weight: 3 },
    // Information from a third party who does not want to be known (Brighton and Hove 2.3: their anonymity protected).
    // Whoever passed it on (a neighbour, a relative, the school), and their identity kept back: not said, not found out, not named.
    { pattern: /\b(neighbou?rs?|informants?|referrers?|callers?|relatives?|family friends?|friends? of the family|third part(y|ies)|members? of the public|gp|school|teacher|nursery|health visitor|hv|nurse|doctor|whoever (rang|called|reported|referred)|(the )?(person|people|lady|woman|man) who (rang|called|phoned|reported|referred|told us))\b.{0,120}\b((doesn'?t|does not|don'?t|do not|won'?t) want (\w+ ){0,3}to know (it was|who)|anonym\w*|not (to )?(be )?(named|identified)|keep (her|his|their) (name|identity|details)|not (to )?(say|tell( (them|anyone|the family|mum|dad|the parents))?|reveal|disclose|let (\w+ ){0,2}know|mention) (who|(that )?it was|where (it|this|that|the \w+) came from)|(find|found|finding) out (who|(that )?it was)|know (that )?it was (her|him|them)|(tell|told|telling) (her|him|them|mum|dad|the (family|parents?))( \w+)? who (it was|(it|that|this) (came|come) from)|(know|knowing|find out|asking|asked|demand\w*( to know)?) who (it was|(it|that|this) (came|come) from))\b|\b(know|find out|told|tell (her|him|them)|demand\w* to know|asking|asked) who (reported|rang|called|referred|made the referral|told (us|you|social services))\b/, weight: 4 },
    // Someone not wanting their information to go somewhere, or not to be named as its source: consent to share refused.
    { pattern: /\b(doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|wouldn'?t|not) want\w* (\w+'?s? ){0,8}?(going|to go|go|passed|passing|shared|sharing|given|sent|told|disclosed|known)( on| out)? (to|with|by|about)\b|\b(not|doesn'?t want|don'?t want|didn'?t want|won'?t want) (to )?(be |being )?(named|identified)\b|\bkeep (her|his|their|my|the \w+'?s?) names? (out|quiet|secret|private|anonymous)\b/, weight: 3 },
    { pattern: /\bwithout (the )?(parents?'?|mum'?s?|dad'?s?|their|her|his|family'?s?)? ?(agreeing|agreement|consent|permission)\b/, weight: 2 },
    { pattern: /\b(their|her|his) own (personal )?information\b|\buse of (their|her|his) (personal )?information\b|\bin (their|her|his) own right\b/, weight: 3 },
    // The same asked in the passive: "how his info is used", "what her data gets shared for".
    { pattern: /\b(how|what|why|where) (her|his|their|my|your|(a |an |the )?[\w ]{1,25}'s) (own )?(personal )?(information|info|data|details) (is|are|gets?|will be|would be|was|were) (being )?(used|shared|held|kept|passed on|handled)\b/, weight: 4 },
    { pattern: /\b(third part(y|ies)|without (their |her |his )?consent|confidential\w*|consent to share|significant harm|need to know)\b/, weight: 2 },
    { pattern: /\b(share|sharing|shared|disclose|consent)\b/, weight: 1 },
  ],
  'personal-contact-details': [
    { pattern: /\b(give|giving|gave|hand out|share|sharing|pass|provide|tell)( out)?\b.{0,40}\b(my|our) (own |personal |private |work |home |mobile |direct )*(number|mobile number|phone number|contact details|email address|address|mobile)\b/, weight: 4 },
    { pattern: /\b(personal|private|home|own) (number|mobile|phone|contact details|email address)\b/, weight: 1 },
    { pattern: /\bwork (mobile|phone) number\b/, weight: 2 },
  ],
  'data-protection': [
    { pattern: /\b(gdpr|data protection|dpa|freedom of information|regulation of investigatory powers|ripa|special category|data breach|uk gdpr|article 5)\b/, weight: 3 },
    { pattern: /\b(apply|applies|cover(s|ed)?|subject to|(come|comes|coming|fall|falls|falling) (under|within)|lawful(ly)?|legislation|law)\b/, weight: 1 },    // Which laws or legislation the records fall under (Cardiff and Vale names the Acts).
    { pattern: /\b(which|what) (laws?|legislation|acts?|statutes?|legal framework)\b|\b(laws?|legislation|acts?|statutes?)\b.{0,40}\b(apply|applies|cover|covers|subject to|govern\w*)\b/, weight: 2 },
  ],
  'legal-advice': [
    // A record of a discussion with the solicitor, named before them ("where do I save notes of a discussion with our solicitor").
    { pattern: /\b(sav(e|ed|ing)|stor(e|ed|ing)|put|putting|record\w*|writ(e|ing) (it |this |that )?up|notes?|fil(e|ing)|log|logging)\b.{0,50}\b(discussions?|meetings?|conversations?|calls?|chats?|consultations?)\b.{0,15}\b(with|from) (our |the |a |my |council |la )*(solicitors?|legal( team| services| dept| department)?|lawyers?|barristers?|counsel)\b/, weight: 3 },
    { pattern: /\b(council solicitor|solicitor|legal (team|services)|lawyer|barrister|counsel)\b.{0,80}\b(case note type|note type|document type|save|store|record|write up|note)\b/, weight: 3 },
    // Where legal advice itself goes ("where does the legal advice go on mosaic?"): its own place, not a contact recording's.
    { pattern: /\blegal (advice|discussions?|documents?)\b.{0,20}\b(go|goes|going|belong|belongs|sit|sits|live|lives|be (kept|stored|saved|filed|uploaded|recorded|put))\b|\b(where|how) (do|does|should|shall|would) (i|we|it|this|that) (\w+ )?(save|store|put|upload|file|record|keep|log)\b.{0,20}\blegal (advice|discussions?)\b/, weight: 3 },
    { pattern: /\blegal (advice|discussion|documents?)\b|\b(advice from|spoke to|spoken to) (legal|the solicitor|a solicitor|legal services)\b|\bsolicitor'?s? advice\b|\blegal services\b|\b(solicitor|lawyer|legal team|barrister|counsel)\b.{0,40}\badvi[cs]e\b/, weight: 4 },
    { pattern: /\b(privileged|privilege)\b/, weight: 2 },
  ],
  'data-security': [
    // Where case documents are kept, asked outright ("where am I supposed to save case documents?"): the council's systems.
    { pattern: /\bwhere (do|should|must|shall|can|am|are|is|would) (i|we|you|staff|workers|it|they) (\w+ ){0,3}(save|store|keep|put|hold|file)\b (my |our |the |all |any |these |those |case |work )*(case |work |electronic |scanned )?(documents?|docs|data|paperwork|information|info|work files)\b/, weight: 3 },
    // Files a colleague can get to while their worker is away (Nottinghamshire: easily accessible in the caseworker's absence).
    { pattern: /\b(files?|records?|papers|paperwork|documents?|case ?notes?|cases?)\b.{0,60}\b((when|while|whilst|if) (\w+('\w+)? ){0,3}(on (annual |sick |maternity |paternity |long[- ]term )?leave|off sick|away|absent|on holiday|off work)|(in|during) (\w+ ){0,2}absence)\b|\b(colleague|worker|caseworker|key worker|sw)'?s? (files?|records?|cases?|papers)\b.{0,40}\b(on (annual |sick |maternity )?leave|off sick|away|absent|on holiday)\b|\b(on (annual |sick |maternity |paternity |long[- ]term )?leave|off sick|absent|on holiday)\b.{0,60}\b(files?|records?|papers|paperwork)\b.{0,40}\b(kept|stored|found|find|accessible|access|get to|pick up|get at)\b/, weight: 3 },
    { pattern: /\b(data security|information security|encrypt\w*|egress|nhs\.?net)\b|\b(keep|keeping|kept|store|storing|stored|lock|locking|locked)\b.{0,30}\b(secure|securely|safe|safely|away)\b/, weight: 3 },
    { pattern: /\b(secure|securely|confidential (papers|files|documents|paperwork))\b/, weight: 2 },
    { pattern: /\b(send|sending|sent|forward\w*|e?mail(ing)?|post(ing)?)\b.{0,40}\b(reports?|assessments?|minutes|plans?|referrals?|documents?|case notes|sensitive (information|data|details))\b/, weight: 1 },
    { pattern: /\b(lost|lose|losing|misplaced|stolen|nicked|forgot|forgotten|can'?t find|cannot find)\b.{0,40}\b(laptops?|work (phone|mobile|iphone|ipad|tablet)|phone|mobile|files?|case files?|papers|paperwork|documents?|case notes|notebook|diary|bag|memory stick|usb( stick)?|ipad|tablet)\b|\bleft (my |the |a )?(work )?(laptop|phone|mobile|bag|files|papers|paperwork|notebook) (on|in|at)\b/, weight: 3 },
    // Talking about a case where others can hear (a call on the bus): the risk is being overheard, not the channel.
    { pattern: /\b(ring|ringing|call|calling|phone|phoning|talk|talking|discuss|discussing|speak|speaking|chat|chatting)\b.{0,50}\b(on public transport|(on|from) the (bus|train|tube)|in (a|the) (pub|cafe|caf[eé]|restaurant|shop|supermarket|coffee shop)|in public)\b|\b(on public transport|on the (bus|train|tube)|in (a|the) (pub|cafe|caf[eé]|restaurant|coffee shop)|in public)\b.{0,30}\b(ring|call|phone|talk|discuss|speak|chat)\b/, weight: 5 },
    { pattern: /\b(public transport|on the (bus|train|tube)|in (my|the) car|pubs?|restaurants?|shops?|cafes?|caf[eé]s?|coffee shops?|costa|starbucks|nero|pret|greggs|mcdonald'?s|maccies|supermarkets?|home working|working from home|overheard?)\b/, weight: 1 },
    { pattern: /\b(by post|in the post|posting|envelopes?|letter ?box|hand[- ]deliver\w*|address(es)?)\b/, weight: 1 },
    { pattern: /\blaptops?\b/, weight: 1 },
    // Where a hardcopy file is: sent to Legal Services, another team or locality, the archive (Nottinghamshire: recorded on Mosaic).
    { pattern: /\b(paper |hard ?copy |physical |case )?(files?|bundles?)\b.{0,30}\b(sent|send|sending|moved|moving|transferred|passed|gone|went|taken|lent)\b (over |across |back )?to (the )?(legal( services| team)?|another (team|locality|office|area)|the (\w+ )?(team|locality|office)|archives?|records (store|management))\b|\b(sent|send|sending|moved|moving|transferred|passed|taken|lent)\b.{0,20}\b(files?|bundles?) (over |across |back )?to (the )?(legal( services| team)?|another (team|locality|office|area)|the (\w+ )?(team|locality|office)|archives?|records (store|management))\b|\bwhere (the |a |my |our )?(paper |hard ?copy )?(files?|case files?) (is|are|has gone|have gone|went)\b/, weight: 5 },
  ],
  'record-writing': [
    // How an entry is written (Nottinghamshire: clearly understandable, written as if the service user will read it).
    { pattern: /\b(abbreviations?|acronyms?|jargon|initialisms?|shorthand)\b/, weight: 3 },
    { pattern: /\b(how (should|do|shall|must) (i|we) (word|phrase|write|describe)|writing style|style of (writing|recording|my notes)|(formal|informal|professional) (style|language|tone)|plain (english|language)|who (will|might|could|may) read|(mum|dad|parents?|the family|the child|service users?|they) (might|may|could|will) read (it|them|the (notes?|record|file))|(language|words|phrases?) (i|we) (use|should use)|how (i|we|to) (word|phrase) (things |it |this |that |them |everything )?(in |on )?(the |my |a |our |this )?(case ?notes?|notes?|records?|recordings?|write[- ]?ups?|entry|entries|reports?)|(what|which) (sort of |kind of |type of )?(style|tone|register)\b)\b/, weight: 3 },
    // Whom a record is written for (Brighton and Hove: the anticipated audience of each record).
    { pattern: /\bwho (am i|are we|is it|is (the|my|this|that) [\w ]{1,20}?|should i be|do i|should (the|my) \w+ be) (\w+ ){0,3}(writing|written|recording|write|aimed at)\b( [\w ]{0,25}?)? for\b|\baudiences?\b|\bwho('s| is| are)? (this|that|the|my|our|a|each|these|those|your) (records?|recordings?|case ?notes?|notes?|assessments?|entry|entries|write[- ]?ups?) (actually |really |even |ultimately |meant to be |supposed to be )?((written|meant|aimed|intended) )?for\b|\b(written|writing|recording) (it |this |them )?for whom\b/, weight: 3 },
  ],
  'unborn-baby': [
    { pattern: /\bunborn\b/, weight: 4 },
    { pattern: /\b(pregnan\w*|pre-?birth|miscarr\w*|still ?born|still ?birth|due date|newborn|gestation\w*|non[- ]?viable|(had|having|has had|chose|booked( in)? for) (a |an )?termination|termination of (the |her |a )?pregnancy)\b/, weight: 2 },
    // A pregnancy told by its midwife or its weeks ("mum is only 9 weeks", "referral at 12 weeks gone"): its gestation.
    { pattern: /\b(mum|mother|she|her|\w+'s partner|woman|girl) (who )?(is|'s|was) (only |just |about |around |nearly )?\d+ ?(weeks?|wks?)\b|\b\d+ ?(weeks?|wks?) (pregnant|gone|along|gestation)\b|\bat \d+ ?(weeks?|wks?)\b(?=.{0,40}\b(referr\w*|refer|accept\w*|pregnan\w*|scan)\b)/, weight: 2 },
    { pattern: /\b(midwi(fe|ves|fery)|ante-?natal|(scan|booking) appointment)\b/, weight: 1 },
    // A pregnancy or a birth beside the record it changes: "baby's been born, what do I change on Mosaic?"
    { pattern: /\b(pregnan\w*|miscarr\w*|still ?born|still ?birth|termination|born|birth|due date|baby)\b.{0,60}\b(records?|mosaic|files?|case)\b|\b(records?|mosaic|files?)\b.{0,60}\b(pregnan\w*|miscarr\w*|still ?born|still ?birth|termination|born|birth|due date|baby)\b/, weight: 1 },
  ],
};

/** A manager's say-so for an act ("TM said just use your own for now", "my manager said it's fine to text her"). */
const MANAGER_GO_AHEAD = /\b(manager|team manager|senior|boss|supervisor|practice educator)\b[^.?!]{0,15}\b(said|says|told me|reckons)\b[^.?!]{0,10}\b(just |to |i can |i could |we can |it'?s (fine|ok|okay|alright) to |go ahead|fine to |ok to )/;
/** The act then asked about: "is that actually ok?", "am I allowed?". */
const GO_AHEAD_QUESTIONED = /\b(is (that|it|this) (actually |really |definitely )?(ok|okay|alright|fine|allowed|right)|am i (actually )?allowed|can i (actually |really )?do (that|this))\b/;
/** Entries that name what is being written; assessments, plans, reviews and reports are as often named in passing. */
const STRONG_ENTRIES: ReadonlySet<NonNullable<Facts['entry']>> = new Set(['first-contact', 'complaint', 'correspondence', 'views', 'single-narrative', 'risk', 'minutes', 'other-people', 'closure', 'carer-record']);

const RECORDS_NAMED = new RegExp(String.raw`\b(records?|files?|case ?notes?|notes|paperwork|documents?|archived?|archives|retain\w*|retention|destroy\w*|destruction|shred\w*|dispos\w*|binned|${WEEDING}|delet\w*)\b`);

/** Facts that point at a topic on their own (an event type, a prescribed wording, a record type). */
function factSignals(facts: Facts, text: string): { topic: Topic; weight: number; why: string; form?: true; context?: true; incidental?: true }[] {
  const out: { topic: Topic; weight: number; why: string; form?: true; context?: true; incidental?: true }[] = [];
  // A child raising a safeguarding concern through an app is answered by what to do about the concern, over the app's contact rules
  // (8: above what the channel, the age and the hour, which make up the incident, add to the contact topic).
  if (facts.incident) out.push({ topic: 'incident', weight: facts.incident === 'under-16-safeguarding-via-app' ? 8 : 6, why: `incident: ${facts.incident}` });
  // Asking a young person to send material on, or downloading it, is Pan Dorset's image advice whatever channel it would go by.
  else if (facts.imageHandling === 'asked-to-forward' || facts.imageHandling === 'download') out.push({ topic: 'incident', weight: 5, why: `image handling: ${facts.imageHandling}` });
  if (facts.wording) out.push({ topic: 'wording', weight: 4, why: `wording: ${facts.wording}` });
  if (facts.meeting) out.push({ topic: 'meeting-records', weight: 1, why: `meeting: ${facts.meeting}` });
  // Whose views or version go in a record (MIRRA 5 and 7: multiple voices, disagreement represented), when a record is named
  // (Brighton and Hove's One Story is its record; "which one goes in" is in the record).
  const viewsInRecord = (facts.entry === 'views' || facts.entry === 'single-narrative') && /\b(records?|recorded|files?|case ?notes?|(visit |contact )notes?|notes|written( up)?|write[- ]?up|writ(e|ing) (it|this|that|them|things|everything) (up|down)|(put|write|say) (down |in )?(what|both|each|one|only one|which)|(which|what|whose)( one| 1| version| account)? (goes|go|should go|gets? put) (in|into|on)|(one|1) story|mosaic|assessments?|reports?)\b/.test(text);
  if (viewsInRecord) out.push({ topic: 'what-to-record', weight: 3, why: 'entry: views' });
  // The whole e-mail or chain to go into the case notes is how an e-mail is recorded, whatever else the question names.
  if (facts.wholeEmail === true) out.push({ topic: 'email-recording', weight: 4, why: 'the whole e-mail pasted' });
  // A kind of case ("a CP referral", "a looked after child") says what the record is, not that the question is about records.
  if (facts.retentionRecord) out.push({ topic: 'retention', weight: 1, why: `record type: ${facts.retentionRecord}`, ...(RECORDS_NAMED.test(text) ? {} : { form: true as const }) });
  // An entry on the wrong file, or correcting one in place, is unmistakably an amendment question; a "correction" word alone is weaker evidence.
  if (facts.amendment) out.push({ topic: 'amendment', weight: facts.amendment === 'wrong-person-entry' || facts.amendment === 'overwrite' || facts.amendment === 'contribution' ? 3 : 1, why: `amendment: ${facts.amendment}` });
  // Whether digital contact has been risk assessed (Cardiff and Vale 6: planned, supervised and risk assessed) is asked of that contact.
  if (facts.riskAssessed !== undefined && (facts.channel !== undefined || /\b(digital|electronic|online|texts?|texting|messag\w*|apps?|social media)\b/.test(text))) out.push({ topic: 'digital-contact', weight: 2, why: 'risk assessment of the contact' });
  // So is whether it was planned and supervised, or done behind the manager's back (Cardiff and Vale 6).
  if (facts.plannedWork !== undefined) out.push({ topic: 'digital-contact', weight: 2, why: 'planned and supervised work' });
  // Advice outside supervision is a supervision question even when phrased as "do I record it?".
  // What to record of a supervision discussion, and where, is the supervision topic's question too.
  // A manager's go-ahead for a way of contact, then asked "is that ok?", asks about the contact: the say-so is its context.
  const goAheadAsked = facts.supervision === 'outside-supervision' && (facts.channel !== undefined || facts.device !== undefined) && MANAGER_GO_AHEAD.test(text) && GO_AHEAD_QUESTIONED.test(text);
  if (facts.supervision) out.push({ topic: 'supervision', weight: goAheadAsked ? 1 : facts.supervision === 'outside-supervision' ? 3 : RECORD_WORDS.test(text) ? 2 : 1, why: `supervision: ${facts.supervision}` });
  // What is being done with case information (e-mailed out, posted, carried, lost) is a data-security question.
  // Chats kept on or cleared off the work phone are Waltham Forest's history on the device, which its recording rules keep.
  // Where the phone or the papers are (at the wheel, left out on a desk, in a shop or the car) decides the answer whatever
  // is being sent or kept: a WhatsApp reply while driving is the driving rule's, minutes left on a desk the storage rule's.
  // Whether the work mobile is switched off, asked outright, decides it too, whoever's messages keep it busy.
  const switchedAsked = facts.handling === 'work-phone' && facts.phoneKeptOn !== undefined;
  if (facts.handling) out.push({ topic: facts.handling === 'delete-messages' ? 'what-to-record' : 'data-security', weight: DECIDED_BY_PLACE.has(facts.handling) || switchedAsked ? 7 : 5, why: `handling: ${facts.handling}` });
  // What has happened with a pregnancy (born, miscarried, pregnant again) is a question about the unborn baby's record.
  // The kind of entry being written (a complaint, a referral, the child's views ...) says the question is about what to record.
  // A case closure the manager decided or advised is what the supervision question records, not a closure being written.
  const closureAdvised = facts.entry === 'closure' && facts.supervision !== undefined;
  // A closure named only as when something happened ("a thank-you gift at case closure") is no question about its record.
  const closureContext = facts.entry === 'closure' && !RECORDS_NAMED.test(text) && !/\b(summar(y|ies)|mosaic|episode|write|writing|record\w*|paperwork|authoris\w*|sign(ed|s|ing)? off)\b/.test(text);
  // A report's readers, purpose or style asked are Nottinghamshire's Reports provision, not how any record reads. Papers about a
  // worker or another service user put on a child's file are Nottinghamshire's separate files, whoever investigates (a LADO).
  const reportAsked = facts.entry === 'report' && /\b(readers?|read|reading|audience|purpose|aims?|who (am i|are we|is it|it'?s) (writing|written)|writing it for)\b/.test(text);
  if (facts.entry && !viewsInRecord && !closureAdvised && !closureContext) out.push({ topic: 'what-to-record', weight: reportAsked ? 4 : facts.entry === 'other-people' ? 3 : STRONG_ENTRIES.has(facts.entry) ? 2 : 1, why: `entry: ${facts.entry}` });
  // Closing or transferring a case is answered by its closure or transfer summary as much as by what to record.
  if (facts.entry === 'closure' && !closureAdvised && !closureContext) out.push({ topic: 'case-summary', weight: 1, why: 'entry: closure' });
  // How much third-party information a subject access request leaves in is the request's own question.
  if (facts.thirdPartyRedaction) out.push({ topic: 'subject-access-request', weight: 5, why: `third-party redaction: ${facts.thirdPartyRedaction}` });
  // Who inside the Department may read a record, and who decides what is shared or restricted: information sharing.
  if (facts.recordAccess) out.push({ topic: facts.recordAccess === 'not-authorised' ? 'data-protection' : 'information-sharing', weight: 5, why: `access: ${facts.recordAccess}` });
  // How a record is written (note form, names, opinion, derogatory words, blame): a question about the writing itself.
  // Asked what may go in the note ("can I put in my case note that she was rude?"), the writing decides over the event it follows.
  if (facts.writing) out.push({ topic: 'record-writing', weight: INTO_THE_NOTE.test(text) ? 7 : 5, why: `writing: ${facts.writing}` });
  // A question about the guidance itself: whether breaking it is misconduct is asked of the contact guidance; why it was
  // written and what it covers, of the contact or the recording guidance its other words name.
  if (facts.aboutGuidance === 'status') out.push({ topic: 'digital-contact', weight: 3, why: 'about the guidance: status' });
  else if (facts.aboutGuidance) {
    // A message that came in is asked of its record (Cardiff and Vale: information received via text, social media or other
    // messaging services); messages the worker would send, of the contact rules.
    const received = RECEIVED.test(text);
    // Brighton and Hove's MIRRA principles are recording principles, however the question names them.
    // The recording guidance named as such ("does the written records guidance cover ...?") is what the question is about.
    const recordGuide = RECORD_GUIDANCE.test(text);
    if (received || recordGuide || RECORD_WORDS.test(text) || /\b(mirra|recording principles)\b/.test(text)) out.push({ topic: 'what-to-record', weight: received || recordGuide ? 3 : 2, why: `about the guidance: ${facts.aboutGuidance}` });
    if (!received && (facts.channel || /\b(messages?|msgs?|digital|electronic|technology|online|apps?)\b/.test(text))) out.push({ topic: 'digital-contact', weight: 2, why: `about the guidance: ${facts.aboutGuidance}` });
  }
  if (facts.pregnancyOutcome) out.push({ topic: 'unborn-baby', weight: 3, why: `pregnancy outcome: ${facts.pregnancyOutcome}` });
  if (facts.channel) out.push({ topic: 'digital-contact', weight: 1, why: `channel: ${facts.channel}`, context: true });
  // A purpose for a contact by a channel ("the parenting assessment over WhatsApp") is what the contact rules decide.
  if (facts.purpose && (facts.channel || facts.purpose === 'status-sharing')) out.push({ topic: 'digital-contact', weight: 2, why: `purpose: ${facts.purpose}` });
  // Passing a message through another service user, the worker's personal life shared, or text language in a message, is a
  // contact question on its own.
  if ((facts.purpose === 'third-party-message' || facts.purpose === 'personal' || facts.purpose === 'hidden') && !facts.channel) out.push({ topic: 'digital-contact', weight: 3, why: `purpose: ${facts.purpose}` });
  // (Text speak in messages being recorded is a recording question: "do I log every 'ok thx lol' text?")
  if (facts.textLanguage && !/\b(log|logged|logging|record\w*|note|write[- ]?up|case ?notes?|mosaic|files?|transcrib\w*|screenshot\w*)\b/.test(text)) out.push({ topic: 'digital-contact', weight: 2, why: 'text language' });
  // Channel, device and person together are a contact question however tersely put ("personal mobile for texting YP?").
  if (facts.channel && facts.device && facts.person) out.push({ topic: 'digital-contact', weight: 1, why: 'channel, device and person', context: true });
  if (facts.age !== undefined) out.push({ topic: 'digital-contact', weight: 1, why: `age ${facts.age}`, context: true, incidental: true });
  // Facts only one topic's rules decide: text speak in a message, a number already given out, an entry under another's log-in.
  if (facts.textLanguage !== undefined) out.push({ topic: 'digital-contact', weight: 2, why: "'text language'" });
  if (facts.numberGiven) out.push({ topic: 'personal-contact-details', weight: 2, why: 'number given out' });
  if (facts.otherLogin !== undefined) out.push({ topic: 'wording', weight: 3, why: "another person's log-in" });
  if (facts.outOfHours) out.push({ topic: 'digital-contact', weight: 1, why: 'out of hours', incidental: true });
  if (facts.dates?.lastSummary) out.push({ topic: 'case-summary', weight: 1, why: 'last summary date' });
  // A day proposed to record by ("is Tuesday ok?", "can I leave it till Monday?") asks about the recording deadline.
  if (facts.dates?.proposed) out.push({ topic: 'recording-deadline', weight: 3, why: 'proposed recording date' });
  if (facts.dates?.request) out.push({ topic: 'subject-access-request', weight: 1, why: 'request date' });
  if (facts.dates?.death || facts.dates?.adoptionOrder || facts.dates?.approvalTerminated || facts.dates?.refusalOrWithdrawal) {
    out.push({ topic: 'retention', weight: 1, why: 'retention date' });
  }
  return out;
}

export interface TopicScore {
  topic: Topic;
  score: number;
  /** The words or facts that earned the points. */
  because: string[];
  /** The part of the score earned by closeness to the exemplar bank. */
  closeness: number;
}

// The practitioner's own calls and messages (to their GP, dentist, partner, bank) are not contact with or about a service user.
const OWN_PARTY = String.raw`my (own )?(gp|doctor|doctors|dentist|optician|vet|surgery|hospital|family|partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|mum|dad|mother|father|parents|kids|children|son|daughter|sister|brother|nan|gran|grandma|grandad|friend|friends|mate|mates|bank|landlord|childminder|nursery|kids'? school|children'?s school|mechanic|garage|insurers?|gym|energy supplier)`;
const OWN_CALL = new RegExp(String.raw`\b(ring|ringing|call|calling|phone|phoning|text|texting|message|messaging|email|emailing|whatsapp|facetime|contact|contacting|speak to|talk to|make (a )?calls? to)\b.{0,12}\b${OWN_PARTY}\b|\b${OWN_PARTY}\b.{0,20}\b(rang|rings|ringing|called|calls|calling|texted|texts|texting|messaged|messages|emailed|phoned)\b`);
const OWN_PARTY_WORDS = new RegExp(String.raw`\b${OWN_PARTY}\b`, 'g');
const SERVICE_USER = /\b(young (person|people)|child|children|kids?|teen\w*|service users?|clients?|famil(y|ies)|parents?|mum|dad|mother|father|carers?|guardians?|case|cases|caseload|pupils?|care leavers?|baby|babies|boy|girl|lad|foster\w*|adopt\w*)\b/;

/** A call or message whose other party is the practitioner's own (GP, family, bank), with no service user mentioned. */
function isOwnCall(text: string): boolean {
  return testChecked(OWN_CALL, text) && !SERVICE_USER.test(text.replace(OWN_PARTY_WORDS, ''));
}

// Kinds of question no policy rules, whatever topic their other words point at (each a class of words, not one phrasing).
const STAFF_TERMS = /\b(pay (award|rise|scale|band|grade|increase|review|slip)s?|payslips?|time ?sheets?|(agency|locum|hourly|day) (pay )?rates?|(get|be|being|getting) paid|salar(y|ies)|wages?|overtime|toil|time off in lieu|flexi[- ]?time|expenses|mileage|(annual|maternity|paternity|study|compassionate|sick) leave|(leave|holiday) (entitlement|allowance|days?|year)|carry (over|forward) (my |any |some |unused )?(leave|holidays?|days)|sick pay|sickness (absence|policy|procedure|record|reporting|line)|(report|reporting|call|calling|ring|ringing|phone|phoning) (in )?sick|sick (days?|notes?)|(if|when) (i'?m|i am) (off|ill|sick) (tomorrow|today|on \w+)|return to work (meeting|interview)|pensions?|grievances?|appraisals?|probation(ary)? period|union reps?|dbs( checks?)?|disclosure and barring|(swe|social work england|hcpc) registration|(renew|renewing|renewal of) (my |our )?registration|cpd|e-?learning|training (days?|courses?|sessions?|budget|entitlement|requirements?|records?)|mandatory training|(days?|hours|much|what|which|any) (of )?training|(book|booked|booking|go on|going on|attend|attending|do|doing|complete|completing) (a |the |my |some |any )?(training|courses?)\b(?! slides)|(compressed|flexible|reduced|part[- ]time) (hours|working|pattern|contract)|flexible working|job ?shar(e|es|ing)|working pattern|reasonable adjustments?|(i'?m|i am|im) pregnant|(refuse|get out of|opt out of|excused from) (doing )?(the )?(duty|on[- ]call|rota)|out of office(?! hours))\b/;
const CHARGES = /\b(fees?|is there a (charge|cost)|(charge|charging|charged) (a |an |the |them |her |him |families |parents |people |for )|how much (does|will|would) (it|that|this|a \w+) cost|cost (of|to) (a|an|the|copies|copying)|pay for (a |the |it|copies|copying|photocopying))\b/;
const IT_HELP = /\b(fonts?|text size|make (the )?(text|writing|screen|words?|it) (bigger|smaller|larger)|zoom in|screen (size|resolution|brightness)|printers?|print queue|(put|get|download|install)\w* (the |a )?(?!(whatsapp|instagram|facebook|snapchat|tiktok|messenger|signal|telegram)\b)(\w+ )?apps?\b.{0,15}\bon\b|app store|reset (my |the )?(\w+ )?password|password reset|(forgot|forgotten|locked out of) (my |the )?(\w+ )?(password|account|log ?in)|(it|ict) (help ?desk|service ?desk|support|ticket)|help ?desk|service desk|phishing|scam (e-?mails?|texts?|calls?|messages?)|spam|wi-?fi|vpn|(e-?mail|outlook) signature|signature (in|on) (outlook|my e-?mails?))\b/;
// A gift given the worker and then asked about ("mum gave me a voucher ... can I keep it?"), or a gift's limit, is the same question.
const GIFTS = /\b(accept|accepting|take|taking|receive|receiving|keep|keeping|give|giving|buy|buying|bought)\b.{0,25}\b(gifts?|presents?|hospitality|tips?|vouchers?|cash|money|a card and a gift)\b|\bgifts? (and|or) hospitality\b|\b(gave|given|offered|sent|bought|left)( me| us| the team)\b.{0,30}\b(gifts?|presents?|vouchers?|gift ?cards?|bottles? of \w+|chocolates|flowers)\b.{0,80}\b(keep|accept|take|allowed|ok|okay|declare)\b|\b(limit|value|how much)\b.{0,30}\b(gifts?|presents?|vouchers?|hospitality)\b/;
// Money a worker may spend or authorise (section 17 payments, deposits, spending limits, funding panels): no policy rules it.
const FINANCE = /\b(section 17|s\.? ?17)\b.{0,80}\b(pay|paying|payments?|money|deposits?|funds?|funding|budget|cash|vouchers?|spend\w*|grants?|loans?)\b|\b(pay|paying|payment|fund|funding)\b.{0,30}\b(the |a |her |his |their )?(deposit|rent|rent arrears|arrears|bond|utility bills?|furniture|removal costs?)\b|\b(how much|max(imum)? amount|max|spending limit|financial limit|limit)\b.{0,30}\b(can i|can we|am i able to|allowed to)? ?(authori[sz]e|approve|spend)\b|\b(funding|resource|resources|finance|financial|accommodation|placement) panel\b|\b(staying put|fostering|foster care|kinship|boarding[- ]out|clothing|birthday|christmas|holiday|leaving care|setting up home|weekly) allowances?\b|\bpocket money\b|\b(who pays|pay(s|ing)? for|fund(s|ing)?|cover(s|ing)?|costs? of)\b (\w+ ){0,3}(taxis?|transport|travel costs?|(bus|train|rail) (fares?|passes?|tickets?)|fares?)\b/;
// Parking and driving to visits (bays, permits, tickets, pool cars, business insurance): the worker's travel, not a record.
const TRAVEL = /\b(park|parking|parked)\b.{0,40}\b(bays?|permits?|tickets?|fines?|meters?|zones?)\b|\bparking (tickets?|permits?|fines?|charges?|bays?|space|spaces)\b|\b(pool cars?|lease cars?|business (car )?insurance|car insurance for work|congestion charge|ulez)\b/;
// Who pays for a work phone's use (bills, data allowances, excess charges): no policy speaks of costs.
const PHONE_COSTS = /\b(phone|mobile|data|call|calls|roaming|contract) (bills?|limits?|allowances?|caps?|usage charges?|bundles?)\b|\b(pay|paying|charged|charge|cover|covering|foot) (for )?(the |my |an |any )?(excess|overage|extra (charges?|costs?|data)|excess (charges?|costs?|fees?)|phone bill|bill)\b|\bexcess (charges?|costs?|fees?)\b|\b(pay|pays|paying|paid|reimburs\w*|contribut\w*|claim\w*|cover|covers|refund\w*)\b.{0,40}\b(phone|mobile)s? (contracts?|tariffs?|plans?)\b/;
// A service user's own scam texts, or reporting one to a network or bank: a matter for the provider, not the policies. A scam
// sent to the worker is an incident (Pan Dorset's unsolicited material).
const SCAMS = /\b(report|reporting|reported|block|blocking|forward|forwarding)\b.{0,40}\b(scams?|fraud\w*|phishing|spam)\b.{0,40}\b(to|with)\b (the |her |his |their |my |a )?(mobile |phone )?(network|provider|operator|carrier|bank|action fraud|7726)\b|\b(keeps?|kept|is|are|been) (getting|receiving|being sent) (\w+ ){0,2}(scam|fraud\w*|phishing|spam)\b/;
// Who is eligible for a service (Care Act eligibility, thresholds for support): the policies rule records and contact.
const ELIGIBILITY = /\b(eligibility|eligible for|care act|(threshold|criteria) for (support|services|care|help|a service|adult (social )?care))\b/;
const WORKLOAD = /\b(caseloads? (size|numbers?|limits?|weighting|cap)|(max(imum)?|recommended|safe|average|typical|normal|reasonable|manageable) (case ?loads?|number of cases)|case ?loads? (for|of) (an? |the )?(iro|independent reviewing officer|social worker|sw|practitioner|worker|team manager|personal adviser)s?|(how many|maximum|max) (cases|children|families) (can|should|am|do|on)|case (weighting|allocation) (policy|tool)|workload (policy|management|limits?)|(how many|max(imum)?( number of)?|limit (on|to)( (how many|the number of))?|number of) (kids|children|young people|placements|foster (children|kids)|looked after children)\b.{0,30}\b(foster (carers?|homes?|famil(y|ies))|carers? (can|may|is allowed to) (have|take))\b|(usual )?fostering limit)\b/;
const VISIT_SAFETY = /\b(lone[- ]work\w*|(visit\w*|go|going) (\w+ ){0,4}(on my own|alone|by myself)|(violence|violent|warning|risk|safety) (markers?|flags?|alerts?)|(tell|let) (someone|anyone|somebody|my manager|the office|the team) (know )?(before|where|when) (i|we) (go|leave|visit)|visit(ing)? in pairs|double[- ]up (on )?visits?|joint visits? for (my )?safety|(aggressive|dangerous|loose) dogs?|dogs? (at|on|in) (the )?(visit|house|property|home)|id badges?|panic alarms?|skyguard|personal safety (device|alarm|policy))\b/;
// When child protection processes must happen (strategy discussions, section 47 enquiries, meetings held): not their records.
const PROCESS_ASKED = /\b(when|how (soon|quickly|long|often|many)|within|timescales?|time ?frames?|deadlines?|hours?|days?|weeks?|thresholds?|criteria|held|convened|happen\w*|take place|complet\w*)\b/;
const PROCESS_TIMESCALES = /\b(strategy (discussion|meeting)s?|section 47|s ?47 (enquir\w*|investigation\w*)|(be|been|being) (held|convened)|how (soon|quickly|often)\b.{0,60}\btake place|ehcps?|education,? health (and|&) care (plans?|needs assessments?))\b/;
// So are the other timescales of the child protection process, a time asked of them: an assessment's completion, a referral's
// decision, the police's joint or ABE interview, an IRO's dispute resolution or a referral to Cafcass (the policies time only
// records: case notes, minutes, summaries).
const OTHER_PROCESS = String.raw`((hold|holding|convene|convening|arrange|arranging|book|booking|have|having) (the |an |a |our )?(first |initial |next )?(\w+ ){0,3}(conferences?|icpcs?|rcpcs?|core groups?)|(convene|convening) (it|one)\b|(conferences?|icpcs?|rcpcs?|core groups?) (convened|held|booked|arranged)|(child and family|c ?& ?f|single|initial|core|section 17|s ?17|early help|eh) assessments?|early help (plans?|referrals?|offers?)|(dispute resolution|escalation|resolution|complaints?) (process|protocol|procedure|stages?)s?|escalat\w+ (to|with) (the )?(iro|independent reviewing officer|service manager|head of service)|(iro|independent reviewing officer)'?s? (escalations?|challenges?|disputes?|concerns? raised)|(refer\w*|escalat\w*) (\w+ ){0,3}to cafcass|cafcass referrals?|(abe|achieving best evidence|joint|video[- ]recorded|forensic) interviews?|(decisions?|decided|screen\w*|triag\w*) (on |about )?(a |the )?(new )?referrals?|referrals? (decisions?|screening|triage))`;
const TIME_ASKED = String.raw`(how (long|many|soon|quickly)|timescales?|time ?frames?|deadlines?|working days|within)`;
const OTHER_PROCESS_TIMED = new RegExp(String.raw`\b${TIME_ASKED}\b.{0,80}\b${OTHER_PROCESS}\b|\b${OTHER_PROCESS}\b.{0,60}\b${TIME_ASKED}\b`);
// When a conference is called or a plan reviewed (its threshold, its frequency): the child protection process, not its record.
// The meetings of the child protection and looked-after processes (conferences, core groups, plans, reviews, PEPs).
const PROCESS_MEETING = String.raw`(conferences?|icpcs?|rcpcs?|core groups?|(child protection|cp|child in need|cin) (plans?|reviews?)|(lac|cla|looked[- ]after( child(ren)?)?|child(ren)? looked after|statutory|care plan) reviews?|peps?|personal education plan (meetings?|reviews?))`;
const CONFERENCE_PROCESS = new RegExp(String.raw`\b(thresholds?|criteria)\b.{0,40}\b(conferences?|(child protection|cp) plans?)\b|\bhow (often|frequently|regularly)\b.{0,40}\b${PROCESS_MEETING}\b.{0,40}\b(reviewed|held|happen|meet|take place|convened)\b|\b${PROCESS_MEETING}\b.{0,30}\b(reviewed|held|meet)\b.{0,20}\b(how often|every|within)\b|\bwhen (should|does|do|must|will|has|have) (the )?(first |next |initial )?${PROCESS_MEETING}\b.{0,10}\b(to )?(meet|happen|be held|take place|be convened)\b`);
// Safeguarding procedures of their own (radicalisation and Prevent, FGM, forced marriage, trafficking, county lines, private
// fostering): none of the five policies sets them out, whatever is asked of them, unless a record or a message is.
const OTHER_PROCEDURES = /\b(radicali[sz]\w*|extremis\w*|prevent (referrals?|duty|team|officers?|programme)|refer\w* to prevent|channel panel|fgm|female genital mutilation|forced marriages?|honou?r[- ]based (abuse|violence)|(child |human )?trafficking|trafficked|modern slavery|county lines|national referral mechanism|nrm referrals?|private(ly)? fostering|privately fostered)\b/;
// How a process's meeting runs ("what happens at a family group conference", "at an ICPC"): the child protection and
// looked-after procedures, not their records.
const PROCESS_EXPLAINED = new RegExp(String.raw`\bwhat (happens|goes on|to expect) (at|in|during) (a |an |the |my first )?(${PROCESS_MEETING.slice(1, -1)}|family group (conferences?|meetings?)|fgcs?|strategy (discussions?|meetings?))\b`);
// Whether a case meets a legal threshold (significant harm, a section 47 enquiry, child in need, care proceedings, an EPO):
// the law's test and a professional judgement, which no policy rules, whatever record or meeting the question names. Not a
// threshold someone advised on or discussed ("legal's advice on whether we meet threshold"): the record of that advice is ruled.
const LEGAL_STEP = String.raw`(s\.? ?(47|17|31|20)|section (47|17|31|20)|child protection|cp (enquir\w*|investigation|conference|plan)|icpc|strat(egy)?( discussion| meeting)?s?|care proceedings|proceedings|plo|pre-?proceedings|public law outline|care orders?|epo|emergency protection|police protection|child in need|cin|significant harm)`;
// What tells two of those steps apart ("what's the difference between a CIN and CP plan?"): the law's and the procedures'
// definitions, which no policy gives; their records are ruled.
const STEP = String.raw`(a |an |the )?${LEGAL_STEP}( plans?| cases?| enquir\w*| procedures?| processes?)?`;
const STEPS_TOLD_APART = new RegExp(String.raw`\b(difference|differences|diff|distinction)\b (between|of) ${STEP} (and|&|vs\.?|versus|or) ${STEP}\b|\b${STEP} (vs\.?|versus) ${STEP}\b.{0,30}\b(difference|different|mean|means)\b`);
// Visits to a young person in custody or secure care (who may visit, when, how often): the custodial setting's rules, not the
// policies'; a message to them or a record of the visit is ruled.
const CUSTODY_VISIT = /\b(in custody|in (a )?(prison|jail|gaol|yoi|young offenders?'? institut\w*|secure (training centre|children'?s home|unit|accommodation|estate))|on remand|remanded)\b.{0,80}\b(visit\w*|see (her|him|them)|visiting (hours|times|rules|order))\b|\b(visit\w*|visiting (hours|times|rules|order))\b.{0,80}\b(in custody|(a |the )?(prison|jail|yoi|young offenders?'? institut\w*|secure (training centre|children'?s home|unit))|on remand)\b/;
const THRESHOLD_ASKED = new RegExp(String.raw`\b(what'?s|whats|what is|what are|explain|tell me|what (\w+ )?counts as)\b (\w+ ){0,2}(legal |statutory )?(threshold|test|criteria|bar)s?\b|(^|[.?!,;:/(\-–]\s*|\b(and|but|so|or)\s+)(does|do|would|will|is|are|could|should|has|have)\b[^.?!]{0,80}\b(meets?|reach(es)?|cross(es)?|hits?|over|above|under|below)\b (the )?(\w+ )?thresholds?\b|\b(is|has) (the )?(\w+ )?threshold (been )?(met|reached|crossed)\b|\benough (for|to (start|trigger|warrant|justify|go (to|for|into)|hold|call|convene|issue|open|initiate|escalate to|progress to)) (a |an |the )?(\w+ )?${LEGAL_STEP}\b|\b(what counts as|definition of|define|meaning of|what is meant by|what does the law (say|mean) by) (legal |statutory )?significant harm\b`);
const LEGAL_THRESHOLD = new RegExp(String.raw`^(?=.*\b(${LEGAL_STEP}|legal (threshold|test))\b)(?=.*(${THRESHOLD_ASKED.source}))`);
const THRESHOLD_ADVISED = /\b(advice|advised|legal|solicitor|lawyer|meeting|call|discussion|discussed|spoke|talk\w*)\b (\w+ ){0,6}(about |on |re |regarding |as to )?(whether|if)\b[^?.]{0,40}\bthreshold\b/;
// The deadline of a record of harm (Nottinghamshire: by the following working day) is asked of the record, not the threshold.
const RECORD_TIMED = /\b(by when|how long|deadline|working days?|by (tomorrow|tonight|monday|the next day)|write (it )?up (by|tonight|tomorrow|today))\b/;
// Consent to medical treatment (Gillick, Fraser) and how often supervision happens: the policies rule neither.
const MEDICAL_CONSENT = /\b(gillick|fraser (guidelines|competen\w*|rules?)|consent to (their |her |his )?(own )?(medical )?(treatment|contracepti\w*|vaccin\w*|immuni[sz]\w*|surgery|operations?)|medical treatment)\b/;
const SUPERVISION_FREQUENCY = /\bhow (often|many|frequently)\b.{0,40}\bsupervision\b|\bsupervision (frequency|sessions? (a|per|every|each) (month|week|fortnight))\b/;
const ATTENDANCE = /\b(interpret|interpreting|interpreters?|advocates?|mckenzie friend|(bring|brings|bringing|take|taking|have|having) (along )?(a |an |her |his |their |my )?(solicitor|lawyer|advocate|supporter|union rep|support worker)( along)?|who (can|may|is allowed to|should) (attend|come|be invited)|(refuse|stop|ban|exclude) (\w+ ){0,3}(from )?(attending|coming to))\b/;

// Law outside the records (deprivation of liberty, mental capacity, court and police orders): how long one lasts, when it is
// needed, who decides. The policies name none of them.
const LEGAL_ORDERS = /\b(deprivation of liberty|dols|mental capacity (act|assessments?)|capacity assessments?|best interests? (assessments?|assessors?|decisions?|meetings?)|court of protection|(lasting |enduring )?powers? of attorney|child arrangements? orders?|special guardian\w*|residence orders?|(emergency|police) protection( orders?| powers?)?|(interim )?care orders?|secure (accommodation )?orders?|supervision orders?|placement orders?|(child assessment|prohibited steps|specific issue|non-molestation|occupation|family assistance) orders?|adoption (process|proceedings|hearings?|applications?)|how long (does|do|will|would) (an |the )?adoptions? take)\b/;
// What a child may lawfully do at an age (be left alone, babysit, work, criminal responsibility): not the ages the policies
// set for contact by app, which a question about an app, a message or sharing is asking.
const LEGAL_AGES = /\bage of (criminal responsibility|consent)\b|\b(what|which|minimum|legal) age\b.{0,60}\b(legal(ly)?|by law|be left|left (at home|alone|on (her|his|their) own)|stay (at home )?(alone|on (her|his|their) own)|babysit\w*|look(ing)? after (the |her |his |their )?(younger|little|baby)|part[- ]time jobs?|saturday jobs?|leave school|get married|marry|drive|drink|smoke|tattoo|piercing|move out|leave home)\b|\b(legal(ly)?|by law|illegal)\b.{0,40}\b(be left|left (at home|alone)|babysit\w*|part[- ]time jobs?|saturday jobs?|work (\w+ )?hours)\b/;
const CONTACT_OR_SHARING = /\b(whatsapp|instagram|facebook|snapchat|tiktok|social media|apps?|accounts?|messag\w*|text\w*|contact\w*|e-?mail\w*|shar(e|es|ed|ing)|information|records?|files?|case ?notes?)\b/;
// A child's own health care (a clinic, the pill, a jab, treatment) or everyday life (holidays abroad, a passport, trips,
// sleepovers) and who consents to it: the policies rule consent to share information and to contact by app, not these.
const HEALTH_CARE = String.raw`(holidays?|abroad|passports?|(school )?trips?|sleepovers?|haircuts?|jabs?|vaccin\w*|immuni[sz]\w*|the pill|contracepti\w*|morning after pill|sexual health|clinics?|gp|doctors?|dentists?|hospital|operations?|surgery|abortion|termination|(medical |hospital )?treatment|medication|prescri\w*|injections?|piercings?|tattoos?)`;
const HEALTH_CONSENT = new RegExp(String.raw`\b(consent\w*|permission|agree\w*|sign (the )?forms?)\b.{0,60}\b${HEALTH_CARE}\b|\b${HEALTH_CARE}\b.{0,80}\b(consent\w*|permission)\b`);
// The worker's own phone, account or computer used instead (a broken work phone is often why): the policies rule that.
/** A device or account of the worker's own ("my own ipad", "her personal phone", "home pc"): one list for every reading of it. */
const OWN_DEVICE = /\b(own|personal|private|home)( \w+)? (phone|mobile|iphone|whatsapp|number|account|device|laptop|e-?mail|gmail|hotmail|pc|computer|tablet|ipad)s?\b/;
const TOLD_OR_SHARED = /\b(shar(e|es|ed|ing)|tell|telling|told|inform\w*|disclos\w*|pass(ed|ing)? (it |this |that )?on|confidential\w*|records?|notes?|recorded|write[- ]?up|mosaic|file|speak(ing)? to|talk(ing)? to|spoke to|contact\w*|send\w*|sent|letters?|reports?|details|data)\b/;
// A device or system that will not work, or its limits (screens, batteries, storage, attachment sizes, updates, locked
// accounts): IT support, not how a service user is contacted or a record kept.
const DEVICE_FAULTS = /\b(won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t) (turn(ing)? on|switch(ing)? on|power(ing)? (on|up)|boot(ing)?( up)?|start(ing)? up|charg(e|ing)|unlock|sync|load|log ?in|connect)\b|\b(keeps?|kept) (freezing|crashing|restarting|dropping out|disconnecting|logging (me )?(out|off)|asking for (my )?password)\b|\b(frozen|crashed|crashing|freezing)\b|\b(cracked|broken|smashed|shattered) (screen|phone|laptop|handset|mobile)\b|\bscreen (is |has )?(cracked|broken|smashed|shattered)\b|\bbatter(y|ies)\b|\bchargers?\b|\b(storage|mailbox|inbox|onedrive|drive) (is )?(limit|full|space|quota|(almost|nearly) full)\b|\b(nearly|almost) full\b|\b(max(imum)?|size of (an |the )?) ?(attachment|file|upload)s?\b|\b(attachment|file|upload|mailbox) (size|limit)s?\b|\b\d+ ?(mb|gb)\b|\b(software|system|operating system|android|ios) (update|upgrade)s?\b|\bupdat\w* (the |my )?(phone'?s? |laptop'?s? |tablet'?s? )?(software|android|ios|operating system)\b|\b(upgrade|upgraded|replacement|replace|replaced) (for )?(my |the |a )?(work )?(phone|handset|laptop|mobile|sim|charger|battery|screen)s?\b|\b(phone|handset|laptop|mobile|screen)s? (upgraded|replaced)\b|\b(account|egress|mosaic|laptop) (is |has been |got |was )?locked\b|\blocked out\b|\bshared drives?\b|\b(log|logging|logged|logs) me (out|off)\b|\b(keeps?|kept) (kicking|throwing|booting|chucking) me (out|off)\b|\b(times?|timed|timing) (me )?out\b|\b(calls?|it|line|phone|mobile) (keeps?|kept) (dropping|cutting (out|off))\b|\b(keeps?|kept) (dropping|cutting (out|off)) (mid|during|in the middle of) (a |the )?calls?\b|\b(no|bad|poor|weak) (phone |mobile )?(signal|reception)\b/;

// Operating a tool or getting IT's help with it (a helpdesk's number, a ticket, a password, an app's settings, group admins,
// read receipts, a system's error): the policies rule whether and how a tool is used with service users, never how it is
// worked, whichever tool (Egress, Mosaic, WhatsApp) the question names.
const IT_ASKED = /\b(it|ict) (help ?desk|service ?desk|support|ticket|team|department|dept)\b|\bhelp ?desk\b|\bservice desk\b|\b(raise|log|open|submit|put in) (a |an )?(it |support )?(ticket|job|support request)\b|\breset (my |the |a )?(\w+ )?(password|pin|passcode)\b|\bpassword (reset|expired|has expired)\b|\b(forgot|forgotten|locked out of|lost) (my |the )?(\w+ )?(password|pin|passcode|log ?in details)\b|\blocked (me )?out\b|\bunlock (my |the )?(\w+ )?(account|phone|laptop)\b|\b(log ?in|account|access) (set up|setting up|created|sorted) for\b|\bget (a |an |my |her |his |their )?(\w+ )?(log ?in|login|account|access) (set up|created|sorted)\b|\bwi-?fi (password|code|details|log ?in)\b|\bnumber for (the )?(it|ict)\b (if|when|team|support|help|desk|service|department|dept)\b|\b(ring|call|phone|contact|email|e-mail|message|ask|speak to|talk to|who) (at|in|from) (ict|it(?= (team|support|dept|department|desk|services?|people|guys)\b|[?.!]*$))\b/;
const TOOL_SETTINGS = /\b(how (do|can|would|should|could) (i|we|you)|how to|(what'?s|what is) the (best |easiest |quickest |right )?way to|is there a way to|best way to)\b.{0,50}\b(set ?up|change|turn|switch|mute|unmute|silence|reset|install|uninstall|update|configure|enable|disable|make|add|remove|stop|fix|sort|get rid of)\b.{0,60}\b(settings?|admins?|notifications?|alerts?|read receipts|blue ticks|voicemail|greeting|ringtone|wi-?fi|passwords?|passcodes?|profile (picture|photo|pic)|dark mode|signature|auto[- ]?reply|group (name|icon|description|permissions))\b|\b(read receipts|blue ticks|admin settings|group settings|group admins?|(make|add|made) (\w+ ){0,3}(an |the )?admin|only (the )?(admins?|manager|managers) can (post|send|message|add)|voicemail greeting|ringtone)\b|\b(error (message|code)s?|keeps (saying|telling me|showing|coming up|popping up)|won'?t let me (send|log ?in|sign ?in|open|attach|save))\b.{0,80}\bhow (do|can) (i|we) (fix|sort|solve|get round|get around|stop)\b|\bwhich (button|tab|menu|icon|drop-?down)\b|\bwhere (is|are|do i find|can i find) the (button|tab|menu|icon|drop-?down)s?\b/;
// Whether and how a tool is used with people, what it shows of the worker, or what it lets in: ruled (status sharing, unsolicited
// images, a personal account or device instead, a record or its deadline held up, case information sent another way).
const TOOL_RULED = new RegExp(String.raw`${OWN_DEVICE.source}|\b(status|statuses|stories|story|live location|location sharing|bluetooth|unsolicited|block\w* (\w+ )?(images?|material|content|pictures?|photos?)|gmail|hotmail|case ?notes?|write[- ]?up|written up|deadlines?|overdue|instead)\b|\b(friend|colleague|someone else|another (worker|person))'?s? (account|log ?in|login|details)\b|\b(on|under|using) (her|his|their|a \w+'?s?) (account|log ?in|login)\b|\b(send|sending|email|emailing|share|sharing|post|posting|forward\w*)\b.{0,30}\b(reports?|assessments?|minutes|plans?|documents?|case|information|info|details|files?)\b|\b(normal|ordinary|usual) e-?mail\b`);

// A tool that will not do something ("teams won't let me share my screen", "egress keeps locking me out", "outlook isn't working").
const TOOL_FAULT = /\b(teams|zoom|outlook|mosaic|egress|whatsapp|the system|the app|(my |the )?(work )?(laptop|phone|mobile|computer|pc|ipad|tablet|screen|camera|mic|microphone|headset))( (web|desktop|app|online|business))? (won'?t|wont|will not|doesn'?t|does not|can'?t|cannot|isn'?t|is not|keeps?|stopped|has stopped) (let(ting)? me|work(ing)?|load(ing)?|open(ing)?|connect(ing)?|link(ing)?|pair(ing)?|sync(ing)?|install(ing)?|updat(e|ing)|sign(ing)? (me )?in|log(ging)? (me )?(in|out|off)|lock(ing)? me out|crash(ing)?|freez(e|ing))\b|\b(keeps?|kept) (saying|showing|giving( me)?|coming up with|throwing( up)?|popping up with) (\w+ ){0,3}(error|errors|error (codes?|messages?))\b|\b(qr code|error code|error message)s? (error|won'?t|wont|doesn'?t|isn'?t|not)\b|\b(can'?t|cannot|unable to) (share|present|unmute|hear|be heard|see) (my |the )?(screen|audio|sound|camera|video|presentation)\b|\b(screen ?shar\w*|share (my |the )?screen)\b.{0,40}\b(won'?t|isn'?t|not|doesn'?t|greyed out|missing|broken)\b/;
// The fix itself asked ("how do I reset it?", "how do I fix it before 2pm", "any fix?", "is there a workaround?", "what's the number for IT?"): asked of IT, whatever work the fault holds up.
const FIX_HOW = /\bhow (do|can|would|could|should|shall) (i|we|you) (reset|fix|sort|unlock|recover|get (back )?in(to)?|get (it|this|that|them) (working|sorted|fixed|back)|get (round|around))\b|\b(get|ask|asking|tell|telling|chase|chasing) (it|ict)( team| support| dept| department| services?)? to (fix|sort|look at|reset|unlock|restore|recover|repair)\b|\bhow to (reset|fix|sort|unlock|recover)\b|\b(any|is there an?|is there any|anyone (know|got) an?|know an?) (fix|fixes|solution|solutions|workaround|workarounds|way round it|way around it)\b|\bhow (can|do) (i|we|you) (fix|sort) (it|this|that)\b|\b(number|phone number|extension|email|e-mail|contact details) (for|of) (the )?(it|ict)\b(?! (is|was|has|had|should|must|needs?)\b)(?!'s)/;
// Unless the question is about another way meanwhile (a personal account, a different channel): that way is ruled.
const ANOTHER_WAY = new RegExp(String.raw`${OWN_DEVICE.source}|\b(instead|meanwhile|in the meantime|another way|other way|gmail|hotmail)\b`);

// Notice a procedure gives ("how many days' notice before a placement move", "how much notice of an ICPC"): no policy sets one.
const NOTICE_ASKED = /\b(how (much|many (working |clear |calendar )?(days?|weeks?|hours?)'?s?'?)|minimum|enough|advance|short|prior|(days?|weeks?|hours?)'?s?'?) notice\b|\bnotice periods?\b|\b(give|given|giving|get|gets|getting|got|receive|receives|received|have|has|be) (\w+ ){0,3}(advance |prior |written |enough )?notice (of|before|about|that|for|ahead)\b/;
// An allowance claimed or its rate (mileage, expenses, fares): pay for the work, whatever the work.
const ALLOWANCE_ASKED = /\b(claim\w*|reclaim\w*|reimburs\w*|paid back|pay (me |us )?back|get (it |this |that |the money )?back)\b.{0,30}\b(mileage|expenses|petrol|fuel|diesel|travel (costs?|expenses)|parking|bus fares?|train fares?|taxis?|miles)\b|\b(mileage|expenses|subsistence|petrol|fuel|travel) (rates?|allowances?|claims?|forms?)\b|\b(pence|p) (a|per) mile\b|\bmileage\b.{0,60}\b(rate|how much|pence)\b/;
// Eligibility for another scheme or benefit (Staying Put, leaving care grants, benefits, a personal adviser's support up to
// 21 or 25), by age or by right: no policy rules one.
const SCHEMES = /\b(personal advis[eo]rs?|(my |the |a |their )?pa'?s? (involvement|support|role|service)|leaving care (services?|support|entitlements?)|after ?care (services?|support)|staying put|stay put|staying close|when i am ready|leaving care grants?|setting up home (allowance|grants?)|bursar(y|ies)|universal credit|housing benefits?|housing element|child benefit|child tax credits?|working tax credits?|tax credits?|council tax( reduction| support| exemption| discount)?|personal independence payments?|disability living allowance|attendance allowance|carer'?s allowance|jobseeker'?s allowance|jsa|employment and support allowance|esa|pension credit|maternity allowance|sure start maternity grants?|healthy start( vouchers?)?|discretionary housing payments?|budgeting advances?|legal aid|direct payments?|blue badges?|free school meals|pupil premium)\b/;
// Help with a benefit or scheme (its sanctions, appeals, an application) is asked of its own rules too.
const SCHEME_ASKED = new RegExp(String.raw`${SCHEMES.source}.{0,80}\b(eligib\w*|entitled|qualif\w*|until|after|up to|over|under|turns?|aged?|how long|stop|end|ends|sanction\w*|appeal\w*|applications?)\b|\b(eligib\w*|entitled|qualif\w*|claim|claims|claiming|apply for|applying for|help (\w+ )?with|can (she|he|they|a|the|i|we|my)( \w+){0,3} (get|have|keep|receive|still get|be on|go on|stay)|stay on|carry on)\b.{0,80}${SCHEMES.source}`);

// Housing law (homelessness and priority need, a section 21 notice, the housing register): the housing authority's to decide,
// which no policy rules. Telling, sharing, sending or recording something about it is ruled, and so is contact with someone
// wherever they live.
const HOUSING_LAW = /\b((a |any |the )?(duty|duties|obliged|obligation) to (find|provide|secure|arrange|sort( out)?) (\w+ ){0,2}(flat|house|home|housing|accommodation|somewhere to live)\b(?! (address|visits?|phone|number|working|office|life))|priority need|homeless(ness)? (applications?|duty|team|assessments?|law|decisions?)|intentionally homeless|section 21 (notice|eviction)|s ?21 notice|(got|served|given|issued|had) (a |an |with a )?(section|s) ?21\b|eviction (notice|order)s?|housing (register|application|list|options|law))\b/;
const TRANSLATED = /\b(translat\w*|(in|into) (polish|romanian|urdu|arabic|bengali|punjabi|somali|turkish|french|spanish|portuguese|lithuanian|albanian|farsi|pashto|tigrinya|ukrainian|russian|welsh|another language|other languages|a different language|their (own|first) language))\b/;
// Another agency's own practice or rules (what the police keep or share, how long a school holds files): the policies rule the
// council's workers and records, never theirs. Not the worker sharing with them, nor what the worker keeps of theirs.
const OTHER_AGENCY = String.raw`(the |a |their |his |her )?((old|new|previous|former|receiving|local|child'?s) )?(police|cops|school|schools|nurser(y|ies)|nhs|health visitors?|gps?|gp (practice|surgery)|hospitals?|cafcass|probation|ofsted|courts?|dwp|camhs|youth offending (team|service)|yots?)`;
// How long another agency has to act ("how long do the police have to interview", "how long does the school get to pass it on").
// A school's own child protection file passed to the child's next school: the school's duty (its DSL's), not the council's record.
const SCHOOL_FILE_MOVED = /\b(dsls?|designated safeguarding leads?|designated teachers?|head ?teachers?|schools?)\b.{0,80}\b(cp|child protection|safeguarding|school) (files?|folders?|records?)\b.{0,80}\b(mov(e|es|ed|ing)|chang(e|es|ed|ing)|transfer\w*|start\w*|go(es|ing)? to|went to) (to )?(a |another |her |his |their )?(new |next |different |secondary |other )?schools?\b|\b(cp|child protection|safeguarding|school) (files?|folders?|records?)\b.{0,40}\bto (the |a |their |her |his )?(new|next|receiving|secondary) schools?\b|\b(dsls?|designated safeguarding leads?|designated teachers?|head ?teachers?|schools?)\b.{0,80}\b(mov(e|es|ed|ing)|chang(e|es|ed|ing)|transfer\w*) (to )?(a |another )?(new |next |different |secondary |other )?schools?\b.{0,80}\b(cp|child protection|safeguarding|school) (files?|folders?|records?)\b/;
const OTHER_AGENCY_RULES = new RegExp(String.raw`\bhow long ((do|does|will|would|should|must|can|have|has|had) )?${OTHER_AGENCY} (have to |need to |must |should |are meant to )?(usually |normally |typically |generally |tend to |often )?(hang on ?to|hold on ?to|keep|retain|hold|store|have|get|got|take|need)\b|\b(can|could|may|do|does|are|is|should|must|will|would) ${OTHER_AGENCY} (be )?(allowed to |able to |have to |need to |legally )?(share|shares|keep|retain|hold|store|delete|destroy|disclose|pass on|give out|hand over)\b|\b${OTHER_AGENCY}'?s? (own )?(rules?|polic(y|ies)|procedures?|retention (polic(y|ies)|periods?|schedules?))\b|\b(what'?s|what is|what are|whats) their (rules?|polic(y|ies)|procedures?)\b`);
// Another agency's own deadline to answer the council ("the GP hasn't sent it back, do they have a deadline to reply?"): theirs.
const OTHER_AGENCY_DEADLINE = new RegExp(String.raw`\b${OTHER_AGENCY}\b.{0,160}\b(do|does|is there|are there|have|has) (they|it|she|he|them)? ?(got |have )?(a |any )?(deadline|timescale|time limit|time ?frame)s?\b|\b${OTHER_AGENCY}\b.{0,160}\b(how long|when) (do|does|have|has) (they|it|she|he) (got |have |has )?(to )?(reply|respond|send (it|them|the \w+) back|get back to)\b`);
// A duty to offer or use a language (the Welsh language standards, an active offer, bilingual messages): no policy speaks of
// one. What a record's own wording must be (plain, without jargon) is record-writing's, so record words leave it there.
const LANGUAGE_DUTY = /\b(welsh language (standards?|act|rules?|duty|duties|scheme|measure|requirements?|polic(y|ies))|language (standards?|duty|duties|scheme)|active offer|bilingual(ly)?|(offer|offering|provide|providing|communicat\w*|contact\w*|text|texts|texting|messag\w*|writ(e|ing)|send\w*|correspond\w*|speak\w*)\b.{0,30}\b(in|through the medium of) (welsh|polish|romanian|urdu|arabic|bengali|punjabi|somali|turkish|french|spanish|portuguese|lithuanian|albanian|farsi|pashto|tigrinya|ukrainian|russian|their (own|first|preferred) language|another language|a different language))\b/;

/** Words about writing a record: a question with these is about the record, whatever else it names. */
// A message that came in, asked about as something to deal with ("sent me a msg ... what do I do with it").
const RECEIVED = /\b(sent me|messaged me|texted me|emailed me|received|came in|what (do|should|shall) (i|we) do with (it|this|that|them))\b/;
const RECORD_WORDS = /\b(record\w*|write[- ]?up|writ(e|ing|ten) (it |this |that |them )?(up|down)|typ(e|ing) (it |this |that )?up|case ?notes?|notes?|files?|minutes|log(ged|ging)?)\b/;
/** A record, a message or a sharing named: what a near miss about the law or another procedure yields to. */
const RECORD_CONTACT_OR_SHARING = new RegExp(`${RECORD_WORDS.source}|${CONTACT_OR_SHARING.source}`);
/** A person's own records asked for (a copy of everything held): a subject access request, whatever the records are about. */
const RECORDS_ASKED_FOR = /\b(cop(y|ies) of|access to|subject access|(we|you|the council|they|social care|children'?s services) (hold|holds|have|has|keep|keeps|store|stores|got) (on|about))\b/;
/** Housing named beside telling, sharing, sending or a number: what is done with it is ruled, not the housing law. */
const ABOUT_HOUSING_RULED = new RegExp(`${RECORD_CONTACT_OR_SHARING.source}|${/\b(tell\w*|told|pass\w*|shar\w*|disclos\w*|send\w*|sent|post\w*|give|giving|gave|number|phone|mobile|text\w*|e-?mail\w*|letters?|forms?)\b/.source}`);
// Telling the Information Commissioner about a breach (how soon, whether to): no policy speaks of notifying the ICO.
const ICO_NOTICE = /\b(report\w*|notif\w*|tell|telling|inform\w*|let)\b.{0,30}\b(ico|information commissioner)\b|\b(ico|information commissioner)\b.{0,30}\b(within|hours|know|notif\w*)\b/;
// A parent or young person recording a meeting or visit on their own phone: the policies rule only the council's records.
const RECORDED_BY_THEM = /\b(mum|dad|mother|father|parents?|carers?|family|young person|yp|he|she|they)\b.{0,20}\b(wants? to|wanting to|is|are|keeps?|started|has been|have been|was|were|tried to|trying to|can)? ?(record|recording|recorded|film|filming|filmed|tape|taping|taped)\b.{0,50}\bon (his|her|their) (own )?(phone|mobile|iphone|device)\b/;
// What a carer or parent posts of a child on their own social media: not the worker's contact or record.
const POSTED_BY_OTHERS = /\b(foster carers?|carers?|parents?|mum|dad|mother|father|grand\w+|relatives?|family members?|step-?(mum|dad))\b.{0,30}\b(post(s|ed|ing)?|shar(e|es|ed|ing)|put(s|ting)?|upload(s|ed|ing)?)\b.{0,20}\b(pics?|photos?|pictures?|images?|videos?)\b.{0,20}\bof (the|a|my|our|their|her|his) (child|children|kids?|baby|young person|yp|foster child)\b.{0,40}\bon (her|his|their) (own )?(facebook|instagram|tiktok|snapchat|social media|page|profile|story|stories)\b/;

/** Whether the question asks if a service user may be contacted ("can I email a 14 year old from my gmail?"), whatever reason it gives. */
function asksContact(text: string): boolean {
  const asked = SIGNALS['digital-contact'][0]!;
  return testChecked(asked.pattern, asked.without ? replaceChecked(text, asked.without, ' ') : text) && (SERVICE_USER.test(text) || /\b\d+ years old\b/.test(text));
}

/** Questions near a topic that the policies do not answer: a borrowed rule would be a wrong answer, so they are not covered. */
interface NearMiss {
  applies(text: string, facts: Facts): boolean;
  topics: readonly Topic[];
}
const matching = (pattern: RegExp, unless?: RegExp) => (text: string) => testChecked(pattern, text) && !(unless && testChecked(unless, text));
/** A class of words no policy rules, yielding to a question about what is being done with case information or a device. */
const unruled = (pattern: RegExp, unless?: RegExp) => {
  // Made once with the list, not once per question.
  const matches = matching(pattern, unless);
  return (text: string, facts: Facts) => !facts.handling && matches(text);
};

// Words of the written record: "record teams calls on the case file" asks what is written up, not about a camera.
const WRITE_UP_WORDS = /\b(case ?files?|case ?notes?|case records?|on (the|her|his|their) (file|record|system)|on (to )?(mosaic|the system)|write[- ]?ups?|writ(e|ing|ten) (it |them |this |that )?up|type[sd]? (it |them )?up)\b/;
/** Every topic about keeping records: a near miss about another kind of record or tool borrows none of their rules. */
const RECORDING_TOPICS: readonly Topic[] = ['what-to-record', 'recording-deadline', 'meeting-records', 'retention', 'data-security', 'data-protection', 'subject-access-request', 'amendment', 'wording', 'case-summary', 'sign-off', 'email-recording', 'information-sharing'];

const ROUTING_ASKED = new RegExp(ROUTING_ASK.source);
// A limit or a fix asked of the tool itself ("how do I get more storage?", "what's the biggest file you can send?"): IT's.
const FIX_ASKED = /\bhow (do|can|would|could) (i|we|you) (get|free up|clear|make|find) (some |any )?(more )?(storage|space|room|memory)\b|\b(what'?s|what is|whats) the (biggest|largest|max(imum)?|size limit|limit)\b.{0,20}\b(file|attachment|video|upload|size|mb|gb)s?\b|\bhow (big|large) (a |an )?(file|attachment|video|upload)s? (can|will|does|do)\b|\bhow (big|large) can (a |an |the )?(file|attachment|video|upload)s?\b/;
const PAY_ASKED = /\b((do|will|would|can|could|should) (i|we|staff|social workers) (get|be) paid|paid (extra|more|overtime)(?! (attention|heed|notice|care|visits?))|extra pay|pay (extra|more|us|me) for|(claim|get|paid|pay) (for )?overtime|overtime (pay|rates?|claims?)|time off in lieu|(on[- ]call|standby|stand-by) (pay|allowance|payments?|rates?))\b/;
// Writing a record, not a file sent ("a 40MB file") or a system logging someone out: a device's fault with these is a record's.
const RECORD_WRITTEN = /\b(record\w*|write[- ]?up|writ(e|ing|ten) (it |this |that |them )?(up|down)|typ(e|ing) (it |this |that )?up|case ?notes?|notes|minutes|(case|child'?s|family'?s|their|her|his) files?)\b/;
// A record the worker writes, keeps or reads, named as such: what a question about the guidance's own subject names.
const RECORD_ASKED = /\b(record(ed|ing|s)?|case ?notes?|(my|a|the|her|his) notes?|write[- ]?ups?|writ(e|ing|ten) (it |this |that |them )?(up|down)|typ(e|ing) (it |this |that |them )?up|mosaic|(on|onto|to|in) (the|her|his|their|a) (case )?(file|system)|chronolog\w*)\b/;
// A process's record (its minutes, its write-up on the system, how long it is kept) is the guidance's, whatever its timing.
const PROCESS_RECORDED = new RegExp(`${RECORD_ASKED.source}|\\b(minutes|notes|keep|kept|retain\\w*|retention|destroy\\w*|shred\\w*)\\b`);
const RECORD_OR_OWN_DEVICE = new RegExp(`${RECORD_WRITTEN.source}|${OWN_DEVICE.source}`);

// Made once: a pattern written inside a function is a new RegExp on every call, a new pattern to the literal pre-check.
const itHelp = unruled(IT_HELP, SERVICE_USER);
// An image sent to the worker's phone (Pan Dorset's unsolicited material, an indecent image): not a phishing email's IT help.
const IMAGE_INCIDENTS: ReadonlySet<string> = new Set(['bluetooth-material', 'indecent-image']);
const processTimescales = unruled(PROCESS_TIMESCALES, PROCESS_RECORDED);
const otherProcessTimed = unruled(OTHER_PROCESS_TIMED, PROCESS_RECORDED);
// Unless the question is about a record made of it (notes of a discussion with the solicitor about court, saved on Mosaic).
// The worker's whereabouts ("I'm in court all afternoon", "stuck in court tomorrow"): why a write-up waits, not a court question.
const WORKER_AT_COURT = /\b(i'?m|i am|im|i'?ll be|i will be|i was|stuck|busy|tied up|sat|sitting|be|being) (\w+ ){0,2}(in|at) court\b/g;
// Or a visit's write-up that court work has held up ("haven't written it up yet because of court prep"): the record's deadline.
const courtNamed = matching(/\b(court|care proceedings|court proceedings|(social work|witness|court) statements?|court (reports?|bundles?))\b/, new RegExp(`\\b(case ?notes?|notes? (of|from|about|on)|visit|unannounced|contact recording|recording|write[- ]?up|minutes|(on|onto|in|into) mosaic|legal (advice|discussions?)|(writ(e|ing|ten)|typ(e|ed|ing)) (it|them|this|that) up)\\b`));
const aboutCourt = (text: string): boolean => courtNamed(replaceChecked(text, WORKER_AT_COURT, ' '));

const OUTSIDE_THE_GUIDANCE: readonly NearMiss[] = [
  // Ringing your own GP from the office is not contact with a service user.
  { applies: isOwnCall, topics: ['digital-contact', 'personal-contact-details'] },
  // Messages kept on the worker's phone are not a record of the retention table ("how long do I keep the chats on my phone").
  { applies: (_text, facts) => facts.handling === 'delete-messages', topics: ['retention'] },
  // Staff HR files: the retention table is about children's and carers' records.
  { applies: matching(/\b(staff|hr|personnel|employee|employees|employment|payroll|sickness|appraisals?)\b.{0,20}\b(files?|records?)\b/, /\b(child|children|young (person|people)|service users?|case records?|foster|adopt\w*|care leavers?)\b/), topics: ['retention', 'data-security', 'supervision'] },
  // Court statements and proceedings: Nottinghamshire says it does not advise on preparing records for court.
  // Writing a report for court is Nottinghamshire's Reports provision, which names court reports (readers, purpose, aims).
  { applies: (text, facts) => facts.entry !== 'report' && aboutCourt(text), topics: ['recording-deadline', 'what-to-record'] },
  // Fines and penalties for the council: the policies mention that the ICO fines public bodies, never how much.
  { applies: matching(/\b(fine|fines|fined|penalt(y|ies)|how much)\b.{0,40}\b(ico|information commissioner|council|breach|gdpr)\b|\b(ico|information commissioner)\b.{0,40}\b(fine|fines|penalt(y|ies))\b/), topics: ['data-protection', 'data-security'] },
  // Whether a child may have a phone at all is a parenting or placement question, not the worker's contact.
  { applies: matching(/\b(allowed|let|should|can|could|may)\b.{0,40}\b(have|has|having|get|own|keep)\b (a |an |their |his |her )?(own )?(mobile|phone|smartphone|iphone|tablet|laptop)\b/, /\b(i|me|my|mine|we|us|our|your|yours)\b/), topics: ['digital-contact', 'personal-contact-details'] },
  // AI note-taking and drafting tools: the policies were written before them and say nothing of their use.
  { applies: matching(/\b(ai|a\.i\.|artificial intelligence|copilot|chatgpt|chat gpt|magic notes|gemini)\b|\b(note[- ]taking|transcription|dictation) (tools?|apps?|software|assistants?|bots?)\b/), topics: RECORDING_TOPICS },
  // Camera and video recordings (CCTV, body cameras, recording a meeting on Teams): not the written records the policies govern.
  { applies: matching(/\b(cctv|surveillance cameras?|body[- ]?(cams?|cameras?|worn)|footage)\b|\b(record|recording|film|filming|tape|taping)\b (a |an |the |our |my |this |that )?(\w+ ){0,3}(meetings?|conferences?|reviews?|sessions?|visits?|interviews?) (on|over|via|using) (teams|zoom|skype|video)\b|\b(record|recording|film|filming|tape|taping)\b (a |an |the |our |my |this |that )?(teams|zoom|skype|video|facetime|whatsapp video) (calls?|meetings?|chats?|sessions?)\b|\bhit record\b|\b(record|recording|tape|taping|film|filming)\b (a |an |the |our |my |this |that )?(\w+ ){0,2}(sessions?|meetings?|visits?|conversations?|calls?|supervision|interviews?) (on|with|using) (my|her|his|their|the|a) (phone|mobile|iphone|dictaphone|voice recorder|camera)\b/, WRITE_UP_WORDS), topics: [...RECORDING_TOPICS, 'supervision'] },
  // The terms of a worker's job (pay, leave, training, DBS, registration, grievances): the policies rule records and contact.
  // A colleague's notes put on while she is on leave are a record's question, not her leave's.
  { applies: unruled(STAFF_TERMS, /\b(minutes|record(ed|ing)?|write[- ]?up|written up|case ?notes?|visit notes|notes on|on mosaic|put (her|his|their) notes)\b/), topics: TOPICS },
  // Charging for records or services: no policy names a fee, a charge or a cost.
  { applies: unruled(CHARGES), topics: TOPICS },
  // IT help (screens, apps, passwords, phishing, signatures): about the worker's equipment, not a service user's contact or record.
  // Unless an image came to a staff phone ("a spam picture came through on Bluetooth"): Pan Dorset's unsolicited material.
  { applies: (text, facts) => !facts.imageHandling && !IMAGE_INCIDENTS.has(facts.incident ?? '') && itHelp(text, facts), topics: TOPICS },
  // Gifts and hospitality, caseload sizes and the worker's own safety on visits: no policy speaks of them.
  // Unless the gift or money is what an incident followed (threats after money was refused): the incident is ruled.
  { applies: (text, facts) => !facts.incident && unruled(GIFTS)(text, facts), topics: TOPICS },
  { applies: unruled(WORKLOAD), topics: TOPICS },
  { applies: unruled(PHONE_COSTS, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(SCAMS, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(ELIGIBILITY, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(FINANCE, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(TRAVEL, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(VISIT_SAFETY, RECORD_WORDS), topics: TOPICS },
  // An image or message the question is about ("evidence for the strategy meeting") is ruled, whatever meeting it is for; a
  // meeting's process is out of scope only when its timing (or threshold) is asked.
  { applies: (text, facts) => !facts.incident && !facts.imageHandling && PROCESS_ASKED.test(text) && processTimescales(text, facts), topics: TOPICS },
  { applies: (text, facts) => !facts.incident && otherProcessTimed(text, facts), topics: TOPICS },
  { applies: unruled(CONFERENCE_PROCESS, /\b(minutes|record(ed|ing|s)?|write[- ]?up|written up|case ?notes?|notes|distribut\w*|sign\w* off)\b/), topics: TOPICS },
  { applies: (text) => testChecked(LEGAL_THRESHOLD, text) && !testChecked(THRESHOLD_ADVISED, text) && !testChecked(RECORD_TIMED, text), topics: TOPICS },
  { applies: unruled(MEDICAL_CONSENT), topics: TOPICS },
  { applies: unruled(STEPS_TOLD_APART, RECORD_WORDS), topics: TOPICS },
  { applies: unruled(CUSTODY_VISIT, RECORD_CONTACT_OR_SHARING), topics: TOPICS },
  { applies: unruled(OTHER_PROCEDURES, RECORD_CONTACT_OR_SHARING), topics: TOPICS },
  { applies: unruled(PROCESS_EXPLAINED, RECORD_WORDS), topics: TOPICS },
  { applies: matching(HEALTH_CONSENT, TOLD_OR_SHARED), topics: TOPICS },
  { applies: unruled(LEGAL_ORDERS, RECORD_CONTACT_OR_SHARING), topics: TOPICS },
  { applies: matching(LEGAL_AGES, CONTACT_OR_SHARING), topics: TOPICS },
  // A fault is asked of IT whatever case information the device holds, unless the question is about a record, or about what
  // to do with the messages on it or a lost device.
  // A fault whose fix is asked of someone ("who do I ring?") is IT's even when the work it lost was a case note.
  // A limit or fix asked of the tool ("how do I get more storage?") is IT's even when the message held up is to a family.
  { applies: (text, facts) => !facts.otherLogin && facts.handling !== 'laptop-lost' && facts.handling !== 'delete-messages' && (!asksContact(text) && (matching(DEVICE_FAULTS, RECORD_OR_OWN_DEVICE)(text) || matching(DEVICE_FAULTS, OWN_DEVICE)(text) && testChecked(ROUTING_ASKED, text)) || matching(DEVICE_FAULTS, OWN_DEVICE)(text) && FIX_ASKED.test(text)), topics: TOPICS },
  // Pay for the work a policy rules (a phone kept on, a visit out of hours) is a question of pay, whatever the work.
  { applies: matching(PAY_ASKED), topics: TOPICS },
  { applies: matching(ALLOWANCE_ASKED), topics: TOPICS },
  // Notice of sharing information or of a record is the sharing's or the record's question.
  { applies: unruled(NOTICE_ASKED, new RegExp(`${RECORD_WORDS.source}|${/\b(shar(e|es|ed|ing)|disclos\w*|pass(ed|ing)? (it |this |that )?on|information|info|details)\b/.source}`)), topics: TOPICS },
  { applies: unruled(SCHEME_ASKED, new RegExp(`${RECORD_CONTACT_OR_SHARING.source}|${RECORDS_ASKED_FOR.source}`)), topics: TOPICS },
  { applies: unruled(HOUSING_LAW, ABOUT_HOUSING_RULED), topics: TOPICS },
  // The consent message in another language: Waltham Forest advises one wording, in English, and says nothing of translations.
  { applies: (text, facts) => facts.wording === 'whatsapp-consent' && testChecked(TRANSLATED, text), topics: TOPICS },
  { applies: unruled(LANGUAGE_DUTY, RECORD_WORDS), topics: TOPICS },
  // What another agency keeps, shares or rules for itself: a worker's question about them, not about the worker's own practice.
  // Unless it is their sharing with the council or access to their files (Nottinghamshire: subject to agreements with them).
  { applies: unruled(OTHER_AGENCY_DEADLINE, RECORD_WORDS), topics: TOPICS },
  { applies: matching(OTHER_AGENCY_RULES, /\b(with|to) (us|me|social (care|services|workers?)|the (council|local authority|la)|children'?s (social care|services)|our (team|service|department))\b|\b(agreements?|protocols?|multi-?agency|access (to )?(their|the) (files?|records?))\b/), topics: TOPICS },
  // Unless it comes to the council or is recorded by the worker ("the school sent us the file, where do I record it").
  { applies: matching(SCHOOL_FILE_MOVED, new RegExp(`\\b((with|to) |sen[dt] )(us|me|social (care|services|workers?)|the (council|local authority|la)|children'?s (social care|services))\\b|${RECORD_ASKED.source}`)), topics: TOPICS },
  // Working a tool or asking IT for help with it, whatever case a message on it concerns.
  // Not an entry made under another's log-in while one's own is locked (Nottinghamshire rules that), here and in the two other IT rules.
  { applies: (text, facts) => !facts.otherLogin && (testChecked(IT_ASKED, text) || testChecked(TOOL_SETTINGS, text)) && !testChecked(TOOL_RULED, text), topics: TOPICS },
  // A tool's fix asked of IT ("forgot my Egress password, how do I reset it? need to send a report"), whatever work it holds up.
  { applies: (text, facts) => !facts.otherLogin && (testChecked(IT_ASKED, text) || testChecked(TOOL_SETTINGS, text) || testChecked(TOOL_FAULT, text) || testChecked(DEVICE_FAULTS, text)) && testChecked(FIX_HOW, text) && !testChecked(ANOTHER_WAY, text), topics: TOPICS },
  { applies: unruled(SUPERVISION_FREQUENCY, /\b(record\w*|notes?|write\w*|written|minutes|files?|case discussions?)\b/), topics: TOPICS },
  // Who may come to or speak at a meeting or visit (interpreters, advocates, solicitors): the policies rule only its record.
  // Unless papers are asked for (an advocate wanting copies of the records): that request is ruled.
  { applies: unruled(ATTENDANCE, /\b(minutes|record(ed|ing|s)?|write[- ]?up|case ?notes?|note (it|that|this|down)|cop(y|ies)|documents|paperwork|files?)\b/), topics: TOPICS },
  { applies: matching(ICO_NOTICE), topics: TOPICS },
  { applies: matching(RECORDED_BY_THEM), topics: [...RECORDING_TOPICS, 'digital-contact'] },
  { applies: unruled(POSTED_BY_OTHERS, RECORD_WORDS), topics: TOPICS },
  // Freedom of Information requests: the policies name the Act but say nothing of answering its requests.
  { applies: matching(/\b(freedom of information|foi)\b.{0,15}\b(requests?|applications?|enquir\w+|queries)\b|\b(request|respond|reply|answer)\w*\b.{0,40}\b(freedom of information|foi)\b/, /\bsubject access\b/), topics: RECORDING_TOPICS },
];

/** Below this a question is not about anything the guidance covers. */
export const MINIMUM_SCORE = 3;

export interface Ranking {
  /** Topics best first: words, facts and closeness to the exemplar bank together. */
  scores: TopicScore[];
  /** The closest exemplars, best per topic (the bank's near misses included), best first. */
  closest: Closest[];
  /** The closest phrasing is a near miss the guidance does not answer, and no topic has evidence of its own. */
  nearMiss?: Closest;
  /** A known question near the guidance that it does not answer (own calls, staff files, court statements ...). */
  outside: boolean;
  /**
   * Points of topics only an age or an hour pointed at, left out of `scores`: they choose no topic, but say the question is
   * about the guidance's own subjects, for offering "Which do you mean?" when a covered phrasing is close.
   */
  incidental: number;
  /** The question is about writing, keeping or reading a record (a case note, the file, Mosaic), the guidance's own subject. */
  aboutRecord: boolean;
}

export function scoreTopics(text: string, facts: Facts): TopicScore[] {
  return rankTopics(text, facts).scores;
}

/** Points for a topic, with why (module-level: the build names a named closure each time one is made). */
function addPoints(scores: Map<Topic, TopicScore>, topic: Topic, weight: number, why: string, closeness = false): void {
  const s = scores.get(topic) ?? { topic, score: 0, because: [], closeness: 0 };
  s.score = Math.round((s.score + weight) * 10) / 10;
  if (closeness) s.closeness = Math.round((s.closeness + weight) * 10) / 10;
  s.because.push(why);
  scores.set(topic, s);
}

export function rankTopics(text: string, facts: Facts): Ranking {
  const scores = new Map<Topic, TopicScore>();
  const matches: { topic: Topic; signal: Signal; why: string }[] = [];
  // Every topic's signals in one list, numbered once: the text's reading is fetched once for them all.
  const numbers = numbersOf(SIGNAL_LIST, patternOfSignal);
  let possible = possibleFor(text);
  for (let i = 0; i < SIGNAL_LIST.length; i++) {
    const { topic, signal } = SIGNAL_LIST[i]!;
    if (signal.unless?.(facts)) continue;
    let m: RegExpExecArray | null;
    const read = signal.without ? replaceChecked(text, signal.without, ' ') : text;
    if (read === text) m = mayHoldNumbered(signal.pattern, numbers[i]!, possible, text) ? signal.pattern.exec(text) : null;
    else {
      m = execChecked(signal.pattern, read);
      // Reading another text may have reused the question's reading's place.
      possible = possibleFor(text);
    }
    if (m) matches.push({ topic, signal, why: `"${m[0].trim()}"` });
  }
  const signalled = factSignals(facts, text);
  // Topics that words or facts about their subject point at: only these keep the points for the question's form.
  const about = new Set<Topic>([...matches.filter((m) => !m.signal.form).map((m) => m.topic), ...signalled.filter((f) => !f.form).map((f) => f.topic)]);
  for (const m of matches) if (!m.signal.form || about.has(m.topic)) addPoints(scores, m.topic, m.signal.weight, m.why);
  for (const f of signalled) if (!f.form || about.has(f.topic)) addPoints(scores, f.topic, f.weight, f.why);
  // A topic that only an age or an hour points at has no evidence of what is asked: it is not this question's topic.
  // (The question's form, "is it allowed?", "how long?", is no evidence either.)
  const evidenced = new Set<Topic>([...matches.filter((m) => !m.signal.incidental && !m.signal.form).map((m) => m.topic), ...signalled.filter((f) => !f.incidental && !f.form).map((f) => f.topic)]);
  let incidental = 0;
  for (const [topic, s] of [...scores]) {
    if (evidenced.has(topic)) continue;
    incidental = Math.max(incidental, s.score);
    scores.delete(topic);
  }
  const outside = OUTSIDE_THE_GUIDANCE.filter((n) => n.applies(text, facts));
  for (const nearMiss of outside) for (const topic of nearMiss.topics) scores.delete(topic);
  // A contact named only as what happened ("took a call from the DSL about a 7yo", "15yo texted yesterday"), with nothing
  // asked about the contact itself and no fact only the contact rules decide (out of hours, consent, parents aware), is the context of a question about its record: that question's topic is meant.
  const askedOfContact = [...matches.filter((m) => m.topic === 'digital-contact' && !m.signal.context && (!m.signal.form || about.has(m.topic))), ...signalled.filter((f) => f.topic === 'digital-contact' && !f.context)];
  const recordAsked = Math.max(0, ...RECORDING_TOPICS.map((t) => scores.get(t)?.score ?? 0));
  const contactDecided = facts.consent !== undefined || facts.parentsAware !== undefined || facts.lineManagerAgreed !== undefined;
  if (askedOfContact.length === 0 && !contactDecided && recordAsked >= MINIMUM_SCORE) scores.delete('digital-contact');
  const ownEvidence = Math.max(0, ...[...scores.values()].map((s) => s.score));
  const closest = closestTopics(text);
  const close = exemplarPoints(closest);
  const nearMiss = (close[0]?.topic === NOT_COVERED && ownEvidence < MINIMUM_SCORE ? close[0] : undefined) ?? clearNearMiss(closest, ownEvidence);
  if (!nearMiss) {
    const excluded = new Set(outside.flatMap((n) => n.topics));
    for (const e of close) if (e.topic !== NOT_COVERED && !excluded.has(e.topic)) addPoints(scores, e.topic, e.points, `closest to: "${e.exemplar}"`, true);
  }
  // Stable order: score, then the order TOPICS lists them in (so ties resolve the same way every time).
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic));
  return { scores: nearMiss ? [] : ranked, closest, outside: outside.length > 0, incidental: outside.length > 0 ? 0 : incidental, aboutRecord: testChecked(RECORD_ASKED, text), ...(nearMiss ? { nearMiss } : {}) };
}

const patternOfSignal = (s: { signal: Signal }) => s.signal.pattern;
/** The topics in the order their signals are listed: ties between topics' scores resolve in it. */
const TOPIC_ORDER = Object.keys(SIGNALS);
/** Every topic's signals in the order the topics and their signals are listed. */
const SIGNAL_LIST: readonly { topic: Topic; signal: Signal }[] = (Object.entries(SIGNALS) as [Topic, readonly Signal[]][]).flatMap(([topic, signals]) => signals.map((signal) => ({ topic, signal })));

/** Closer to a near miss than to any covered phrasing by this factor (BM25), and matching this share of its meaning... */
export const NEAR_MISS_MARGIN = 1.4;
export const NEAR_MISS_COVERAGE = 0.35;
/** ...a near miss outweighs words and facts below this (a ruling on "how many hours to tell the ICO" borrowed from amendments). */
export const STRONG_EVIDENCE = 5;
/** How much more of the question a near miss must cover than the nearest covered phrasing when words and facts suffice. */
export const NEAR_MISS_LEAD = 0.15;

/** The closest phrasing is a near miss, clearly closer than any covered one, and the topics' own evidence is not strong. */
function clearNearMiss(closest: readonly Closest[], ownEvidence: number): Closest | undefined {
  const [top, next] = closest;
  if (!top || top.topic !== NOT_COVERED || ownEvidence >= STRONG_EVIDENCE) return undefined;
  if (top.coverage < NEAR_MISS_COVERAGE || top.matched < MINIMUM_MATCHED) return undefined;
  // Words and facts enough to answer on their own ("mum asked me to text her the CP plan"): a near miss sharing a phrase
  // with it ("a child on a child protection plan") must cover clearly more of the question than the nearest covered phrasing.
  if (ownEvidence >= MINIMUM_SCORE && next && top.coverage - next.coverage < NEAR_MISS_LEAD) return undefined;
  return !next || top.score >= NEAR_MISS_MARGIN * next.score ? top : undefined;
}

/** Points the nearest exemplar adds; others add their share of it. */
export const EXEMPLAR_POINTS = 2;
/** Share of the question's words an exemplar must match, and how many words at least, before its closeness counts. */
export const MINIMUM_COVERAGE = 0.4;
export const MINIMUM_MATCHED = 2;
/** Only the few closest topics count: a word shared with a distant topic is no evidence for it. */
export const CLOSEST_COUNTED = 3;
/** Exemplars scoring under this share of the best one are not close. */
export const CLOSE_SHARE = 0.5;

/** The exemplars close enough to count, each with the points it adds. */
export function exemplarPoints(closest: readonly Closest[], coverage = MINIMUM_COVERAGE): (Closest & { points: number })[] {
  const top = closest[0];
  if (!top) return [];
  return closest
    .slice(0, CLOSEST_COUNTED)
    .filter((c) => c.coverage >= coverage && c.matched >= MINIMUM_MATCHED && c.score >= top.score * CLOSE_SHARE)
    .map((c) => ({ ...c, points: Math.round((EXEMPLAR_POINTS * c.score * 10) / top.score) / 10 }));
}
