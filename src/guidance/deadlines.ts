// Recording deadlines from Nottinghamshire "Case notes must be: Timely".
import { NATION_LABEL } from '../calendar/bank-holidays';
import { writtenDate } from '../calendar/iso-date';
import { addWorkingDays, skippedBankHolidays } from '../calendar/working-days';
import { citation } from './citations';
import type { Nation } from './profile';
import type { Citation } from './ruling';
import type { IsoDate } from './situation';

/** "n working days after <date>" with the bank holidays it skipped, as a card shows it. */
export function workingDaysBasis(from: IsoDate, n: number, due: IsoDate, nation: Nation): string {
  const skipped = skippedBankHolidays(from, due, nation);
  const what = n === 1 ? 'the next working day after' : `${n} working days after`;
  return `${what} ${writtenDate(from)} (bank holidays: ${NATION_LABEL[nation]}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''})`;
}

/** Case notes within 5 working days of the contact; by the following working day where harm or risk is identified (Nottinghamshire, Timely). */
export function recordingDeadline(input: { eventDate: IsoDate; harmOrRisk: boolean; nation: Nation }): { due: IsoDate; basis: string; citations: Citation[] } {
  const n = input.harmOrRisk ? 1 : 5;
  const due = addWorkingDays(input.eventDate, n, input.nation);
  return { due, basis: workingDaysBasis(input.eventDate, n, due, input.nation), citations: [citation('nottinghamshire/timely')] };
}
