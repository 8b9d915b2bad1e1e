import { POLICY_SOURCES } from '../guidance/policies';
import type { Citation } from '../guidance/ruling';
import { FACT_LABELS } from '../guidance/conditions';
import type { FactName, IsoDate } from '../guidance/situation';
import { andList } from '../guidance/text';

// Computed values as a practitioner reads them: "Monday 4 January 2027", "Pan Dorset ..., section 1.8".

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(iso: IsoDate): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Organisation, Document": the source a citation comes from. */
export function documentHeading(c: Citation): string {
  const organisation = c.organisation || POLICY_SOURCES[c.policy].organisation;
  const document = c.document || POLICY_SOURCES[c.policy].document;
  return `${organisation}, ${document}`;
}

/** "section 1.8" for a numbered section; a named one ("Case notes must be: Timely") reads better as it is. */
export const sectionLabel = (c: Citation): string => (/^\d/.test(c.section) ? `section ${c.section}` : c.section);

export function citationHeading(c: Citation): string {
  return `${documentHeading(c)}, ${sectionLabel(c)}`;
}

/** "the channel and the age": the facts a position waiting on them turns on, in the words the card asks them with. */
export function factsWaitedOn(facts: readonly FactName[]): string {
  return facts.length > 0 ? andList(facts.map((f) => `the ${FACT_LABELS[f] ?? f}`)) : 'facts not given';
}
