// Retention dates from Nottinghamshire's "Children's Services - Retention of Records" table.
//
// "Until" the anniversary, and "at least N years from" a date, are read the same way: the record is kept up to and
// including the end date this module computes, and may be destroyed from the day after (the engine's retention rules
// compare that date with today strictly). Keeping a record one day longer than the table asks costs nothing; destroying it
// on a day the table may still cover cannot be undone.
//
// A date given only as a year ("born in 1999") or a month covers a range of days. The end date is then the latest the
// period could end (the safe reading: never earlier than the table allows), `earliest` the soonest it could, and the exact
// date is asked for when the range leaves the answer open: when the row or branch of the table depends on the day (an
// adoption order made in 2005; whether a child died before 18), or when the record could be destroyed today for some
// days of the range and not for others.
import { addYears, parseIsoDate, writtenDate } from '../calendar/iso-date';
import { citationFrom } from './citations';
import { defaultGuidance } from './default-guidance';
import type { Guidance, RetentionRow } from './load';
import type { Citation } from './ruling';
import type { ApproximateDateRole, FactName, IsoDate, RetentionRecord, Situation } from './situation';

type Dates = Situation['dates'];
type Precision = Situation['datePrecision'];

export interface RetentionResult {
  /** The end of the retention period: the record is kept up to and including this date. The latest it could be when a date is approximate. */
  date: IsoDate | null;
  /** The soonest the period could end, when an approximate date leaves it open; otherwise equal to `date`. */
  earliest: IsoDate | null;
  basis: string;
  citations: Citation[];
  /** Dates that are needed and not given, or given too roughly to answer. */
  needs: FactName[];
}

export interface RetentionOptions {
  /** Dates known only by year or month (see Situation.datePrecision). */
  precision?: Precision;
  /** Today; with it, an approximate date that leaves open whether the period has ended is asked for exactly. */
  today?: IsoDate;
  /** Guidance whose retention table applies; defaults to the shipped guidance. */
  guidance?: Guidance;
}


/** A date as given: exact (first = last), or the first and last day of the year or month it names. */
interface DateRange {
  first: IsoDate;
  last: IsoDate;
  /** How the date reads in a basis: "on 3 March 1999", or "in 1999, taken as 31 December 1999, the latest it could be". */
  words: string;
  /** The date as given: "3 March 1999", "1999", "March 1999". */
  named: string;
  approximate: boolean;
}

function range(dates: Dates, precision: Precision, field: ApproximateDateRole): DateRange | undefined {
  const value = dates?.[field];
  if (value === undefined) return undefined;
  parseIsoDate(value, `dates.${field}`);
  const kind = precision?.[field];
  if (!kind) return { first: value, last: value, words: `on ${writtenDate(value)}`, named: writtenDate(value), approximate: false };
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const [first, last] = kind === 'year'
    ? [`${year}-01-01`, `${year}-12-31`]
    : [`${value.slice(0, 7)}-01`, new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)];
  const named = kind === 'year' ? String(year) : writtenDate(first).replace(/^1 /, '');
  return { first, last, words: `in ${named}, taken as ${writtenDate(last)}, the latest it could be`, named, approximate: true };
}

/** The needs for approximate dates when today falls inside the range of possible end dates (the decision depends on the day). */
function openToday(earliest: IsoDate, latest: IsoDate, today: IsoDate | undefined, ranges: (DateRange | undefined)[], facts: FactName[]): FactName[] {
  if (!today || !(earliest < today && today <= latest)) return [];
  return facts.filter((_, i) => ranges[i]?.approximate);
}

const OPEN_TODAY = '; with an earlier exact date the period may already have ended, so the exact date is asked for';

function finish(r: RetentionResult, open: FactName[]): RetentionResult {
  return { ...r, basis: open.length ? `${r.basis}${OPEN_TODAY}` : r.basis, needs: [...new Set([...r.needs, ...open])] };
}

/** Birth anniversary, or a period from death when the child died before an age (18: death before the 18th birthday). */
function childRecord(dates: Dates, options: RetentionOptions, row: { anniversary: number; yearsFromDeath: number; diesBefore: number }, cite: Citation[]): RetentionResult {
  const { anniversary: yearsFromBirth, yearsFromDeath, diesBefore: age } = row;
  const birth = range(dates, options.precision, 'birth');
  const death = range(dates, options.precision, 'death');
  const facts: FactName[] = ['dates.birth', 'dates.death'];
  const fromDeath = (d: DateRange) => `${yearsFromDeath} years from the date of death ${d.words}`;
  const fromBirth = (b: DateRange) =>
    `the ${yearsFromBirth}th anniversary of the child's birth ${b.words}${!b.approximate && b.first.endsWith('-02-29') ? ' (a 29 February birthday falls on 28 February in a non-leap year)' : ''}`;
  if (!birth && death) {
    // Without a date of birth the death-based period is shown, and the birth date is still asked for to confirm it.
    const date = addYears(death.last, yearsFromDeath);
    const earliest = addYears(death.first, yearsFromDeath);
    return finish(
      { date, earliest, basis: `${fromDeath(death)}, if the child died before reaching ${age}; the date of birth was not given`, citations: cite, needs: ['dates.birth'] },
      openToday(earliest, date, options.today, [birth, death], facts),
    );
  }
  if (!birth) return { date: null, earliest: null, basis: "needs the child's date of birth", citations: cite, needs: ['dates.birth'] };
  // Died before the age for every possible pair of days, for none, or open (the year alone cannot tell).
  const certainlyBefore = !!death && death.last < addYears(birth.first, age);
  const certainlyNot = !death || death.first >= addYears(birth.last, age);
  if (death && certainlyBefore) {
    const date = addYears(death.last, yearsFromDeath);
    const earliest = addYears(death.first, yearsFromDeath);
    const birthday = birth.approximate ? String(age) : `${age} on ${writtenDate(addYears(birth.first, age))}`;
    return finish(
      { date, earliest, basis: `${fromDeath(death)} (the child died before reaching ${birthday})`, citations: cite, needs: [] },
      openToday(earliest, date, options.today, [birth, death], facts),
    );
  }
  const date = addYears(birth.last, yearsFromBirth);
  if (death && !certainlyNot) {
    // Whether the child died before the age depends on the days: the longer period (the birth anniversary) is taken.
    return {
      date,
      earliest: addYears(death.first, yearsFromDeath),
      basis: `${fromBirth(birth)}; the dates given cannot tell whether the child died before reaching ${age} (when the period would be ${fromDeath(death)}), so the longer period is taken and the exact dates are asked for`,
      citations: cite,
      needs: facts.filter((_, i) => [birth, death][i]?.approximate),
    };
  }
  const earliest = addYears(birth.first, yearsFromBirth);
  return finish({ date, earliest, basis: fromBirth(birth), citations: cite, needs: [] }, openToday(earliest, date, options.today, [birth, death], facts));
}

function yearsFrom(dates: Dates, options: RetentionOptions, field: ApproximateDateRole, years: number, what: string, cite: Citation[]): RetentionResult {
  const from = range(dates, options.precision, field);
  const fact: FactName = `dates.${field}`;
  if (!from) return { date: null, earliest: null, basis: `needs the date ${what}`, citations: cite, needs: [fact] };
  const date = addYears(from.last, years);
  const earliest = addYears(from.first, years);
  return finish(
    { date, earliest, basis: `at least ${years} years from ${what} ${from.words}`, citations: cite, needs: [] },
    openToday(earliest, date, options.today, [from], [fact]),
  );
}

type AdoptionRows = { after: Extract<RetentionRow, { kind: 'adoption-order' }>; before: Extract<RetentionRow, { kind: 'adoption-order-before' }> };

function adoptionOrder(dates: Dates, options: RetentionOptions, rows: AdoptionRows, cite: (ids: string[]) => Citation[], own: Citation[]): RetentionResult {
  const order = range(dates, options.precision, 'adoptionOrder');
  if (!order) return { date: null, earliest: null, basis: 'needs the date of the adoption order', citations: own, needs: ['dates.adoptionOrder'] };
  const before = cite(rows.before.cite);
  const after = cite(rows.after.cite);
  const commencement = writtenDate(rows.before.before);
  // The order date decides the row, whichever row was asked about.
  if (order.last < rows.before.before) {
    const date = addYears(order.last, rows.before.years);
    const earliest = addYears(order.first, rows.before.years);
    return finish(
      { date, earliest, basis: `at least ${rows.before.years} years from the adoption order made ${order.words} (before ${commencement})`, citations: before, needs: [] },
      openToday(earliest, date, options.today, [order], ['dates.adoptionOrder']),
    );
  }
  const date = addYears(order.last, rows.after.years);
  if (order.first < rows.before.before) {
    // An order "in 2005" may fall either side of the commencement date: the longer period is taken, and the exact date asked for.
    return {
      date,
      earliest: addYears(order.first, rows.before.years),
      basis: `at least ${rows.after.years} years from the adoption order made ${order.words}; an order made before ${commencement} is kept at least ${rows.before.years} years, and ${order.named} alone cannot tell which applies, so the longer period is taken and the exact date is asked for`,
      citations: [...after, ...before],
      needs: ['dates.adoptionOrder'],
    };
  }
  const earliest = addYears(order.first, rows.after.years);
  return finish(
    { date, earliest, basis: `at least ${rows.after.years} years from the adoption order made ${order.words}`, citations: after, needs: [] },
    openToday(earliest, date, options.today, [order], ['dates.adoptionOrder']),
  );
}

/**
 * The end of a record's retention period (the retention table in the guidance's data): kept up to and including `date`.
 * `date` is null when the table leaves the period to the adoption agency, or when a needed date is missing (see `needs`).
 */
export function retentionDate(record: RetentionRecord, dates: Dates, options: RetentionOptions = {}): RetentionResult {
  const guidance = options.guidance ?? defaultGuidance();
  const rows = guidance.retention?.rows ?? {};
  const cite = (ids: string[]) => ids.map((id) => citationFrom(guidance, id));
  const row = rows[record];
  if (!row) return { date: null, earliest: null, basis: 'the selected guidance has no retention period for this kind of record', citations: [], needs: [] };
  const own = cite(row.cite);
  switch (row.kind) {
    case 'child':
      return childRecord(dates, options, row, own);
    case 'years-from':
      return yearsFrom(dates, options, row.from, row.years, row.fromWords, own);
    case 'adoption-order':
    case 'adoption-order-before': {
      const after = rows['adoption-order-made'];
      const before = rows['adoption-order-before-2005-12-30'];
      if (after?.kind !== 'adoption-order' || before?.kind !== 'adoption-order-before') throw new Error('The retention table needs both adoption-order rows');
      return adoptionOrder(dates, options, { after, before }, cite, own);
    }
    case 'agency-decides':
      return { date: null, earliest: null, basis: row.basis, citations: own, needs: [] };
  }
}
