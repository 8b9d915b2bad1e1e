import { APPROXIMATE_DATE_ROLES, type RetentionRecord } from '../guidance/situation';
import { mayHold } from './literals';
import { withFlags } from '../language/pattern-flags';
import type { FoundDate } from './dates';

// Which records of the retention table a question names, and which of its words belong to each: "one file is a CP file for
// a lad born in 1999 ... another is the case file for a girl who was LAC, born 1998" names two records, each with its own
// date of birth. Each record is then answered on its own card, so no answer is read as covering both.

/** Rows of the table that share a retention period and a starting point; naming two of them is naming one record. */
const FAMILY: Readonly<Record<RetentionRecord, string>> = {
  'adoption-order-not-made': 'adoption',
  'adoption-order-before-2005-12-30': 'adoption',
  'adoption-order-made': 'adoption',
  'foster-carer-not-approved': 'fostering',
  'foster-carer-approved': 'fostering',
  // Looked after children and children's homes: the same periods (75th anniversary, or 15 years from a death before 18).
  'looked-after-child': 'child-in-care',
  'childrens-home': 'child-in-care',
  'child-protection': 'child-protection',
};

/** "never LAC", "not a CP case", "non-looked after": the record is named only to say it does not apply. */
const NEGATED = /\b(never|not|non|no|wasn'?t|weren'?t|isn'?t|hasn'?t|haven'?t)(?:\s+(?:been|ever|a|an|on a|subject to|subject to a))*[\s-]+$/;
/** "no CP or LAC ever": the second of a list denied together is denied too. */
const NEGATED_LIST = /\b(never|not|non|no|neither|wasn'?t|weren'?t|isn'?t|hasn'?t|haven'?t)(?:\s+(?:been|ever|a|an|on a|subject to|subject to a))*[\s-]+[\w' ]{1,30}?\s(?:or|nor)\s+$/;

export interface RecordMention {
  record: RetentionRecord;
  start: number;
  end: number;
  from: string;
  /**
   * Named in passing rather than as a record of its own: a process ("on a child protection plan", "the CP conference") or a
   * bare "assessment" / "referral" ("the assessment said ..."). It still says which row a lone record is, but does not make
   * a second record beside another.
   */
  weak: boolean;
}

const PROCESS_AFTER = /^\s*(plans?|conferences?|meetings?|investigations?|enquiry|enquiries|concerns?|medicals?|visits?|reviews?|procedures?|strategy|team|social workers?|register|threshold|chair|co-?ordinators?|processes)\b/;
const RECORD_AFTER = /^\s*(files?|records?|notes|paperwork|documents?|case (files?|records?))\b/;

export interface RecordPart {
  /** The row of the table (the most specific one named for this record). */
  record: RetentionRecord;
  /** The words that name the record and its dates, as read ("child protection file for a lad born in 1999"). */
  from: string;
  /** Dates read in this record's part of the question. */
  dates: FoundDate[];
}

/** Each row's pattern made global with match indices (made once per pattern). */
const everyMatch = (pattern: RegExp): RegExp => withFlags(pattern, `${pattern.flags.replace(/[gd]/g, '')}dg`);

/** Every row of the table named in the text and not negated, in text order; where rows overlap, the one listed first wins. */
export function findRecordMentions(text: string, table: readonly [RegExp, RetentionRecord][]): RecordMention[] {
  const accepted: RecordMention[] = [];
  for (const [pattern, record] of table) {
    if (!mayHold(pattern, text)) continue;
    const re = everyMatch(pattern);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      // A row anchored at the start ("fostering named anywhere, and ...") names the record in its last group, not at 0.
      const groupStart = pattern.source.startsWith('^') ? m.indices?.[1]?.[0] : undefined;
      const start = groupStart ?? m.index;
      const end = m.index + m[0].length;
      if (accepted.some((a) => start < a.end && end > a.start)) continue;
      if (NEGATED.test(text.slice(Math.max(0, start - 30), start)) || NEGATED_LIST.test(text.slice(Math.max(0, start - 60), start))) continue;
      const from = text.slice(start, end);
      const after = text.slice(end, end + 40);
      const weak = PROCESS_AFTER.test(after) || (/^(referrals?|assessments?)$/.test(from) && !RECORD_AFTER.test(after));
      accepted.push({ record, start, end, from, weak });
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[.;?!\n]/g;
const CLAUSE_END = /,\s|\s(?:and|but|whereas|while|plus|also)\s|\s-\s/g;

/** Where the words about the next record begin: after the last full stop (else comma or "and") between the two mentions. */
function boundary(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  for (const re of [SENTENCE_END, CLAUSE_END]) {
    let last: RegExpExecArray | undefined;
    for (const m of between.matchAll(re)) last = m;
    if (last) return from + last.index + last[0].length;
  }
  return to;
}

const MAX_FROM = 90;

/** A death told as on the same occasion as another's ("died in the same accident", "killed in the same crash"). */
const SAME_DEATH = /\b(died|dies|dead|death|passed away|killed|lost (her|his|their) li(fe|ves))\b.{0,40}\b(the )?same (accident|incident|crash|collision|fire|day|date|time|event|tragedy|attack)\b|\bboth (died|were killed|passed away)\b/;

/** Dates only one family's rows run from ("their approval ended 31/1/2030"): that family's, wherever the words put them. */
const FAMILY_OF_ROLE: Readonly<Partial<Record<FoundDate['role'], string>>> = {
  approvalTerminated: 'fostering',
  refusalOrWithdrawal: 'fostering',
  adoptionOrder: 'adoption',
};

/** The dates a row of the table runs from, which belong to one record each. */
const RECORD_ROLES: readonly string[] = APPROXIMATE_DATE_ROLES;

/**
 * One family of rows named with the dates of two records of it ("one adoption order dated 5/11/2010, his brother's order
 * 17/6/1998"; "a carer's approval terminated 30/9/26 and an applicant withdrew on 12/1/27"): a record for each such date, in
 * the order given, each with the other dates (not a record's own) beside it. Undefined when the dates are of one record.
 */
function recordsByDate(lone: RecordMention, dates: readonly FoundDate[]): RecordPart[] | undefined {
  const own = dates.filter((d) => RECORD_ROLES.includes(d.role));
  const shared = dates.filter((d) => !RECORD_ROLES.includes(d.role));
  const part = (record: RetentionRecord, d: FoundDate): RecordPart => ({ record, from: d.source, dates: [...shared, d] });
  // Fostering: an approval that ended is an approved carer's record, an application refused or withdrawn another's.
  if (FAMILY[lone.record] === 'fostering') {
    const ended = own.find((d) => d.role === 'approvalTerminated');
    const refused = own.find((d) => d.role === 'refusalOrWithdrawal');
    if (ended && refused) return [part('foster-carer-approved', ended), part('foster-carer-not-approved', refused)].sort((a, b) => a.dates.at(-1)!.index - b.dates.at(-1)!.index);
  }
  // The same date of two records (two adoption orders, two children's dates of birth).
  const role = own.find((d) => own.some((e) => e.role === d.role && e.date !== d.date))?.role;
  if (!role || own.some((d) => d.role !== role)) return undefined;
  return own.filter((d) => d.role === role).map((d) => part(lone.record, d));
}

// Module-level, not closures made per question: tsx and the build (esbuild, keepNames) name every named closure as it is
// made, at a cost above the work most of them do.
const rowOrder = (table: readonly [RegExp, RetentionRecord][], record: RetentionRecord): number => table.findIndex(([, v]) => v === record);
/** Of these mentions, the one whose row the table lists first. */
const listedFirst = (table: readonly [RegExp, RetentionRecord][], list: readonly RecordMention[]): RecordMention =>
  list.reduce((best, m) => (rowOrder(table, m.record) < rowOrder(table, best.record) ? m : best));

/**
 * The records a question names, one per family of rows, in the order first named, each with the dates in its part of the
 * text. A single record gets every date; an empty list means none is named (or each is negated).
 */
export function readRecords(text: string, table: readonly [RegExp, RetentionRecord][], dates: readonly FoundDate[]): RecordPart[] {
  const all = findRecordMentions(text, table);
  const mentions = all.filter((m) => !m.weak);
  const families = [...new Set(mentions.map((m) => FAMILY[m.record]))];
  if (families.length <= 1) {
    // One record: the row listed first among everything named, as a lone question has always been read.
    if (all.length === 0) return [];
    const lone = listedFirst(table, all);
    return recordsByDate(lone, dates) ?? [{ record: lone.record, from: lone.from, dates: [...dates] }];
  }
  // Split the text where one family's mention gives way to another's; each stretch belongs to the family named in it.
  const spans: { family: string; start: number; end: number; mention: RecordMention }[] = [];
  let start = 0;
  mentions.forEach((m, i) => {
    const next = mentions.slice(i + 1).find((n) => FAMILY[n.record] !== FAMILY[m.record]);
    if (i > 0 && FAMILY[mentions[i - 1]!.record] === FAMILY[m.record]) return;
    const end = next ? boundary(text, mentions.slice(0, mentions.indexOf(next)).at(-1)!.end, next.start) : text.length;
    spans.push({ family: FAMILY[m.record], start, end, mention: m });
    start = end;
  });
  return families.map((family) => {
    const own = spans.filter((s) => s.family === family);
    const inSpan = (d: FoundDate) => own.some((s) => d.index >= s.start && d.index < s.end);
    // A date of one family's rows goes to that family when it is named; any other date to the record whose words hold it.
    const ownDates = dates.filter((d) => {
      const owner = FAMILY_OF_ROLE[d.role];
      return owner !== undefined && families.includes(owner) ? owner === family : inSpan(d);
    });
    // "Her sister ... died in the same accident": a death of no date of its own on another record's day of death.
    const sameDeath = dates.filter((d) => d.role === 'death');
    if (!ownDates.some((d) => d.role === 'death') && sameDeath.length === 1 && own.some((s) => SAME_DEATH.test(text.slice(s.start, s.end)))) ownDates.push(sameDeath[0]!);
    const first = own[0]!.mention;
    const from = [first.start, first.end, ...ownDates.flatMap((d) => [d.index, d.index + d.source.length])];
    const words = text.slice(Math.min(...from), Math.max(...from)).trim();
    // The most specific row named for the family: the table lists specific rows first ("no adoption order" before "adoption").
    return { record: listedFirst(table, mentions.filter((m) => FAMILY[m.record] === family)).record, from: words.length <= MAX_FROM ? words : first.from, dates: ownDates };
  });
}
