// Working days: weekdays that are not bank holidays in the organisation's UK nation.
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';
import { bankHolidayName } from './bank-holidays';
import { addCalendarDays, isWeekend, parseIsoDate, writtenDate } from './iso-date';

export function isWorkingDay(date: IsoDate, nation: Nation): boolean {
  parseIsoDate(date);
  return !isWeekend(date) && bankHolidayName(date, nation) === undefined;
}

/**
 * The n-th working day after `date` (the event day itself never counts), so "within 5 working days of
 * contact" is addWorkingDays(contact, 5) and "by the following working day" is addWorkingDays(event, 1).
 */
export function addWorkingDays(date: IsoDate, n: number, nation: Nation): IsoDate {
  parseIsoDate(date);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number of 0 or more (got ${n})`);
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, nation)) counted += 1;
  }
  return current;
}

/** Non-working days skipped between the event and the due date, for the "basis" a card shows. */
export function skippedBankHolidays(from: IsoDate, to: IsoDate, nation: Nation): string[] {
  const names: string[] = [];
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    const name = bankHolidayName(d, nation);
    if (name && !isWeekend(d)) names.push(`${name} ${writtenDate(d)}`);
  }
  return names;
}
