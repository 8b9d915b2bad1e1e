// Bank holidays per UK nation from date-holidays (offline), public days only, substitute days included.
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';

const REGION: Record<Nation, 'ENG' | 'SCT' | 'NIR'> = {
  // England and Wales share the same bank holidays; date-holidays' ENG and WLS lists are identical.
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

export const NATION_LABEL: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const calendars = new Map<Nation, Holidays>();
const cache = new Map<string, ReadonlyMap<IsoDate, string>>();

// Required on first use, not imported: it loads every country's holidays and every time zone (a tenth of a second or more),
// which starting the server and most answers do not need.
let HolidaysClass: typeof Holidays | undefined;

function calendar(nation: Nation): Holidays {
  let hd = calendars.get(nation);
  if (!hd) {
    HolidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof Holidays;
    hd = new HolidaysClass('GB', REGION[nation]);
    calendars.set(nation, hd);
  }
  return hd;
}

/** Bank holidays of one year in one nation: date -> name. Cached per nation and year. */
export function bankHolidays(year: number, nation: Nation): ReadonlyMap<IsoDate, string> {
  const key = `${nation}:${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const days = new Map<IsoDate, string>();
  for (const h of calendar(nation).getHolidays(year)) {
    if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
  }
  cache.set(key, days);
  return days;
}

export function bankHolidayName(date: IsoDate, nation: Nation): string | undefined {
  return bankHolidays(Number(date.slice(0, 4)), nation).get(date);
}
