// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no local time zone or DST shifts a day.
import type { IsoDate } from '../guidance/situation';

export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE';
  constructor(readonly value: string, readonly field: string) {
    super(`${field} must be a real date written YYYY-MM-DD (got "${value}")`);
    this.name = 'InvalidDateError';
  }
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (rejects 2026-02-30). */
export function parseIsoDate(value: string, field = 'date'): Date {
  const m = ISO_PATTERN.exec(value);
  if (!m) throw new InvalidDateError(value, field);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new InvalidDateError(value, field);
  }
  return date;
}

export function formatIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 2049": a date as a sentence says it. */
export function writtenDate(date: IsoDate): string {
  const d = parseIsoDate(date);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A value shown to a practitioner: an ISO date becomes "12 December 2026"; anything else is left as it is. */
export function written(value: string): string {
  return ISO_PATTERN.test(value) ? writtenDate(value) : value;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIsoDate(d);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The same calendar day `years` later. A 29 February anniversary in a non-leap year falls on
 * 28 February: the record is kept until the last day that is still inside the period.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const d = parseIsoDate(date);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth();
  let day = d.getUTCDate();
  if (month === 1 && day === 29 && !isLeapYear(year)) day = 28;
  return formatIsoDate(new Date(Date.UTC(year, month, day)));
}

/** Adds calendar months, clamping to the month's last day (31 May + 3 months = 31 August; 30 November + 3 = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = parseIsoDate(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return formatIsoDate(target);
}

export function isWeekend(date: IsoDate): boolean {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 || day === 6;
}
