import * as chrono from 'chrono-node';
import { mayHold } from './literals';
import { withFlags } from '../language/pattern-flags';
import { writtenDate } from '../calendar/iso-date';
import { bankHolidays } from '../calendar/bank-holidays';
import type { Nation } from '../guidance/profile';
import { APPROXIMATE_DATE_ROLES, type IsoDate, type Situation } from '../guidance/situation';

// Dates practitioners mention, each given the role the words around it suggest (visit, birth, death, order, request ...).

export type DateRole = keyof NonNullable<Situation['dates']>;

export interface FoundDate {
  role: DateRole;
  /** For a year or month alone, its last day: the latest the date could be. */
  date: IsoDate;
  /** The words the date was read from, for the explanation. */
  source: string;
  /** Where in the text the date was read. */
  index: number;
  /** Set when only the year ("born in 1999") or the month ("born March 1999") was given. */
  precision?: 'year' | 'month';
}

/** "1999 (no day given), taken as 31 December 1999, the latest it could be": what a card shows for a year or month alone. */
export function describeApproximate(date: IsoDate, precision: 'year' | 'month'): string {
  const named = precision === 'year' ? date.slice(0, 4) : writtenDate(date).replace(/^\d+ /, '');
  return `${named} (no day given), taken as ${writtenDate(date)}, the latest it could be`;
}

// A year or a month alone is read only for the retention table's starting points (birth, death, an order, approval ended,
// refusal or withdrawal), where archive questions rarely know the day, and never after "before", "since", "from" ... (a
// bound, not a date) or as a decade ("the 1990s") or a span ("1998-2001").
const APPROXIMATE_ROLES: readonly DateRole[] = APPROXIMATE_DATE_ROLES;
const NOT_A_DATE_BEFORE = String.raw`(?<!\b(?:before|after|since|until|till|from|by|pre|post|between|than|around|circa|about|approximately|approx|early|mid|late|end of|start of|beginning of|the|to|and|or|-)[ -]?)`;
const NOT_A_DATE_AFTER = String.raw`(?!s\b|'s\b|\s*(?:-|–|to|and|or)\s*\d|[/.-]\d|\d)`;

function lastOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Weekdays as typed in a hurry ("on fri", "last weds"), each read as the full name. */
const WEEKDAY_SHORT: Readonly<Record<string, string>> = {
  sun: 'sunday', mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', weds: 'wednesday', thu: 'thursday',
  thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday',
};
const WEEKDAY_PATTERN = [...WEEKDAYS, ...Object.keys(WEEKDAY_SHORT)].sort((a, b) => b.length - a.length).join('|');

export function toIso(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

function shift(today: IsoDate, days: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How far from today a date may be for the weekday written beside it to choose its year (about eight months). */
const WEEKDAY_YEAR_DAYS = 250;
const DAY_MS = 86_400_000;

/**
 * A day and month without a year: the occurrence nearest to today (a visit next month, or one last month); with a weekday
 * named beside it ("tues 24th dec"), the nearest occurrence that falls on that weekday.
 */
function nearest(today: IsoDate, month: number, day: number, weekday?: number): IsoDate | undefined {
  const year = Number(today.slice(0, 4));
  const all = [year - 1, year, year + 1]
    .map((y) => toIso(y, month, day))
    .filter((d): d is IsoDate => d !== undefined);
  const t = Date.parse(`${today}T00:00:00Z`);
  // Only a year whose date is within WEEKDAY_YEAR_DAYS: "fri 19th dec" a month ahead is a slip of the weekday, not last year.
  const agreeing = all.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === weekday && Math.abs(Date.parse(`${d}T00:00:00Z`) - t) <= WEEKDAY_YEAR_DAYS * DAY_MS);
  const options = agreeing.length > 0 ? agreeing : all;
  options.sort((a, b) => Math.abs(Date.parse(`${a}T00:00:00Z`) - t) - Math.abs(Date.parse(`${b}T00:00:00Z`) - t));
  return options[0];
}

/** The date nearest to today that falls on this day of the month and this weekday (0 Sunday), within a year either way. */
function nearestWeekdayOfMonth(today: IsoDate, day: number, weekday: number): IsoDate | undefined {
  const t = Date.parse(`${today}T00:00:00Z`);
  const candidates: IsoDate[] = [];
  for (let offset = -12; offset <= 12; offset += 1) {
    const iso = dayInMonth(today, offset, day);
    if (iso && new Date(`${iso}T00:00:00Z`).getUTCDay() === weekday) candidates.push(iso);
  }
  candidates.sort((a, b) => Math.abs(Date.parse(`${a}T00:00:00Z`) - t) - Math.abs(Date.parse(`${b}T00:00:00Z`) - t));
  return candidates[0];
}

/** The day of the month in a month the question names, when it falls on the weekday written beside it ("tue 23rd"). */
function inMonthNamed(months: readonly [number, number][], day: number, weekday: number): IsoDate | undefined {
  return months.map(([y, m]) => toIso(y, m, day)).find((d) => d !== undefined && new Date(`${d}T00:00:00Z`).getUTCDay() === weekday);
}

const WEEKDAY_JUST_BEFORE = new RegExp(`\\b(${WEEKDAY_PATTERN}),? (?:the )?$`);
const WEEKDAY_JUST_AFTER = new RegExp(`^,? \\(?(${WEEKDAY_PATTERN})\\b`);
/** The weekday written against a date ("tues 24th dec", "christmas eve (tues 24th dec)"), 0 Sunday: it fixes the year. */
function weekdayBeside(text: string, start: number, end: number): number | undefined {
  const named = WEEKDAY_JUST_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? WEEKDAY_JUST_AFTER.exec(text.slice(end, end + 12))?.[1];
  return named === undefined ? undefined : WEEKDAYS.indexOf(WEEKDAY_SHORT[named] ?? named);
}

/** Days practitioners name rather than number, as [month, day]. */
const NAMED_DAYS: readonly [RegExp, number, number][] = [
  [/\b(christmas|xmas) eve\b/g, 12, 24], [/\b(christmas|xmas) day\b/g, 12, 25], [/\bboxing day\b/g, 12, 26],
  [/\bnew year'?s eve\b|\bnye\b/g, 12, 31], [/\bnew year'?s day\b/g, 1, 1],
];

/**
 * Bank holidays named whose date moves from year to year ("good friday", "the august bank hol"), each with the calendar's
 * name for it: the calendar, not a table of dates, says which day it is in each year.
 */
const NAMED_BANK_HOLIDAYS: readonly [RegExp, string][] = [
  [/\bgood friday\b/g, 'Good Friday'],
  [/\beaster monday\b/g, 'Easter Monday'],
  // "May day" only with its bank holiday, or said as a day ("on may day"): "she may day trip" is no date.
  [/\b(?:early may bank hol(?:iday)?|may day bank hol(?:iday)?|(?<=\b(?:on|over|since|before|after|the) )may day)\b/g, 'Early May bank holiday'],
  [/\b(?:spring|late may) bank hol(?:iday)?\b/g, 'Spring bank holiday'],
  [/\b(?:summer|august) bank hol(?:iday)?\b/g, 'Summer bank holiday'],
];

/** A year named relative to today beside a day and month ("15th oct last year", "last year on 3 march"): its offset from today's year. */
const YEAR_OFFSETS: Readonly<Record<string, number>> = { 'the year before last': -2, 'last year': -1, 'the previous year': -1, 'this year': 0, 'next year': 1 };
const RELATIVE_YEAR = '(?:the year before last|last year|the previous year|this year|next year)';
const YEAR_JUST_AFTER = new RegExp(`^,? (?:of |in )?(${RELATIVE_YEAR})\\b`);
const YEAR_JUST_BEFORE = new RegExp(`\\b(${RELATIVE_YEAR}),? (?:on |in )?(?:the )?$`);
function yearNamed(text: string, start: number, end: number, today: IsoDate): number | undefined {
  const named = YEAR_JUST_AFTER.exec(text.slice(end, end + 30))?.[1] ?? YEAR_JUST_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return named === undefined ? undefined : relativeYear(named, today);
}
/** The year "last year", "this year" … names, counted from today's. */
const relativeYear = (named: string, today: IsoDate): number => Number(today.slice(0, 4)) + (YEAR_OFFSETS[named] as number);

const ROLE_CUES: { role: DateRole; pattern: RegExp }[] = [
  { role: 'birth', pattern: /\b(date of birth|dob|born|birthday|d\.o\.b)\b/ },
  { role: 'death', pattern: /\b(died|death|dod|passed away|date of death|deceased)\b/ },
  // "his older brother's order was 17/6/1998": an order named as a sibling's or the other one's is another adoption order.
  { role: 'adoptionOrder', pattern: /\b(adoption orders?|adoption\b[\w' -]{0,30}\borders?|(?<!\b(?:care|placement|supervision|interim|arrangements|guardianship|sgo|court|protection|emergency|prohibited steps) )order (?:was |went |came |got )?(?:made|granted|through|finali[sz]ed|sealed|dated?)|adopted|(brother|sister|sibling|twin|other|second|first|older|younger)'?s? (adoption )?order)\b/ },
  { role: 'approvalTerminated', pattern: /\b(approval (was )?(\w+ly )?(terminated|ended|ceased|came to an end)|(ended|terminated) (her|his|their) approval|deregistered|de-registered|stopped fostering|resigned)\b/ },
  { role: 'refusalOrWithdrawal', pattern: /\b(refused|withdrew|withdrawn|withdraw|withdraws|withdrawing|withdrawal|not approved|rejected|turned down)\b/ },
  // A letter or e-mail asking for the file is the written request the 40 days run from ("wrote in on 2 November").
  { role: 'request', pattern: /\b(request(ed)?|asked for (their|her|his|my|the) (records?|file)|subject access|sar|wrote in|written in|in writing)\b/ },
  // The day the practitioner means to record by: "leave it until Monday 23rd", "type it all up on Tuesday", "get the note on by 4 Dec".
  { role: 'proposed', pattern: /(?:(?:(?<!\bon )\bleave|\bwait|\bhold (?:it )?off|\bput (?:it )?off|\bdelay|\bwrite|\btype|\brecord|\bnotes?|\bwrite-?up)\b[\w' ]{0,30}\b(?:until|till|til|'til)|\b(?:type|write|get|put|do|finish|complete|record|log)\b(?:(?!\b(?:visit|visited|call|called|contact|meeting|conversation|session|review|conference|incident|disclosure|saw|seen)\b)[\w' ]){0,25}\b(?:on|by|up))\s*$/ },
  { role: 'lastSummary', pattern: /\b(last (case )?summary|summary was|summar(y|ies)\b.{0,30}\b(covers?|covering|covered|up to|dated|done|completed|written))\b/ },
];

// A request or a summary is often named well before its date ("a written request for everything … on 2 November"):
// for these the cue may sit anywhere earlier in the sentence, not only in the clause just before the date.
// So is a refusal or withdrawal, or an approval's end ("withdrew their application before panel on 5 Jan").
const SENTENCE_CUES = ROLE_CUES.filter((c) => c.role === 'request' || c.role === 'lastSummary' || c.role === 'refusalOrWithdrawal' || c.role === 'approvalTerminated');

/** Each cue's pattern made global once, to find its last occurrence in a clause (not rebuilt on every date read). */
const GLOBAL_CUES = ROLE_CUES.map((cue) => ({ role: cue.role, pattern: cue.pattern, re: new RegExp(cue.pattern.source, 'g') }));

/** Where a global pattern's last match in the text starts, or -1: read with exec, as matchAll would first copy the pattern. */
function lastMatchAt(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    last = m.index;
    if (m[0] === '') re.lastIndex += 1;
  }
  return last;
}

/** The role of a date comes from the nearest cue in the words just before it (same clause). */
function roleBefore(text: string, index: number): DateRole {
  const window = text.slice(Math.max(0, index - 40), index);
  const clause = window.split(/[.;,]| and | but /).pop() ?? window;
  let best: { role: DateRole; at: number } | undefined;
  for (const cue of GLOBAL_CUES) {
    if (!mayHold(cue.pattern, clause)) continue;
    const at = lastMatchAt(cue.re, clause);
    if (at >= 0 && (!best || at > best.at)) best = { role: cue.role, at };
  }
  if (best) return best.role;
  const sentence = text.slice(Math.max(0, index - 160), index).split(/[.;?!]/).pop() ?? '';
  return SENTENCE_CUES.find((cue) => cue.pattern.test(sentence))?.role ?? 'event';
}

/** Words after a date that propose it as the day to record by: "is Tuesday ok?", "is Friday 27 November too late?". */
// "Late" alone after a date is when something happened ("texted me fri 20th nov late saying ..."), not a proposal.
const PROPOSED_AFTER = /^\s*(?:(?:be |is |would be |will be )?(?:ok|okay|alright|all right|fine|too late|acceptable|soon enough|in time|enough time)|(?:be |is |would be |will be )late)\b/;

/** The role of the date at index..index+length: its cue before, or a proposal after it. */
function roleAt(text: string, index: number, length: number): DateRole {
  const role = roleBefore(text, index);
  return role === 'event' && PROPOSED_AFTER.test(text.slice(index + length)) ? 'proposed' : role;
}

/** A date reading that names its day: a number, or a word for a particular day. */
const NAMES_A_DAY = /\d|\b(yesterday|today|tonight|tomorrow|this (morning|afternoon|evening)|last night|ago)\b/;
/** NAMES_A_DAY without its word boundaries: whatever part of the text chrono-node reads, this matches the whole text if NAMES_A_DAY matches that part. */
const MAY_NAME_A_DAY = /\d|yesterday|today|tonight|tomorrow|this (morning|afternoon|evening)|last night|ago/;
// What may stand between a weekday and its day of the month: the part of the day or the week ("sat night (the 18th)",
// "thurs last week (the 20th)"), the day of the month then in brackets or after "the" ("friday night, 17 children" is no date).
const WEEKDAY_QUALIFIER = 'night|evening|morning|afternoon|lunchtime|last week|this week|just gone|gone';
const WEEKDAY_ASIDE = new RegExp(`\\(| (?:${WEEKDAY_QUALIFIER})\\b`);
/** How far from today a weekday's restated day may be: the week asked about or the one before (or after). */
const RESTATED_DAYS = 14;
/** Whether a weekday's restated day is within RESTATED_DAYS of today, and not after it when the words say it has gone. */
function nearWeekday(date: IsoDate, today: IsoDate, past: boolean): boolean {
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return Math.abs(days) <= RESTATED_DAYS && (!past || days <= 0);
}
// Built once: the weekday and approximate-date patterns (global, read with matchAll).
const WEEKDAY_DAY = new RegExp(`\\b(${WEEKDAY_PATTERN})(?:,? \\(?(?:the )?| (?:${WEEKDAY_QUALIFIER}),? (?:\\((?:the )?|the ))(\\d{1,2})(?:st|nd|rd|th)?\\b(?! ?(?:${MONTH_PATTERN})\\b)(?![/.:]\\d)(?![ -]?(?:years?|yrs?|yo|months?|weeks?|days?|hours?|mins?|minutes?)\\b)`, 'g');
// A weekday with its part of the day ("a visit friday afternoon") names a day as "on friday" does; "on a sunday afternoon" names none.
const WEEKDAY_ALONE = new RegExp(`\\b(?:(?:last|on|is|until|till|til|by) |(?<!\\b(?:a|any|every|one) )(?=(?:${WEEKDAY_PATTERN}) (?:morning|afternoon|evening|night|lunchtime|teatime)\\b))(${WEEKDAY_PATTERN})\\b(?!,? (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b(?![ -]?(?:years?|yrs?|yo|months?|weeks?|days?|hours?|mins?|minutes?)\\b))`, 'g');
/** Contact going on now, not a question's opening ("is texting me at night ok?") nor a hope ("can I keep texting her"). */
const ONGOING_CONTACT = /(?<!(?:^|[.?!]) *)\b(?:keeps|is|are|'s|'re) (?:still )?(?:on )?(?:texting|txting|messaging|whatsapping|ringing|calling|phoning|e-?mailing) (?:me|us)\b/g;
/** "The bank holiday monday", "the bank hol on monday", "monday's a bank hol": one day, not bank holidays in general. */
const BANK_HOLIDAY = new RegExp(`\\b(next |coming |upcoming |this coming |last |the |over the |on the )?bank hol(?:iday)?(?:,? (?:on |is |this |next )?(${WEEKDAY_PATTERN}))?\\b(?!s| (?:pay|rota|entitlement|allowance))|\\b(${WEEKDAY_PATTERN})(?:'s| is) (?:a |the )?bank hol(?:iday)?\\b`, 'g');
/**
 * The calendar whose holiday names the phrases use ("easter monday", "august bank holiday"): it dates a named day the
 * organisation's nation does not keep (Easter Monday in Scotland), and is the nation read when none is given.
 */
const NAMING_NATION: Nation = 'england-and-wales';
/** A day named after "before" or "after" ("the thursday before good friday") is where the day meant is counted from, not it. */
const COUNTED_FROM = /\b(?:before|after)(?: the)? $/;
const namesTheDayMeant = (text: string, index: number): boolean => !COUNTED_FROM.test(text.slice(Math.max(0, index - 12), index));
/** A named day said as the one to come ("over the coming easter monday", "next good friday"). */
const AHEAD_NAMED = /\b(?:next|coming|upcoming|this coming)(?: the)? $/;
/** The nation's bank holidays of the year before today's, today's and the next, in date order, with the calendar's names. */
function bankHolidaysAround(today: IsoDate, nation: Nation): [IsoDate, string][] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].flatMap((y) => [...bankHolidays(y, nation)]).sort(([a], [b]) => a.localeCompare(b));
}
/** The last of these days gone, or the coming one when the question looks ahead (or none is gone). */
function goneOrComing(days: readonly IsoDate[], today: IsoDate, ahead: boolean): IsoDate | undefined {
  const coming = days.find((d) => d > today);
  return ahead ? coming : (days.filter((d) => d <= today).at(-1) ?? coming);
}
/**
 * The day of the bank holiday the calendar calls `name` (or a name it starts, "Early May bank holiday (VE day)"): the last
 * one gone, as most questions tell what happened, or the coming one when the question looks ahead.
 */
function namedBankHoliday(today: IsoDate, name: string, ahead: boolean, nation: Nation): IsoDate | undefined {
  const named = (n: Nation) => bankHolidaysAround(today, n).filter(([, holiday]) => holiday.startsWith(name)).map(([d]) => d);
  // The nation's own day (Scotland's summer bank holiday is in early August), else the day itself (Easter Monday in Scotland).
  const days = named(nation);
  return goneOrComing(days.length > 0 ? days : named(NAMING_NATION), today, ahead);
}
/** The bank holiday within RESTATED_DAYS of today (on the weekday named, if one is): the last one gone, or the next if asked ahead. */
function nearBankHoliday(today: IsoDate, weekday: string | undefined, ahead: boolean, nation: Nation): IsoDate | undefined {
  const target = weekday === undefined ? undefined : WEEKDAYS.indexOf(WEEKDAY_SHORT[weekday] ?? weekday);
  const near = bankHolidaysAround(today, nation)
    .map(([d]) => d)
    .filter((d) => target === undefined || new Date(`${d}T00:00:00Z`).getUTCDay() === target)
    .filter((d) => nearWeekday(d, today, false));
  return goneOrComing(near, today, ahead);
}
/**
 * A weekday in a sentence about what is still to happen ("I'm seeing her on thurs", "if she tells me more on fri", "when I
 * visit on mon"): the coming one, not the last.
 */
const AHEAD_BEFORE = /\b(?:(?:i'?m|i am|we'?re|we are) (?:seeing|visiting|meeting|going|due to|planning to|booked)|(?:i|we)(?:'ll| will| shall)|(?:i'?m|i am|we'?re|we are) (?:going to|gonna)|if (?:she|he|they|mum|dad|the (?:child|young person|yp|care leaver|family|parents?)) (?:tells?|says?|disclos\w*|shares?|opens? up|mentions?|reveals?|talks?)|if (?:i|we) (?:get|receive|take|have|hear) (?:a |an |any )?(?:disclosure|call|text|message|allegation|referral)|when (?:i|we) (?:see|visit|meet|go)|(?:visit|meeting|session|appointment) (?:is |is booked |is planned )?(?:for|on) (?=$))\b[^.?!;]{0,60}$/;
/** The text of the sentence before a position, up to it. */
const sentenceBefore = (text: string, index: number): string => text.slice(0, index).split(/[.?!;]\s/).at(-1) ?? '';
/** Days from today to the Monday of the week it falls in (weeks run Monday to Sunday). */
const sinceMonday = (dow: number) => (dow + 6) % 7;
/**
 * Weekdays and weekends placed in a week rather than numbered: "wed last week" or "last week on wed" is that weekday of the
 * week before this one; "this saturday" the coming one (today if it is Saturday; "this monday gone" is left unread, while
 * "sunday just gone" is the last one before today); "this weekend" the coming Saturday (today at the weekend); "last weekend" the Saturday of the week before.
 */
const WEEK_PLACED: readonly { re: RegExp; offset: (dow: number, target: number | undefined) => number }[] = [
  { re: new RegExp(`\\b(?:on |the )?(${WEEKDAY_PATTERN})(?: of)? (?:last week|the week before)\\b(?!,? \\(?(?:the )?\\d)|\\blast week,? (?:on (?:the )?)?(${WEEKDAY_PATTERN})\\b`, 'g'), offset: (dow, target) => -sinceMonday(dow) - 7 + sinceMonday(target as number) },
  { re: new RegExp(`\\bthis (?:coming )?(${WEEKDAY_PATTERN})\\b(?! (?:just )?(?:gone|past)\\b)`, 'g'), offset: (dow, target) => ((target as number) - dow + 7) % 7 },
  { re: /\bthis (?:coming )?weekend\b/g, offset: (dow) => (dow === 0 ? 0 : 6 - dow) },
  { re: /\blast weekend\b/g, offset: (dow) => -sinceMonday(dow) - 2 },
  // "sunday just gone", "the monday gone": the last one before today ("this monday gone" stays unread, as the test holds).
  { re: new RegExp(`(?<!\\bthis )\\b(${WEEKDAY_PATTERN}) (?:just )?gone\\b`, 'g'), offset: (dow, target) => -(((dow - (target as number) + 7) % 7) || 7) },
];
/** "A fortnight ago", which chrono-node does not read: two weeks ago (the same length, so every index stays where it was). */
const FORTNIGHT_AGO = /\b(?:a|one) fortnight ago\b/g;
const asWeeks = (text: string): string => text.replace(FORTNIGHT_AGO, (m) => '2 weeks ago'.padEnd(m.length, ' '));
// A day of the month placed by its month's name relative to this one ("the 1st of this month", "the 27th of last month").
const DAY_OF_PLACED_MONTH = /\b(?:the )?(\d{1,2})(?:st|nd|rd|th)? of (this|last|next) month\b/g;
// A day of the month alone after "on", "for", "by" ("visited on the 3rd", "planned for the 23rd"): in this month or the one
// next to it; not an ordinal of something else ("on the 2nd visit").
const DAY_OF_MONTH_ALONE = /\b(?:on|for|by|until|till|til|since) the (\d{1,2})(?:st|nd|rd|th)\b(?! ?(?:of\b|[a-z]*(?:time|visit|child|kid|one|floor|meeting|session|week|day|month|year|draft|version|page|paragraph|point|section|stage|baby|attempt|call|occasion|review|note|contact|conference)s?\b))/g;
/** The day of the month in the month `offset` months from today's (0 this month, -1 last), if that month has the day. */
function dayInMonth(today: IsoDate, offset: number, day: number): IsoDate | undefined {
  const m = Number(today.slice(5, 7)) - 1 + offset;
  return toIso(Number(today.slice(0, 4)) + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, day);
}
// A month and year with the day after it in brackets ("passed away in march 2020 (12th)"): that full date.
const DAY_AFTER = new RegExp(`\\b(${MONTH_PATTERN})\\.? (19\\d{2}|20\\d{2}) \\((?:the )?(\\d{1,2})(?:st|nd|rd|th)?\\)`, 'g');
// Last, so a full date always wins: a month and year ("born march 1999"), then a year alone ("born in 1999").
// "May" only where it cannot be the verb ("in may." but not "in may be").
const MONTH_PAST = new RegExp(`\\b(?:back in|in|last|since last)\\s+(?!may\\b(?!\\s*(?:[.,;:!?)]|$|(?:and|but|so|this|last)\\b)))(${MONTH_PATTERN})\\b\\.?(?!\\s*(?:\\d|the \\d|of (?:next|this)\\b))`, 'g');
const APPROXIMATE: readonly { re: RegExp; precision: 'year' | 'month'; read: (m: RegExpExecArray) => IsoDate }[] = [
  { re: new RegExp(`${NOT_A_DATE_BEFORE}\\b(${MONTH_PATTERN})\\.? (19\\d{2}|20\\d{2})\\b${NOT_A_DATE_AFTER}`, 'g'), precision: 'month', read: (m) => lastOfMonth(Number(m[2]), MONTHS[m[1] as string] as number) },
  { re: new RegExp(`${NOT_A_DATE_BEFORE}\\b(19\\d{2}|20\\d{2})\\b${NOT_A_DATE_AFTER}`, 'g'), precision: 'year', read: (m) => `${m[1]}-12-31` },
];
/** A month with its year named relative to today ("in oct last year"): read like a month and year, for the same roles. */
const MONTH_RELATIVE_YEAR = new RegExp(`${NOT_A_DATE_BEFORE}\\b(${MONTH_PATTERN})\\.?,? (?:of |in )?(${RELATIVE_YEAR})\\b`, 'g');

/** Today in the words people use for it, and what "has just" happened (read in findDates). */
const TODAY_WORDS = /\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b|\bjust now\b|\b(?:has|have|'s|'ve|is|are) just (?:sent|rung|rang|called|phoned|texted|messaged|e-?mailed|whatsapped|told|disclosed|said|received|got|had|come|turned up|left|walked in|been)\b|\bjust (?:rang|phoned|texted|messaged|e-?mailed|whatsapped|disclosed|turned up|walked in)\b/g;

/** "5 days", "10 working days": a period, not a date (unless it is "3 days ago"). */
const PERIOD = /^(?!.*\bago\b).*\b\d+ (working )?(days?|weeks?|months?|years?|hours?|minutes?)\b/;

/** Each global pattern below without its global flag, for the literal pre-check (which reads no global pattern). */
const nonGlobal = (re: RegExp): RegExp => withFlags(re, re.flags.replace('g', ''));
const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * A global pattern's matches in the text; none are looked for (no iterator, no copy of the pattern) when the text holds none
 * of the words every match needs, as for most patterns of most questions: one array read each, the text's reading shared
 * with the fact tables.
 */
function matchesIn(re: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayHold(nonGlobal(re), text) ? text.matchAll(re) : NO_MATCHES;
}

/**
 * The dates read from one text so far, none overlapping another: a class, not a closure made per question (tsx and the
 * build, esbuild with keepNames, name every named closure as it is made).
 */
class DatesRead {
  readonly found: FoundDate[] = [];
  private readonly taken: [number, number][] = [];
  private readonly text: string;
  private readonly today: IsoDate;

  constructor(text: string, today: IsoDate) {
    this.text = text;
    this.today = today;
  }

  /** Words that name no date here (a day counted from): no later reading takes them for one. */
  skip(index: number, length: number): void {
    this.taken.push([index, index + length]);
  }

  /** A date read at index..index+length, with the role its words give (or `known`); a year or month alone only for some roles. */
  add(index: number, length: number, date: IsoDate | undefined, source: string, precision?: 'year' | 'month', known?: DateRole): void {
    if (!date || this.taken.some(([s, e]) => index < e && index + length > s)) return;
    const role = known ?? roleAt(this.text, index, length);
    if (precision && (!APPROXIMATE_ROLES.includes(role) || date.slice(0, 4) > this.today.slice(0, 4))) return;
    this.taken.push([index, index + length]);
    this.found.push({ role, date, source, index, ...(precision ? { precision } : {}) });
  }
}

/** The dates a question names; its bank holidays are those of the organisation's nation. */
export function findDates(text: string, today: IsoDate, nation: Nation = NAMING_NATION): FoundDate[] {
  const dates = new DatesRead(text, today);
  const { found } = dates;
  // Days as people write them ("fri 27 nov", "3/12/2026", "3rd dec", "yesterday", "3 days ago"), read by chrono-node's
  // en-GB parser (day first). Only a reading that names a day by number or by a word for a day counts: "next week" or
  // "at the weekend" is no date, and a month or year alone is read below.
  // chrono-node is the costliest step of reading a question: skipped when no reading it gives could count.
  const chronoReadings = MAY_NAME_A_DAY.test(text) ? chrono.en.GB.parse(asWeeks(text), { instant: new Date(`${today}T12:00:00Z`), timezone: 'GMT' }, { forwardDate: false }) : [];
  // The months near today the question names with a day ("christmas eve (wed 24 dec)"): a weekday and day alone are in them.
  const monthsNamed: [number, number][] = [];
  for (const r of chronoReadings) {
    const at = r.start;
    if (!at.isCertain('day') || !NAMES_A_DAY.test(r.text) || PERIOD.test(r.text)) continue;
    const [year, month, day] = [at.get('year'), at.get('month'), at.get('day')] as number[];
    // A day and month without a year: the occurrence nearest to today (a visit next month, or one last month).
    const weekday = at.isCertain('weekday') ? at.get('weekday') ?? undefined : weekdayBeside(text, r.index, r.index + r.text.length);
    const relative = at.isCertain('year') ? undefined : yearNamed(text, r.index, r.index + r.text.length, today);
    const date = at.isCertain('year') ? toIso(year!, month!, day!) : relative !== undefined ? toIso(relative, month!, day!) : nearest(today, month!, day!, weekday);
    if (date && at.isCertain('month') && Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) <= WEEKDAY_YEAR_DAYS * DAY_MS) monthsNamed.push([Number(date.slice(0, 4)), Number(date.slice(5, 7))]);
    dates.add(r.index, r.text.length, date, r.text);
  }
  // Today in the words people use for it, which chrono-node leaves without a day ("this morning", "just now").
  // So is something that "has just" happened ("a 16yo has just sent a photo", "mum's just rung"), or "just" happened in a
  // past tense no present reads the same as ("16yo just texted me", not "can I just text her").
  for (const n of matchesIn(TODAY_WORDS, text)) dates.add(n.index, n[0].length, today, n[0]);
  // A weekday with a day of the month and no month ("fri 27th", "thurs 24th"): the nearest month where they agree.
  for (const wd of matchesIn(WEEKDAY_DAY, text)) {
    const target = WEEKDAYS.indexOf(WEEKDAY_SHORT[wd[1] as string] ?? (wd[1] as string));
    const date = inMonthNamed(monthsNamed, Number(wd[2]), target) ?? nearestWeekdayOfMonth(today, Number(wd[2]), target);
    // A day in brackets or after the part of the week ("last friday (17th)", "tuesday just gone (24th)") restates a day of
    // this week or the last: one that is not (a slip of the day or the weekday) leaves the weekday to be read alone.
    if (date && WEEKDAY_ASIDE.test(wd[0]) && !nearWeekday(date, today, /\b(?:last|just gone|gone)\b/.test(`${text.slice(Math.max(0, wd.index - 5), wd.index)}${wd[0]}`))) continue;
    dates.add(wd.index, wd[0].length, date, wd[0]);
  }
  // Days known by name ("christmas eve", "boxing day"): the occurrence nearest to today. One counted from ("the day after
  // boxing day") is no date read, and no later reading may take its words for one.
  for (const [re, month, day] of NAMED_DAYS) {
    for (const nd of matchesIn(re, text)) {
      if (!namesTheDayMeant(text, nd.index)) dates.skip(nd.index, nd[0].length);
      else dates.add(nd.index, nd[0].length, nearest(today, month, day, weekdayBeside(text, nd.index, nd.index + nd[0].length)), nd[0]);
    }
  }
  // Bank holidays known by name whose date moves ("good friday"): before "bank holiday" alone, which their words may hold.
  for (const [re, name] of NAMED_BANK_HOLIDAYS) {
    for (const nh of matchesIn(re, text)) {
      if (!namesTheDayMeant(text, nh.index)) dates.skip(nh.index, nh[0].length);
      else dates.add(nh.index, nh[0].length, namedBankHoliday(today, name, AHEAD_NAMED.test(text.slice(Math.max(0, nh.index - 20), nh.index)) || AHEAD_BEFORE.test(sentenceBefore(text, nh.index)), nation), nh[0]);
    }
  }
  // A bank holiday named, not dated ("on call over the bank holiday monday"), like the days known by name.
  for (const bh of matchesIn(BANK_HOLIDAY, text)) {
    if (!namesTheDayMeant(text, bh.index)) dates.skip(bh.index, bh[0].length);
    else dates.add(bh.index, bh[0].length, nearBankHoliday(today, bh[2] ?? bh[3], /^(next|coming|upcoming|this coming) /.test(bh[1] ?? ''), nation), bh[0]);
  }
  // A weekday placed in a week ("wed last week", "this saturday") or a weekend ("this weekend"): read before a weekday alone.
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
  for (const { re, offset } of WEEK_PLACED) {
    for (const p of matchesIn(re, text)) {
      const name = p[1] ?? p[2];
      const target = name === undefined ? undefined : WEEKDAYS.indexOf(WEEKDAY_SHORT[name] ?? name);
      dates.add(p.index, p[0].length, shift(today, offset(dow, target)), p[0]);
    }
  }
  // A weekday alone ("on fri", "last weds") is the last one before today: visits are recorded after they happen.
  // A day proposed for recording ("leave it till Monday", "is Tuesday ok?") is the next one after today.
  for (const w of matchesIn(WEEKDAY_ALONE, text)) {
    const target = WEEKDAYS.indexOf(WEEKDAY_SHORT[w[1] as string] ?? (w[1] as string));
    const proposed = roleAt(text, w.index + w[0].length - (w[1] as string).length, (w[1] as string).length) === 'proposed';
    if (!proposed && /^(?:is|until|till|til|by)\b/.test(w[0])) continue;
    // The weekday of a date the question already named ("seeing her thursday 25th … if she tells me more on thurs"): that date.
    const named = found.find((f) => !f.precision && f.index < w.index && new Date(`${f.date}T00:00:00Z`).getUTCDay() === target && nearWeekday(f.date, today, false));
    const coming = proposed || (!/^last\b/.test(w[0]) && AHEAD_BEFORE.test(sentenceBefore(text, w.index)));
    dates.add(w.index, w[0].length, named?.date ?? (coming ? shift(today, ((target - dow + 7) % 7) || 7) : shift(today, -(((dow - target + 7) % 7) || 7))), w[0], undefined, proposed ? 'proposed' : undefined);
  }
  for (const pm of matchesIn(DAY_OF_PLACED_MONTH, text)) dates.add(pm.index, pm[0].length, dayInMonth(today, { this: 0, last: -1, next: 1 }[pm[2] as 'this' | 'last' | 'next'], Number(pm[1])), pm[0]);
  // A day of the month alone: the last one gone (visits are recorded after they happen), or the coming one in a sentence
  // about what is still to happen, or when proposed as the day to record by.
  for (const dm of matchesIn(DAY_OF_MONTH_ALONE, text)) {
    const day = Number(dm[1]);
    const at = dm.index + dm[0].indexOf('the ');
    const proposed = roleAt(text, at, dm.index + dm[0].length - at) === 'proposed';
    const coming = proposed || /^(?:by|until|till|til)\b/.test(dm[0]) || AHEAD_BEFORE.test(sentenceBefore(text, dm.index)) || /\b(planned|booked|due|arranged|scheduled)\b[^.?!;]{0,20}$/.test(sentenceBefore(text, dm.index));
    const options = [-1, 0, 1].map((o) => dayInMonth(today, o, day)).filter((d): d is IsoDate => d !== undefined);
    const date = coming ? options.find((d) => d > today) : options.filter((d) => d <= today).at(-1);
    dates.add(at, dm.index + dm[0].length - at, date, dm[0].slice(at - dm.index), undefined, proposed ? 'proposed' : undefined);
  }
  for (const da of matchesIn(DAY_AFTER, text)) dates.add(da.index, da[0].length, toIso(Number(da[2]), MONTHS[da[1] as string] as number, Number(da[3])), da[0]);
  for (const mr of matchesIn(MONTH_RELATIVE_YEAR, text)) dates.add(mr.index, mr[0].length, lastOfMonth(relativeYear(mr[2] as string, today), MONTHS[mr[1] as string] as number), mr[0], 'month');
  for (const { re, precision, read } of APPROXIMATE) {
    for (const m of matchesIn(re, text)) dates.add(m.index, m[0].length, read(m), m[0], precision);
  }
  // A month alone, of something past ("withdrew back in jan", "she died in march"): its last occurrence, taken as its last
  // day, or today in this month (the latest it could be).
  for (const mp of matchesIn(MONTH_PAST, text)) {
    const month = MONTHS[mp[1] as string] as number;
    const [year, now] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    // "last november" said in November is a year ago; "in november" then is this month.
    const last = lastOfMonth(month < now || (month === now && !/^last|^since/i.test(mp[0])) ? year : year - 1, month);
    // A full date of that month given as well ("resigned in october, approval ended 31 Oct 2026") is the date.
    if (found.some((d) => !d.precision && d.date.slice(0, 7) === last.slice(0, 7))) continue;
    dates.add(mp.index, mp[0].length, last > today ? today : last, mp[0], 'month');
  }
  // Contact still going on ("she keeps texting me", "dad's ringing me") is today's, when no other day is named for it.
  ONGOING_CONTACT.lastIndex = 0;
  const ongoing = found.length === 0 && mayHold(nonGlobal(ONGOING_CONTACT), text) ? ONGOING_CONTACT.exec(text) : null;
  if (ongoing) dates.add(ongoing.index, ongoing[0].length, today, ongoing[0]);
  return listed(text, restated(found).sort((a, b) => a.index - b.index));
}

/** Which one of a list: "an older one", "the second one". */
const WHICH_ONE = String.raw`(?:older|earlier|newer|later|second|other|younger|previous|next)`;

/**
 * Between two dates of a list ("order made 10/03/2004 on one and 20/01/2015 on the other", "born 3/4/01, 5/6/03", "an order
 * made 1 aug 2010, and an older one from 15/11/1999").
 */
const LIST_GAP = new RegExp(String.raw`^\s*(?:(?:on|for|in) (?:one|1|the first|the one|the first one)\s*)?(?:,|and|or|&|, and)\s*(?:(?:(?:an?|the) ${WHICH_ONE} (?:one|1)|another(?: (?:one|1))?)\s*(?:(?:from|dated|made|of|on|in|was|is)\s*)?)?$`);

/** "… and one from 7/9/1999?" after the question about the first: "one" is another record of the same kind, however far back. */
const ANOTHER_ONE = new RegExp(String.raw`(?:^|[\s,.;:!?])(?:and|or|&|plus|also|what about|how about)\s+(?:(?:an?|the) ${WHICH_ONE} )?(?:one|1|another(?: one)?)\s+(?:from|dated|made|of|on|in)\s*$`);

/** A date listed after one the retention table runs from, with no cue of its own, is another of the same: its role. */
function listed(text: string, found: FoundDate[]): FoundDate[] {
  return found.map((d, i, all) => {
    const prev = i > 0 ? all[i - 1]! : undefined;
    if (d.role !== 'event' || !prev || !APPROXIMATE_ROLES.includes(prev.role)) return d;
    const gap = text.slice(prev.index + prev.source.length, d.index);
    return LIST_GAP.test(gap) || ANOTHER_ONE.test(gap) ? { ...d, role: prev.role } : d;
  });
}

/**
 * A month or year restated as a full date just after it ("in July 1998 (20/07/1998)", "2019 - 3 March 2019"): the full
 * date, with the role the month or year was given.
 */
function restated(found: FoundDate[]): FoundDate[] {
  const out = [...found];
  for (const rough of found.filter((f) => f.precision)) {
    const end = rough.index + rough.source.length;
    const exact = out.find((f) => !f.precision && f.index >= end && f.index - end <= 6 && f.date.slice(0, rough.precision === 'year' ? 4 : 7) === rough.date.slice(0, rough.precision === 'year' ? 4 : 7));
    if (!exact) continue;
    out.splice(out.indexOf(rough), 1);
    out.splice(out.indexOf(exact), 1, { ...exact, role: exact.role === 'event' ? rough.role : exact.role });
  }
  return out;
}
