// Working days: weekdays that are not bank holidays in the organisation's UK nation.
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';
import { bankHolidayName, bankHolidays } from './bank-holidays';
import { formatIsoDate, isWeekend, parseIsoDate, writtenDate } from './iso-date';

export function isWorkingDay(date: IsoDate, nation: Nation): boolean {
  parseIsoDate(date);
  return !isWeekend(date) && bankHolidayName(date, nation) === undefined;
}

/**
 * The n-th working day after `date` (the event day itself never counts), so "within 5 working days of
 * contact" is addWorkingDays(contact, 5) and "by the following working day" is addWorkingDays(event, 1).
 */
export function addWorkingDays(date: IsoDate, n: number, nation: Nation): IsoDate {
  const day = parseIsoDate(date);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number of 0 or more (got ${n})`);
  // Stepped on the date itself and written once per day, rather than parsed three times and written per day.
  let current = date;
  let counted = 0;
  while (counted < n) {
    day.setUTCDate(day.getUTCDate() + 1);
    current = dayWritten(day);
    if (!onWeekend(day) && bankHolidays(day.getUTCFullYear(), nation).get(current) === undefined) counted += 1;
  }
  return current;
}

/** A day as YYYY-MM-DD; past year 9999 refused, as parsing what it writes there would be. */
function dayWritten(day: Date): IsoDate {
  const written = formatIsoDate(day);
  if (day.getUTCFullYear() > 9999) parseIsoDate(written);
  return written;
}

const onWeekend = (day: Date): boolean => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/** Non-working days skipped between the event and the due date, for the "basis" a card shows. */
export function skippedBankHolidays(from: IsoDate, to: IsoDate, nation: Nation): string[] {
  const names: string[] = [];
  // Stepped on the date itself and written once per day, rather than parsed and written per day.
  const day = parseIsoDate(from);
  day.setUTCDate(day.getUTCDate() + 1);
  for (let d = dayWritten(day); d <= to; day.setUTCDate(day.getUTCDate() + 1), d = dayWritten(day)) {
    const name = bankHolidays(day.getUTCFullYear(), nation).get(d);
    if (name && !onWeekend(day)) names.push(`${name} ${writtenDate(d)}`);
  }
  return names;
}
