// Retention dates from Nottinghamshire's "Children's Services - Retention of Records" table.
import { addYears, parseIsoDate } from '../calendar/iso-date';
import { citation } from './citations';
import type { Citation } from './ruling';
import type { FactName, IsoDate, RetentionRecord, Situation } from './situation';

type Dates = Situation['dates'];

export interface RetentionResult {
  date: IsoDate | null;
  basis: string;
  citations: Citation[];
  /** Dates that are needed and not given. */
  needs: FactName[];
}

/** Adoption orders made before this date follow the Adoption Agencies Regulations 1983 (75 years). */
const POST_COMMENCEMENT = '2005-12-30';

const ROW_CITATION: Record<RetentionRecord, string> = {
  'looked-after-child': 'nottinghamshire/retention-looked-after',
  'foster-carer-approved': 'nottinghamshire/retention-foster-approved',
  'foster-carer-not-approved': 'nottinghamshire/retention-foster-not-approved',
  'adoption-order-made': 'nottinghamshire/retention-adoption-order',
  'adoption-order-before-2005-12-30': 'nottinghamshire/retention-adoption-order-before-2005',
  'adoption-order-not-made': 'nottinghamshire/retention-adoption-no-order',
  'childrens-home': 'nottinghamshire/retention-childrens-home',
  'child-protection': 'nottinghamshire/retention-child-protection',
};

function checked(dates: Dates, field: keyof NonNullable<Dates>): IsoDate | undefined {
  const value = dates?.[field];
  if (value !== undefined) parseIsoDate(value, `dates.${field}`);
  return value;
}

/** Birth anniversary, or a period from death when the child died before 18 (death before the 18th birthday). */
function childRecord(dates: Dates, yearsFromBirth: number, yearsFromDeath: number, cite: Citation[]): RetentionResult {
  const birth = checked(dates, 'birth');
  const death = checked(dates, 'death');
  if (!birth && death) {
    // Without a date of birth the death-based period is shown, and the birth date is still asked for to confirm it.
    return {
      date: addYears(death, yearsFromDeath),
      basis: `${yearsFromDeath} years from the date of death ${death}, if the child died before reaching 18 (date of birth not given)`,
      citations: cite,
      needs: ['dates.birth'],
    };
  }
  if (!birth) return { date: null, basis: "needs the child's date of birth", citations: cite, needs: ['dates.birth'] };
  const eighteenth = addYears(birth, 18);
  if (death && death < eighteenth) {
    return {
      date: addYears(death, yearsFromDeath),
      basis: `${yearsFromDeath} years from the date of death ${death} (the child died before reaching 18 on ${eighteenth})`,
      citations: cite,
      needs: [],
    };
  }
  return {
    date: addYears(birth, yearsFromBirth),
    basis: `the ${yearsFromBirth}th anniversary of the child's birth ${birth}${birth.endsWith('-02-29') ? ' (a 29 February birthday falls on 28 February in a non-leap year)' : ''}`,
    citations: cite,
    needs: [],
  };
}

/**
 * The date before which a record must not be destroyed (Nottinghamshire, retention table). `date` is null when the
 * table leaves the period to the adoption agency, or when a needed date is missing (see `needs`).
 */
export function retentionDate(record: RetentionRecord, dates: Dates): RetentionResult {
  const cite = [citation(ROW_CITATION[record])];
  switch (record) {
    case 'looked-after-child':
    case 'childrens-home':
      return childRecord(dates, 75, 15, [...cite, citation('nottinghamshire/retention-case-record')]);
    case 'child-protection':
      return childRecord(dates, 25, 6, cite);
    case 'foster-carer-approved': {
      const ended = checked(dates, 'approvalTerminated');
      if (!ended) return { date: null, basis: 'needs the date the approval was terminated', citations: cite, needs: ['dates.approvalTerminated'] };
      return { date: addYears(ended, 10), basis: `at least 10 years from the termination of approval on ${ended}`, citations: cite, needs: [] };
    }
    case 'foster-carer-not-approved': {
      const ended = checked(dates, 'refusalOrWithdrawal');
      if (!ended) return { date: null, basis: 'needs the date of the refusal or withdrawal', citations: cite, needs: ['dates.refusalOrWithdrawal'] };
      return { date: addYears(ended, 3), basis: `at least 3 years from the refusal or withdrawal on ${ended}`, citations: cite, needs: [] };
    }
    case 'adoption-order-made':
    case 'adoption-order-before-2005-12-30': {
      const order = checked(dates, 'adoptionOrder');
      if (!order) return { date: null, basis: 'needs the date of the adoption order', citations: cite, needs: ['dates.adoptionOrder'] };
      // The order date decides the row, whichever row was asked about.
      if (order < POST_COMMENCEMENT) {
        return {
          date: addYears(order, 75),
          basis: `at least 75 years from the adoption order of ${order} (made before 30 December 2005)`,
          citations: [citation(ROW_CITATION['adoption-order-before-2005-12-30'])],
          needs: [],
        };
      }
      return {
        date: addYears(order, 100),
        basis: `at least 100 years from the adoption order of ${order}`,
        citations: [citation(ROW_CITATION['adoption-order-made'])],
        needs: [],
      };
    }
    case 'adoption-order-not-made':
      return {
        date: null,
        basis: 'no fixed period: the adoption agency keeps the records for such period as it considers appropriate',
        citations: [...cite, citation('nottinghamshire/retention-adoption-no-order-transfer'), citation('nottinghamshire/retention-adoption-never-looked-after')],
        needs: [],
      };
  }
}
