// The dates a ruling can depend on, computed from the situation's dates and the profile's nation. How long each period is
// comes from the policy that defines the date (its parameters.json), never from code.
import { addCalendarDays, addMonths, parseIsoDate, writtenDate } from '../calendar/iso-date';
import { addWorkingDays } from '../calendar/working-days';
import { RETENTION_DATE, type ComputedName } from './computed-names';
import { workingDaysBasis } from './deadlines';
import type { DateDefinition, Guidance } from './load';
import type { Nation } from './profile';
import { retentionDate } from './retention';
import type { FactName, IsoDate, Situation } from './situation';

export interface ComputedDate {
  label: string;
  date: IsoDate | null;
  basis: string;
  needs: FactName[];
  /** Provisions the date is computed from (e.g. the retention table's row), cited by any rule that shows the date. */
  cite: string[];
}

const FROM_NEEDS: Record<DateDefinition['from'], string> = {
  event: 'needs the date of the event',
  request: 'needs the date of the written request',
  lastSummary: 'needs the date of the last case summary',
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The period's end and how it was worked out, e.g. "5 working days after 3 March 2027 (bank holidays: …)". */
function period(d: DateDefinition, from: IsoDate, nation: Nation): { date: IsoDate; basis: string } {
  const since = d.fromWords ? `${d.fromWords} ${writtenDate(from)}` : writtenDate(from);
  switch (d.unit) {
    case 'working-days': {
      const date = addWorkingDays(from, d.amount, nation);
      return { date, basis: workingDaysBasis(from, d.amount, date, nation) };
    }
    case 'calendar-days':
      return { date: addCalendarDays(from, d.amount), basis: `${d.amount} calendar days after ${since}` };
    case 'hours':
      // A period in hours ends, at the latest, on the day the last hour falls.
      return { date: addCalendarDays(from, Math.ceil(d.amount / 24)), basis: `within ${d.amount} hours of ${since}` };
    case 'months':
      return { date: addMonths(from, d.amount), basis: `${NUMBER_WORDS[d.amount] ?? d.amount} months after ${since}` };
  }
}

export function computeDate(name: ComputedName, situation: Situation, nation: Nation, today: IsoDate, guidance: Guidance): ComputedDate {
  if (name === RETENTION_DATE) {
    const label = 'Retention period ends (kept up to and including)';
    if (!situation.retentionRecord) return { label, date: null, basis: 'needs the kind of record', needs: ['retentionRecord'], cite: [] };
    // The last day the record must be kept; it may be destroyed from the day after (see retention.ts).
    const r = retentionDate(situation.retentionRecord, situation.dates, { precision: situation.datePrecision, today, guidance });
    return { label, date: r.date, basis: r.basis, needs: r.needs, cite: r.citations.map((c) => c.id) };
  }
  const d = guidance.dates.get(name);
  if (!d) throw new Error(`No policy defines the computed date "${name}"`);
  const from = situation.dates?.[d.from];
  if (!from) return { label: d.label, date: null, basis: FROM_NEEDS[d.from], needs: [`dates.${d.from}`], cite: [] };
  parseIsoDate(from, `dates.${d.from}`);
  return { label: d.label, needs: [], cite: [], ...period(d, from, nation) };
}
