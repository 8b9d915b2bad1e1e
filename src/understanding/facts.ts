import { APPROXIMATE_DATE_ROLES, type Channel, type Handling, type Incident, type IsoDate, type Meeting, type PregnancyOutcome, type RecordEntry, type RetentionRecord, type Situation, type Wording, type WritingAspect, type YesNoFact } from '../guidance/situation';
import { defaultGuidance } from '../guidance/default-guidance';
import type { Nation } from '../guidance/profile';
import { readAge } from './age';
import { execChecked, replaceChecked, testChecked } from './literals';
import { first, type Reading } from './reading';
import { describeApproximate, findDates, type FoundDate } from './dates';
import { readRecords } from './records';
import { readTime } from './time';

// Each reader looks for one fact in normalised text and says what it saw, so the card can show what was understood.

export type Facts = Omit<Situation, 'topic'>;

export interface Recognised {
  fact: string;
  value: string;
  /** The words it was read from. */
  from: string;
}

// A call that is a decision ("whose call is it", "a judgement call", "the right call"), not a phone call: read the same everywhere.
export const DECISION_CALL = String.raw`whose|judge?ment|tough|difficult|hard|final|manager'?s|own|right|big|close`;

const CHANNELS: readonly [RegExp, Channel][] = [
  [/\bwh?ats ?app?\b|\bwhatsapp/, 'whatsapp'],
  [/\binstagram\b/, 'instagram'],
  [/\bfacebook\b|\bmessenger\b/, 'facebook'],
  [/\bsnapchat\b|\bsnap\b|\btiktok\b|\btwitter\b|\blinkedin\b|\bsocial (media|network(ing)?)\b|\bdirect message\b|\b(online )?gaming (sites?|platforms?|apps?|servers?|networks?|accounts?|profiles?|channels?)\b|\bonline games?\b|\b(xbox|playstation|roblox|fortnite|minecraft|discord|twitch|youtube|my ?space)\b|\bfriend request\b/, 'social-network'],
  [/\btelegram\b|\bsignal app\b|\bface ?time\b|\bvideo call(s|ing)?\b|\bimessage\b|\bmessaging app\b|\bmessaging apps\b|\bchat app\b|\bteams chat\b|\b(an|a|the) (communication |messaging )?app (is )?(to|for) (keep(ing)? in (contact|touch)|contact(ing)?|communicat(e|ing)|messag(e|ing)|talk(ing)?)\b|\b(chat|chatting|talk|talking|message|messaging|speak|speaking)\b (to (her|him|them|me) )?(on|over|through|via|using) (an|a|some|this|that|another|a different) (\w+ )?app\b/, 'messaging-app'],
  [/\be-?mails?\b|\be-?mailing\b|\be-?mailed\b|\b(gmail|hotmail|yahoo mail|outlook\.com|icloud mail|aol|btinternet)\b/, 'email'],
  // "the main text", "free text", "the text of the letter" are writing, not a text message.
  [/(?<!\b(main|free|body|plain|running|written) )\btext(s|ed|ing)?\b(?! (of|box|field)\b)|\bsms\b/, 'text'],
  [new RegExp(String.raw`\b(phone|ring|call|rang|rung)(ed|ing|s)? (them|him|her|the|a|mum|dad|young|yp|parents?|child|children|carers?|families|family)\b|\bphone call\b|(?<!\b(${DECISION_CALL}) )\bcalls?\b|\b(on|over|down) the phone\b|\bby (tele)?phone\b|\b(rang|phoned) (me|us|the office|the team)\b|\b(rang|rings|ringing|rung|phoned|phoning|called|calling) (me on )?(my|the|our) (work |personal |own |staff )?(mobile|phone|number|landline)\b`), 'phone'],
];

const DEVICE: readonly [RegExp, 'work' | 'personal'][] = [
  [/\bwork(-issued| issued)? (phone|mobile|iphone|device|laptop|number|sim)\b|\b(council|company|team|office|agency) (phone|mobile|device|laptop)\b|\bphone (issued|provided) by\b/, 'work'],
  // One phone for work and personal messages alike is a personal phone used for work (Waltham Forest: kept separate).
  [/\b(my )?(own|personal|private|home) (phone|mobile|iphone|ipad|tablet|device|number|mobile number|laptop|computer|pc|desktop)s?\b|\b(uni|university|college|student|home|partner'?s|husband'?s|wife'?s) (laptop|computer|pc|desktop|tablet|ipad|phone|mobile)s?\b|\bmy (iphone|android)\b|\bpersonal mobile\b|\b(work|personal) (and|&|\+) (work|personal)( \w+)? (chats?|messages?|contacts?|accounts?|numbers?|whatsapps?|apps?|stuff|texts?)\b.{0,30}\b(same|one|1|single|shared|the one|the 1) (phone|mobile|device|handset|iphone)\b|\b(same|one|1|single) (phone|mobile|device|handset) for (both )?(work|personal) (and|&) (work|personal)\b|\b(dual|double)[- ]sim\b/, 'personal'],
];

/** The device a message would be sent from, when a question names both ("work phone is dead, text from my own phone"). */
const DEVICE_USED: readonly [RegExp, 'work' | 'personal'][] = DEVICE.map(([re, value]) => [
  new RegExp(`\\b(from|on|using|use|with|via|off) (?:my |the |a |our )?(?:${re.source})|\\b(?:gave|give|given|giving|handed|passed) (?:her|him|them|the young person|the child|mum|dad|the family|the parents?|out) (?:${re.source})|\\b(?:she|he|they|mum|dad|the young person|the child|the family) (?:now |still |already )?(?:has|have|had|got|'s got) (?:${re.source})`),
  value,
]);

/** A device that cannot be the one used: "my work phone was broken", "work mobile died". */
const DEVICE_UNAVAILABLE: readonly [RegExp, 'work' | 'personal'][] = DEVICE.map(([re, value]) => [
  new RegExp(`(?:${re.source}) (?:is |was |has |had |'s )?(?:been )?(?:broken|broke|dead|died|lost|stolen|not working|out of (?:battery|charge)|flat|off|smashed|being (?:fixed|repaired))\\b`),
  value,
]);

/** A device someone cannot reach the worker on ("she can never get me on the work mobile"): not the one asked about. */
const DEVICE_UNREACHABLE: readonly [RegExp, 'work' | 'personal'][] = DEVICE.map(([re, value]) => [
  new RegExp(`\\b(?:can'?t|cannot|can not|can never|could never|couldn'?t|never|doesn'?t|don'?t|won'?t|unable to|not able to|isn'?t able to|struggles? to)( \\w+)? (?:get|reach|contact|get hold of|get through to|catch|ring|call|phone) (?:me|us) (?:on|at|through|via) (?:my |the |a |our )?(?:${re.source})`),
  value,
]);

/** A work phone not issued yet ("until my work phone comes through", "still waiting for a work mobile"): whatever is used is my own. */
const NO_WORK_DEVICE_YET = /\b(still )?no work (phone|mobile|iphone|device|sim)( yet)?\b|\bwithout (a|my|any) work (phone|mobile|iphone|device)\b|\b(until|till|til|before|while|whilst) (i get |i've got |we get )?(my|a|the|our) work (phone|mobile|iphone|device|sim)\b.{0,20}\b(comes?|arrives?|turns up|is (sorted|set up|issued|ready)|gets? (sorted|set up|issued))\b|\b(waiting (for|on)|(don'?t|do not|haven'?t|have not) (got|have|been (given|issued)))( got)? (my|a|the|any) work (phone|mobile|iphone|device|sim)\b|\bwork (phone|mobile|iphone|device)('s| is|s)? (isn'?t|is not|hasn'?t been|has not been|not|doesn'?t have|does not have|hasn'?t got|has not got|can'?t (get|have|run))( got)?( been)?( set up| installed)?( with| for)? (whatsapp|the app|that app|apps)\b|\b(no|haven'?t got|have not got|don'?t have|do not have|can'?t get) whatsapp on (my|the|our) work (phone|mobile|iphone|device)\b/;

export function readDevice(text: string): Reading<'work' | 'personal'> | undefined {
  const mentioned = DEVICE.filter(([re]) => testChecked(re, text));
  const notYet = execChecked(NO_WORK_DEVICE_YET, text);
  if (notYet && !mentioned.some(([, v]) => v === 'personal')) return { value: 'personal', from: notYet[0] };
  if (mentioned.length <= 1) return first(text, mentioned);
  // The one that was broken or lost, or that someone cannot reach the worker on, is not the one in use: the other is.
  const unavailable = [...DEVICE_UNAVAILABLE, ...DEVICE_UNREACHABLE].filter(([re]) => re.test(text));
  const used = DEVICE_USED.filter(([re, value]) => re.test(text) && !unavailable.some(([, u]) => u === value));
  if (used.length === 1) return first(text, used);
  if (unavailable.length === 1) {
    const other = DEVICE.filter(([, v]) => v !== unavailable[0]![1]);
    return first(text, other);
  }
  // Both named and no single one in use: leave it unknown so the card asks, rather than assume the work phone.
  return undefined;
}

const ACCOUNT: readonly [RegExp, 'work' | 'personal'][] = [
  // The practitioner's own personal e-mail provider ("use my gmail", "my uni gmail"; not "a YP emailed me from a college gmail"), ahead of a work account named as unavailable beside it.
  [/\b(my|a|use|using|from|on|via|through) (own |personal |private )?(gmail|hotmail|yahoo|outlook\.com|icloud|aol|btinternet)\b|\bmy ((own|personal|private|uni|university|college|student|old|home|spare|other|second|back-?up) ){1,2}(gmail|hotmail|yahoo|outlook\.com|icloud|aol|btinternet)\b/, 'personal'],
  [/\b(work|team|council|service) (account|whatsapp|instagram|facebook|profile)\b|(?<!\b(her|his|their|its) )\bwork e-?mail( address| account)?\b/, 'work'],
  [/\b(personal|own|private) (account|whatsapp|instagram|facebook|profile|social media)\b|\bmy (whatsapp|instagram|facebook|snapchat|tiktok) account\b|\bmy (personal|own|private|home) e-?mail( address| account)?\b|\b(uni|university|college|student) e-?mail( address| account)?\b|\bfriend requests?\b|\b(add|added|adding|accept\w*) (me|her|him|them|mum|dad) as a friend\b|\b(add|adds|added|adding|friend|friended|follow|follows|followed|following) me (on|over on) (facebook|fb|instagram|insta|snapchat|snap|tiktok|social media)\b|\b(found|find|finds|finding|tracked down|looked up|searched for|searched) me (up )?(on|through|via)\b/, 'personal'],
];

const TIMES: readonly [RegExp, boolean][] = [
  [/\b(late at night|middle of the night|at night|overnight|out of hours|out-of-hours|outside (of )?(normal |my )?(working|office|work) hours|after hours|emergency duty team|evening|evenings|tonight|(?<!\b(my|your|his|her|their|our) )(weekend|weekends)|saturday|sunday|bank holiday|christmas day|early hours|before work|after work)\b|\b(on|a|this|next|last|every) (sat|sun)\b/, true],
  [/\b(during|within|in) (normal |my )?(working|office|work) hours\b|\blunch ?time\b|\bduring the day\b|\bworking day\b/, false],
];

const URGENCY: readonly [RegExp, 'crisis' | 'harm-or-risk' | 'routine'][] = [
  [/\b(threaten(s|ed|ing)? to (run( away| off)?|abscond|go missing)|(going|about|planning|wants?) to (run away|abscond|go missing))\b|\b(crisis|suicidal|suicide|self[- ]?harm(ing)?|overdose|kill (him|her|them|my)sel(f|ves))\b|\b(end|ending) (it all|(her|his|their|my) (own )?li(fe|ves))\b|\b(i'?m|im|i am) (just )?(going to|gonna|about to) end it\b(?! (with|early|there|here)\b)|\btake (her|his|their|my) own li(fe|ves)\b|\b(want|wants|wanted|wanting) to die\b|\b(can'?t|cannot|can not) (do this|cope|go on|take (it|this)|carry on|deal with (it|this)|keep going)( \w+){0,2} any ?more\b|\b(had|have had|i'?ve had) enough of (life|living|everything|it all)\b|\b(doesn'?t|does not|don'?t|do not) want to (be here|be alive|live)( any ?more)?\b|\b(crisis|suicidal|suicide|self[- ]?harm(ing)?|overdose|overdosed|kill (him|her|them|my)sel(f|ves)|end (it all|(her|his|their|my) (own )?life)|take (her|his|their|my) (own )?life|(been|was|is|started|starting|still|keeps?) cutting|cutting (again|(her|him|them)sel(f|ves))|cut (her|him|them)sel(f|ves))\b/, 'crisis'],
  // Potential harm seen at a visit: a carer drunk or violent in the home, damage done, the police called.
  [/\b(drunk|intoxicated|under the influence|domestic (violence|abuse|incident)|(dents?|holes?) in the (wall|door)|punched (a |the )?(wall|door)|smashed (up )?(the |a )?\w+|police (were |was |had been |got )?called)\b/, 'harm-or-risk'],
  [/\b(harm|harmed|injury|injured|injuries|hurt|hurting|hurts|bruis(e|es|ed|ing)|at risk|risk of|risk to|significant harm|danger|dangerous|unsafe|assault(ed)?|abuse disclosure|disclosed abuse|missing from)\b|\b(hit|hits|hitting|slapped|punched|kicked|smacked|strangled|choked|beaten|beat|battered|shook|shaken|pushed|shoved|grabbed|dragged|threw|thrown|headbutted|pinned|bit|bitten) (her|him|them|me|the (child|kids?|baby|yp|young person|boy|girl|lad|toddler|little one|eldest|youngest|\d+ ?(yo|y\/o|yrs? old|years? old)))\b|\b(been|being|was|were|got|get) (hit|slapped|punched|kicked|smacked|beaten|battered|hurt|strangled|pushed|shoved|grabbed|dragged|thrown|headbutted|pinned|bitten)\b|\b(cuts?|marks?|burns?|scratch(es)?|welts?|bite marks?) (to|on) (her|his|their|the)\b|\b(cuts?|marks?|burns?|scratch(es)?|welts?|bite marks?|bruis\w*) (to|on) (a |an )?([\w'-]+ ){0,4}?(arms?|legs?|face|neck|back|head|hands?|wrists?|cheeks?|eyes?|chest|bottom|thighs?|body)\b|\b(black eye|bleeding|broken (arm|leg|wrist|bone|nose)|fracture|non[- ]?accidental|nai)\b|\bsafeguarding (concerns?|issues?|worr(y|ies))\b|\b(something|anything) (worrying|concerning|of concern)\b|\brisky\b|\b(there'?s|there is|is at|a real|some|any) risk\b|\bconcerns? (for|about) (her|his|their|the child'?s?|the young person'?s?) (safety|welfare)\b|\b(she|he|they|she'?s|he'?s|they'?re|(the |her |his |their )?(child|kids?|children|yp|young person|girl|boy|son|daughter|baby|toddler)) (is |are |was |were )?(doesn'?t|does not|don'?t|do not|didn'?t|did not|never|not) feel(s|ing)? safe\b|\b(isn'?t|is not|not) safe (at|to go) home\b|\b(scared|frightened|afraid|terrified|petrified) (at|to go|of going|to be|of being) (home|back)\b|\b(scared|frightened|afraid|terrified) of (her|his|their) (dad|mum|father|mother|step-?dad|step-?mum|parents?|partner|boyfriend)\b/, 'harm-or-risk'],
  // "Just a normal visit", "an ordinary call": a contact said to be the everyday kind, nothing happening in it.
  [/\b(routine|no concerns|nothing of concern|all fine|went well)\b|\b(just|only) (a |an )?(normal|ordinary|standard|regular|usual|everyday|run of the mill) (home |statutory |cin |lac |planned )?(visit|contact|call|session|meeting|phone call|chat)s?\b/, 'routine'],
];

// Harm or risk said not to be there ("nothing risky", "no injuries to the kids", "no safeguarding issues"): a routine contact.
/** What a denial of harm names: "no bruising", "not at risk", "no safeguarding concerns". */
const HARM_DENIED = String.raw`(?:safeguarding (?:concerns?|issues?|worr(?:y|ies))|risky|risks?(?: issues?| concerns?)?|at risk|harm(?:ed)?|hurt|injur(?:y|ies|ed)|marks?|bruis(?:e|es|ing)|danger(?:ous)?|concerns?|worr(?:y|ies)|worrying|concerning)`;
// A list denied together ("no risk issues or injuries", "no marks, bruises or concerns") is denied in each of its parts.
const NO_HARM = new RegExp(String.raw`\b(no|nothing|not|wasn'?t|isn'?t|weren'?t|aren'?t) (any |a |an |obvious |visible |apparent |immediate |real |particular |major |significant |current )?${HARM_DENIED}(?:(?:,| or|, or| and|, and| nor) (?:any )?${HARM_DENIED})*\b( (to|for|on) (the |her |his |their )?(kids?|children|child|baby|yp|young person|her|him|them))?`, 'g');

/** NO_HARM found anywhere (not global, so the literal pre-check may say it is nowhere and the replace is skipped). */
const ANY_HARM_DENIED = new RegExp(NO_HARM.source);

const PURPOSE: readonly [RegExp, NonNullable<Situation['purpose']>][] = [
  // One service user asked to pass a message on to another (third-party communication); 'can I pass that on' is the worker sharing.
  [/\b(pass|passing|passed) (on )?(a |the |my |this |that )?(message|msg|text|note)\b|\b(relay|relaying|relayed)\b.{0,30}\b(message|msg|news|info\w*|change|that|this|it)\b|\b(pass|passing|passed|relay|relaying|give|giving)\b( (it|this|that|a message|the message|a msg|word))?( on)? (to|onto) (another|the other|a different|(one|1) of the other) (young person|yp|child|kid|girl|boy|lad|resident|service user)s?\b|\b(ask|asking|get|getting|tell|telling) ((one|1) of (the|my|our|his|her|their) (lads|boys|girls|kids|young people|yps|children|residents|housemates|flatmates|mates|friends|siblings)|another (lad|boy|girl|kid|resident|young person|yp|child))( [\w']+){0,4}? to (tell|let|remind|give|pass)\b(?! (me|us)\b)|\b(ask|asking|get|getting) (a |one |the |her |his |their )?((older|younger|big|little|elder|eldest|oldest|youngest|twin|step|half) )?(brother|sister|sibling|cousin|friend|mate|boyfriend|girlfriend|flatmate|housemate|another (young person|yp|child|kid|service user)|other (young person|yp|child|kid|service user)) to (tell|let|remind|give|pass)\b(?! (me|us)\b)|\bto (pass|give) (it|this|that) on\b|\b(ask|asking|get|getting|tell|telling) (him|her|them) to pass on\b|\b(ask|asking|get|getting|tell|telling) (a |one |the )?(young person|yp|child|kid|girl|boy|lad|brother|sister|friend|him|her|them) to (pass|tell|give|let)\b(?! (me|us)\b).{0,40}\b(message|know)\b|\b(text|texting|message|messaging|whatsapp|ask|asking|get|getting|use|using)\b.{0,40}\bto (tell|ask|let|get|remind) (his|her|their|a|the|(one|1) of (his|her|their)) ((older|younger|big|little|elder|eldest|oldest|youngest|baby|twin|step|half) )?(mates?|friends?|pals?|brothers?|sisters?|cousins?|boyfriend|girlfriend|siblings?|mum|dad|flatmates?|housemates?)\b/, 'third-party-message'],
  // Posting a status or story on the app (seen by every contact) rather than messaging one person.
  [/\b(whatsapp|instagram|facebook|snapchat|tiktok) (status|statuses|story|stories)\b|\bstatus (sharing|updates?)\b|\b(my|a|on) (whatsapp |instagram |facebook |snapchat )?status\b|\b(post|posting|posted|share|sharing|put|putting|upload\w*)\b.{0,30}\b(on|to|in) (my |a |the )?(status|story|stories)\b/, 'status-sharing'],
  [/\binterview(s|ing)?\b/, 'interview'],
  // Questioning someone over the app about what they told ("reply to get more details", "find out more about what happened"): an interview.
  [/\b(get|getting|find out|finding out|gather|gathering|ask|asking|dig|digging)( her| him| them)?( for)? (more|further|the full|all the) (details|detail|info\w*|story|questions)\b|\b(find out|finding out|ask|asking|question|questioning)( her| him| them)? (more )?about (what happened|what (she|he|they) (said|told|disclosed|meant)|the (disclosure|allegation|incident|abuse|assault))\b/, 'interview'],
  // Messages kept out of sight (disappearing, vanishing, secret, so no one else can see): not open to scrutiny.
  [/\b(disappear\w*|vanish\w*|self[- ]destruct\w*|auto[- ]?delet\w*|ephemeral|view once)\b.{0,20}\b(messages?|chats?|mode|photos?|texts?)\b|\b(messages?|chats?|texts?|photos?)\b.{0,20}\b(disappear\w*|vanish\w*|delete themselves|self[- ]destruct\w*)\b|\b(secret|hidden) (chats?|messages?|conversations?|group)\b|\bso (that )?(nobody|no one|no-one|noone) (else )?(can|could|will|would) (see|read|know)\b|\b(keep|kept|keeping) (it|this|that|them|our (chats?|messages?|texts?|contact)) (a )?secret\b|\b(chats?|messages?|texts?|contact) (kept |being kept )?secret\b|\b(keep|kept|keeping)\b (our |the |these |those |my |any )?(chats?|messages?|msgs?|texts?|contact|conversations?|dms?)\b.{0,15}\b(just |only |strictly )?between (us|you and me|me and (her|him|them)|the (2|two) of us|ourselves)\b|\b(chats?|messages?|msgs?|texts?|conversations?|dms?) (would |will |can )?(stay|be|are|is) (just |only |strictly )?between (us|you and me|me and (her|him|them)|the (2|two) of us|ourselves)\b|\b(not to|don'?t|do not|never) (tell|show|mention (it |this |that )?to) (anyone|anybody|no ?one|her (mum|dad|parents|carers?)|his (mum|dad|parents|carers?)|their (parents|carers?))\b.{0,20}\b(about )?(our|my|the|these|those) (chats?|messages?|texts?|conversations?)\b/, 'hidden'],
  // Someone's personal details sent over the tool (an address, a number, a date of birth): Waltham Forest's data protection line.
  [/\b(send|sending|sent|share|sharing|shared|pass|passing|give|giving|post|posting|forward|forwarding|text|texting|whatsapp|whatsapping|message|messaging)\b.{0,50}\b((his|her|their|[a-z]+'s|[a-z]+s') (new |home |current |old |full |private |personal )?(address|addresses|phone number|mobile number|number|date of birth|dob|contact details|bank details|personal details|personal info\w*|school (details|name)|placement (details|address))|(the |an? )?address(es)? of (the |a |her |his |their |an )?(new )?(flat|house|home|placement|hostel|school|foster carers?|property)|(someone|somebody|other people|another person|service users?)'?s? (new |home |personal |private )?(address|addresses|number|details|info\w*|data)|personal (details|info\w*|data))\b/, 'personal-information'],
  // A photo, scan or copy of a case document (an order, a plan, a report, minutes) sent by message is the case itself.
  [/\b(send|sending|sent|whatsapp\w*|text(ing)?|messag\w*|forward\w*|shar(e|ing)|snapchat\w*|dm)\b.{0,40}\b(photos?|pictures?|pics?|copy|copies|scans?|screenshots?|pdfs?) of (the |a |an |her |his |their |my )?([\w'’]+ ){0,3}(orders?|plans?|reports?|assessments?|minutes|court papers|paperwork|letters?)\b(?<!\b(appointment|invitation|invite|reminder|meeting|visit|review) (letters?|plans?))/, 'case-sensitive'],
  [/\b(case[- ]sensitive|sensitive (case |personal )?(data|information|info|details)|special category|discuss(ing)? (the|her|his|their) case)\b|\b(send|sending|sent|forward\w*|whatsapp\w*|messag\w*|text(ing)?|snapchat\w*|dm)\b.{0,40}\b(letters?|reports?|results?|documents?|paperwork)\b.{0,60}\b(diagnos\w*|medical|health (records?|information|conditions?|needs)|paediatrician'?s?|camhs|psychiatri\w*|psycholog\w*)\b|\b(discuss\w*|chat\w*|talk\w*|go(ing)?|run(ning)?|catch\w* up)( through| about| over| on)? (our |my |the |their |your |team |any |each other'?s )?(cases|caseloads?|case ?work|case discussions?|families we work with|service users)\b|\b(post|posting|posted|share|sharing|shared|put|putting|discuss|discussing)\b( \w+){0,2} (updates?|news|information|info|details)\b (about|on|re|regarding|of) (the |our |my |these |those |all )?(families|cases|children|young people|service users|clients|kids)( (we|i)('re| are| am|'m)? (working|work) with| on (my|our) caseloads?)?\b|\b(go|going|goes|went|talk|talking|talked|run|running) (them |her |him |mum |dad )?through\b.{0,30}\b(plan|assessment|report|minutes|concerns|allegations?|court|case|diagnosis)\b|\b(discuss|discussing|talk about|talking about|explain|explaining|send|sending|share|sharing)\b.{0,20}\b((cp|child protection|care|safety|cin|child in need|pathway) plan|concerns|allegations?|court (report|case|hearing)|health (info\w*|details|records?|needs)|medical (info\w*|details|records?)|diagnos\w+)\b/, 'case-sensitive'],
  // Content that is itself case-sensitive: health or medical details, a child protection plan, the concerns or allegations.
  [/\b(health|medical|mental health|diagnos\w*|medication|sexual health|hospital|gp) (info\w*|details?|records?|results?|reports?|notes?|letters?|history)\b|(?<!\b(on|under|subject to) (a |an |the )?)\b(child protection|cp|safety|care|cin|child in need|pathway) plans?\b(?! (review )?(meetings?|appointments?))|\b(details|specifics|outcome|findings) of (the |our |my )?(child protection |cp |safeguarding )?(concerns?|allegations?|investigation|enquir\w+|section 47|s47|strategy (meeting|discussion))\b/, 'case-sensitive'],
  [/\bassess(ment|ing)?\b(?! risk)/, 'assessment'],
  // Talking feelings through at length is the in-depth work Waltham Forest keeps off apps, not keeping in touch.
  [/\b(talk|talking|chat|chatting|go|going) (it |things |this )?through\b.{0,40}\b(feel|feels|feeling|feelings|worries|worried|placement|home|family)\b|\bhow (they|she|he)('re| are|'s| is) (feeling|getting on|coping)\b|\b(in[- ]depth|deep|proper|long) (chat|conversation|talk|discussion)s?\b/, 'assessment'],
  // An in-depth conversation held over the app: talking things through, how someone feels about their placement.
  [/(?<!\b(process|procedure|steps|hoops|checks|channels|approval|sign[- ]?off)\b.{0,25})\b(talk|talking|go|going|work|working) (it |things |this |that )?through\b(?! (her |his |their |the |my )?(parents?|mum|dad|carers?|guardians?|school|manager|solicitor|proper channels|channels|a process|the process|any process|a procedure))|\bin[- ]depth\b|\bhow (she|he|they)('s| is|'re| are) feeling\b|\b(therapeutic|counsell?ing|life story work)\b/, 'assessment'],
  // Direct work with a child held over the app ("do the wishes and feelings work on whatsapp", "life story sessions"): in-depth work, not keeping in touch.
  [/\b(use|using)\b (it|that|this|them|whatsapp|the app|an app|apps|text(s|ing)?|messag\w*|teams|video calls?|facetime|snapchat|instagram) (to do|for|to carry out|to have) (the |my |our |some |his |her |their )?(wishes and feelings|direct|life story|keeping safe) (work|sessions?|chats?)\b|\b(wishes and feelings|direct|life story|keeping safe) (work|sessions?)\b (on|over|via|through|by) (it|there|whatsapp|the app|an app|text|texts|messages?|messaging|teams|video|facetime|snapchat|instagram)\b/, 'assessment'],
  // A review held over the app ("do the review chat over whatsapp") is the in-depth work Waltham Forest keeps off apps.
  [/\b(do|doing|hold|holding|have|having|run|running|carry out|carrying out) (the |a |an |my |our |his |her |their )?(\w+'?s? ){0,4}review\b(?! (meeting|conference|minutes|record))|\breview (chat|call|conversation|session|discussion)s?\b|\b(assessment|review) questions\b/, 'assessment'],
  [/\b(appointment|remind(er)?|confirm(ing)? (the |a |my |our )?(visit|meeting|time)|running late)\b/, 'appointment'],
  // Introducing oneself to a family is Waltham Forest's example of keeping in touch ("confirming an appointment, or an introduction").
  [/\bintroduc(e|es|ed|ing) (myself|ourselves|me|us|yourself|themselves|himself|herself)\b|\b(an? |my |the )?(introduction|introductory|intro) (message|msg|text|whatsapp|email|e-mail|call)s?\b|\b(as|for) an? (introduction|intro)\b/, 'keep-in-touch'],
  // "Keep in touch with a dad" says who is contacted, not that the contact is keep-in-touch only ("just to keep in touch").
  [/\b(just|only|simply|purely|merely) (to )?keep(ing)? in touch\b|\bkeep(ing)?[- ]in[- ]touch\b(?! with)|\b(check(ing)? in|(?<!\b(i'?m|i am|been|was) )catch(ing)? up(?! on (my |the |our )?(work|paperwork|notes|recordings?|admin|case ?notes|emails|write-?ups))|touch base)\b/, 'keep-in-touch'],
  // The worker's own life told to a child (where they live, their own children, their relationships) is personal information too.
  [/\b(birthday|socially|(?<!\b(?:add|adds|added|adding|accept|accepts|accepted|accepting)\b.{0,30})as a friend|personal (chat|reasons?|message))\b|\b(where (i|we) live|(whether|if) (i'?ve|i have|i'?m|i am) (got )?(any )?(kids|children|married|single|a (partner|boyfriend|girlfriend|husband|wife))|(kids|children|family) of my own|(?<!\b(complain\w*|allegations?|grievances?|concerns?|moan\w*)\s(\w+\s)?)about (myself|me personally|my (own )?(private|personal|home) life))\b|\b(about|share|sharing|tell|telling|asks? me about|asking (me )?about)\b.{0,20}\b(?<!\b(?:one|1|2|3|some|two|three|all|any|each|both|none) of )my (own )?(weekend|kids|children|family|partner|boyfriend|girlfriend|husband|wife|personal life|private life|home life|love life|social life|holidays?|home address|age)\b/, 'personal'],
];

const INCIDENT: readonly [RegExp, Incident][] = [
  [/\b(indecent|nude|naked|sexual (image|photo|picture|video|content)s?|(explicit|dodgy|rude|naughty|sexy|dirty|x-rated) (image|photo|picture|pic|pik|video|vid|selfie)s?|sext(s|ing|ed)?|topless|dick pic|inappropriate (image|photo|picture|selfie|video)s?)\b/, 'indecent-image'],
  // Material nobody asked for: over Bluetooth or AirDrop, or from a number or sender the worker does not know.
  [/\bbluetooth\w*\b|\bairdrop(ped)?\b|\bunsolicited\b|\b(images?|photos?|pictures?|pics|videos?|material)\b.{0,80}\b(from|by) (an? )?(unknown|random|withheld|private|strange|unrecognised|unrecognized) (number|sender|person|mobile)\b|\b(unknown|random|withheld|unrecognised|unrecognized) (number|sender)\b.{0,60}\b(sent|send|sending)\b.{0,20}\b(images?|photos?|pictures?|pics|videos?)\b/, 'bluetooth-material'],
  // A threat made to someone else (an ex "threatening her in front of the kids") is harm to record, not a message to the worker.
  // A young person threatening to run or to harm themselves is in crisis, not sending the worker a threat.
  [/\b(abusive|(threatening|threat|threats|threatened)(?! (to )?(her|him|them|the (kids?|children|child|baby|family|mum|dad)|mum|dad|(his|her|their) (partner|ex|kids?|children|wife|husband|girlfriend|boyfriend))\b)(?! to (run|abscond|go missing|leave|self[- ]?harm|harm (her|him|them)sel|hurt (her|him|them)sel|kill (her|him|them)sel|end (it|her|his|their)|take (her|his|their) own|jump|overdose|cut))|nuisance|harass(ing|ment|ed)?|(swore|swears|swearing|sworn|cursing|cursed|effing) (at|down the phone to) (me|us|her|him|them|staff|the worker)|hostile (message|text)s?|abuse (me|at me)|shouted abuse|verbal(ly)? abus\w*|(offensive|foul) language|swore|swearing|swear words?|(effing|effed|f-?ing|fing) and blind(ing|ed)|eff(ed|ing)? and blind(ing|ed))\b|\b[a-z]+\*{2,}|\b(ring|rings|ringing|rang|call|calls|calling|called|phon\w+)\b.{0,60}(?<!\b(before|until|till|in case) (she|he|they|you|i|we|the caller|the referrer|mum|dad) )\b(hang|hangs|hanging|hung) up\b|\b(silent|prank|anonymous|heavy breathing) (calls?|number)\b|(?<!\b(?:on|with|using|via|use|my) (?:a )?)\bwithheld (calls?|number)\b|\b(keeps|kept|keep) (ringing|calling|phoning|texting)\b.{0,40}\b(night|midnight|\d{1,2} ?am|all hours|middle of the night)\b|\b(texting|texted|texts|messaging|messaged|messages|sending|sent|sends|leaving|left|whatsapping|emailing|emailed) (me |us |her |him |the worker )?(abuse|abusive (texts|messages|voicemails?))\b|\bcall(ing|ed|s)? (me|us|her|him|the worker) (all sorts of |all the |horrible |nasty |rude |vile |awful )?names\b|\b(nasty|horrible|rude|vile|insulting|offensive|derogatory|hateful|menacing|intimidating|racist|sexist|homophobic) (comments?|messages?|texts?|voicemails?|voice ?notes?|e-?mails?|posts?|remarks?|replies)\b/, 'abusive-message'],
  [/\b(sent|send|received|got|opened|came with|from)\b.{0,60}\b(attachment|attachments)\b|\b(attachment|attachments)\b.{0,40}\b(sent|received|from|in (a|an|the) (message|email|text|whatsapp))\b|\b(dodgy|suspicious) (link|file|attachment|message)s?\b|\b(link|attachment|file)s?\b.{0,30}\b(scam|spam|dodgy|suspicious|virus|phishing|dangerous)\b|\b(virus|phishing|malware)\b|\binappropriate (message|msg|link|file|content|attachment)s?\b|\b(offensive|horrible|disturbing|graphic|upsetting|vile|obscene|gross|disgusting|violent) (pictures?|pics?|photos?|images?|videos?|vids?|memes?|gifs?|attachments?|links?)\b/, 'inappropriate-attachment'],
  [/\b(instagram|facebook|tiktok|snapchat|social media|online|whatsapp|messenger)\b.{0,80}\b(court order|contact order|no[- ]contact order|restrict\w* contact|(court|judge|order)( \w+){0,2} no[- ]contact|(in )?breach of|defian\w*|defying|behind (everyone'?s|our|the|her|his|their) backs?)\b|\b(court order|contact order|no[- ]contact order|restrict\w* contact)\b.{0,80}\b(instagram|facebook|tiktok|snapchat|social media|online|messag\w+)\b|\b(came across|come across|stumbled (on|across)|spotted|found|seen|saw) (a |an |the |her |his |their |some |this )?((yp|young person|child|kid|girl|boy|lad)'?s |[a-z]+\/)?(insta\w* |tiktok |snapchat |snap |facebook |fb |twitter |youtube |social media )?(posts?|profile|page|messages|photos?|videos?|stories|story|account|live ?stream)\b|\b(concerning|worrying|worried about|concern about|concerns about|alarming|seen) (a |an |some |her |his |their |the )?(post|posts|profile|page|video|story|stories|photos?|content|activity|group)\b|\bpost(ed|s|ing)? (on|to) (instagram|facebook|tiktok|snapchat|social media|twitter)\b|\b(instagram|facebook|tiktok|snapchat|social media|social networking) (post|page|profile|site)s? .{0,40}\b(concern|worr|drugs|weapon|gang|knife|alcohol|sexual)|\b(instagram|insta|facebook|tiktok|snapchat|social media|youtube|twitter)\b.{0,80}\b(bragg\w*|boast\w*|showing off|nick(ing|ed)|steal\w*|stole|shoplift\w*|wasted|stoned|robb\w*|crimes?|criminal|drugs|weed|weapons?|gangs?|knife|knives|guns?|machete|self[- ]?harm\w*|cutting|alcohol|drinking|drunk|naked|sexual|older (men|man|boys?|lads?|guys?|males?)|groom\w*|county lines)\b|\bsocial networking site\b|\b(public |open )?(page|profile|account|posts?|posting|posted|stories|videos?)\b.{0,80}\b(older (men|man|boys?|lads?|guys?|males?)|groom\w*|county lines|gangs?|weapons?|knives|self[- ]?harm\w*)\b|\b(look|looking|looked|check|checking|checked|search|searching|searched|view|viewing|monitor\w*|screenshot\w*)\b (at |up |through |on )?(a |an |the |her |his |their |(young person|yp|child|kid|girl|boy|lad|mum|dad|parent|carer|family|\w+'s)'?s? )*(public |open )?(insta\w*|tiktok|snapchat|facebook|fb|twitter|social media|online)( (profile|page|account|posts?))?\b.{0,80}\b(safeguarding|concern\w*|worr\w*|evidence|gather\w*|note|record|write down|screenshot)\b|\b(groom\w*|county lines|exploit\w*|safeguarding|worried|concern(s|ed)?)\b.{0,60}\b(insta\w*|tiktok|snapchat|facebook|fb|twitter|social media)\b.{0,60}\b(look|looking|check|checking|search|searching|view|viewing|monitor\w*|screenshot\w*|go(ing)? through)\b|\b(account|accounts|page|pages|profile|group|groups|posts?|posting|posted|videos?|stories)\b.{0,40}\b(about|of) (her|him|them|the (young person|child|girl|boy))\b.{0,60}\b(involved|county lines|gangs?|drugs|exploit\w*|groom\w*|sex\w*|fight\w*|bully\w*|threat\w*|weapons?|knives|knife)\b/, 'concerning-social-content'],
];

/**
 * The other kinds of incident a message tells of besides the one read first, each from words of its own (the first one's
 * words taken out): "abusive texts last night, and an image came over Bluetooth" is two incidents, each with its own advice.
 */
function otherIncidents(text: string, read: Reading<Incident>): Reading<Incident>[] {
  const others: Reading<Incident>[] = [];
  let rest = text.replace(read.from, ' ');
  for (;;) {
    const next = first(rest, INCIDENT.filter(([, kind]) => kind !== read.value && !others.some((o) => o.value === kind)));
    if (!next) return others;
    others.push(next);
    rest = rest.replace(next.from, ' ');
  }
}

/** Between two incidents told of separately: a sentence's end, a joining word or a number ("… last night AND some image …"). */
const BETWEEN_INCIDENTS = /[.?!;]|\b(and|plus|also|then|separately|as well as)\b|\b\d\)/;

/**
 * The incidents a message tells of separately, in the order told (the cards answer them in that order): one thing described
 * in words of two kinds ("airdropped me a nude", "an indecent image from an unknown number") is one incident.
 */
function separateIncidents(text: string, read: Reading<Incident>[]): Reading<Incident>[] {
  const told = read.map((r) => ({ r, at: text.indexOf(r.from) })).sort((a, b) => a.at - b.at);
  const apart = told.every((t, i) => i === 0 || (told[i - 1]!.at + told[i - 1]!.r.from.length <= t.at && BETWEEN_INCIDENTS.test(text.slice(told[i - 1]!.at + told[i - 1]!.r.from.length, t.at))));
  return apart && told.length > 1 ? told.map((t) => t.r) : [];
}

/** A turn supposed, not told ("what if she won't give it to me", "and if he refuses"), to the end of its sentence. */
const SUPPOSED = /\b(?:what if|and if|but if|if|in case|suppose|supposing) (?:she|he|they|the (?:young person|child|kid|girl|boy|lad))\b[^.?!]*/g;

const IMAGE_HANDLING: readonly [RegExp, NonNullable<Situation['imageHandling']>][] = [
  // Asking for it to be sent on is what Pan Dorset forbids, whoever the asker means it for (police, evidence, a manager).
  [/\b(ask|asking|asked|get|getting|got|tell|telling|told|request|requesting)( the| a| that| this)? (her|him|them|young person|young people|yp|child|children|kids?|girl|boy|pupil|student|lad|teen|teenager|service user) to (forward|send|share|screenshot|airdrop|email|text|whatsapp)\b/, 'asked-to-forward'],
  // Agreeing to the young person sending it to the worker ("she asks if she should forward them to me", "can he send it to
  // me?") is asking for it to be sent on.
  // So is its offer to send it ("he says he'll send it to the unit phone"): to the worker, or to a phone or inbox of the service
  // (not the worker asked to send it on: "she wants me to forward it to my phone").
  [/\b(she|he|they|young person|yp|child|girl|boy|lad|teen)\b(?:(?!\b(?:me|us) to\b).){0,30}(\b(should|can|could|shall|may|to|will|would|gonna)|'ll|'d)( just| then| straight)? (forward|send|share|airdrop|email|text|whatsapp) (it|them|that|this|those|these|(the|that|this|her|his) ([\w-]+ )?(pics?|pictures?|photos?|images?|videos?|nudes?)) (on |over |across )?to (me|us|my (work |own )?(phone|mobile|email|e-mail|number|whatsapp)|the (unit|home|work|team|office|duty|house|staff|service) (phone|mobile|ipad|tablet|email|e-mail|inbox))\b/, 'asked-to-forward'],
  // A worker forwarding or sending it on to someone (a manager, the police) makes another copy: the same as downloading it.
  [/\b(forward|forwarding|forwarded|send|sending|share|sharing|airdrop|airdropping|pass|passing)\b (it|them|that|this|(the |a |that |this |her |his |their )?(\w+ )?(image|photo|picture|pic|video|material)s?) (on |over |across )?(to|with) (my |the |our |a |her |his )?(line manager|team manager|manager|tm|boss|supervisor|senior|police|colleagues?|dsl|head of service|team|social worker)\b/, 'download'],
  // Downloading, saving or copying the image to look at it is what Pan Dorset 2.5 says staff should never do.
  [/\b(download|downloading|downloaded|save|saving|saved|keep a copy|keeping a copy|take a copy|copy|copying|screenshot|screenshotting)\b (it|them|that|this|a copy|(the |a |that |this |her |his |their |any )?(\w+ )?(image|photo|picture|pic|video|material)s?)\b/, 'download'],
  [/\b(refus(es|ed|ing) to (hand|give|let me (have|take))|(won'?t|wouldn'?t|will not|would not|didn'?t|did not|doesn'?t|does not)( want to)? (hand|give|let me (have|take))|declin(es|ed|ing) to (hand|give)|(unwilling|not willing) to (hand|give))\b/, 'young-person-refuses'],
  [/\b(wants? to show me|showed me|show(ing)? me|volunteer(s|ed|ing)?|offered to show|on (her|his|their) (own )?phone)\b/, 'young-person-volunteers'],
  // "sent an explicit selfie to my work WhatsApp": what was sent comes between the sending and the worker's own phone or app;
  // a colleague's work phone or the service's ("my SW got a sexual image over her work whatsapp") is a staff phone too.
  [/\b(sent (me|to me|to my)|i (received|got|have been sent)|received (on|to) my|(on|to) my (work |own |personal )?(phone|mobile|iphone|email|laptop)|came through on my|been sent)\b|\bsent\b.{0,40}\bto my (work |own |personal )?(phone|mobile|iphone|whatsapp|e-?mail|number|account|instagram|snapchat|laptop)\b|\b(received|got|been sent|was sent)\b.{0,60}\b(on|to|over|via|through|into) ((her|his|their|our) work |the (work|duty|unit|team|office) )(phone|mobile|iphone|whatsapp|e-?mail|inbox|number|account|instagram|laptop)\b/, 'received-on-staff-phone'],
];

const WORDING: readonly [RegExp, Wording][] = [
  [/\b(colleague|mate at work|co-?worker|another (worker|social worker)|the other (worker|social worker)|(one of )?(my|our|the|a) (sws?|social workers?|workers?|team members?|practitioners?|students?|staff)|sws?|social workers?|she|he)\b.{0,80}\b(her|his|their) (own )?((case|visit|hand ?written|handwritten|contact) )?(notes?|recordings?|write[- ]?ups?|entries)\b.{0,80}\b(input|type|put|enter|add|upload|log|get)( them| it| those)?( up| on| in| onto| into)?\b/, 'on-behalf-of'],
  // Putting an absent colleague's notes on for them: "type her visit notes in for her", "put his case notes on while he's off".
  [/\b(typ(e|es|ed|ing)|put(s|ting)?|writ(e|es|ing)|enter(s|ed|ing)?|add(s|ed|ing)?|upload(s|ed|ing)?|input(s|ting)?|log(s|ged|ging)?|get(ting)?|transfer(ring)?|copy(ing)?)( up| on| in| onto| into)?\b.{0,30}\b(her|his|their|my colleague'?s?|a colleague'?s?|the other worker'?s?|the social worker'?s?|another worker'?s?) (own )?((case|visit|hand ?written|handwritten|contact) )?(notes?|recordings?|entries|entry|write[- ]?ups?|notebook)\b(?!.{0,20}\bfor me\b)/, 'on-behalf-of'],
  [/\bon behalf of\b|\b(for|on) (a |my )?colleague'?s? (note|case note|behalf)\b|\bsomeone else'?s? (login|log in|note)\b|\b(under|using) (another|someone else'?s?|a colleague'?s?) (login|log in|name)\b|\bput (a |the )?(case )?note on for\b|\b(note|notes|case notes?|recordings?|entry|entries|entered|typed|added)\b.{0,30}\bfor (a |my |another |(\d+|two|some|one|both|all|a few|several) of (the |my |our )?|the |other )?(colleagues?|workers?|social workers?|sws?|practitioners?|someone else|another (worker|person|social worker))\b|\b(colleague|someone else|another (worker|person|social worker))\b.{0,120}\b(log ?in|login|logon)\b|\b(log ?in|login|logon)\b.{0,120}\b(colleague|someone else|another (worker|person|social worker))\b|\b(log(ged|ging)? ?(in|on)|login|logon|sign(ed|ing)? in|go on|get on)( to (mosaic|the system|the cms|it))? (as|under) (her|him|them|my colleague|a colleague|my manager|someone else|another (worker|person|colleague|social worker))\b|\b(use|using|used|borrow|borrowing|with|on|under) (her|his|their|my colleague'?s?|a colleague'?s?|someone else'?s?|another (worker|person|colleague|social worker)'?s?) (password|passwords|login|log in|log-in|logon|login details|log in details|credentials|smart ?card)\b/, 'on-behalf-of'],
  // Someone else typing up the practitioner's note: "business support is typing up my case note for me".
  [/\b(typ(e|es|ed|ing)|put(s|ting)?|writ(e|es|ing)|enter(s|ed|ing)?|add(s|ed|ing)?|upload(s|ed|ing)?|input(s|ting)?|log(s|ged|ging)?)( up| on| in)?\b.{0,15}\b(my|a|the|this|that) (case )?(notes?|recordings?|entry|entries|visit notes?)\b.{0,25}\bfor me\b|\b(business support|admin|administrator|admin worker|secretary|student|colleague|another worker|someone else)\b.{0,40}\b(typ(e|es|ed|ing)|put(s|ting)?|input(s|ting)?|enter(s|ed|ing)?|add(s|ed|ing)?|upload(s|ed|ing)?)( up| on| in)?\b.{0,15}\bmy (case )?(notes?|recordings?|entry|entries|visit notes?)\b/, 'on-behalf-of'],
  // Where a complaint is logged (an episode, a form on Mosaic); whether one is recorded at all is what to record.
  [/\b(complaints?|compliments?)\b.{0,60}\b(episode|forms?|called|mosaic|log|logged|logging)\b|\b(episode|forms?|mosaic|log|logged|logging)\b.{0,60}\b(complaints?|compliments?)\b/, 'complaint-episode'],
  [/\blegal (advice|discussion)\b.{0,60}\b(note type|case note type|what type|which type|type of (case )?note|document type)\b|\b(note type|case note type|document type)\b.{0,60}\blegal\b/, 'legal-advice-note-type'],
  [/\bsummar(y|ies)\b.{0,40}\b(heading|title|called|label|headed)\b|\b(heading|title|label)\b.{0,40}\bsummar(y|ies)\b/, 'case-summary-heading'],
  [/\bwhatsapp(ing|ed)?\b.{0,80}\b(consent (message|msg|text|script|wording|template|form)|first (outbound )?message|opening message|script|wording|template|what (do|should) i (say|put|write|send))\b|\b(consent (message|msg|text|script|wording|template|form)|first (outbound )?message|opening message|script|wording|template|what (do|should) i (say|put|write|send))\b.{0,80}\bwhatsapp(ing|ed)?\b|\bfirst (outbound )?whatsapp (message|msg|text)\b/, 'whatsapp-consent'],
];

/** "WhatsApp consent?": the consent wording, unless the question states whether consent was given (then it is a fact, not a request). */
// What the consent message tells the family (Meta owns the platform, data may go abroad, consent can be withdrawn) and
// the record of their agreement are asked of the same provision.
const CONSENT_TERMS = String.raw`\b(consent|(?:notes?|records?|evidence|proof)\b.{0,40}\bconsented|meta|owned by|who owns|owns (it|the|their|her|his)|(data|messages|chats?|info\w*) (actually )?(go|goes|went|gets? (sent|stored|kept)|is (stored|kept|held|sent)|are (stored|kept|held|sent))|where (\w+ ){0,4}(data|messages|info\w*) (go|goes|is|are|ends? up)|transferr\w* (abroad|overseas|to another country)|(data|messages|chats?|info\w*|stuff|details|photos)\b.{0,30}\b(another country|abroad|overseas|the (usa|us|states|america)|america|usa)\b|withdr[ae]w\w*|opt(s|ed|ing)? out|(doesn'?t|don'?t|does not|do not|no longer) want\w* (to (use|be on|carry on (with|using)) )?(whatsapp|it|this|that|messages)|wants? (to )?stop\w*|changed? (her|his|their) minds?|(replied|messaged|texted|said|sent)( back)?( \w+)? ['"‘“]?stop\b|['"‘“]stop['"’”])\b`;
const AGREED = String.raw`\b(record\w*|evidence\w*|note|noting|log\w*|document\w*|case note)\b.{0,40}\b(agreed|agreement|said yes|replied yes|signed up|opted in)\b`;
// "Whatsapping a dad ... never asked for consent": the verb names the channel as the noun does.
const WHATSAPP_CONSENT: readonly [RegExp, Wording][] = [[new RegExp(`\\bwhatsapp(?:ing|ed)?\\b.{0,80}${CONSENT_TERMS}|${CONSENT_TERMS}.{0,80}\\bwhatsapp(?:ing|ed)?\\b|${AGREED}.{0,40}\\bwhatsapp\\b`), 'whatsapp-consent']];

const RETENTION: readonly [RegExp, RetentionRecord][] = [
  [/\badoption\b.{0,50}\b(not (made|granted|go ahead)|never (made|granted)|fell through|didn'?t go ahead|was not made|wasn'?t made|no order)\b|\bno adoption order\b|\b(adoption|adopt)\b.{0,30}\b(did not|didn'?t) (happen|proceed)\b|\b(consider\w*|explor\w*|plann\w*|looked at|thought about)\b.{0,20}\badoption\b.{0,80}\b(but|never|instead)\b|\badoption\b.{0,80}\b(stayed|remained|went back|returned|went home|staying|remaining|stays|remains) (with|to|at) (the |her |his |their )?(birth )?(parents?|mum|mother|dad|father|family|home)\b|\badoption\b.{0,50}\b(not (made|granted|go ahead)|never (made|granted)|fell through|didn'?t go ahead|was not made|wasn'?t made|no order)\b|\bno adoption order\b|\b(adoption|adopt)\b.{0,30}\b(did not|didn'?t) (happen|proceed)\b|\b(considered|considering|explored|exploring|thought about) adoption\b|\badopt\w*\b.{0,120}\b(never (been )?(looked after|placed|in care)|stayed with (her |his |their |the )?(birth )?(parents?|mum|mother|family))\b/, 'adoption-order-not-made'],
  [/\badoption order\b.{0,40}\b(before (30 december|december) 2005|before 2005|19\d\d|200[0-4])\b|\bpre-?2005 adoption\b/, 'adoption-order-before-2005-12-30'],
  [/\badopt(ion|ed|ers?)\b/, 'adoption-order-made'],
  // Connected persons and kinship carers are assessed and approved as foster carers: the same rows of the table.
  [/\b(foster(ing)?|connected( persons?)?|kinship) (carers?|parents?|applicants?|application|assessment)\b.{0,60}\b(not approved|refused|withdr[ae]w[n]?|rejected|unsuccessful|turned down|pulled out)\b|\b(not approved|refused|withdr[ae]wn?|rejected|unsuccessful|turned down|pulled out)\b.{0,60}\b(foster|connected (carer|person)|kinship carer)/, 'foster-carer-not-approved'],
  // Fostering named anywhere, and an application or assessment that ended before approval.
  [/^(?=.*\bfoster\w*).*(\b(withdr[ae]wn?|withdrawing|pulled out( of)?|refused|rejected|turned down|unsuccessful)\b.{0,40}\b(applications?|applicants?|assessments?|approv\w*)\b|\b(applications?|applicants?|assessments?)\b.{0,40}\b(withdrawn|withdrew|pulled out|refused|rejected|turned down|unsuccessful|not approved|never approved|did not go ahead|didn'?t go ahead)\b|\bbefore (they|she|he) (were|was) (ever )?approved\b)/, 'foster-carer-not-approved'],
  [/\bfoster(ing)? (carers?|parents?|household|families|family|register)\b|\bfostering (records?|files?)\b|\bformer foster carers?\b|\bconnected persons?\b/, 'foster-carer-approved'],
  // Fostering named anywhere, and a carer whose approval has ended (resigned, deregistered, retired) or a carer's own file.
  // So is a carers' approval terminated, fostering named or not ("SSW. carers resigned and their approval was terminated").
  [/^(?=.*\bfoster\w*).*\b(carers?'? (files?|records?)|approval (\w+ )?(ended|terminated|ceased|came to an end|was terminated|was ended)|resigned|deregistered|de-registered|retired)\b|\bcarers?\b.{0,60}\bapproval (\w+ ){0,2}(ended|terminated|ceased|came to an end)\b/, 'foster-carer-approved'],
  [/\bchildren'?s homes?\b|\bresidential (home|unit|placement|children'?s home)\b/, 'childrens-home'],
  // "In our care", "in local authority care": the council's own words for a looked after child.
  [/\blooked[ -]after\b|\bin (?:(?:our|the council'?s?|the local authority'?s?|local authority|la|council|foster) )?care\b|\bcare leavers?\b|\bchild in care\b|\bchildren in care\b/, 'looked-after-child'],
  [/\bchild protection\b|\bchild in need\b|\bchildren in need\b|\breferrals?\b|\bassessments?\b|\bserious case review\b/, 'child-protection'],
];

// What kind of entry is being written, for what it must contain (first match wins).
const ENTRY: readonly [RegExp, RecordEntry][] = [
  // Papers about a worker or another service user (a complaint, an allegation, an abuse investigation) going on a child's file.
  [/\b(investigation|allegation|lado|disciplinary|complaint|abuse enquiry)s? (documents?|papers?|paperwork|reports?|notes|information|details|files?|minutes|emails?)\b|\b(about|relat\w* to|involv\w*|concerning|against|into) (a |the |another |one of our |our )?(member of staff|staff member|staff|workers?|colleagues?|foster carers?|residential workers?|carers?|(other|another) (child|children|service users?|family|families|young (person|people))|(foster carer|carer|worker|staff member|member of staff|colleague)'?s? (own )?(sons?|daughters?|child|children|kids?|family|partner|husband|wife|birth children))\b.{0,80}\b(on|onto|in|into|on to) (the |her |his |their |this |a |my |our )?((\w+ ){0,3}child'?s? |young person'?s? |service user'?s? |kid'?s? |own )?(mosaic |case )?(file|record|notes|mosaic)\b/, 'other-people'],
  // Other service users or families named in someone's case note ("can I name the other parents at the group?").
  [/\b(name|naming|mention\w*|identify\w*|include\w*|put|write|record)\b.{0,30}\b(other|another) (service users?|famil(y|ies)|child(ren)?|young (person|people)|parents?|clients?|people in the group|group members?)\b|\b(info\w*|details|names?) (about|on|of) (other|another) (service users?|famil(y|ies)|child(ren)?|young (person|people)|clients?)\b/, 'other-people'],
  // A carer's own record (a foster carer's file, prospective adopters' records), not the child's (Nottinghamshire: specialist advice).
  [/\b(foster carers?'?s?|fostering households?'?s?|adopters?'?s?|adoptive parents?'?s?|connected persons?'?s?|kinship carers?'?s?|special guardians?'?s?) (own |personal |case )?(files?|records?|case records?|paperwork)\b|\b(files?|records?|case records?|recordings?) (for|on|of|about) (the |a |our |my |these |those |their )?(prospective |approved |new )?(foster carers?|adopters?|adoptive parents?|fostering households?|connected persons?|kinship carers?|special guardians?)\b|\bform f\b|\b(fostering|adopters?|prospective adopters?|connected persons?) assessments?\b/, 'carer-record'],
  // Closing a case, or transferring it to another team or worker: closure and transfer summaries (Nottinghamshire).
  [/\b(clos(e|es|ing)|shut(s|ting)?) (down )?(the |my |this |a |her |his |their |our )?((cin|cp|child in need|child protection|lac|early help) )?(case|cases|file|episode|involvement)\b|\b(case|file|episode|involvement) (is |are |will be |being |to be |due to be |going to be |getting )?(clos(ing|e)|closed down|shut(ting)?|ending)\b|\b(due to be|going to be|being|will be|to be|getting|ready to be) closed\b|\b(case|file|episode|cin|cp) closures?\b|\bclosure (summar\w*|episode|records?|notes?|forms?|paperwork|process)\b|\btransfer(s|ring|red)? (the |my |this |a |her |his |their |our |over )?((cin|cp|child in need|child protection|lac) )?(case|cases|file|files|caseload|family)\b|\b(case|cases|file|files|caseload|family) (is |are |being |will be |to be )?(transferr\w*|moving (over|across|to)|handed over|going (over|across) to)\b|\btransfer (summary|summaries|episode|note|of (the )?(case|file|caseload))\b|\bhand(ing|ed|s)? over (my |the |her |his |their |this |a |all my )?(caseload|cases?|files?)\b|\bhandover (of|summary|note)\b|\bstep(ping|ped|s)? (\w+ ){0,2}down (to|into) (early help|universal)\b/, 'closure'],
  [/\b(complain\w*|complaint)\b/, 'complaint'],
  [/\b(minutes|minute taking|minute-taking)\b/, 'minutes'],
  [/\b(jargon|acronyms?|abbreviations?|set of initials|derogatory|judgement?al|colloquial|slang|formal (style|language)|bullet points?|note form|plain (english|language)|writing style|how (should|do) i word|spell\w* (of )?(the |their )?names?|who (will|might|could) read)\b/, 'writing'],
  // Differing accounts settled into one ("decide which version is right", "pick one story"): what MIRRA 7 says not to attempt.
  [/\b(decide|deciding|work(ing)? out|settl\w+|pick\w*|choos\w+|establish\w*|determin\w+|judg\w+|figur\w+ out|say\w*)\b.{0,20}\b(which|whose)\b.{0,30}\b(versions?|accounts?|story|stories|narratives?|sides?|is (right|true|correct|accurate|the truth))\b|\b(pick|agree|settl\w+ on|choos\w+|decid\w+ on|go(ing)? with|establish\w*|get|write|record)\b.{0,30}\b(one|1|a single|an agreed|one agreed|1 agreed|the one|the 1|a true|the true|the right)( agreed)? (version|narrative|story|account)\b|\b(versions?|accounts?|story|stories)\b.{0,40}\b(more|most) (likely|credible|believable|plausible|accurate|reliable|convincing)\b|\b(whichever|whoever'?s?)\b.{0,30}\b(more|most) (likely|credible|believable|plausible|accurate|reliable|convincing)\b|\b(accounts?|versions?|stories|narratives?)\b.{0,50}\b(settl\w+ on|pick|choose|go with|decide on|agree on) (just )?(one|1)\b|\b(accounts?|versions?|stories|narratives?|sides)\b.{0,80}\b(decid\w+|pick\w*|choos\w+|work(ing)? out)\b.{0,10}\bwhich (one|1)\b/, 'single-narrative'],
  [/\b(views,? wishes|(her|his|their|mum'?s|dad'?s|the (child|young person|parent)'?s) (version|side of (the story|things|it)|account of (what|it|the))|sees? (it|things) differently|disput\w+ (the|what|my|our|how)|not happy with (what|how) .{0,30}(written|recorded|wrote)|(can'?t|cannot|too (young|little) to|unable to|not able to|isn'?t able to) (tell|say|talk|speak|communicate|express|give (her|his|their) views)|(can'?t|cannot|unable to|not able to|impossible to|no way to|too (young|little) to) (get|obtain|gather|ascertain|seek|hear|capture|ask for|have) (her|his|their|the (child|baby|kid|young person)'?s?) (views|wishes|voice)|wishes,? (and|&) feelings|voice of the (child|young person)|(child|young person|yp)'?s? (own )?(voice|views)|disagree\w*|(doesn'?t|does not|don'?t|do not) agree|can'?t (talk|speak|communicate)|cannot (talk|speak|communicate)|(doesn'?t|does not|isn'?t|is not|not) (talk|speak|talking|speaking)( yet| much| at all)?|non[- ]?verbal|pre[- ]?verbal|how (she|he|they|the (child|young person|yp|kids?|baby)) (felt|feels|was feeling|is feeling)|what (the (child|young person|yp|kids?)) (wanted|wants|thinks|thought|felt|feels)|views,? wishes|wishes,? (and|&) feelings|voice of the (child|young person)|(child|young person|yp)'?s? (own )?(voice|views)|disagree\w*|(doesn'?t|does not|don'?t|do not) agree|(her|his|their) (own )?(version|side of (the story|things|it)|account of (it|what happened|events)|perspective|point of view)|(see|saw|sees|seeing|remember|remembers|remembered|describe[sd]?|tell|tells|told|recall\w*) (it|things|this|that|events|what happened|the (\w+ )?(contact|visit|incident|meeting|session|events?|night|day|argument|row|fight))( (totally|completely|very|quite|really|so|a bit|slightly))? differently|(different|differing|conflicting|opposing) (views|perspectives|versions|accounts)|multiple (voices|perspectives)|can'?t (talk|speak|communicate)|cannot (talk|speak|communicate)|non[- ]?verbal|pre[- ]?verbal|(how|that|whether|where) (the )?(parents?|famil(y|ies)|carers?|service users?|child(ren)?|young (person|people)|they|mum|dad|grand\w+) (were|was|are|is|have been|has been|got|get) involved|involvement of (the )?(parents?|famil(y|ies)|carers?|service users?|child(ren)?|young (person|people))|(parents?|famil(y|ies)|carers?|service users?|child'?s|young person'?s)'?s? (own )?involvement)\b/, 'views'],
  [/\b(significant harm|risk of harm|record(ing)? (the )?risks?|(recording|record|note|case note|write[- ]?up)s? (about|of|on|around) (the )?risks?|risk (evaluation|analysis|recording|record|episode)|(risk|risks) (is|are) (now )?significant|significant risks?|(say|write|put|record|include|cover|show|mention)( \w+){0,3} about (the )?risks?|risks? (has|have|is|are)( now)? (gone up|increased|escalated|risen|got worse|gotten worse|heightened|gone through the roof)|(increas\w*|escalat\w*|rising|heightened|raised) (level of )?risks?)\b/, 'risk'],
  [/\b(letters?|fax(es)?)\b|\b(sent|send|sending|made|make|making) (a |the |my )?referral\b|\b(sent|send|sending|forward\w*|pass\w*|shar(e|ed|ing)|rais\w*|referr\w*) (on )?(our |my |the |safeguarding |these |those )*(concerns?|referrals?|worries)\b.{0,40}\bto (a |the |another |other |a neighbouring |neighbouring |a different |the other )?([\w']+ ){0,2}(agency|agencies|local authority|la|council|authority|front door|mash|children'?s services|social services)\b|\breferr(ed|ing|al)\b.{0,30}\bto (another|a different|the other|other|a new) (agency|local authority|la|council)\b/, 'correspondence'],
  [/\b(first contact|initial contact|referrer|referred in|(new|incoming) referral|(received|taking|take|took|input\w*|enter\w*|logging|log|logged|process\w*|typing( up)?) (a |the |this |new )?referral|(ring|rings|ringing|rang|phon\w+|call\w*|com\w+) (in )?(with )?(a |the )?referral|referral (has come |came |coming )?(in )?(from|by) (a |an |the )?(teacher|school|neighbour|gp|health visitor|police|nurse|member of the public|relative|family member|grand\w+|parent|mum|dad))\b/, 'first-contact'],
  [/\b(court|conference|social work|written) reports?\b|\b(write|writing|wrote) (a |the |my )?reports?\b/, 'report'],
  [/\bassessments?\b/, 'assessment'],
  [/\b(care|cin|child in need|child protection|pathway|safety) plans?\b|\b(write|writing|update|updating) (a |the )?plan\b|\b(child'?s|family'?s|young person'?s) plans?\b|\bplans? (need|needs|have|has|should|must) (a |to )/, 'plan'],
  [/\breviews?\b/, 'review'],
];

// What about the way a record is written is asked (Nottinghamshire, case notes must be clearly understandable); read only
// when the question is about a record, so "text speak" in a message to a young person stays a contact question;
// "anything notts wants recorded re …", "needs noted": what is wanted in the record, said without "to be".
const ABOUT_A_RECORD = /\b(wants?|needs?|expects?) (\w+ ){0,2}(recorded|written down|noted)\b|\brecord(ed|ing)? (re|about|regarding)\b|\b(leave|leaving|left) (it|this|that|them|the \w+( \w+)?) (blank|empty)\b|\b(do|should|must|can|shall) (i|we) (include|mention) (it|this|that|them)\b.{0,40}\b(leave|leaving) (it|this|that|them) out\b|\b(case ?notes?|notes?|recordings?|records?|record(ed)? (it|this|that)|(recorded|documented|noted) (down )?(my|an|the|her|his|their|our|a|some)\b|write[- ]?ups?|writ(e|es|ing|ten) (it |this |that )?(up|down|in|on)|put (it |this |that )?(in|on|down)|put (\w+ ){1,3}down (as|with|under)|mosaic|files?|assessments?|reports?|minutes|(care |cin |child in need |child protection |cp |pathway |safety )?plans?|entry|entries|chronolog\w*|paperwork|(keep|hold|store) (all )?(this|that|the|so much|these|those)? ?(stuff|info|information|data|details) (on|about) (her|his|their|the|them|us|me|my|families|people)|fields?|boxes|box|forms?|sections?)\b|\b(can|should|may|could|do|shall|must) (i|we) (write|put|say|state|describe|record) (that|down|in|on|him|her|them|dad|mum|it|['\u2018\u201c\x22])|\bwhat (do|should|shall|must|can) (i|we) (write|put)\b|\b(input|inputting|inputted|entering|enter (it|this|that|them|a|the))\b|\b(should|do|does|would|will|shall) (all )?(this|that|it|these|they|them)( all)? go (in|on|down)\b/;
const NAMED_PERSON = String.raw`(mum|dad|mother|father|parents?|carers?|grand(ma|mother|dad|father|parent)s?|nan|gran|child|kid|young person|yp|family|her|him|them|the (mum|dad|family|child|young person|carer|foster carer|parent))`;
// Words that judge a person rather than describe what they did (Nottinghamshire: no negative or derogatory descriptions).
const PEJORATIVE = String.raw`nightmare|liar|waste of space|idiot|slob|scrounger|lazy|useless|stupid|thick|vile|horrible|nasty|gobby|mouthy|minger|disgusting|pathetic|hopeless|feckless|scum|nutter|psycho|crackhead|druggie|smackhead|loser|dosser|chav|creepy|creep|sleazy|sleazebag|slimy|shifty|dodgy|weirdo|unpleasant|obnoxious|arrogant|ignorant|selfish|manipulative|repulsive|revolting|skanky|trashy|cocky|annoying|irritating|unlikeable|unlikable|spiteful|evil`;
const WRITING: readonly [RegExp, WritingAspect][] = [
  // A name filled in from the rest of the family (the eldest's surname, the kids' surname) instead of asked for.
  [/\b(same|their|his|her|the) (sur|family |last )?names? as (the |her |his |their |my )?(eldest|oldest|youngest|older|younger|mum|dad|mother|father|siblings?|brothers?|sisters?|kids|children|others?|rest)\b|\b(assum\w+|guess\w*|infer\w*|presum\w+|made up|filled in)\b.{0,40}\b(sur|family |last |full )names?\b|\b(sur|family |last |full )names?\b.{0,40}\b(assum\w+|guess\w*|infer\w*|presum\w+)\b|\b(didn'?t|did not|never|haven'?t|have not) (ask|check)\w*\b.{0,30}\b(sur|family |last |full |first )names?\b/, 'names-inferred'],
  // Someone else's surname offered for a person whose own is not known: "the kids have her surname, can I just put Tony Smith?".
  // Someone put down under another family member's surname ("can I just put him down with the kids' surname?").
  [/\b(put|putting|write|writing|record|recording|enter|entering|log|logging|add|adding|down)\b (\w+ ){0,3}?(with|under|as|using) (the |her |his |their |mum'?s |dad'?s )?(kids'?|children'?s?|child'?s|baby'?s|mum'?s|dad'?s|family'?s?|same|sibling'?s?|brother'?s|sister'?s) (sur|last |family )?names?\b/, 'names-inferred'],
  [/\b(kids|children|child|baby|siblings?|brothers?|sisters?|mum|dad|family)\b.{0,25}\b(have|has|got|use|uses|go by|goes by|carry|carries|share|shares|are all)\b.{0,10}\b(her|his|their|mum'?s|dad'?s|the same|the kids'?|the children'?s|that) (sur|last |family )names?\b.{0,80}\b(can|could|shall|should|ok|okay|fine)\b.{0,30}\b(put|use|write|record|enter|go with|give)\b/, 'names-inferred'],
  // Asked to leave something out of the record ("told me in confidence", "begged me not to write it down").
  [/\b(in confidence|off the record|(just|only|strictly) between (us|you and me|ourselves|the two of us)\b(?! and)|keep (it|this|that) (just )?(between (us|you and me|ourselves|the two of us)|(a )?secret)|promise (me )?(not to|you won'?t) (tell|write|record|put)|(you )?(can'?t|cannot|mustn'?t|must not|are not allowed to|aren'?t allowed to) (write|put|record|note) (it|this|that|anything) (down|in|on)|(asked|begged|told|wants?|pleaded with) (me )?not to (write|put|record|note|mention|include|tell)|(doesn'?t|does not|don'?t|do not|didn'?t|did not) want (it|this|that|them|anything)( to be)? (written|recorded|noted|put|on (the )?(file|record|system))|(don'?t|do not) (put|write|record) (it|this|that|anything) (down|in|on)|(leave|keep|leaving|keeping) (it|this|that|that bit|this bit|the \w+|those details|the details) (out|off)\b)/, 'leave-out'],
  [/\b(the )?(council|department|local authority|la|service|social care|placement|team|agency|we|us|our (team|service|department)|staff|workers?|colleagues?)\b.{0,40}\b(to blame|at fault|(was|were|is|are) (liable|negligent)|fault|got it wrong|messed up|made a mess)\b|\b(because|due to|caused by|happened as) (of )?(our|the council'?s?|the department'?s?|the local authority'?s?|staff|the staff|workers?|we|us)\b.{0,30}\b(didn'?t|did not|failed|failure|mistakes?|errors?|neglect\w*|not|never|forgot)\b|\b(our|the department'?s|the council'?s) (fault|failure|mistake|error|negligence)\b|\b(my|the worker'?s|the social worker'?s) (own )?(fault|negligence)\b|\b(admit\w*|accept\w*) (liability|fault|blame|responsibility)\b|\b(liable|liability|negligen\w*)\b|\binsur(ers?|ance)( claims?| compan(y|ies))?\b|\b(legal claims?|litigation|compensation claims?|sue|sued|suing)|\b(accident\w*|injur\w*|mishaps?|damaged?|broke|broken|fell|fall(en)?|cut (his|her|their|him|her|them)\w*|hurt (him|her|them)sel\w*)\b.{0,150}\b(how (i|we|to|should i|do i|should we|do we) (word|phrase|write|describe)|(careful|watch out|be aware|avoid) (about|of|for|with|in) (how|what)|(wording|word) (it|this|the (record|note|entry|write[- ]?up)))\b/, 'liability'],
  [new RegExp(String.raw`\b(describ\w*|call\w*|label\w*|say\w*|writ\w*|wrote|put\w*|record\w*|note)\b.{0,50}\b(${PEJORATIVE})\b|\b(${PEJORATIVE})\b.{0,60}\b(can|could|should|may|ok to|okay to|allowed to|alright to) (i |we )?(put|write|say|record|note|describe|call)\b (that|it|this|them|her|him|so)\b`), 'derogatory'],
  [new RegExp(String.raw`\b(derogatory|judgement?al|negative (comments?|descriptions?|remarks?|things)|(nasty|rude|offensive|personal|unkind|critical) (comments?|remarks?|descriptions?|things)|(personal )?feelings about|what i (really |actually )?think of|i (found|find) (${NAMED_PERSON}|the (stepdad|step-?mum|boyfriend|girlfriend|partner)) (really |quite |very |so |a bit |pretty |a little )?(${PEJORATIVE}|rude|hard to like|difficult to like|hard to warm to)|i (really )?(don'?t|do not|didn'?t|did not) (like|trust) (${NAMED_PERSON})\b|(gives|give|gave|giving) me the (creeps|ick|willies)|makes? my skin crawl|i (can'?t|cannot|could not|couldn'?t) stand (${NAMED_PERSON})\b|inappropriate comments?|slag(ging)? (her|him|them)? ?off|call(ing)? (her|him|them|mum|dad) (a|an)\b|(is|was|being|are|were|as|seems?|seemed|looks?|looked) ((honestly|really|just|literally|genuinely|frankly|basically|totally|actually) )?(a |an )?(complete |total |absolute |real |such a |bit of a |proper )?(nightmare|pain|joke|${PEJORATIVE})\b|\b(nightmare|lazy|useless|stupid|vile|disgusting|scrounger|waste of space) (mum|dad|mother|father|parents?|family|woman|man|carer)\b)`), 'derogatory'],
  // A decision that infringes someone's rights (Article 8, family life): the justification is reasoned and recorded.
  [/\b(human rights?|article 8|echr|right to (a |respect for )?(private (and|&) )?family life|rights? to (a )?family life|(family|parents?'?|mum'?s|dad'?s|their|her|his)( \w+)? rights?\b.{0,40}\b(infring\w*|interfer\w*|breach\w*|affect\w*)|(infring\w*|interfer\w*) (on |upon |with )?(their|her|his|the parents?'?|mum'?s|dad'?s|someone'?s) (\w+ )?rights?|\b(write|writing|written|record\w*|note|noting|put|say|mention\w*|reflect\w*)\b.{0,30}\b(their|her|his|the (parents?|family|child)'?s?|mum'?s|dad'?s|parents'|family'?s?) (legal |human )?rights\b.{0,30}\b(in|on|into) (the|my|a|our|her|his|their) (record|recording|case ?notes?|notes?|file|write[- ]?up)s?|\b(record\w*|writ(e|ing|ten)|note|noting|say|put)\b.{0,25}\b(re|about|regarding|around|on) (the )?(parents?'?|mum'?s|dad'?s|family'?s?|their|her|his) (legal |human )?rights\b)\b/, 'human-rights'],
  [/\b(bullet ?points?|bullets|note form|in notes? form|essay (form|style)|(write|writing|written) (it |them |this )?(as |in )?(an )?essays?(?! (on|about)\b)|full sentences|(long |full )?paragraphs|prose|list form|as a list|one[- ]liners?)\b/, 'note-form'],
  // Terms quoted and asked of a record ("can I use 'LAC' and 'contact' in my recording?"): the record's language, its jargon
  // (a term of up to three words, as an acronym reads once expanded; a longer quote is the note's content).
  [/\b(use|using|say|saying|write|writing|put|putting|call|calling)\b (the (words?|terms?|phrases?|abbreviations?) )?['"\u2018\u201c][^'"\u2019\u201d ]{1,25}( [^'"\u2019\u201d ]{1,25}){0,2}['"\u2019\u201d]((,| and| or|, and| or even) ['"\u2018\u201c][^'"\u2019\u201d ]{1,25}( [^'"\u2019\u201d ]{1,25}){0,2}['"\u2019\u201d])* (in|on|into) (my|the|a|our|her|his|their) (recordings?|records?|notes?|case ?notes?|files?|assessments?|reports?|write[- ]?ups?|plans?)\b/, 'abbreviations'],
  [/\b(abbreviat\w*|acronyms?|initialisms?|short ?forms?|(use|using|put|write|writing) (\w+ )?initials|(write|writing|written|spell|spelling|spelt|spelled|type|typing|put|putting) (\w+ ){0,3}out (in full|fully|every time|each time)|(write|writing|spell|spelling|type|typing|put|putting|use|using) (\w+ ){0,2}in full (every|each) time|spell(s|ing|ed|t)? (them|these|those|each one|the (initials|letters)) out|initials (like|such as|e\.?g\.?)|sets? of initials|jargon|technical (terms?|words|language)|professional (jargon|terms|language)|social work (speak|language|terms|jargon))\b/, 'abbreviations'],
  [/\b(casual(ly)?|colloquial\w*|slang|informal (language|style|tone|words|way)|write (it )?informally|chatty|street (words|language)|textspeak)\b|\b(chilled|well good|proper (good|bad)|kick(ed|ing|s) off|off (her|his|their) face|mardy)\b/, 'casual'],
  [/\b(do not|don'?t|dont) (yet )?know (his|her|their|the|dad'?s|mum'?s|the (child|baby|young person)'?s|the (child|baby)'s|(mum|dad|mother|father)'?s?)\b.{0,20}\b(date of birth|dob|d\.o\.b|age|name|surname|address|birthday|birth date|date|time|full name)\b|\b(date of birth|dob|age|surname|address|date|time|details|field|box)s?\b.{0,30}\b(unknown|not known|blank|empty|missing|estimat\w*|guess\w*|approximat\w*|unsure|not sure)\b|\b(leave|leaving|left)\b (\w+ ){0,4}(blank|empty|gaps?)\b|\b(estimat|approximat|guess)\w* (dates?|ages?|times?|date of birth|dob)\b|\bmissing information\b|\b(don'?t|do not|doesn'?t|does not|no one|nobody) (really |actually )?knows? (exactly |precisely |for sure )?(when|what time|what date|how old|what age|the date|the time)\b|\b(thinks?|reckons?|said|says) (it was |it happened |she was |he was )?(about|around|roughly|approximately|sometime|some time) (\d|a |an |last|two|three|four)|\b(won'?t|will not|refuses? to|refused to|didn'?t|did not|hasn'?t|has not|wouldn'?t|can'?t|cannot) (give|tell|say|share|provide|remember)\b.{0,25}\b(date of birth|dob|d\.o\.b|surname|full name|address|age|birthday)\b|\b(can'?t|cannot|couldn'?t|could not|doesn'?t|does not|don'?t|do not|didn'?t|did not) (really |actually |exactly )?(remember|recall|know|say) (exactly |roughly |precisely )?(when|what (day|date|time|year|month)|the (exact |actual |right )?(date|day|time|year|month)|how old)\b|\b(don'?t|do not|doesn'?t|does not) (really |actually )?know (it|that|them) (for sure|for certain|exactly)?\s*[?.!,]|\b(make|making|made) up (a|the) (date|time|age)\b|\b(not sure|unsure|uncertain) (of|about) (the )?(exact )?(date|time|age|dates|times|ages)\b|\b(some ?time|around|roughly|about) (in |around )?(the )?(summer|spring|autumn|winter|christmas|easter|half term)\b/, 'unknown'],
  [new RegExp(String.raw`\b(first names?|full names?|surnames?|nick ?names?|preferred names?|aliases|previous names?|maiden names?|job titles?|formal titles?|(mr|mrs|ms|miss)\b.{0,10}|(call|calling|refer to|referring to|name) (${NAMED_PERSON}) (by|as)\b|names? (spelt|spelled|order)|spell\w* (of )?(the |their |his |her |people'?s )?names?|(known|goes) by (another|a different|other) names?|(goes|go|going|known) (by|as) ['"\u2018\u201c]\w+|double[- ]?barrell?ed|birth (cert|certificate) (name|says)|different names?|names of (everyone|everybody|all|the people|people|those|the professionals|professionals|attendees|the attendees|everyone (there|present)))`), 'names'],
  [/\b(my (own )?(personal |professional )?(opinion|judgement|judgment|analysis|view of the family|view that|impression|hunch|gut feeling)|fact (and|from|vs\.?|versus|or) opinion|facts? (and|or) opinions?|(?<!legal )opinions?|hearsay|second[- ]?hand information|what i (saw|observed) (and|or|vs) what|what (she|he|they|mum|dad|the \w+) (told|tells|said|says)( to)?( me)? (and|or|vs\.?|versus|from) what i (think|thought|saw|observed)|(write|put|say|record|state)\b.{0,40}\b(if|when|because|as|but|though) (i|we) (only )?(smelt|smelled|saw|heard|think|thought|suspect\w*|assum\w*|reckon\w*|guess\w*|believe\w*|could tell))\b/, 'opinion'],
  // What recording is for (Nottinghamshire: the purposes of recording; records as the main evidence of the work).
  [/\b(what('?s| is| are)|why) (\w+ ){0,2}(the )?(point|purpose|purposes|aim|reason|reasons) (of|for|behind) (case )?(recording|records|record keeping|record-keeping|case ?notes|writing (it|things|everything) (up|down))\b|\bwhy (do |does |should |must )?(we|you|the council|social (care|services)) (\w+ )?(keep|hold|store|have|collect|write down) (all )?(this|that|the|so much|these|those)? ?(stuff|info|information|data|details|notes|records|things) (on|about) (her|his|their|the|them|us|me|my|families|people)\b|\bwhy (do |should |must )?(we|i|social workers|practitioners) (even |actually |bother to |have to |need to |always |even have to )?(record|keep (case )?records|write (case )?notes|write (it|things|everything) (up|down)|do (case )?recording)\b|\bwhat (is|are) (case )?(recording|records|case ?notes) (actually |really )?for\b|\b(reasons?|purposes?|point) (why )?(we|you|social workers|practitioners|the council|the department) (keep|make|write|have) (case )?(records|notes|case ?notes)\b|\b(reasons?|purposes?) (for|of) (keeping|making|writing) (case )?(records|notes|case ?notes)\b/, 'purpose'],
  // Equal opportunities information (Nottinghamshire: records reflect it accurately, for monitoring and planning).
  [/\b(equal opportunit\w*|equalit(y|ies)|diversity|ethnicit(y|ies)|ethnic (origin|background|group|minority)|religio(n|us)|(her|his|their|the family'?s?) faith|(cultural|culture) (background|needs|identity|heritage)|gender identity|sexual orientation|protected characteristics?)\b/, 'equalities'],
  [/\b(easy[- ]read|large print|braille|audio|tape|translat\w*|another language|other languages?|different language|first language|polish|urdu|arabic|romanian|punjabi|bengali|somali|portuguese|lithuanian|learning (disabilit\w*|difficult\w*)|(can'?t|cannot|can not|unable to|not able to|doesn'?t|does not|struggles? to) read|reading (difficult\w*|age)|dyslexi\w*|accessible|easy to understand|understand (it|them|what i'?ve written|what we'?ve written|the record|my notes))\b/, 'accessible'],
  [/\b(how much detail|too much detail|enough detail|how detailed|(more|less|too|very|really|so|that|as) detailed|how long (should|do|does) (my |a |the |case )*(notes?|recordings?|entry|entries) (be|need)|every (single )?(detail|thing (she|he|they|mum|dad|the child|the parent|the family) (said|says|told me))|everything (she|he|they|mum|dad|the child|the parent|the family) (said|says|told me)|concise|waffl\w*|how brief|too long|unnecessary detail|irrelevant|significant points|essential information|(is|isn'?t|not|aren'?t|are|be|being|seems?|as) (\w+ ){0,2}relevant|relevan(ce|t enough)|significant enough|(worth|bother|bothering) (recording|writing|noting|putting|including|mentioning)|(what|which bits|how) (do i|should i|to|can i|shall i) (leave out|decide what)|decide what (is |to |goes |should go |gets )?(worth|record|include|write|in)|minor (stuff|things|details|bits|points)|action points|cross[- ]?referenc\w*)\b/, 'detail'],
];

// A question about the guidance itself: why it was brought in, whom and what it covers, whether breaking it is misconduct.
const GUIDE = String.raw`(guidance|guidelines?|polic(y|ies)|procedures?|protocols?|rules|one story( model)?|mirra( principles)?|recording principles)`;
const BREACH = String.raw`(break\w*|broke|breach\w*|(not|n'?t|never) (follow\w*|stick\w* to|comply\w*)|ignor\w*|go(ing)? against|went against)`;
const SANCTION = String.raw`(disciplin\w*|misconduct|sack(ed|ing)?|fired|(get|be|end up|land) in trouble|hr process|struck off|formal action|conduct (hearing|process|investigation|matter))`;
// A sanction taken under the guidance, or the guidance used for one ("disciplinary action under the comms guidance"), or its
// weight asked ("does it carry any weight?", "what status does it have?"): what the guidance says of its own force.
const UNDER_GUIDE = String.raw`\b${SANCTION}\b.{0,60}\b(under|using|through|per|according to|in line with|based on|on the basis of|citing|quoting|relying on)\b (the |this |that |our |their |its |a |\w+'?s )?(\w+ ){0,4}${GUIDE}\b|\b${GUIDE}\b.{0,60}\b(used|use|using|rel(y|ied) on|cited|quoted|grounds|basis|evidence)\b.{0,30}\b(for|in|as|of|to) (a |an |the |any )?(\w+ )?${SANCTION}|\b(status|standing|weight|force|teeth)\b (\w+ ){0,2}(of|does|do|has|have) (the |this |that |our |their |its )?(\w+ ){0,4}${GUIDE}\b|\b${GUIDE}\b.{0,40}\b(carry|carries|have|has|hold|holds) (any |much |real |legal |some )?(weight|force|teeth|legal (status|standing))\b`;
const ABOUT_GUIDANCE: readonly [RegExp, NonNullable<Situation['aboutGuidance']>][] = [
  [new RegExp(String.raw`\b${GUIDE}\b.{0,40}\b(enforceable|enforced|binding|mandatory|compulsory|statutory|optional|advisory)\b|\b(enforceable|binding|mandatory|compulsory|optional|advisory)\b.{0,20}\bor (just |only |merely )?(advice|guidance|guidelines|best practice|recommend\w*)\b|\b(is|it'?s|it is|are they|is that|is this) (just|only|merely) (advice|guidance|guidelines|best practice|a recommendation)\b|\bnot enforceable\b|\b${SANCTION}\b.{0,60}\b${BREACH}\b|\b${BREACH}\b.{0,60}\b${SANCTION}\b|${UNDER_GUIDE}`), 'status'],
  [new RegExp(String.raw`\bwhy (did|does|do|was|were|has|have|is|are)\b.{0,60}\b(bring|brought|introduce|introduced|write|wrote|written|need|needed|have|create|created|put|come up with|came up with)\b.{0,10}\b(in |out |together )?(a |an |the |this |that |its |their )?(\w+ ){0,3}${GUIDE}\b|\b(purpose|point|aims?|reasons?|rationale|background|thinking)\b (of|for|behind) (having )?(the |this |that |a |their |our |its )?(\w+ ){0,4}(${GUIDE}|recording|records|record keeping)\b|\bwhy (do|should|must) (we|i|social workers|practitioners) (even )?(bother )?(record|keep records|write (things )?(up|down))\b`), 'purpose'],
  [new RegExp(String.raw`\b${GUIDE}\b.{0,40}\b(cover|covers|covering|apply|applies|applicable|include|includes|aimed at|meant for|intended for|written for|(only|just) (for|about))\b|\b${GUIDE}\b (only |just )?about\b.{0,60}\b(as well as|and also|or (just|only))\b|\b(is|are) (it|this|that|they)\b (only|just) (for|about|aimed at|meant for)\b|\b(does|do) (it|this|that|they) (still |also )?(apply|cover|include)\b|\b(only|just) (apply|applies|cover|covers|relate|relates) to\b|\bwhat (does|do|is|are) (the )?${GUIDE} (stand for|mean|about)\b`), 'scope'],
  // When the guidance is reviewed or updated, and whether a copy is current: what the guidance says of itself, with its scope.
  [new RegExp(String.raw`\bhow (often|regularly|frequently)\b.{0,40}\b${GUIDE}\b.{0,30}\b(reviewed|updated|revised|refreshed|checked)\b|\b${GUIDE}\b.{0,40}\b(reviewed|updated|revised) (\w+ )?(annually|yearly|every|each|regularly|how often)\b|\b(out of date|outdated|latest|current|up to date|newest|old) (version|copy|edition) of (the |this |that )?(\w+ ){0,3}${GUIDE}\b|\b${GUIDE}\b.{0,60}\b(out of date|outdated|latest|current|up to date) (version|copy|edition)\b|\bwhen (was|is|will) (the |this |that )?(\w+ ){0,3}${GUIDE}\b.{0,20}\b(last |next )?(reviewed|updated|revised)\b`), 'scope'],
];

// Third-party information taken out of what a subject access request gives (Brighton and Hove 2.1, Dunn v Durham): all of
// it ("strip out anything about anyone else", "redact everything about her birth parents"), or how much.
const THIRD_PARTY = String.raw`(third[- ]?party|other people|anyone else|someone else|birth (family|parents?|mum|mother|dad|father)|(her|his|their) (mum|mother|dad|father|parents|siblings|family)|famil(y|ies)|relatives?|police|health|other agenc(y|ies))`;
const REDACT = String.raw`(redact\w*|tak(e|es|ing) out|strip\w*( out)?|remov\w*|black\w* out|leav(e|ing) (out|in)|cut\w* out|withh[eo]ld\w*)`;
const SUBJECT_ACCESS = /\b(sars?|subject access|(asked|asking|request\w*|applied|applying) for (her|his|their) (whole |own )?(file|records?)|(her|his|their) (file|records?) (request|access)|care leavers?)\b/;
const THIRD_PARTY_REDACTION: readonly [RegExp, NonNullable<Situation['thirdPartyRedaction']>][] = [
  // "How much should I take out?" asks how much, whatever a colleague says about taking out everything.
  [/\b(how much|what (bits |parts )?(can|should|do|must) (i|we))\b.{0,80}\b(leave in|leave out|take out|taking out|redact\w*|remove|strip\w*)\b/, 'some'],
  [new RegExp(String.raw`\b${REDACT}\b.{0,25}\b(all|every(thing)?|any(thing)?) of (it|them|that)\b|\b${REDACT}\b.{0,25}\b(all|every(thing|one)?|any(thing|one)?|whole)\b.{0,40}\b${THIRD_PARTY}|\b(all|every(thing|one)?|any(thing|one)?)\b.{0,40}\b${THIRD_PARTY}\b.{0,40}\b(have to|need to|needs to|must|should)\b.{0,15}\b(be )?${REDACT}`), 'all'],
  [new RegExp(String.raw`\b${REDACT}\b.{0,60}\b${THIRD_PARTY}|\b${THIRD_PARTY}\b.{0,60}\b${REDACT}|\b(what|how much)\b.{0,30}\b(leave in|take out|redact)\b`), 'some'],
];

// Access to a record inside the Department, and who decides what is shared or restricted (Nottinghamshire, confidentiality).
const INSIDE = String.raw`(manager|managers|team manager|line manager|senior|supervisor|colleagues?|other (workers|social workers|staff)|another (worker|social worker)|duty (team|worker)|my team|the team|workers|staff|admin|business support|iro|student)`;
const RECORD_ACCESS: readonly [RegExp, NonNullable<Situation['recordAccess']>][] = [
  // Looking at a record that is not part of my work (a neighbour's, a relative's), or telling people outside work about a case.
  [/\bmy (own )?(neighbou?r|friend|mate|relative|cousin|sister|brother|niece|nephew|ex|partner|son|daughter)('?s|s'?)\b.{0,100}\b(look|check|search|nos(e|ey|ing)|peek|snoop|read|access|open|find|have a look|go into|go on)\w*\b( up| at| into| in| on| through)?\b.{0,30}\b(mosaic|the system|their (records?|files?|notes)|the (records?|files?|notes|case)|records?|files?|case ?notes)\b|\b(look\w*|check\w*|search\w*|nos(e|ey|ing)|peek\w*|snoop\w*|read\w*|access\w*|open\w*|find)\b( up| at| into| in| out)?\b.{0,50}\b(my (own )?(neighbou?rs?|friends?|mates?|famil(y|y's)|relatives?|cousins?|ex|ex-partner|partner'?s|sister'?s?|brother'?s?|son'?s?|daughter'?s?|niece'?s?|nephew'?s?)|someone i know|people i know|a celebrity|(not|isn'?t|aren'?t) (on )?my (caseload|case|cases)|not (one of )?my (cases|families|kids))\b|\bout of (curiosity|interest|nosiness)\b|\b(tell|telling|told|talk\w* to|chat\w* to|mention\w* to|discuss\w* with)\b (my )?(husband|wife|partner|boyfriend|girlfriend|mates?|friends?|famil(y|ies)|mum|dad|sister|brother)\b.{0,40}\b(about|what happened (at|on|in)) (a |the |one of my |my )?(\w+ ){0,3}(case|cases|famil(y|ies)|visit|kids|child|children|young person|work)\b|\b(tell\w*|told|talk\w*|chat\w*|mention\w*|discuss\w*|gossip\w*|vent\w*|offload\w*|moan\w*)\b.{0,50}\b(case|cases|caseload|famil(y|ies)|visit|kids|child|children|young (person|people)|service users?|clients?)\b.{0,40}\b(to|with) (my |a )(own )?(husband|wife|partner|other half|boyfriend|girlfriend|mates?|friends?|family|mum|dad|sister|brother|housemates?|flatmates?|neighbou?rs?)\b/, 'not-authorised'],
  // Showing the service user what has been written about them, or giving them a copy, as the work goes on.
  [/\b(giv(e|es|ing)|send(s|ing)?|hand(s|ing)? (over|out)?|email(s|ing)?|post(s|ing)?) (the |our )?(parents?|famil(y|ies)|service users?|mum|dad|carers?|young (person|people)|them|her|him) (a )?cop(y|ies) of (what (i|we|you)('ve| have)? (write|written|wrote|record|recorded|put)|(my|the|our|her|his|their) (case )?(notes?|records?|recordings?|running records?|write-?ups?))\b|\b(parents?|famil(y|ies)|service users?|mum|dad|carers?|they|she|he)\b.{0,20}\b(get|gets|have|has|receive|receives|be given|be sent|see|read)\b.{0,20}\b(a )?cop(y|ies) of (our|the|my|their|her|his) (case )?(notes?|records?|recordings?|running records?|write-?ups?)\b/, 'showing-service-user'],
  // The family given their own assessment or report ("do we share copies of the assessment with the family?").
  [/\b(shar(e|es|ing)|giv(e|es|ing)|send(s|ing)?|show(s|ing)?) (copies of |a copy of )?(the |our |my |her |his |their )?([\w-]+ )?(assessments?|reports?)\b.{0,20}\b(with|to) (the )?(famil(y|ies)|parents?|mum|dad|service users?|young person|them|her|him)\b|\b(giv(e|es|ing)|send(s|ing)?) (the )?(famil(y|ies)|parents?|mum|dad|service users?|young person|them|her|him) (a )?cop(y|ies) of (the|our|my|her|his|their) ([\w-]+ )?(assessments?|reports?)\b|\b(famil(y|ies)|parents?|mum|dad|service users?)\b.{0,20}\b(get|gets|have|has|receive|receives|be given|be sent)\b (a )?cop(y|ies) of (the|our|my|her|his|their) ([\w-]+ )?(assessments?|reports?)\b/, 'showing-service-user'],
  // Another agency's report or letter on the file, shown or given to the service user (Nottinghamshire: the author's permission).
  [/\b(police|school|health|gp|doctor'?s?|hospital|camhs|probation|nhs|nursery|health visitor'?s?|paediatrician'?s?|psycholog\w*|psychiatri\w*|another agency'?s?|other agenc(y|ies)'?s?|agency)\b ?(report|letter|assessment|statement|information|document|records?|notes)\b.{0,80}\b(show|see|read|copy|cop(y|ies)|give|hand|send|have)\b|\b(show|see|read|copy of|give|hand|send|have)\b.{0,40}\b(police|school|health|gp|doctor'?s?|hospital|camhs|probation|nhs|health visitor'?s?|paediatrician'?s?|another agency'?s?|other agenc(y|ies)'?s?) (report|letter|assessment|statement|information|document|records?|notes)\b/, 'showing-service-user'],
  [/\b(show|showing|share|sharing|let (her|him|them|mum|dad|the family|the (young person|child|parent)) (see|read|look at|have)|give (her|him|them|mum|dad|the family) (a )?cop(y|ies) of)\b.{0,40}\b(what (i|we)('ve| have)? (written|recorded|put|wrote)|(my|the|our|her|his|their) (case )?(notes?|records?|recordings?|running records?|write-?ups?))\b|\b(see|read|look at|have a copy of|get a copy of)\b what (i|we|you)('ve| have)? (written|recorded|put|wrote) (about|on) (her|him|them|me|us|the family)\b/, 'showing-service-user'],
  // What service users are told about their records at the start: that records are kept and why, and who will see them.
  [/\b(tell|telling|inform|informing|explain|explaining|advise|advising|let)\b.{0,40}\b(famil(y|ies)|service users?|parents?|mum|dad|them|people|young (person|people)|child(ren)?)\b.{0,60}\b(at the (start|beginning|outset)|when (we|they) (first|start)|first (get|gets|start|come)|(why|that) (we )?(keep|kept|are kept|write|record)|what we (will )?(record|write|keep))\b|\b(at the (start|beginning|outset)|(first|start to) (get|gets|getting|start|starts|come|comes|receive|receives)|start of (our |the )?(involvement|work|case))\b.{0,80}\b(tell|telling|inform|informing|explain|explaining|advise|advising)\b|\bprivacy (notices?|information|statements?|stuff|bits?|info|leaflets?|forms?)\b|\b(explain\w*|tell\w*|go(ing)? through|talk\w* (through|about))\b.{0,40}\b(how we (use|share|store|keep)|what (we do|happens) with) (her|his|their|your|the (family'?s?|child'?s|young person'?s)) (info\w*|details|data|personal (info\w*|details|data))\b/, 'telling-service-users'],
  // Who decides, and how much is given ("whose call is it?", "how much can I give?"), of sharing a case's information (not the
  // worker's own): the manager decides, and only the minimum.
  [/^(?=.*\b(shar\w*|info\w*|disclos\w*|pass\w* on|details|(send\w*|sent)( over| across)?|hand\w* over|releas\w*|(whole|full|entire) (file|record|case file))\b)(?!.*\b(about (me|myself|my)|where i live|whether i|if i (have|am)|my (own )?(personal|private) (life|details|info\w*)|(everything|all) (we|you|the council|they) (hold|have|keep)s? (on|about)|subject access|sar)\b).*(\bwhose (call|decision|responsibility)\b|\bwho (decides|gets to decide|makes the (call|decision)|has the (final )?say)\b|\bhow much (info\w* |detail\w* |of (it|the file|the record) )?(can|should|do|am) (i|we) (allowed to )?(give|share|pass on|tell|disclose|say|send|hand over|release)\b)/, 'deciding-restrictions'],
  [/\b(decid\w*|choos\w*|determin\w*)\b.{0,60}\b(shared|share|restrict\w*|withh[oe]ld\w*|locked down|hidden)\b|\b(restrict\w*|lock(ed)? down|hide|hidden)\b.{0,40}\b(parts?|bits?|sections?|documents?|access)\b.{0,40}\b(file|record|case)\b/, 'deciding-restrictions'],
  // Members of a multidisciplinary team (a MASH, a multi-agency team) reading Social Care records.
  // Professionals from other agencies in a multidisciplinary team completing Social Care records (Nottinghamshire: Social Services records).
  [/\b(health visitors?|(school |practice |mental health )?nurses?|nhs|health (staff|colleagues?|workers?|professionals?)|police (officers?|colleagues?|staff)|camhs|probation|education (staff|workers?|colleagues?)|non[- ]social care|(professionals|staff|colleagues?|workers?) (from|in) (other|another|partner) agenc\w*)\b.{0,100}\b(writ\w*|wrote|complet\w*|record\w*|enter\w*|input\w*|notes|documentation)\b.{0,60}\b(mosaic|social care (records?|files?|documentation|system)|our (records?|system|files?)|the (record|file|system))\b|\b(mash|multi[- ]?disciplinary|multi-?agency (safeguarding )?(team|hub)|mdt)\b.{0,100}\b(writ\w*|wrote|complet\w*|enter\w*|input\w*)\b.{0,40}\b(records?|notes|mosaic|documentation|files?)\b|\b(notes|records?|documentation|entries)\b (written|completed|made|entered|recorded) by\b.{0,60}\b(health|nhs|police|nurses?|health visitors?|(multi[- ]?disciplinary|mdt|mash) (team|colleagues?|staff|members?))\b/, 'within-department'],
  [/\b(mash|multi-?disciplinary|multi-?agency (safeguarding )?(team|hub)|mdt)\b.{0,80}\b(read|see|look at|access|view|open|go into|have access)\w*\b|\b(read|see|look at|access|view|open)\w*\b.{0,60}\b(mash|multi-?disciplinary|multi-?agency (safeguarding )?(team|hub)|mdt)\b/, 'within-department'],
  [new RegExp(String.raw`\b${INSIDE}\b.{0,40}\b(read|reads|reading|see|sees|seeing|look at|looking at|access|accessing|view|viewing|have access to|go into|open)\b.{0,40}\b(case ?notes?|notes|records?|recordings?|files?|mosaic)\b.{0,80}\b(without|no|need|needs|asking|ask|permission|consent|agree\w*|knowing|know)\b|\b(permission|consent)\b.{0,60}\b${INSIDE}\b.{0,40}\b(read|see|look at|access|view)\b`), 'within-department'],
];

/**
 * An IRO at a review: the asker's role opening the question ("IRO here", "IRO - auditing files", "as an IRO, ...") names no
 * meeting unless the question is of a review, its minutes or its decisions.
 */
export const IRO_AT_A_REVIEW = String.raw`(?<!^\s*(?:(?:as|i'?m|i am) an? )?)independent reviewing officer|independent reviewing officer\b(?=.*\b(reviews?|chair\w*|minutes|meetings?|decisions|recommendations)\b)|(?<=\b(reviews?|chair\w*|minutes|meetings?)\b.*)\bindependent reviewing officer`;

const MEETING: readonly [RegExp, Meeting][] = [
  [/\b(child protection|case|initial|review) (case )?conference\b|\bconference\b|\bcore group\b/, 'child-protection-conference'],
  [new RegExp(String.raw`\blooked after (child )?review\b|\bchild in care review\b|\b${IRO_AT_A_REVIEW}\b|\bstatutory review\b|\blooked after child (review|meeting)\b`), 'looked-after-review'],
  [/\bchild in need (review|meeting)\b/, 'child-in-need-review'],
  // A review named beside the team or case it belongs to ("admin for the CIN team ... review meeting was this morning"; the
  // text is normalised, so CIN, LAC and CLA are already spelt out).
  [/\bchild in need (team|case|family|plan|work)\b.{0,80}\breview( meeting)?s?\b(?! (of|on) (the |her |his |their )?(record|file|notes)| (timescales?|dates?|periods?|frequency)\b)/, 'child-in-need-review'],
  [/\b(looked after (child(ren)? )?|children in care )(team|case|child|placement)\b.{0,80}\breview( meeting)?s?\b(?! (of|on) (the |her |his |their )?(record|file|notes)| (timescales?|dates?|periods?|frequency)\b)/, 'looked-after-review'],
];

const CONTRIBUTOR = String.raw`(child|children|young (person|people)|yp|yps|care leavers?|care[- ]experienced|kids?|teenagers?|lad|girl|boy|she|he|they)`;
/** Moments and keepsakes of a childhood a record keeps beside the casework (MIRRA 4). */
const LIFE_TRACE = String.raw`(birthdays?|parties|party|holidays?|trophy|trophies|certificates?|awards?|prizes?|medals?|achievements?|special (events?|moments?|days?|occasions?)|school (play|trip|prom)|sports day|graduation|christmas|memories|(football|swimming|dance|netball|rugby|cricket|gymnastics) (match|gala|show|club|team|competition|tournament|trophy|certificate|medal)s?)\b`;
const AMENDMENT: readonly [RegExp, NonNullable<Situation['amendment']>][] = [
  // The child or young person adding their own things to their record: photos, a poem, their own account (MIRRA 1, 3, 4, 6).
  [new RegExp(String.raw`\b${CONTRIBUTOR}\b.{0,30}\b(add|adding|put|putting|include|including|contribut\w*|upload\w*|write|writing|stick|sticking)\b.{0,50}\b(photos?|photographs?|pictures?|pics|poems?|drawings?|artwork|paintings?|certificates?|memories|mementos?|keepsakes?|achievements?|special (events?|moments?|days?)|own (bits|stuff|things|words|writing|story|contributions?|pieces?))\b.{0,60}\b(records?|files?)\b|\b${CONTRIBUTOR}\b.{0,40}\b(take|taking|have|having|play|playing) (a |an )?(active )?(part|role|say) in\b.{0,40}\b(records?|files?|recording|record[- ]keeping)\b|\b${CONTRIBUTOR}\b.{0,40}\bparticipat\w*\b.{0,40}\b(records?|files?|recording|record[- ]keeping)\b`), 'contribution'],
  // Core traces of a life kept on the record, whoever brings them (MIRRA 4): "photos from her birthday ... on her file".
  [new RegExp(String.raw`\b(photos?|photographs?|pictures?|pics|snaps)\b.{0,60}\b${LIFE_TRACE}.{0,80}\b(records?|files?)\b|\b${LIFE_TRACE}.{0,60}\b(photos?|photographs?|pictures?|pics|snaps)\b.{0,60}\b(records?|files?)\b|\b(certificates?|trophy|trophies|awards?|medals?|achievements?|memories|mementos?|keepsakes?|special (events?|moments?|days?|occasions?))\b.{0,40}\b(go|goes|going|put|putting|kept|keep|added|add|stored|scanned|saved|included|belong)\b.{0,15}\b(on|in|onto|into|to|with) (his|her|their|the|a)( own| case| child'?s)? (records?|files?)\b`), 'contribution'],
  // Correcting in place: "just overwrite it", "delete it and type it again", "save over the top", "tipp-ex it out".
  [/\b(overwrit\w*|over-?typ\w*|type over|typing over|save over|saving over|write over|writing over|(edit|change|correct|fix|amend)\w* (it |the (case )?notes? |the entry |the original )?(over the top|in place|directly|so no ?one (can|will) (see|know|tell))|(delete|deleting|remove|removing|wipe|wiping|erase|erasing|get rid of) (it|(the|my|that|this|her|his) (original |old |first |wrong )?(case note|note|entry|record|recording|bit|mistake|version)|what i (wrote|put))\b.{0,30}\b(re-?type|re-?write|re-?do|start again|write (it |a new one )?again|type (it )?again|put (in )?a new one|replace)|tipp-?ex|white ?out|cross(ed|ing)? (it )?out so|replace the original|(no one|nobody) (can|will) (see|tell|know) (it|there) (was|were) (a|an)? ?(mistake|error|change))\b/, 'overwrite'],
  [/\bwrong (child|person|service user|file|record|case(?! notes?\b)|episode|young person|family|kid)\b|\b(on|onto|to|in|under) the wrong\b(?! (date|time|day|name|spelling|address|information|details|words?|case notes?|notes?|entry|dates|names)\b)|\bincorrect (child|file|record|person)\b|\bwrong person\b|\b(on|onto|in|to) (the|a|her|his|their) (sibling|brother|sister|mum|dad|mother|father|other child|other person)'?s? (file|record|case)\b|\b(on|onto|in|to) (another|someone else'?s?) (child'?s?|person'?s?|young person'?s?|service user'?s?) ?(file|record|case)\b/, 'wrong-person-entry'],
  // IT fixing a log-in ("IT wont fix it til tomorrow") is no correction of a record.
  // A correction asked of a record ("wants a correction to her record", "get his file corrected").
  [/\b(amend(ed|ing|ment|ments)?|correct(ing|ion|ions)? (a|my|the|an)|correct(ion|ions) (to|of|on|in) (a|my|the|an|her|his|their|its) (\w+ )?(records?|files?|case ?notes?|notes|entry|entries|recordings?)|(records?|files?|case ?notes?|entry|entries) (\w+ )?(corrected|amended)|change (a|my|the) (case )?(note|record|entry)|edit(ing)? (a|my|the) (case )?(note|record|entry)|mistake|error|typo|rewrite|update (a|my|the) (old )?(case )?(note|record))\b|\b(fix|fixing|fixed|change|alter|edit|update)\b.{0,30}\b(case note|entry|recording)\b|\badd(ing)? (something |information |details |a note |more )?to (a|an|my|the) (old |previous |earlier |existing )?(case note|record|entry)\b|(?<!\b(?:it|ict|helpdesk|help desk|service desk|it support) (?:wont|won't|will not|will|can't|cant|cannot|can|to|should|need to|have to) )\b(fix|fixing|fixed)\b.{0,30}\b(record|note|it)\b|\bgot (a|the|her|his|their) \w+ wrong\b|\b(gets?|got|has got) (her|his|their|my|the) (\w+'?s? )?\w+ wrong\b|\b(date|name|time|address|spelling) (is |was )?wrong\b|\bwrong (date|time|day|name|spelling|address|information|details|date of birth|age)\b|\b(says?|said|thinks?|claims?|feels?|insists?|believes?) (that )?(it'?s|they'?re|that'?s|these are|those are|they are|it is|it was|they were|are|is|was|were)( all| completely| totally)? (wrong|untrue|incorrect|inaccurate|not true|false|lies)\b/, 'correction'],
];

const SUPERVISION: readonly [RegExp, NonNullable<Situation['supervision']>][] = [
  [/\boutside (of )?(formal )?supervision\b|\b(manager|advice|advised|supervisor)\b.{0,60}\b(in the corridor|informal(ly)?|quick chat|in passing|ad hoc|over the phone|on the phone|by (text|phone|email)|on teams)\b|(\bnot|n't|\bnever) (in |during |at |part of |from |a |an |my |our |formal |a formal )*supervision\b|\b(in the corridor|informal(ly)?|quick chat|ad hoc|over the phone|on the phone|in passing)\b.{0,60}\b(manager|advice|advised|told)\b|\b(manager|team manager|line manager) (told|advised|said)\b|\b(manager|team manager|line manager|supervisor)\b.{0,20}\b(rang|phoned|called|texted|emailed|messaged)\b.{0,40}\b(told|advised|said|asked|instructed)\b|\badvice (from|given by) (my |the )?(line |team )?manager\b/, 'outside-supervision'],
  [/\bsupervision\b/, 'formal'],
];

// Case information as practitioners name it: the thing being sent, carried, stored or lost.
const CASE_INFO = String.raw`(case ?(files?|records?|notes?|papers?|paperwork|documents?|information|details)|files?|records?|papers|paperwork|documents?|docs|reports?|assessments?|minutes|plans?|referrals?|letters?|notes|(court )?bundles?|folders?|confidential \w+|sensitive \w+|personal (data|information|details)|client (data|information|details)|information|details|data)`;
const PLACE_OF_TRADE = String.raw`(pubs?|bars?|restaurants?|shops?|supermarkets?|cafes?|café|coffee shops?|tesco|sainsbury'?s|asda|aldi|lidl|morrisons|co-?op|waitrose|costa|starbucks|greggs|mcdonald'?s)`;
const PUBLIC_SPOT = String.raw`(in public|public (areas?|places?|spaces?)|(on|from|off) (the |a |my )?(bus|train|tube|tram|underground|public transport)|at (the |a )?(bus stop|train station|station|platform)|public transport|in the (street|canteen|corridor|reception|lift|waiting room|queue|playground|car park)|(in|at) (the |a )?${PLACE_OF_TRADE}|out loud|(could|can|might) (be )?overhear\w*|overheard)`;
// The worker on public transport ("on the train to a conference", "sat on the bus"): a call taken there is a public conversation.
const ON_PUBLIC_TRANSPORT = String.raw`((i'?m|i am|we'?re|we are|sat|sitting|stood|standing|travelling|currently|while|whilst|when) )?on (the |a |my )?(bus|train|tube|tram|underground|coach)`;
// Talking a case over in other words (a debrief, going over a hearing, venting about a visit).
const TALK_OVER = String.raw`debrief\w*|go(ing)? over|went over|talk(ing)? (it )?through|gossip\w*|vent(ing)?|offload\w*|mention\w*`;
const EXTERNAL = String.raw`(health visitors?|school|schools|gp|gps|doctors?|police|nhs|hospital|nurse|midwife|midwives|camhs|probation|solicitors?|cafcass|court|another (agency|local authority|council|authority|la)|other agencies|(an )?(outside|external|partner) agenc\w+|partner agencies|other professionals|professionals?)`;
const EMAIL_WORD = String.raw`\b(email(s|ed|ing)?|outlook)\b`;
const FILING_EMAILS = String.raw`\b(paste|pasting|pasted|copy|copied|copying|upload\w*|save|saved|saving|print\w*|put|putting|file|filing|add|adding)\b.{0,40}\b(onto|on to|into|on|to|in) (the |each |every |her |his |their |my |a |our )?([\w']+ )?(file|files|record|records|mosaic|system|case file|case record|case notes?)\b`;

/** An office move named ("we're moving floors", "the office move"). */
const OFFICE_MOVE = String.raw`((office|desk|team|floor|building|site) (move|moves|relocation)|(moving|move|moves|relocating) (office|offices|desks|building|buildings|floors?|sites?|premises|base)|moving to (a |the )?(new |another |different )?(office|building|floor|site|base))`;
/** Cabinets or drawers with papers still in them: "the filing cabinets half full", "drawers not emptied". */
const NOT_CLEARED = String.raw`\b(cabinets?|drawers?|cupboards?|filing)\b.{0,60}\b(half[- ]full|half[- ]empty|(still )?full of|with (the |our |all the |some )?(case |paper |client )?(files|papers|paperwork|records|documents|stuff) (still )?in|still (have|has|got) (files|papers|paperwork|records|documents|stuff)|not (emptied|cleared|cleared out)|without (emptying|clearing|checking))\b`;

/**
 * What the practitioner is doing with case information, for the data-security rules. Order matters: a lost laptop
 * is a loss before it is a laptop, and a conversation on the bus is about talking, not travelling.
 */
const HANDLING: readonly [RegExp, Handling][] = [
  [/\b(lost|lose|losing|forgot|forgotten|misplaced|can'?t find|cannot find|stolen|nicked|robbed|burgled|theft)\b.{0,40}\blaptops?\b|\blaptops?\b.{0,40}\b(lost|stolen|nicked|missing|gone missing|been taken|was taken|theft)\b|\bleft (my |the |a |our )?(\w+ )?laptop (behind|(on|in|at) (the |a )?(train|bus|tube|taxi|cab|tram|coach|station|platform|pub|bar|restaurant|cafe|café|shop|park|plane|airport))\b/, 'laptop-lost'],
  [new RegExp(String.raw`\b(talk|talking|talked|discuss|discussing|discussed|chat|chatting|conversations?|speak|speaking|spoke|phone calls?|calls?|on the phone|take (a |the )?call|taking (a |the )?call|ring|ringing|rang|phoning|phoned|phone (a|an|the|her|him|them|mum|dad|parents?|school|gp|carers?|families|family)|${TALK_OVER})\b.{0,60}\b${PUBLIC_SPOT}\b|\b${PUBLIC_SPOT}\b.{0,60}\b(talk|talking|discuss|discussing|conversations?|chat|chatting|speak|speaking|phone calls?|calls?|on the phone|ring|ringing|rang|phoning|phoned|${TALK_OVER})\b|\b${ON_PUBLIC_TRANSPORT}\b.{0,160}\b(rings?|ringing|rang|calls? me|calling me|called me|phones? me|phoned me|on the phone|take (a |the )?call|taking (a |the )?call|answer (it|the (phone|call))|talk (it )?through|discuss (it|the case))\b`), 'public-conversation'],
  // Case information kept in staff e-mail folders or OneDrive instead of the case system (Brighton and Hove 4).
  [/\b(keep|keeps|kept|keeping|store|stores|stored|storing|save|saves|saved|saving|leave|leaves|left|hold|holds|held)\b.{0,80}\b(in|on|to|into|onto) (their|my|our|his|her|your|staff'?s?|individual) (own )?(outlook|inbox|inboxes|e-?mail (folders?|accounts?|inbox)|mailbox(es)?|onedrives?|one drives?|personal drives?|h drives?)\b|\b(keep|keeps|kept|keeping|store|stores|stored|storing|save|saves|saved|saving|hold|holds|held|file|files|filed|filing)\b.{0,80}\b(in|on|to|into|onto|and|or) (their|my|our|his|her|your|staff'?s?|individual )?(own )?(outlook folders?|e-?mail folders?|inbox folders?|onedrives?|one drives?|personal drives?|h drives?)\b|\b(outlook folders?|onedrives?|one drives?)\b.{0,60}\b(rather than|instead of|not) (on |in )?(the |our )?(system|case system|mosaic|record|file|case file|network)\b/, 'personal-storage'],
  // Someone else able to see the screen or the papers: Brighton and Hove 4.2 asks staff to prevent it, at home or anywhere.
  [/\b(partner|husband|wife|boyfriend|girlfriend|kids?|children|family|housemates?|flatmates?|lodger|mum|dad|friends?|someone|anyone|others?|people|passengers?)\b.{0,50}\b(see|seeing|saw|view|viewing|look at|looking at|read|reading|watch|watching)\b.{0,30}\b(my |the )?(screen|screens|laptop|monitor|case papers|paperwork|case notes)\b|\b(screen|screens|laptop|monitor)\b.{0,30}\b(in view of|visible to|seen by|overlooked by)\b/, 'screen-seen'],
  [/\b(home|own|personal|family|private|partner'?s|husband'?s|wife'?s) (pc|pcs|computer|computers|desktop|laptop|mac|macbook)\b|\b(pc|computer|desktop) at home\b|\bnot a (council|work) (pc|computer|laptop)\b/, 'home-pc'],
  [new RegExp(String.raw`\b(take|taking|took|bring|bringing|carry|carrying|have|having|with)\b.{0,50}\b(${CASE_INFO}|laptop|laptops)\b.{0,50}\b(in ?to|in|at|to) (the |a |my )?${PLACE_OF_TRADE}\b|\b(laptop|laptops|${CASE_INFO})\b.{0,30}\b(in|at|to|into) (the |a )?${PLACE_OF_TRADE}\b|\b(in|at) (the |a )?${PLACE_OF_TRADE}\b.{0,40}\b(laptop|case (files?|records?|notes|papers)|files|records|papers|paperwork)\b|^(?!.*\b(in|on) (the |my |a )?(car|boot|passenger seat|back seat|front seat)\b).*\b(pop|popping|popped|nip|nipping|nipped|stop|stopping|stopped|go|going|went|call(ing)? in|drop(ping)? in)\b.{0,15}\b(in ?to|to|at|by) (the |a )?${PLACE_OF_TRADE}\b.{0,80}\b(laptop|case (files?|records?|notes|papers)|files|records|papers|paperwork)\b`), 'public-place'],
  [new RegExp(String.raw`\b(leave|leaving|left|keep|keeping|have|having|put|putting)\b.{0,40}\b${CASE_INFO}\b.{0,30}\b(in|on) (my |the |a )?(car|boot|seat|passenger seat|back seat|front seat|glovebox|glove box)\b|\b${CASE_INFO}\b.{0,30}\b(on|in) (my |the |a )?(passenger seat|back seat|front seat|seating area)\b|\b(in|on) (my |the |a )?(car|boot|back seat|passenger seat|front seat)\b.{0,40}\b(while|whilst|when|during) (i |i'm |i am )?(do|doing|on|at|go|going|pop|popping|visit|visiting|in)\b`), 'left-in-car'],
  [/\b(egress|encrypt\w*|secure e?mail\w*|secure(ly)? by e?mail|nhs\.?net|gcsx|cjsm)\b/, 'email-outside'],
  [/\b(send|sending|sent|share|sharing|forward\w*|transfer\w*)\b.{0,60}\b(secure|securely|encrypted)\b/, 'email-outside'],
  // E-mails being put on the file ("copy every email onto the file") are a recording question, not sending out.
  [new RegExp(String.raw`^(?!.*${FILING_EMAILS})(?=.*${EMAIL_WORD})(?=.*\b(send|sending|sent|forward|forwarding|forwarded|email|emailing|share|sharing|transfer|transferring)\b).*?(\b(outside (the |of the )?(council|organisation|authority|local authority|la)|externally|external e?mail|to (an? )?external\b)|\b(to|with) (the |a |an |her |his |their |our |mum'?s |dad'?s |the child'?s |young person'?s )?${EXTERNAL}\b)`), 'email-outside'],
  [/\bsensitive (information|data|details|documents?)\b.{0,40}\boutside (the |of the )?(council|organisation|authority)\b|\boutside (the |of the )?(council|organisation|authority)\b.{0,40}\bsensitive\b/, 'email-outside'],
  [new RegExp(String.raw`\b(by|in the|through the|via|second class|first class|recorded) (post|mail|delivery)\b|\b(send|sending|sent|mail|mailing) (out )?(a |the )?(letter|letters|cop(y|ies))\b|\bthrough (the |her |his |their |[\w-]+'s )?(door|letter ?box)\b|\b(mail ?out|mail ?shot|mailing|large amounts? of post)\b|\b(post|mail)( box)? (isn'?t|is not|not|never) (secure|safe|private)\b|\b(unsafe|insecure|not secure) (post|mail|address)\b|\b(letter ?box|envelopes?|postal address|hand[- ]deliver\w*|deliver\w* (it |them |\w+ )?(\w+ )?by hand|by hand)\b|\b(send|sending|sent|post|posting|mail|mailing|pack|packing)( out)? (\d+|lots of|loads of|a (load|lot|pile|stack|batch|bunch) of|large (numbers?|amounts?) of|a big (batch|pile|load) of|dozens of|hundreds of)\b.{0,20}\b(packs?|letters?|envelopes?|copies|reports?|invit\w*|minutes|documents?|assessments?|plans?|agendas?)\b|\b(conference|meeting|review) packs?\b`), 'post'],
  // A case just transferred: its details and address checked on Eclipse before anything is sent (Brighton and Hove 4.2).
  [/\b(case|cases|family|families)\b.{0,20}\b(transferr?ed|handed over|reallocated)\b.{0,80}\b(check\w*|send\w*|sent|post\w*|letters?|address\w*|details|eclipse)\b|\b(at|on|after|before) (the )?(point of )?(case )?transfer\b.{0,60}\b(address\w*|details|eclipse|check\w*)\b|\beclipse\b.{0,60}\b(address\w*|details|up to date|check\w*)\b|\b(address\w*|details)\b.{0,40}\beclipse\b/, 'post'],
  // A doubtful address matters here when something is being sent to it; otherwise it is a record to correct.
  // (An address sent over an app is what is shared over it, not a letter in the post.)
  [/^(?!.*\b(over|via|by|on|through|in) (a |the )?(whatsapp|text|sms|messenger|instagram|facebook|snapchat|messaging app)\b)(?=.*\b(post\w*|send|sending|sent|letters?|deliver\w*|envelopes?|mail\w*)\b).*((?<!email )\baddress(es)?\b.{0,40}\b(right|wrong|correct|incorrect|up to date|out of date|outdated|old|changed|current|sure|not sure|check|checked)\b|\b(wrong|right|correct|old|current|new) address\b)/, 'post'],
  // "Post" as a verb is social media as often as mail: read it only when no platform is named.
  [new RegExp(String.raw`^(?!.*\b(instagram|facebook|tiktok|snapchat|twitter|social media|whatsapp|status|online|story|stories|email\w*|text\w*|messag\w*)\b).*((?<!\b(?:a|the|my|on|in) )\b(post|mail)(ed|ing)? (out )?(it|them|(the |a |an |this |that |my |her |his |their |copies of |a copy of )?([\w-]+ ){0,4}(copy|copies|${CASE_INFO}))\b|\b(send|sending|sent|get|getting)\b.{0,30}\b(assessments?|reports?|letters?|copies|cop(y|ies) of)\b.{0,40}\bto (the |a )?(family|families|mum|dad|parents?|carers?|her|him|them)\b)`), 'post'],
  [/\b(laptops?)\b.{0,60}\b(password|passwords|log ?in|login|logon|sign|signed|agreement|take|taking|carry|carrying|travel\w*|train|bus|public transport|car|secure|safe|safely|security|leave|leaving|unattended|home)\b|\b(password|log ?in|login|take|taking|carry|carrying|travel\w*|leave|leaving|secure|safe)\b.{0,40}\blaptops?\b/, 'laptop'],
  // The sibling named first: "her sister is open to us too, should I copy the note onto her record?"
  [/^(?!.*\b(by mistake|accidentally|in error|by accident|wrong)\b).*\b(siblings?|brothers?|sisters?)\b.{0,80}\b(copy|copying|copied|duplicat\w*|paste|pasting)\b.{0,40}\b(onto|on to|into|on|in|to) (her|his|their|the (sibling|brother|sister)'?s?) (own )?(record|file)s?\b/, 'sibling-records'],
  // One family's papers taken into another family's home (Brighton and Hove 4.2: avoid it; if unavoidable, fastened in a bag).
  [new RegExp(String.raw`\b(take|taking|took|bring|bringing|brought|carry|carrying|have|having|with)\b.{0,60}\b${CASE_INFO}\b.{0,60}\b(in ?to|in|to|at) (the |a |my )?(next|second|other|another|different|third|following) (family'?s?|service user'?s?|client'?s?|person'?s|visit|home ?visit|home|house|flat)\b|\b${CASE_INFO}\b.{0,60}\b(in ?to|in|to|at) (the )?(home|house|flat) of (another|the next|a different|a second)\b`), 'other-home'],
  [new RegExp(String.raw`\b(take|taking|took|bring|bringing|carry|carrying|travel\w*|transport\w*)\b.{0,50}\b${CASE_INFO}\b.{0,60}\b(home|out of the office|out|with me|on (a |the |my )?(visit|home visit|train|bus|tube)|(in|on|to) (my |the |a )?(car|train|bus|tube|public transport|boot|visit|home visit|meeting|court|conference|school)|another (family|service user|client)'?s?|(other|another) (home|house))\b|\b(on|in) (the |a |my )?(train|bus|tube|car|boot|public transport)\b.{0,50}\b${CASE_INFO}\b|\b${CASE_INFO}\b.{0,30}\b(on|in) (the |a |my )?(train|bus|tube|public transport)\b|\b(transporting|travelling with|traveling with) (case )?(records?|files?|papers|information|documents)\b|\b(get|getting|got|catch|catching|take|taking|use|using|on|by) (the |a )?(bus|train|tube|tram|coach|public transport)\b.{0,60}\b${CASE_INFO}\b|\b(paper|hard ?copy|case|confidential) (files?|records?|papers|paperwork|documents?)\b.{0,60}\b(bus|train|tube|tram|coach|public transport)\b`), 'transport'],
  [/^(?=.*\b(case|files?|papers?|paperwork|documents?|records?|screens?|laptops?|data|information|confidential\w*|client|service users?|assessments?|reports?|notes|secure\w*|safe\w*)\b).*\b(work(ing)? (from|at) home|wfh|home[- ]?working|working remotely)\b|(?<!\b(incidents?|happened|happening|occurred|lives|living|live|stays?|staying|visits?|violence|abuse|rows?|arguments?|fights?|injur\w*|fell|fall|accidents?|safe|unsafe) )\bat home\b.{0,50}\b(screen|case papers|papers|files|documents|confidential|overhear\w*|housemate|flatmate|(my|our) (partner|family|kids|children|husband|wife))\b|\b(work(ing)? (from|at) home|wfh|home[- ]?working)\b.{0,60}\b(partner|other half|housemates?|flatmates?|lodgers?|husband|wife|kids|children|family|boyfriend|girlfriend)\b|\b(partner|housemate|flatmate|husband|wife|kids|family)\b.{0,50}\b(see|seeing|view|viewing|read|reading|look at|looking at)\b.{0,30}\b(my )?(screen|laptop|files|papers|documents|case)\b/, 'home-working'],
  // Papers left out (on a desk, in an unlocked drawer) overnight or out of hours: the act the duty to lock them away rules out.
  [new RegExp(String.raw`\b(leave|left|leaving|keep|keeping)\b.{0,40}\b${CASE_INFO}\b.{0,40}\b(on (my|the|your|a|our|his|her) (hot ?)?desks?|out on (my|the|a) \w+|lying (around|about)|unlocked|in (an |my |the )?unlocked \w+|in (my|the|a) (desk )?(tray|in-?tray))\b|\b${CASE_INFO}\b.{0,20}\b(on (my|the|your|a) (hot ?)?desks?|lying (around|about)|left out|unlocked)\b.{0,40}\b(overnight|over ?night|tonight|at night|over the weekend|all weekend|till|until|til|when i (go|leave)|end of the day|after work)\b`), 'left-out'],
  // Cabinets moved with papers still in them ("leave them half full and lock them", "move them with the files in"): the
  // office move's duty to check and clear every one first is not met (Brighton and Hove 4.2).
  [new RegExp(String.raw`(?<=\b${OFFICE_MOVE}\b.*)${NOT_CLEARED}|${NOT_CLEARED}(?=.*\b${OFFICE_MOVE}\b)`), 'move-not-cleared'],
  [new RegExp(String.raw`\b(leave|left|leaving|keep|keeping|store|storing|lock|locking|put)\b.{0,40}\b(${CASE_INFO})\b.{0,40}\b(on (my|the|your) desk|desk|overnight|in the office|at work|unlocked|in (a |the )?(drawer|cabinet|cupboard))\b|\block(ing)? (my |the |our |case )?(files|papers|records|paperwork|documents) (away|up)\b|\b(records?|files?|papers|paperwork|documents?|cupboards?|cabinets?|drawers?)\b.{0,40}\b(lock|locks|locking|locked)\b.{0,20}\b(overnight|at night|every night|night|in the evening|at the end of the day)\b|\b${CASE_INFO}\b.{0,30}\b(kept|stored|left|locked|leave|keep|store)\b.{0,30}\b(overnight|at night|in the office|at work|on (my |the )?desk)\b|\blocked (cupboards?|cabinets?|drawers?)\b|\b(office|desk|team|building|floor|site) (move|moves|relocation)\b|\bmoving (office|offices|desks|building|buildings|floors?|sites?|premises|base)\b|\b(moving|move|moves|relocating) (up |down |over )?(to|into) (the |a |another |our |a new |the new )?(\w+ ){0,2}(floor|office|offices|building|site|base|premises)\b|\b(cabinets?|cupboards?|drawers?|filing)\b.{0,60}\b(before|ahead of|for) (the |our |this |that )?(office )?(move|relocation)\b|\b(filing )?(cabinets?|cupboards?|drawers?)\b.{0,60}\b(taken away|take (the |them )?(\w+ )?away|removed|collected|emptied|cleared|skip|scrapped)\b|\bclear(ing)? (out )?(the |my |our )?(desk|desks|cabinets?|drawers?|cupboards?)\b|\bclear desk\b`), 'office-storage'],
  [/\badopt(ers?|ers'|ive (parents?|family|families|mum|dad|carers?|home))\b.{0,60}\b(names?|surnames?|address(es)?|details|location|where they live|identifying|identity)\b|\b(names?|surnames?|address(es)?|details|location|identity)\b.{0,40}\b(of |for )?(the )?adopt(ers?|ers'|ive (parents?|family|families|mum|dad|carers?))\b/, 'adopter-details'],
  [/^(?!.*\b(by mistake|accidentally|in error|by accident|wrong)\b).*\b(duplicat\w*|copy|copying|copied|past(e|es|ed|ing)|same (case )?(note|recording|information|entry)|common (info\w*|details|bits|stuff)|also (put|record|add))\b.{0,60}\b(siblings?|brothers?|sisters?|other child(ren)?)\b|^(?!.*\b(by mistake|accidentally|in error|by accident|wrong)\b).*\b(siblings?|sibling groups?|brothers?|sisters?)\b.{0,80}\b(copy|copying|copied|past(e|es|ed|ing)|duplicat\w*|(one|1|a single|just one|the same|a joint|a shared) (case )?(note|recording|entry|write[- ]?up)|same (case )?(note|recording|entry))\b.{0,60}\b(all|every|each|both|three|two|four|other|others|[2-9])\b/, 'sibling-records'],
  // One file for a family, or a file each: every service user has a file in their own name (Nottinghamshire).
  [/\b(one|a single|the same|a shared|a joint|one big) (family )?(file|record)\b.{0,40}\b(all|both|every|the|three|two|four)\b.{0,15}\b(siblings?|children|kids|brothers?|sisters?|twins|triplets)\b|\b(siblings?|children|kids|brothers?|sisters?|twins|triplets)\b.{0,60}\b(each|all|both|they) (need|have|get|needs|has|gets|with) (their|his|her|a) (own|separate) (file|record|case)s?\b|\b(siblings?|kids|brothers?|sisters?|twins|triplets)\b.{0,60}\b((one|1|a single|the same|a shared|a joint) (family )?(file|record)|(file|record)s? each|(share|sharing) (a |one |1 )?(file|record))\b|\b(one|1|a single|a shared|a joint) (family )?(file|record)\b.{0,30}\bor (one|1|a file|a record|separate \w+|their own) ?(each)?\b|\b(own|separate|individual) (files?|records?) (for|in the name of) (each|every|all|both)\b|\bfamily (file|record)\b|\bwhose (case )?(file|record)s?\b|\bwhich (child|kid|one|person|sibling)'?s? (case )?(file|record)\b/, 'sibling-records'],
  // How records are organised so that every one can be found (Brighton and Hove's MIRRA principles 2 and 11).
  [/\brecords? management\b|\b(index|indexed|indexing|organis\w*|organiz\w*|arrang\w*|structur\w*|stor(e|ed|ing)|fil(e|ed|ing)|kept|named|labell?ed)\b.{0,40}\b(so (that )?(we|you|i|people|staff|anyone|others) can (find|locate|retrieve|trace|track)|to (find|locate|retrieve|trace)|quick(ly)? (to )?(discover\w*|retriev\w*|find))\b|\b(find|locate|retrieve|trace|track down|identify)\b.{0,15}\b(all|every|everything|each)\b.{0,30}\b(records?|files?|information|bits?)\b.{0,40}\b(hold|held|have|create\w*|receiv\w*|keep|kept)\b/, 'records-management'],
  // Clearing chats or messages off the phone (Waltham Forest keeps the communication history on the work device).
  [/\b(delete|deleting|deleted|clear|clearing|wipe|wiping|get rid of|remove|removing)\b.{0,20}\b(the |these |those |my |our |her |his |their |old |all |any )?(whatsapp |text |instagram |facebook |snapchat |sms )?(messages|texts|chats|conversations|whatsapps|dms|threads|(chat|message|text|communication|conversation) history|(?<=\b(?:the|that|this|my|our|her|his|their|whatsapp|text|instagram|facebook|snapchat|sms) )(chat|thread|conversation|group chat))\b|\b(keep|keeping|retain|retaining|hold on to|holding on to|store|storing)\b.{0,20}\b(the |these |those |my |our |old |all |any )?(whatsapp |text |sms )?(messages|texts|chats|conversations|whatsapps|(chat|message|text|communication|conversation) history)\b.{0,20}\b(on|in) (my |the |our |a )?(work |council )?(phone|mobile|device|iphone)\b/, 'delete-messages'],
  // The work mobile itself: when it is on or off, stopping unsolicited material (Pan Dorset 1.11, 1.13).
  // A phone used at the wheel (Pan Dorset 1.12), before the work mobile's other rules.
  [/\b(while|when|whilst) (i'?m |i am |we'?re |you'?re )?(driving|at the wheel|behind the wheel)\b|\b(stopped|sat|sitting|waiting|stuck|queuing|queueing) (at (the |a )?(traffic |red )?lights?|in (the |a )?(traffic|traffic jam|queue of traffic))\b|\bat (a |the )?red lights?\b|\bdriving\b.{0,30}\b(phone|mobile|calls?|texts?|answer\w*|hands[- ]free)\b|\b(phone|mobile|calls?|texts?|answer\w*|hands[- ]free)\b.{0,30}\b(driving|at the wheel)\b|\b(while|when|whilst) (i'?m |i am |we'?re |you'?re )?(driving|at the wheel|behind the wheel|(stopped|stuck|waiting|sat|sitting|parked) (at|in) (the |a )?(lights|traffic( lights)?|traffic jam|queue))\b|\b(stopped|waiting|sat|sitting) at (the |a )?(traffic )?lights\b|\bin (a |the )?traffic jam\b|\bdriving\b.{0,30}\b(phone|mobile|calls?|texts?|answer\w*|hands[- ]free)\b|\b(phone|mobile|calls?|texts?|answer\w*|hands[- ]free)\b.{0,30}\b(driving|at the wheel)\b/, 'phone-driving'],
  // The work mobile named anywhere, and "it" switched off or on ("messages on my work mobile all weekend ... switch it off?").
  [/^(?=.*\bwork (mobile|phone)s?\b).*\b(switch|turn)\w* (it|them) (off|on)\b(?! (the|a|my|her|his|their)\b)/, 'work-phone'],
  [/\bwork (mobile|phone)s?\b.{0,40}\b(switch\w* (it )?(on|off)|turn\w* (it )?(on|off)|on or off|off at (night|weekends?)|on at (night|weekends?)|configur\w*|block\w*)\b|\b(switch|turn|keep|leave|have)\w* (my |the |our |your |a )?work (mobile|phone)s? (on|off)\b/, 'work-phone'],
];

/** The handling the question is about, read from the first line of the table that matches. */
const RECEIVED_LETTER = /\b((sent|posted|wrote|written|mailed) (me|us|to me|to us)( a| an| the)?( paper)? (letters?|reports?|cop(y|ies))|(got|received|had|opened|been sent) (a |an |the |some )?(paper |hard ?copy |handwritten )?(letters?|post)|(letters?|post|reports?) (from|came|arrived|has come|have come|turned up)|in the post from|(came|arrived|come) (in|through) the (post|letter ?box))\b/;
const SENDING_OUT = /\b(i|we)('ll| will| need to| have to| want to| am going to| can| could| should|'ve| have| had)? (post|send|mail|posted|sent|mailed)\b|\b(posting|sending|mailing) (it|them|the|a|out|to)\b/;

/**
 * The channel asked about. A channel named only to compare ("screenshot the texts, like we do with WhatsApp") is not the
 * one asked about, when another is named.
 */
const COMPARED = /\b(like|as|unlike|same as|as with|instead of|rather than)\b(?: (?:we|you|i|they)(?:'re| are| were| have been| get)? (?:told|allowed|asked|supposed|meant|expected) to(?: do)?| (?:we|you|i|they) (?:do|did|have to|must))?(?: it)? (?:with|for|on|over|by)? ?(?:the |a |our )?(\w+)\b/g;
function readChannel(text: string): Reading<Channel> | undefined {
  const named = CHANNELS.filter(([re]) => testChecked(re, text));
  if (named.length < 2) return first(text, named);
  let compared = false;
  const uncompared = text.replace(COMPARED, (whole: string, _word: string, target: string) => (CHANNELS.some(([re]) => re.test(target)) ? ((compared = true), ' ') : whole));
  if (!compared) return first(text, named);
  // The one channel the question itself asks about, once the compared one is set aside.
  const asked = uncompared.split(/(?<=[?!.])\s+|\n+/).filter((sentence) => sentence.trim().endsWith('?')).join(' ');
  const inAsk = named.filter(([re]) => re.test(asked));
  return (inAsk.length === 1 ? first(asked, inAsk) : undefined) ?? first(uncompared, named) ?? first(text, named);
}

const TO_PLACE_OF_TRADE = new RegExp(String.raw`\b(in ?to|to|at|in) (the |a |my |our )?${PLACE_OF_TRADE}\b`);
const CARRIED = /\b(laptops?|case (files?|records?|notes|papers)|files?|records|papers|paperwork|(court )?bundles?|documents|folders?)\b/;

/**
 * A shop, pub or bar named anywhere beside the laptop or case papers carried there decides the handling: Brighton and Hove
 * rules on taking them there however far apart the words are ("drinks at a bar after work … can I bring my laptop?").
 */
function inPlaceOfTrade(text: string, found: Reading<Handling> | undefined): Reading<Handling> | undefined {
  if (found && found.value !== 'laptop' && found.value !== 'transport') return found;
  const place = TO_PLACE_OF_TRADE.exec(text);
  return place && CARRIED.test(text) ? { value: 'public-place', from: place[0] } : found;
}

export function readHandling(text: string): Reading<Handling> | undefined {
  // "Took a referral" is receiving one on duty, not carrying case papers anywhere.
  // A post-it is a sticky note (a password written on one), not something sent by post.
  const read = text.replace(/\b(take|takes|took|taking) (a |an |the |new |duty |this |that )*referrals?\b/g, 'received a referral').replace(/\bpost[- ]?its?( notes?)?\b/g, 'sticky note');
  const found = inPlaceOfTrade(read, first(read, HANDLING));
  // A letter that came in (the school posted me a letter, a letter from the GP in the post) is correspondence to scan onto
  // the file, not case information being posted out.
  if (found?.value === 'post' && RECEIVED_LETTER.test(text) && !SENDING_OUT.test(text)) return undefined;
  // A lookahead match starts at the beginning of the text; show the words that decided it, not the whole question.
  return found ? { value: found.value, from: found.from.length > 80 ? found.from.slice(-80).trim() : found.from } : undefined;
}

// An unborn baby or a pregnancy is being talked about: without it, "born in 1999" or "approval terminated" is no pregnancy.
const UNBORN_CONTEXT = /\b(unborn|pregnan\w*|pre-?birth|ante-?natal|midwi(fe|ves|fery)|\d+ ?(weeks?|wks?) (pregnant|gone|along)|miscarr\w*|still ?born|still ?birth|due date|baby'?s?|babies|newborn|gestation\w*|non[- ]?viable|expecting|abortion|gave birth|given birth|giving birth|(had|having|has had|chose|booked( in)? for) (a |an )?termination|termination of (the |her |a )?pregnancy)\b/;

/**
 * What has happened with the pregnancy an unborn baby's record is about, for the Nottinghamshire unborn rules. Order
 * matters: a record added by mistake or a new pregnancy is about the record before it is about the birth, and a
 * still birth is not a miscarriage.
 */
const PREGNANCY_OUTCOME: readonly [RegExp, PregnancyOutcome][] = [
  [/\b(by mistake|mistakenly|accidentally|in error|by accident|wrongly|shouldn'?t have|should not have)\b.{0,60}\b(unborn|pregnan\w*|non[- ]?viable|baby)\b|\b(unborn|pregnan\w*|non[- ]?viable|baby)\b.{0,60}\b(by mistake|mistakenly|accidentally|in error|by accident|wrongly)\b|\bnon[- ]?viable\b.{0,60}\b(record|file|mosaic|added|created|opened|set up)\b|\b(record|file|mosaic|added|created|opened|set up)\b.{0,60}\bnon[- ]?viable\b/, 'added-in-error'],
  [/\bpregnant (again|for the (second|third|\d+\w*) time)\b|\b(another|a new|second|third|next|subsequent|later) (pregnancy|baby)\b|\b(re-?use|reusing|resurrect\w*|re-?open\w*|re-?activat\w*|recycl\w*|use the (old|previous|same|last)|same record)\b.{0,60}\b(unborn|record|file)\b|\b(old|previous|last|earlier|first) unborn\b/, 'new-pregnancy'],
  [/\bstill ?(born|birth)\b|\bborn (sleeping|dead|without (a )?heartbeat)\b/, 'stillbirth'],
  [/\bmiscarr\w*|\babortion\b|\bectopic\b|\b(had|having|has had|chose|opted for|going to have|booked( in)? for) (a |an )?termination\b|\btermination of (the |her |a )?pregnancy\b|\bterminat\w*\b.{0,40}\b(pregnan\w*|baby|unborn)\b|\b(pregnan\w*|unborn)\b.{0,40}\bterminat\w*|\b(lost|losing|lose) (the |her |their )?baby\b|\bpregnancy (has |had |was )?(ended|ending|not continu\w*|didn'?t continue|did not continue|failed|is over)\b|\b(not|didn'?t|did not|won'?t) (continue|continuing|go|going|carried|carry|make it) to (full )?term\b|\bend of (the |her )?pregnancy\b/, 'ended'],
  [/\b(baby|babies|child|she|mum|mother)\b.{0,20}\b(been|was|is now|now|just|finally|has been|got)? ?born\b|\b(gave|given|giving) birth\b|\b(after|since) (the )?birth\b|\bonce (the baby is |baby'?s |baby is |it'?s |it is )?born\b|\b(arrived|delivered)\b.{0,30}\b(baby|unborn)\b|\bbaby\b.{0,20}\b(arrived|delivered|here)\b|\bunborn\b.{0,60}\b(?<!pre[- ])(born|birth|given name|real name|name)\b/, 'born'],
  [/\b(create|creating|created|open|opening|set up|setting up|start|starting|add|adding|make|making|new)\b.{0,40}\b(record|file|case|mosaic)\b|\bpregnancy (is |has been |was |been )?(confirmed|viable)\b|\b(confirmed|viable) pregnancy\b|\b(how|when|how soon|how early|what gestation|how many weeks)\b.{0,40}\b(referral|record|mosaic)\b|\b(minimum|what) gestation\w*\b|\b(too early|too soon|how early)\b.{0,40}\b(referr\w*|refer|accept\w*)\b|\b(referr\w*|refer)\b.{0,60}\b(too early|too soon|how early)\b|\bdue date\b|\bdate of birth\b/, 'confirmed'],
];

/** What has happened with the pregnancy, read only where the question is about an unborn baby or a pregnancy. */
export function readPregnancyOutcome(text: string): Reading<PregnancyOutcome> | undefined {
  return UNBORN_CONTEXT.test(text) ? first(text, PREGNANCY_OUTCOME) : undefined;
}

const CONSENT_PARENT: readonly [RegExp, boolean][] = [
  [/\b(parents?|mum|dad|carers?|guardians?|mother|father) (haven'?t|have not|hasn'?t|has not|didn'?t|did not|never)( actually| yet| ever| really| even)? (agreed|consented|said yes(?! or no)|okayed|ok'?d|(given|gave)( me| us)?( their| her| his| any)? (consent|permission|agreement|the ok|the go[- ]ahead))\b|\bno (consent|permission|agreement) from (the )?(parents?|mum|dad|carers?)\b|\b(no|without|hasn'?t|haven'?t|not got|don'?t have) (the )?(parental|parents'?|parent'?s?) (consent|permission|agreement)\b|\bparents? (refused|said no|did not agree|didn'?t agree|won'?t agree|do not agree|don'?t agree|object(ed)?)\b|\b(mum|dad|carer) (said no|refused)\b|\b(mum|dad|parents?|carers?|mother|father) (doesn'?t|does not|don'?t|do not|won'?t) (want|agree to|consent to) (me |us )?(to )?(shar(e|ing)|tell(ing)?|pass(ing)? (it |this )?on|disclos(e|ing))\b/, false],
  // Consent said to be had ("we have parental consent", "parental consent was given"), not consent asked after, awaited or
  // required ("do I need parental consent?", "is parental consent required?", "still waiting on his parents' consent").
  [/\b(with|have|has|had|got|obtained|received|gave|given|there'?s|there is)( (the|their|his|her|full|verbal|signed|written))* (parental|parents?'?) (consent|permission|agreement)\b|\b(parental|parents?'?) (consent|permission|agreement) (is|was|has been|have been|had been) (given|obtained|granted|agreed|in place|on (the )?file|recorded)\b|\b(parents?|mum|dad|carers?|guardians?|mother|father) (has |have )?(said (it'?s )?(ok|okay|yes|fine)|agreed|agree|consented|(gave|given|signed) ((her|his|their|written|verbal|full|section 20|s ?20) ){0,2}(consent|permission)|are happy|is happy|okayed|approved)\b|\bwith (the )?(parents?'?|mum'?s?|dad'?s?) (permission|consent|agreement)\b/, true],
];

const CONSENT_YP: readonly [RegExp, boolean][] = [
  // Contact the worker starts that the young person has not agreed to: texting them "out of the blue", a cold text, without
  // asking them first.
  [/\b((text|txt|messag|whatsapp|contact|call|ring|e-?mail|dm)\w* (him|her|them|the (yp|young person|child|kid|boy|girl|lad)) (\w+ ){0,2}(out of the blue|unannounced|cold)|cold (text|message|call|whatsapp)\w*|without (asking|checking with|telling|warning|letting) (him|her|them)( know)?( first)?|(he|she|they) (doesn'?t|don'?t|does not|do not) know (i'?ve got|i have|we have|i'?ve) (his|her|their) (number|mobile|details))\b|\b(no consent(?! from (the )?(parents?|mum|dad|carers?))|without (her|his|their) consent|without consent(?! from (the )?(parents?|mum|dad|carers?))|not consented|hasn'?t consented|haven'?t consented|(?<!\b(manager|tm|supervisor|senior manager|i|we|mum|dad|parents?|carers?|mother|father|guardians?) )(hasn'?t agreed|has not agreed|did not agree|didn'?t agree|said no)|refused consent|withdrawn? consent|withdrew consent|(?<!\b(mum|dad|parents?|carers?|mother|father) )(doesn'?t|does not|don'?t|do not|won'?t) (want|agree to|consent to) (me |us )?(to )?(shar(e|ing)|tell(ing)?|pass(ing)? (it |this )?on|disclos(e|ing)))\b/, false],
  [/\b(she|he|they|yp|young person|child|service user|client|mum|dad|parent|grandma|gran|nan|nana|grandad|grandpa|grandparents?|aunt|auntie|uncle|carers?|foster carers?|guardians?) (has |have )?(agreed|consented|said (yes|ok|okay)|replied (with )?yes|is happy|are happy|gave consent|(wants|asked) (me )?to (text|message|whatsapp|e-?mail|contact|be contacted|keep in touch|use|chat|hear|call))\b|\b(replied|responded|answered) (with )?"?yes\b|\bwith (her|his|their) (consent|agreement)\b|\bconsent (was |has been )?(given|obtained|agreed)\b|\b(i|we)('ve| have)? (already )?(have |got |obtained |had |received )(her|his|their|the|a )? ?(verbal |written )?consent\b/, true],
];

const EVIDENCED: readonly [RegExp, boolean][] = [
  [/\bconsent\b.{0,40}\b(not (recorded|written|noted)|isn'?t (recorded|on)|not on (the )?(file|record))\b/, false],
  [/\bconsent\b.{0,40}\b(recorded|noted|evidenced|case note|on (the )?(file|record|mosaic|system))\b|\b(recorded|noted|evidenced) (the |their |her |his )?consent\b/, true],
];

const PARENTS_AWARE: readonly [RegExp, boolean][] = [
  [/\bwithout (the )?(parents?|mum|dad|carers?) (knowing|knowledge|being aware)\b|\b(parents?|mum|dad|carers?) (don'?t|doesn'?t|do not|does not) know\b|\b(parents?|carers?) (are )?(unaware|not aware)\b|\bbehind (her|his|their) parents'? back\b/, false],
  [/\b(parents?|mum|dad|carers?) (know|knows|are aware|is aware|are informed|have been told|has been told)\b|\bwith (the )?(parents?|carers?)'? knowledge\b/, true],
];

// Text speak in a professional message (Pan Dorset 1.5).
/** A message, however sent. */
const MESSAGE_WORD = String.raw`(texts?|texting|txts?|messages?|messaging|msgs?|whatsapps?|whatsapping|insta|instagram|snapchats?|dms?|online|emails?|replies|reply|replying)\b`;
const TEXT_LANGUAGE: readonly [RegExp, boolean][] = [
  // "lol" or "omg" only when put in a message: a practitioner's own "lol" is an aside, not the message's style.
  [/\b(text ?speak|txt ?speak|text ?spk|txt ?spk|text language|txt language|textspeak|emojis?|emoticons?|smiley faces?|kisses|abbreviations? in (a |my |the )?(texts?|messages?|whatsapps?)|(with|sign\w* off with|end\w* with|put|add\w*) (a |an )?(kiss|x|xx+))\b|\b(use|using|put|putting|add|adding|send|sending|write|writing|type|typing|include|including|sign|signing)\b.{0,25}\b(lol|lmao|omg)\b/, true],
  // A message the worker (or a colleague) sends quoted signed off with a kiss ("colleague sends 'night night x'"): text
  // language. A kiss in what a parent or young person sent is theirs.
  [/\b(?:i|we|to|colleague|co-worker|worker|staff)\b (?:\w+ )?(?:send|sends|sent|sending|text|texts|texted|texting|message|messages|messaged|messaging|reply|replies|replied|replying|whatsapp\w*|write|wrote|writing|sign\w* off)\b[^'"‘“]{0,40}['‘"“][^'’"”]{1,80}\s(x{1,3})\W{0,2}['’"”]/, true],
  // The same kind of thing as text speak: a casual register in messages, or answering a young person's banter in kind
  // (Pan Dorset 1.5: professional language, as face to face).
  // Not the register of messages someone else sends ("grandad keeps sending me chatty texts"): that is theirs, not the worker's.
  [new RegExp(String.raw`(?<!\b(sends?|sending|sent|gets?|getting|got|receiv\w*)( me)?( (really|very|quite|long|these|those|some|a few|lots of|loads of|a lot of))? )\b(casual|informal|chatty|jokey|joky|matey|pally|banter|bantering|slang|less formal|less professional)\b.{0,60}\b${MESSAGE_WORD}|\b${MESSAGE_WORD}.{0,60}\b(casual|informal|chatty|jokey|joky|matey|pally|banter|bantering|slang|less formal|less professional)\b|\b(reply|replying|respond|responding|answer|answering|text|texting|message|messaging|write|writing)\b( (him|her|them))?( back)?( to (him|her|them))? (in (the same|a similar) (way|style|tone|manner)|in kind|the same way|like (that|they do|she does|he does)|like (her|him|them)(?! (mum|dad|parents?|carers?|own|\w+'s)\b)|in (her|his|their) (own )?(language|lingo|slang|style))\b|\b(talk|speak|write|text|message)\w* (her|his|their) (language|lingo)\b|\bmirror\w* (her|his|their) (language|lingo|slang|texts?|messages?|style)\b`), true],
];

// Entering notes under someone else's log-in or password, whoever offers it (Nottinghamshire: entries are never made under
// another person's log-in); someone else putting my note on under their own log-in is the "on behalf of" note instead.
const OTHER_LOGIN: readonly [RegExp, boolean][] = [
  // Someone else's log-in handed over: "she left me her login", "lent me her mosaic password", "the login my senior gave me".
  [/\b(left|leave|leaves|gave|give|gives|given|giving|lent|lend|lends|lending|handed|hand|passed|told|tell|sent|shared|texted|e-?mailed|offered)( me| us)? (her|his|their|my (colleague|co-?worker|senior|manager|tm|team manager|mate|friend|supervisor|pe)'?s?|a colleague'?s?|someone else'?s?) (own )?(mosaic |system |computer |laptop |work )?(password|passwords|passcode|login|log in|log-in|logon|login details|log in details|credentials|smart ?card)\b|\b(password|passwords|passcode|login|log in|log-in|logon|login details|log in details|credentials|smart ?card) (that )?(my|her|his|a|the) (colleague|co-?worker|senior|manager|tm|team manager|mate|friend|supervisor|pe|other worker)\b.{0,25}\b(gave|given|handed|lent|left|passed|sent|told|shared)\b/, true],
  // A colleague logged in, and the worker's entry made on her system ("she's logged in, pop my note in on her mosaic").
  [/^(?=.*\b(logged|logs|signed) (in|on)\b).*\b(on|in|into|under|using|use) (her|his|their) (mosaic|system|computer|laptop|pc|account)\b(?! (record|file|case|page|profile|chronology)s?\b)/, true],
  // Someone else's entries put on under my name or log-in ("put her notes on under my name").
  // The actor is someone else: "I" typing a colleague's note under my own log-in is the "on behalf of" note, not this.
  [/\b(she|he|they|student|colleague|someone|somebody|another (worker|social worker)|admin|business support|agency worker)\b(?:(?!\b(i|me)\b).){0,40}\b(put|puts|putting|enter|enters|entering|add|adds|adding|write|writes|writing|type|types|typing|do|does|doing|record|log)\b(?:(?!\b(i|me)\b).){0,40}\b(under|using|on|with) (my|your) (name|log-?in|login|account|user ?name|password|details|smart ?card)\b/, true],
  [/\b(under|using|use|(?<!\b(do|deal|doing|dealing) )with|on|borrow\w*|share|sharing|lend\w*|offer\w*( me)?) (her|his|their|my colleague'?s?|a colleague'?s?|someone else'?s?|somebody else'?s?|another (worker|person|colleague|social worker|student)'?s?|my (pe|practice educator|manager|supervisor|team manager)'?s?|(my|a|another) (mate|friend|colleague|co-?worker|team ?mate|buddy|pal|senior|tm)'?s?) (own )?(password|passwords|login|log in|log-in|logon|login details|log in details|credentials|smart ?card|account)\b|\b(log(ged|ging)? ?(in|on)|sign(ed|ing)? in)( ?(to|into|onto) (mosaic|the system|the cms|it))? (as|under) (her|him|them|my colleague|a colleague|my manager|someone else|another (worker|person|colleague|social worker)|the (sw|social worker|worker|author))\b/, true],
  // Someone else going on under mine: "can my colleague log on as me", "my student wants to use my login".
  [/\b(colleague|someone|somebody|anyone|student|manager|admin\w*|co-?worker|team ?mate|he|she|they)\b.{0,40}\b((log|logs|logged|logging|sign|signs|signed|signing) ?(in|on)( ?(to|into|onto) (mosaic|the system|the cms|it))? (as|under) me|(use|uses|using|borrow\w*|have|has) my (password|passwords|login|log in|log-in|logon|login details|log in details|credentials|smart ?card))\b/, true],
];

// A number already given out, or what follows each time one is: telling the line manager (Pan Dorset 1.3).
const NUMBER = String.raw`\b(number|numbers|no|contact details)\b`;
const NUMBER_GIVEN: readonly [RegExp, boolean][] = [
  [new RegExp(String.raw`\b(gave|given|handed|passed|shared) (out )?(her|him|them|a|an|the|my|our|mum|dad|\w+ (year|years) old)\b.{0,40}${NUMBER}|\b(every|each) time (i|we|you|staff|workers?) (give|gives|hand|hands|share|shares)\b.{0,40}${NUMBER}|\b(tell|telling|inform|informing|notify|notifying|let)\b.{0,30}\b(manager|managers|team manager|anyone|someone|anybody)\b.{0,40}\b(give|gave|given|giving)\b.{0,40}${NUMBER}|\b(give|gave|given|giving)\b.{0,40}${NUMBER}.{0,60}\b(tell|telling|inform|informing|notify|notifying)\b.{0,30}\b(manager|managers|team manager|anyone|someone|anybody)\b`), true],
];

// The e-mail route named: ordinary Outlook or unencrypted (not secure), or Egress, encrypted, nhs.net (secure) (Brighton and Hove 4.2).
const SECURE_EMAIL: readonly [RegExp, boolean][] = [
  // A personal webmail address (hotmail, gmail, a personal e-mail) is no secure address.
  [/\b(normal|ordinary|regular|standard|usual|plain|just) (outlook|e-?mail|work e-?mail)\b|\b(hotmail|gmail|googlemail|yahoo|aol|icloud|btinternet|outlook\.com|live\.co\.uk)\b|\b(her|his|their|a|my|your) (own |personal |private |home )(e-?mail|e-?mail address|e-?mail account)\b|\bunencrypted\b|\bnot (encrypted|secure)\b|\bwithout (egress|encryption|encrypting)\b/, false],
  [/\b(egress|encrypted|encrypt|secure e-?mail|nhs\.?net|gcsx|cjsm)\b/, true],
];

/** The secure way and the ordinary one offered as a choice ("egress or normal email?"): asked, not said of what was sent. */
const SECURE_OR_NOT = /\b(egress|encrypted|encryption|secure e-?mail)( e-?mail)? or (a |an )?(normal|ordinary|regular|standard|usual|plain|just)( outlook| e-?mail| work e-?mail)?\b|\b(normal|ordinary|regular|standard|usual|plain) (outlook|e-?mail|work e-?mail) or (egress|encrypted|encryption|secure e-?mail)\b/g;

// Doubt about where a letter would go: "not sure he still lives there", "might be an old address".
const ADDRESS_IN_DOUBT: readonly [RegExp, boolean][] = [
  [/\b(not ((100|a hundred) ?(%|percent|per cent) |totally |entirely |completely |fully |too )?(sure|certain|confident)|unsure|don'?t know|doubt\w*|no idea|can'?t be sure|might not|may not)\b.{0,30}\b(still )?(lives?|living|address|there)\b|\b(old|out of date|outdated|wrong|previous) address\b|\bmoved (out|house|away)\b/, true],
  // The address itself looks wrong, or the person may have moved: "the address looks old", "i think she might have moved".
  [/\baddress\b.{0,40}\b(looks?|seems?|might be|may be|could be|probably|possibly)( a bit| quite| very)? (old|out of date|outdated|stale|wrong|incorrect|not (current|up to date|right|correct))\b|\b(might|may|could|must|probably|possibly|think|thinks|thought|reckon|believe|heard|apparently)\b.{0,25}\b(has|have|'s|'ve)( now| since| recently)? moved\b|\b(no longer|not) (lives?|living|at) (there|that address)\b|\b(doesn'?t|does not|don'?t|do not) live there (any ?more|now)\b/, true],
];

// An address with no secure facility for post: a letterbox others share or that is left open, post that goes astray (Brighton and Hove 4.2).
const POST_INSECURE: readonly [RegExp, boolean][] = [
  [/\b(shared|communal|common) (front door |hall(way)? )?(letter ?box(es)?|post ?box(es)?|mail ?box(es)?|post|mail|pigeon ?holes?)\b|\b(letter ?box|post ?box|mail ?box)(es)? (is |are )?(shared|communal)\b|\b(letter ?box|post ?box|mail ?box|post|mail)( box)? (isn'?t|is not|not|never) (secure|safe|private)\b|\b(unsafe|insecure|not secure) (post|mail|letter ?box|post ?box)\b|\b(post|mail|letters?)\b.{0,30}\b((keeps? |kept )?(going|goes|go|gone|went) missing|(keeps? )?(getting|gets?) (opened|lost|taken)|opened by (others|someone|other people|neighbours|housemates|flatmates|the landlord))\b|\b(post|mail|letters?)\b.{0,30}\b(trays?|table|pile|shelf|pigeon ?holes?)\b.{0,30}\b(hall\w*|lobby|communal|entrance|foyer|downstairs)\b|\b(post|mail|letters?)\b.{0,20}\b(in|into|on) (one|a shared|a communal|the communal|the shared) (tray|pile|box|table|shelf)\b/, true],
  [/\b(shared|communal|open|broken|unlockable|unlocked|no) (letter ?box|post ?box|mail ?box|door)(es)?\b|\b(letter ?box|post ?box|mail ?box|post|mail)\b.{0,40}\b(shared|communal|left open|broken|not secure|isn'?t secure|insecure|not safe|isn'?t safe|goes missing|go missing|gets? (opened|read|nicked|stolen|taken))\b|\b(other (residents|tenants|people|neighbours)|neighbours|everyone in the (block|building|house))\b.{0,30}\b(open|read|get|take|see)s?\b.{0,20}\b(post|mail|letters)\b/, true],
];

// Records held back from destruction for the Independent Inquiry into Child Sexual Abuse (IICSA, once the Goddard or Jay
// inquiry), under its moratorium (Nottinghamshire and Brighton and Hove's important note).
const INQUIRY_HOLD: readonly [RegExp, boolean][] = [
  [/\biicsa\b|\b(independent )?inquiry into (historic(al)? )?child (sexual )?abuse\b|\b(child (sexual )?abuse|csa|goddard|jay) inquiry\b|\b(the )?inquiry'?s? moratorium\b|\bmoratorium on (the )?(destr\w*|delet\w*|disposal|disposing)\b/, true],
];

// Log-in details written down and kept with the laptop (Brighton and Hove 4.2: never, in any circumstances).
// The whole e-mail or chain pasted or copied into the case notes, rather than the relevant text (Nottinghamshire).
const WHOLE_EMAIL: readonly [RegExp, boolean][] = [
  [/\b(paste|pasting|pasted|copy|copying|copied|put|putting|dump|dumping|drop|dropping|stick|sticking)\b.{0,20}\b(the )?(whole|entire|full|complete|all of the) (e-?mail|e-?mail (chain|thread|trail)|chain|thread|trail)s?\b|\b(whole|entire|full|complete) e-?mail (chains?|threads?|trails?)\b.{0,40}\b(in|into|on|onto)\b/, true],
  [/\b(paste|pasting|pasted|copy|copying|copied|put|putting|dump|dumping|drop|dropping|stick|sticking|add|adding|upload\w*|sav(e|ing))\b.{0,25}\b(the )?(whole|entire|full|complete) (thing|lot|text|message|e-?mail|conversation|correspondence)\b|\b(go|goes|going|went|put|paste|pasted|copy|copied|add|added|upload\w*|save|saved)\b.{0,60}\bas (it )?is\b|\b(word for word|in (its|their) entirety|signatures and all|and all the (signatures|disclaimers))\b/, true],
  [/\b(only|just) (the )?(relevant|important|key|necessary) (text|bits?|parts?|sections?)\b/, false],
];

/** A laptop's loss spoken of as what might happen: "if it gets nicked", "what if I lose it", "in case it's stolen". */
const LOSS_AHEAD = /\b(if|in case|incase|should|what if|say) (it|the laptop|my laptop|i|someone|somebody)( ever)? (gets?|got|is|was|were|ever gets?|lose|lost|leave|left)? ?(lost|stolen|nicked|taken|lose it|leave it)\b|\b(if|in case|what if) (it|the laptop|my laptop) (goes|went) missing\b|\b(if|in case|what if) (someone|somebody|anyone) (steals?|nicks?|takes?) it\b/;

const LOGIN_WRITTEN: readonly [RegExp, boolean][] = [
  [/\b(write|writing|wrote|written|jot\w*|note|noted|post[- ]?its?|sticky|stuck|sticker|on (a )?(bit of )?paper|in (my |a )?(notebook|diary|bag|wallet|purse|case))\b.{0,50}\b(password|passwords|passcode|pin|log ?in|login|logon|log-in|log in details|credentials)\b|\b(password|passwords|passcode|pin|log ?in|login|logon|log-in|credentials)\b.{0,40}\b(written|wrote|write|jotted|noted|post[- ]?its?|sticky|stuck|on (a )?(bit of )?paper|in (my |the |a )?(notebook|diary|bag|laptop bag|wallet|purse|case))\b/, true],
];

// Whether the work mobile is to be kept on or switched off, when that is what is asked (the act, not the duty's form).
const PHONE_KEPT_ON: readonly [RegExp, boolean][] = [
  [/\b(switch\w*|turn\w*|put\w*|keep\w*|leave|leaving|have|having) (it |my |the |our |your |a )?(work )?(mobiles?|phones?)?\s?off\b|\boff (at|over|on|during) (the )?(night|nights|weekends?|evenings?|holidays?|leave|annual leave)\b/, false],
  [/\b(keep|keeping|leave|leaving|have|having|be|being|stay|staying|switch|switching|switched|turn|turning|turned) (it |my |the |our |your |a )?(work )?(mobiles?|phones?)?\s?(on|switched on|turned on)\b(?! (the|a|my|her|his|their)\b)|\b(on|available|contactable|reachable) (at|over|on|during|all) (the )?(night|nights|weekends?|evenings?|hours|holidays?)\b/, true],
];

// Telling the family, or seeking their agreement, would raise the risk to the child or others or tip someone off: the
// exception to explaining information sharing at the outset. Read only where the question is about telling or explaining,
// and never of a risk to the worker ("it would put me at more risk of a complaint").
const TELLING_RISKS: readonly [RegExp, boolean][] = [
  [/\b(put|place|putting|placing|leave|leaving) (the |her |his |their |my |our )?(child|children|kids?|baby|young (person|people)|yp|mum|dad|her|him|them|others|someone|family)( \w+)? (at|in) (more |greater |increased |further |real |serious |significant )?(risk|danger)\b|(?<!\b(me|us|myself|i'?d be|i would be|i'?m|i am|we'?d be|we would be) )\b(at|in) (more|greater|increased|further) (risk|danger)\b(?! of (a |an )?(complaint|grievance|disciplinary|being (blamed|sued|criticised)))|\b(more|increase\w*|rais\w*|heighten\w*|escalat\w*) (the )?risk\b(?! (of|to|for) (me|us|myself|a complaint|complaints|a grievance|being (blamed|sued|criticised)))|\b(warn|tip|tell|alert)\w* (off )?(her|his|their|the) (partner|boyfriend|girlfriend|husband|wife|ex|abuser|perpetrator)\b|\btip\w* (him|her|them|the (abuser|perpetrator|partner|boyfriend)) off\b|\b(undermin|prejudic|jeopardi[sz]|compromis)\w* (the |a |any |an )?((police|criminal|s47|section 47|child protection) )?(investigation|enquir(y|ies)|case|prosecution|detection|evidence)\b|\b(he|she|they)('d| would| will| might| could) (disappear|abscond|flee|go missing|do a runner|destroy (the )?evidence)\b/, true],
];

// Whether digital contact is part of a planned and supervised piece of work (Cardiff and Vale 6): started on the worker's
// own initiative, with nothing planned or discussed in supervision, it is not. The contact itself must be what was not planned:
// "her mum has not agreed yet" or "the visit was not planned" says nothing of it.
const PLANNED_WORK: readonly [RegExp, boolean][] = [
  [/\b(contact|contacting|messag\w*|texting|texts|chatting|chats?|dms?|it|this|that)( (with|to) (her|him|them|the \w+))? (wasn'?t|isn'?t|hasn'?t been|hadn'?t been|was not|is not|has not been|had not been|was never|has never been|never (been )?) ?(planned|supervised|discussed (in|at) supervision|part of (a|the|any) plan)\b|\bnothing (was |is |has been )?planned\b|\bunplanned (contact|messag\w*|texting|chat\w*)\b|\boff (her|his|their|my|your) own bat\b|\boff the cuff\b|\bon the spur of the moment\b|\bon a whim\b|\bon (her|his|their|my|your) own (initiative|accord)\b|\bwithout (it being |being )?(planned|supervised|a plan|any plan|supervision|(discussing|raising|talking about) it (in|at) supervision)\b|\b(without|before) (telling|asking|informing|checking with|clearing it with|running it (past|by)|discussing it with|agreeing it with|the (knowledge|agreement|approval|ok|okay) of|(permission|approval|agreement|the ok|the okay|sign[- ]off) from|letting) (me|us|(my|his|her|their|the|a|any) (\w+ )?(manager|tm|supervisor|team manager|line manager|senior)|anyone|anybody)\b|\bbehind (my|our|(his|her|their|the) (\w+ )?(manager|tm|supervisor)'?s?) backs?\b|\b(didn'?t|did not|never|hasn'?t|has not|hadn'?t|had not) (\w+ )?(tell|told|ask|asked|inform|informed|clear(ed)? it with|run it (past|by)|ran it (past|by)|check(ed)? with|mention(ed)? it to) (me|us|(my|his|her|their|the|a|any) (\w+ )?(manager|tm|supervisor|team manager|line manager)|anyone|anybody)\b(?=.{0,80}\b(messag\w*|text\w*|whatsapp\w*|facebook|messenger|insta\w*|snapchat\w*|contact\w*|e-?mail\w*|dm\w*))/, false],
  [/\b(part of|within) (a|the|our) (planned|agreed) (and supervised )?(piece of )?work\b|\bplanned and supervised\b/, true],
];

// Whether a risk assessment says an app is needed to communicate with the child (Waltham Forest's under-age route).
const RISK_ASSESSED: readonly [RegExp, boolean][] = [
  [/\b(no|without (a |any )?|not (been |had )?(a )?)risk[- ]assess\w*\b|\bnot (been )?risk[- ]assessed\b/, false],
  [/\brisk[- ]assess(ed|ment)\b/, true],
];

// Texts sent as SMS or through an app (Waltham Forest's rules are about communication tools such as WhatsApp).
const VIA_APP: readonly [RegExp, boolean][] = [
  [/\b(sms|normal texts?|ordinary texts?|standard texts?|regular texts?|plain texts?|texts? messages? not (on |through |via )?(whatsapp|an app))\b/, false],
  [/\btext(s|ing)? (on|over|through|via|using) (whatsapp|an app|the app|signal|telegram|imessage)\b/, true],
];

// A social work student asking, or asking about students (Waltham Forest's guidance includes them).
const STUDENT: readonly [RegExp, boolean][] = [
  [/\b(i'?m|i am|as|im) (a |an )?(final year |first year |second year |3rd year |social work |sw |masters )*students?\b|\b(social work|sw) students?\b|\bstudent (social workers?|sws?|practitioners?)\b|\bstudents?\b.{0,30}\bon placement\b|\bon (my |a |their )?(first |final |last )?placement\b/, true],
];

const MANAGER_AGREED: readonly [RegExp, boolean][] = [
  [/\b(manager|tm|team manager|line manager) (has not|hasn'?t|did not|didn'?t|won'?t|doesn'?t|does not|is not|isn'?t) (agreed?|approved?|know|okayed|happy)\b|\bwithout (telling |asking |checking with )?(my )?(line |team )?manager\b|\bnot agreed with (my )?(line |team )?manager\b/, false],
  [/\b(line |team )?manager (has )?(agreed|approved|okayed|signed (it )?off|said (it'?s )?(ok|okay|fine|yes)|is happy)\b|\bagreed (it )?with (my |the )?(line |team )?manager\b|\bmanager'?s? (agreement|approval)\b/, true],
];

const PERSON: readonly [RegExp, NonNullable<Situation['person']>][] = [
  [/\b(young (person|people)|child|children|kid|kids|teen|teenager|boy|girl|lad|son|daughter|pupil|student(?! (social workers?|workers?|nurses?|practitioners?|placements?|on placement))(?<!(i'm|i am|as) a student)|care leaver|under[- ]1[68]s?|minor|baby)\b/, 'child'],
  [/\b(parents?|mum|dad|mother|father|carers?|guardians?|foster carers?|grandparents?|step-?(mum|dad))\b/, 'parent-or-carer'],
  [/\b(adult|adults|service user|client)\b/, 'adult-service-user'],
];

const PARENT_WORDS = '(parents?|mum|dad|mother|father|carers?|guardians?|foster carers?|grandparents?|step-?(?:mum|dad))';
/** Who the contact is with, when the question says it outright: "text mum", "dad rang me". It outranks a child merely mentioned. */
const CONTACTED: readonly [RegExp, NonNullable<Situation['person']>][] = [
  [
    new RegExp(
      // The way it replaces ("rather than ringing the foster carer") is not who is contacted.
      `(?<!\\b(?:rather than|instead of) )\\b(text|texting|texted|message|messaging|messaged|ring|ringing|rang|call|calling|called|phone|phoning|phoned|email|emailing|emailed|whatsapp|whatsapping|whatsapped|contact|contacting|contacted|reply to|replying to|respond to|responding to|dm|dming|(?:keep|keeping|stay|staying|get|getting|be|been) in touch with|(?:speak|speaking|talk|talking|chat|chatting) (?:to|with))\\s+(the |a |an |her |his |their |my |this |that |one )?((kid|kids|child|yp|young person|boy|girl|lad|baby|\\d{1,2} ?-?(?:yo|y\\/o|yrs?[ -]old|years?[ -]old))'?s?'? )?${PARENT_WORDS}\\b` +
        // The parent is the one who got in touch ("dad rang me", "mum from one of my families has texted"), not a
        // bystander in another clause ("mum doesn't know she's contacted me"); "mum whatsapped me" reads as "whatsapp me" once mended.
        `|\\b${PARENT_WORDS}\\b(?: from (?:one of )?(?:my|our|the) [\\w' ]{0,30}?)?(?:\\s+(?:has|had|just|then|also|again|now|already|keeps|kept|has been|was))*\\s+(texted|texting|messaged|messaging|rang|ringing|called|calling|phoned|phoning|emailed|emailing|whatsapped|contacted|dm'?d|sent me|sending me|(?:text|message|whatsapp|e-?mail|dm|snapchat|facebook|instagram|insta) (?:me|us))\\b`,
    ),
    'parent-or-carer',
  ],
];

/** One record of the retention table when a question names several: its row, its own dates, and what was read for it. */
export interface RecordReading {
  facts: Pick<Facts, 'retentionRecord' | 'dates' | 'datePrecision'>;
  recognised: Recognised[];
  /** The words that name it ("child protection file for a lad born in 1999"). */
  from: string;
}

export interface FactReading {
  facts: Facts;
  recognised: Recognised[];
  /** Set when the question names more than one record of the retention table (in the order named); `facts` holds the first. */
  records?: RecordReading[];
  /** Set when the question tells of more than one kind of incident ("abusive texts … and an image over Bluetooth"), in the
   * order told; `facts` holds the one its words make likeliest. */
  incidents?: Reading<Incident>[];
}

/** Words that place a day in the past, or date it outright. */
const TOLD_AS_PAST = /\d|\b(yesterday|yday|yest|last|ago|earlier|this (morning|afternoon|evening)|today|tonight|just gone|gone|past)\b/i;
/** How recent a day that has come must be to be the event beside one still to come: this week or the last. */
const RECENT_DAYS = 14;
const daysBetween = (from: IsoDate, to: IsoDate) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Dates into facts, each role's first; a year or month alone is kept as its last day and shown as what it is. */
function readDates(found: readonly FoundDate[], facts: Facts, note: (fact: string, value: string, from: string) => void, today: IsoDate): void {
  if (found.length === 0) return;
  facts.dates = {};
  // The event is the first day of the last fortnight, when another is still to come ("duty day tomorrow ... a visit this
  // morning"): a recording runs from what happened, and a later day beside it is the practitioner's plans. (A day months
  // back is more likely a restated day misread, "tomorrow (thurs 29th)".)
  // A weekday named bare ("I'm off on the bank hol monday") may be the next one as well as the last: only a day told as past
  // ("this morning", "last thurs", "the 22nd") comes before one still to come.
  const firstEvent = found.find((d) => d.role === 'event');
  const past = firstEvent && firstEvent.date > today ? found.find((d) => d.role === 'event' && d.date <= today && daysBetween(d.date, today) <= RECENT_DAYS && TOLD_AS_PAST.test(d.source)) : undefined;
  const ordered = past ? [past, ...found.filter((d) => d !== past)] : found;
  for (const d of ordered) {
    if (facts.dates[d.role] === undefined) {
      facts.dates[d.role] = d.date;
      if (d.precision) facts.datePrecision = { ...facts.datePrecision, [d.role]: d.precision };
      note(`date (${d.role})`, d.precision ? describeApproximate(d.date, d.precision) : d.date, d.source);
    }
  }
  // An adoption order before 30 December 2005 falls under the older regulation (retention table).
  if (facts.retentionRecord === 'adoption-order-made' && facts.dates.adoptionOrder && facts.dates.adoptionOrder < '2005-12-30') {
    facts.retentionRecord = 'adoption-order-before-2005-12-30';
  }
}

/** Dates the retention table runs from, which belong to one record when a question names several. */
const RECORD_DATE_ROLES: readonly string[] = APPROXIMATE_DATE_ROLES;

/** The age below which Waltham Forest has no app contact directly (its parameter, cited there), read when first needed. */
let appContactAge: number | undefined;
const directAppContactMinAge = (): number =>
  (appContactAge ??= Number(defaultGuidance().parameters.get('waltham-forest/directAppContactMinAge')?.value ?? Number.NaN));

/** The young person of that age is the one who got in touch ("15yo messaged my work whatsapp"), whoever else is contacted. */
const YOUNG_SENDER = /\b\d{1,2} ?(?:yo|y\/o|yrs? old|years? old|year-old)\b(?: (?:girl|boy|lad|yp|young person|child))? (?:has |had |just |then )?(?:messaged|contacted|texted|whatsapped|sent|dm'?d|reached out|snapchatted)\b/;

/**
 * What readFacts has read so far: the facts, and the words each was read from (the card shows them). A class rather than
 * closures made per question: tsx and the build (esbuild, keepNames) name every named closure as it is made.
 */
class FactsRead {
  readonly facts: Facts = {};
  readonly recognised: Recognised[] = [];
  constructor(private readonly text: string) {}

  note(fact: string, value: string | number | boolean, from: string): void {
    this.recognised.push({ fact, value: String(value), from });
  }

  /** Most facts are the first phrase of their table found in the text, noted under a label the card shows. */
  fact<K extends keyof Facts>(key: K, table: readonly [RegExp, NonNullable<Facts[K]>][], label: string = key, source = this.text): void {
    const found = first(source, table);
    if (found) {
      this.facts[key] = found.value;
      this.note(label, found.value as string | number | boolean, found.from);
    }
  }

  yesNo(key: YesNoFact, found: Reading<boolean> | undefined, label: string): void {
    if (found) {
      this.facts[key] = found.value;
      this.note(label, found.value ? 'yes' : 'no', found.from);
    }
  }
}

// Words that decide whether a fact is read at all: module constants, so the literal pre-check knows each pattern once.
/** An e-mail named: whether it went securely is read. */
const EMAIL_NAMED = /\be-?mail|outlook\b/;
/** Something sent or posted: whether the address is in doubt is read. */
const SENT_BY_POST = /\b(post\w*|letters?|send|sending|sent|deliver\w*)\b/;
/** Post named: whether it is kept securely is read. */
const POST_NAMED = /\b(post\w*|letters?|letter ?box\w*|mail\w*|send|sending|sent|deliver\w*)\b/;
/** Telling someone or asking their agreement: whether telling would increase the risk is read. */
const TELLING = /\b(tell|telling|told|explain\w*|inform\w*|let (her|him|them|mum|dad|the family|the parents?) know|seek\w* (their |her |his )?(agreement|consent)|ask\w* (for )?(their |her |his )?(agreement|consent))\b/;
/** Digital contact named: whether it is planned and supervised work is read. */
const DIGITAL_CONTACT_NAMED = /\b(texts?|texting|messag\w*|whatsapp\w*|insta\w*|snapchat\w*|facebook|e-?mail\w*|apps?|online|digital|social media)\b/;
/** A phone named: whether the work mobile is kept on is read. */
const PHONE_NAMED = /\b(work )?(mobile|phone)s?\b/;
/** A laptop named: whether its log-in details are written down is read. */
const LAPTOP_NAMED = /\blaptops?\b/;
/** An e-mail or a thread named: whether it was pasted whole is read. */
const EMAIL_OR_THREAD_NAMED = /\be-?mails?\b|\b(chain|thread|trail)s?\b/;
/** The worker contacted, or something disclosed or sent (an under-16's safeguarding concern via an app, below). */
const CONTACTED_THE_WORKER = /\b(contacted|messaged|message|messages|sent|reached out|dm|direct message|disclosed|told me|saying|(whatsapp|texted|snapchat|instagram|facebook) me)\b/;
/** A safeguarding concern in words. */
const SAFEGUARDING_WORDS = /\b(safeguarding|disclos\w*|concern\w*|worried|worrying|harm|abuse|abused|unsafe|scared|scaring|scares|frightened|frightening|frightens|threaten\w*|hurting|hurts)\b/;
/** "Under 16" said without an age, at the age Waltham Forest's data sets for direct app contact (made once, on first use). */
let underContactAge: RegExp | undefined;
const UNDER_CONTACT_AGE = (): RegExp => (underContactAge ??= new RegExp(String.raw`\bunder[- ]${directAppContactMinAge()}s?\b`));
/** An app or social media named. */
const APP_NAMED = /\b(whatsapp|instagram|facebook|snapchat|tiktok|app|social media|messenger)\b/;
/** An image or material named: what is done with it is read. */
const IMAGE_NAMED = /\b(pics?|pictures?|images?|photos?|videos?|vids?|nudes?|material)\b/;
/** Material that may be asked for (an image, a screenshot, a clip). */
const MATERIAL_NAMED = /\b(images?|pics?|pictures?|photos?|videos?|material|screenshots?|clips?)\b/;
/** The police named: an image kept for them. */
const POLICE_NAMED = /\b(police|ceop)\b/;
/** A risk assessment named (left out of what urgency and purpose are read from). */
const RISK_ASSESSMENT = /\brisk[- ]assess\w*/g;
/** An image shown to the worker on the child's own phone. */
const SHOWN_ON_THEIR_PHONE = /\b(showed|show(ing|s)? me|on (her|his|their) (own )?phone)\b/;

export function readFacts(text: string, today: IsoDate, nation?: Nation): FactReading {
  const read = new FactsRead(text);
  const { facts, recognised } = read;

  const age = readAge(text);
  const contacted = first(text, CONTACTED);
  // Read once: they decide who is contacted as well as being facts of their own.
  const parent = first(text, CONSENT_PARENT);
  const parentsAware = first(text, PARENTS_AWARE);
  // Age thresholds are about the person contacted; "text mum of a 14 year old" is contact with an adult.
  if (age && contacted) read.note("child's age (not the person contacted)", age.value, age.from);
  else if (age) { facts.age = age.value; read.note('age', age.value, age.from); }
  const person = contacted ?? first(text, PERSON);
  if (contacted) facts.person = contacted.value;
  // Parents who "know" or "agreed" are giving consent for someone else: the person contacted is their child.
  else if (person?.value === 'parent-or-carer' && !age && (parentsAware || parent)) facts.person = 'child';
  else if (person) facts.person = age ? (age.value < 18 ? 'child' : person.value === 'child' ? 'adult-service-user' : person.value) : person.value;
  else if (age && age.value < 18) facts.person = 'child';
  if (facts.person) read.note('person', facts.person, person?.from ?? age?.from ?? '');

  const channel = readChannel(text);
  if (channel) { facts.channel = channel.value; read.note('channel', channel.value, channel.from); }
  const device = readDevice(text);
  if (device) { facts.device = device.value; read.note('device', device.value, device.from); }
  read.fact('account', ACCOUNT);

  const yp = first(text, CONSENT_YP);
  const evidenced = first(text, EVIDENCED);
  if (parent || yp || evidenced) {
    facts.consent = {};
    if (parent) { facts.consent.parent = parent.value; read.note('parental consent', parent.value ? 'given' : 'not given', parent.from); }
    if (yp) { facts.consent.youngPerson = yp.value; read.note('consent', yp.value ? 'given' : 'not given', yp.from); }
    if (evidenced) { facts.consent.evidenced = evidenced.value; read.note('consent on the record', evidenced.value ? 'yes' : 'no', evidenced.from); }
  }
  read.yesNo('parentsAware', parentsAware, 'parents aware');
  read.yesNo('lineManagerAgreed', first(text, MANAGER_AGREED), 'line manager agreed');
  read.yesNo('riskAssessed', first(text, RISK_ASSESSED), 'risk assessment');
  read.yesNo('textLanguage', first(text, TEXT_LANGUAGE), 'text language');
  read.yesNo('otherLogin', first(text, OTHER_LOGIN), "another person's log-in");
  read.yesNo('numberGiven', first(text, NUMBER_GIVEN), 'number given out');
  if (facts.channel === 'text') read.yesNo('viaApp', first(text, VIA_APP), 'sent through an app');
  read.yesNo('student', first(text, STUDENT), 'social work student');
  if (facts.channel === 'email' || testChecked(EMAIL_NAMED, text)) read.yesNo('secureEmail', first(replaceChecked(text, SECURE_OR_NOT, ' '), SECURE_EMAIL), 'secure e-mail');
  if (testChecked(SENT_BY_POST, text)) read.yesNo('addressInDoubt', first(text, ADDRESS_IN_DOUBT), 'address in doubt');
  if (testChecked(POST_NAMED, text)) read.yesNo('postInsecure', first(text, POST_INSECURE), 'no secure facility for post');
  if (testChecked(TELLING, text)) read.yesNo('tellingRisks', first(text, TELLING_RISKS), 'telling would increase the risk');
  if (facts.channel !== undefined || testChecked(DIGITAL_CONTACT_NAMED, text)) read.yesNo('plannedWork', first(text, PLANNED_WORK), 'planned and supervised work');
  if (testChecked(PHONE_NAMED, text)) read.yesNo('phoneKeptOn', first(text, PHONE_KEPT_ON), 'work mobile kept on');
  read.yesNo('inquiryHold', first(text, INQUIRY_HOLD), 'held for the child sexual abuse inquiry');
  if (testChecked(LAPTOP_NAMED, text)) read.yesNo('loginWrittenDown', first(text, LOGIN_WRITTEN), 'log-in details written down');
  if (testChecked(EMAIL_OR_THREAD_NAMED, text)) read.yesNo('wholeEmail', first(text, WHOLE_EMAIL), 'whole e-mail pasted');

  const time = readTime(text);
  if (time) { facts.time = time.value; read.note('time', time.value, time.from); }
  const outOfHours = first(text, TIMES);
  if (outOfHours) facts.outOfHours = outOfHours.value;
  else if (time) {
    const hour = Number(time.value.slice(0, 2));
    // Working hours are not defined by the policies; 09:00-17:00 is the usual office day.
    facts.outOfHours = hour < 9 || hour >= 17;
  }
  if (facts.outOfHours !== undefined) read.note('out of hours', facts.outOfHours ? 'yes' : 'no', outOfHours?.from ?? time?.from ?? '');

  // "Risk assessed" is about supervision, not a risk of harm or an assessment over an app.
  const withoutRiskAssessment = replaceChecked(text, RISK_ASSESSMENT, '');
  read.fact('urgency', URGENCY, 'urgency', testChecked(ANY_HARM_DENIED, withoutRiskAssessment) ? withoutRiskAssessment.replace(NO_HARM, 'no concerns') : withoutRiskAssessment);
  read.fact('purpose', PURPOSE, 'purpose', withoutRiskAssessment);

  let incident = first(text, INCIDENT);
  const senderAge = facts.age ?? (age && YOUNG_SENDER.test(text) ? age.value : undefined);
  const viaApp = testChecked(CONTACTED_THE_WORKER, text)
    && (testChecked(SAFEGUARDING_WORDS, text) || facts.urgency === 'harm-or-risk' || facts.urgency === 'crisis')
    && (senderAge !== undefined ? senderAge < directAppContactMinAge() : testChecked(UNDER_CONTACT_AGE(), text))
    && testChecked(APP_NAMED, text);
  if (viaApp && (!incident || incident.value === 'concerning-social-content')) incident = { value: 'under-16-safeguarding-via-app', from: 'under 16 contacted via an app with a safeguarding concern' };
  // A young person refusing to hand over their phone with the pictures on it is Pan Dorset's image advice (2.4).
  if (!incident && testChecked(IMAGE_NAMED, text)) {
    const handling = first(text, IMAGE_HANDLING);
    if (handling?.value === 'young-person-refuses') incident = { value: 'indecent-image', from: handling.from };
  }
  if (incident) { facts.incident = incident.value; read.note('incident', incident.value, incident.from); }
  const incidents = incident && text.includes(incident.from) ? separateIncidents(text, [incident, ...otherIncidents(text, incident)]) : [];
  // A young person's own story or status seen with concern is content found, not the worker sharing a status.
  if (facts.incident === 'concerning-social-content' && facts.purpose === 'status-sharing') {
    delete facts.purpose;
    recognised.splice(recognised.findIndex((r) => r.fact === 'purpose'), 1);
  }
  if (facts.incident === 'indecent-image') {
    // What happened is read before what might ("she showed me …, what if she won't give it to me?"): the hypothetical only if nothing else is said.
    const happened = replaceChecked(text, SUPPOSED, ' ');
    read.fact('imageHandling', IMAGE_HANDLING, 'image handling', first(happened, IMAGE_HANDLING) ? happened : text);
  }
  // Asking a young person to send any material on is what Pan Dorset 2.1 forbids, whatever the material turns out to be.
  else if (!facts.incident && testChecked(MATERIAL_NAMED, text) && first(text, IMAGE_HANDLING)?.value === 'asked-to-forward') {
    facts.imageHandling = 'asked-to-forward';
    read.note('image handling', 'asked-to-forward', first(text, IMAGE_HANDLING)!.from);
  } else if (!facts.incident && testChecked(POLICE_NAMED, text) && testChecked(SHOWN_ON_THEIR_PHONE, text)) {
    // An image a child showed the worker, kept for the police: downloading or copying it is what Pan Dorset 2.5 forbids.
    const kept = first(text, IMAGE_HANDLING);
    if (kept?.value === 'download' && /\b(images?|pics?|pictures?|photos?|videos?)\b/.test(kept.from)) {
      facts.imageHandling = 'download';
      read.note('image handling', 'download', kept.from);
    }
  }

  const wording = first(text, WORDING) ?? (facts.consent ? undefined : first(text, WHATSAPP_CONSENT));
  if (wording) { facts.wording = wording.value; read.note('wording', wording.value, wording.from); }
  // Records of the retention table, each with the dates in its part of the question ("a CP file ... born 1999, another
  // LAC file ... born 1998"); a record named only to deny it ("never LAC") is not one.
  const found = findDates(text, today, nation);
  const records = readRecords(text, RETENTION, found);
  if (records[0]) { facts.retentionRecord = records[0].record; read.note('record type', records[0].record, records[0].from); }
  read.fact('meeting', MEETING);
  read.fact('amendment', AMENDMENT);
  read.fact('supervision', SUPERVISION);
  read.fact('entry', ENTRY);
  if (ABOUT_A_RECORD.test(text)) read.fact('writing', WRITING);
  read.fact('recordAccess', RECORD_ACCESS);
  if (SUBJECT_ACCESS.test(text)) read.fact('thirdPartyRedaction', THIRD_PARTY_REDACTION, 'third-party redaction');
  // Read from what is asked: "Dorset procedures apply" said beside a question about the act is context, not the question.
  const asked = text.split(/(?<=[?!.])\s+|\n+/).filter((sentence) => sentence.trim().endsWith('?'));
  read.fact('aboutGuidance', ABOUT_GUIDANCE, 'about the guidance', asked.length > 0 ? asked.join(' ') : text);
  const handling = readHandling(text);
  // A loss asked of only as what might happen ("and what if it gets nicked?") beside log-in details kept with the laptop: the
  // keeping is what is asked, and the laptop's rule carries what to do on a loss.
  const lossAhead = handling?.value === 'laptop-lost' && facts.loginWrittenDown === true && LOSS_AHEAD.test(text);
  if (handling && !lossAhead) { facts.handling = handling.value; read.note('handling', handling.value, handling.from); }
  // Log-in details written down and kept with the laptop are the laptop's handling, however far apart the words are.
  else if (facts.loginWrittenDown === true) { facts.handling = 'laptop'; read.note('handling', 'laptop', 'log-in details written down with the laptop'); }
  // Post said to be unsafe at the address ("post just gets left on a table in the hall") is asked of how documents are posted.
  else if (facts.postInsecure === true) { facts.handling = 'post'; read.note('handling', 'post', 'no secure facility for post'); }
  const outcome = readPregnancyOutcome(text);
  if (outcome) { facts.pregnancyOutcome = outcome.value; read.note('pregnancy outcome', outcome.value, outcome.from); }

  if (records.length < 2) {
    readDates(found, facts, (fact, value, from) => read.note(fact, value, from), today);
    return { facts, recognised, ...(incidents.length > 1 ? { incidents } : {}) };
  }
  // Several records: each gets its own dates, and the question's facts hold the first, so no date is paired with another's record.
  const parts: RecordReading[] = records.map((r) => {
    const own: RecordReading = { facts: { retentionRecord: r.record }, recognised: [{ fact: 'record type', value: r.record, from: r.from }], from: r.from };
    readDates(r.dates, own.facts, (fact, value, from) => own.recognised.push({ fact, value, from }), today);
    return own;
  });
  readDates(found.filter((d) => !RECORD_DATE_ROLES.includes(d.role)), facts, (fact, value, from) => read.note(fact, value, from), today);
  const dates = { ...facts.dates, ...parts[0]!.facts.dates };
  Object.assign(facts, parts[0]!.facts, Object.keys(dates).length > 0 ? { dates } : {});
  return { facts, recognised, records: parts };
}
