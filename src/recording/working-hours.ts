import { isWorkingDay } from '../calendar/working-days';
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';

/**
 * Normal working hours used for the out-of-hours flag: 09:00 to 17:00, UK time (Europe/London), on working days.
 * Pan Dorset 1.2 asks for "a specific note of any mobile phone contact outside of normal working hours" without
 * defining the hours; Waltham Forest limits app contact to working hours. 09:00-17:00 is our documented default.
 */
export const WORKING_HOURS = Object.freeze({ start: '09:00', end: '17:00', timeZone: 'Europe/London' });

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: WORKING_HOURS.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The UK calendar date and HH:MM of an instant. */
export function ukDateTime(at: Date): { date: IsoDate; time: string } {
  const p = Object.fromEntries(ukParts.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

export function isOutOfHours(at: Date, nation: Nation): boolean {
  const { date, time } = ukDateTime(at);
  return !isWorkingDay(date, nation) || time < WORKING_HOURS.start || time >= WORKING_HOURS.end;
}
