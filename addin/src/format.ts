// Dates and sizes as a practitioner reads them, in UK time.

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/London' });
const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

export const dayMonth = (iso: string) => DAY.format(new Date(iso));
export const dateTime = (iso: string) => WHEN.format(new Date(iso));

export function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const ISO_DAY = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });
/** The UK calendar date of a moment, as YYYY-MM-DD. */
export const ukIsoDate = (iso: string) => ISO_DAY.format(new Date(iso));
