// The dates a ruling can depend on, computed from the situation's dates and the profile's nation.
import { addCalendarDays, addMonths, parseIsoDate, writtenDate } from '../calendar/iso-date';
import { addWorkingDays } from '../calendar/working-days';
import type { ComputedName } from './computed-names';
import { workingDaysBasis } from './deadlines';
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

type Computation = (s: Situation, nation: Nation, today: IsoDate) => ComputedDate;

function fromDate(field: 'event' | 'request' | 'lastSummary', label: string, add: (d: IsoDate) => { date: IsoDate; basis: string }): Computation {
  return (s) => {
    const from = s.dates?.[field];
    if (!from) return { label, date: null, basis: `needs the ${field === 'event' ? 'date of the event' : field === 'request' ? 'date of the written request' : 'date of the last case summary'}`, needs: [`dates.${field}`], cite: [] };
    parseIsoDate(from, `dates.${field}`);
    return { label, needs: [], cite: [], ...add(from) };
  };
}

function workingDays(label: string, n: number): Computation {
  return (s, nation, today) =>
    fromDate('event', label, (from) => {
      const date = addWorkingDays(from, n, nation);
      return { date, basis: workingDaysBasis(from, n, date, nation) };
    })(s, nation, today);
}

const RETENTION_LABEL = 'Retention period ends (kept up to and including)';

const COMPUTATIONS: Record<ComputedName, Computation> = {
  caseNoteDue: workingDays('Case note due', 5),
  caseNoteDueHarm: workingDays('Case note due (harm or risk)', 1),
  sarDue: fromDate('request', 'Records available to the requester by', (from) => ({
    date: addCalendarDays(from, 40),
    basis: `40 calendar days after the written request of ${writtenDate(from)}`,
  })),
  summaryDue: fromDate('lastSummary', 'Next case summary due', (from) => ({
    date: addMonths(from, 3),
    basis: `three months after the last case summary of ${writtenDate(from)}`,
  })),
  cpRecommendationsDue: fromDate('event', 'Conference recommendations available by', (from) => ({
    date: addCalendarDays(from, 1),
    basis: `within 24 hours of the conference on ${writtenDate(from)}`,
  })),
  cpMinutesDue: workingDays('Conference minutes sent out by', 10),
  lacDecisionsDue: workingDays('Written record of decisions and recommendations by', 5),
  lacFullRecordDue: workingDays('Full record of the review by', 15),
  lacDistributedDue: workingDays('Full written record distributed by', 20),
  cinMinutesDue: workingDays('Child in Need review minutes distributed by', 10),
  cinParentsDue: workingDays('Decisions and recommendations to parents or carers by', 2),
  // The last day the record must be kept; it may be destroyed from the day after (see retention.ts).
  retentionDate: (s, _nation, today) => {
    if (!s.retentionRecord) return { label: RETENTION_LABEL, date: null, basis: 'needs the kind of record', needs: ['retentionRecord'], cite: [] };
    const r = retentionDate(s.retentionRecord, s.dates, { precision: s.datePrecision, today });
    return { label: RETENTION_LABEL, date: r.date, basis: r.basis, needs: r.needs, cite: r.citations.map((c) => c.id) };
  },
};

export function computeDate(name: ComputedName, situation: Situation, nation: Nation, today: IsoDate): ComputedDate {
  return COMPUTATIONS[name](situation, nation, today);
}
