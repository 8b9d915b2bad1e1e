// Recording deadlines from Nottinghamshire "Case notes must be: Timely"; the periods are that policy's parameters.
import { NATION_LABEL } from '../calendar/bank-holidays';
import { writtenDate } from '../calendar/iso-date';
import { addWorkingDays, skippedBankHolidays } from '../calendar/working-days';
import { citationFrom } from './citations';
import { defaultGuidance } from './default-guidance';
import type { Guidance } from './load';
import type { Nation } from './profile';
import type { Citation } from './ruling';
import type { IsoDate } from './situation';

/** "n working days after <date>" with the bank holidays it skipped, as a card shows it. */
export function workingDaysBasis(from: IsoDate, n: number, due: IsoDate, nation: Nation): string {
  const skipped = skippedBankHolidays(from, due, nation);
  const what = n === 1 ? 'the next working day after' : `${n} working days after`;
  return `${what} ${writtenDate(from)} (bank holidays: ${NATION_LABEL[nation]}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''})`;
}

/** Case notes within the case-note period of the contact; by the harm-or-risk period where harm or risk is identified (Nottinghamshire, Timely). */
export function recordingDeadline(input: { eventDate: IsoDate; harmOrRisk: boolean; nation: Nation; guidance?: Guidance }): { due: IsoDate; basis: string; citations: Citation[] } {
  const guidance = input.guidance ?? defaultGuidance();
  const name = input.harmOrRisk ? 'caseNoteDueHarm' : 'caseNoteDue';
  const definition = guidance.dates.get(name);
  if (definition?.unit !== 'working-days') throw new Error(`The guidance defines no working-day date "${name}"`);
  const due = addWorkingDays(input.eventDate, definition.amount, input.nation);
  return { due, basis: workingDaysBasis(input.eventDate, definition.amount, due, input.nation), citations: definition.cite.map((id) => citationFrom(guidance, id)) };
}
