import { addWorkingDays } from '../calendar/working-days';
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';
import type { StoredRecord } from '../recording/types';

// Reminders: what is due to whom, from records, the line managers in the organisation model, today and what was
// already sent. Pure: the runner (reminder-runner.ts) reads the store and the directory and sends the cards.

export type ReminderKind = 'recording-overdue' | 'sign-off-outstanding';

export interface Reminder {
  /** One reminder per record and kind, ever: the key the sent-reminders table remembers (no personal data). */
  key: string;
  kind: ReminderKind;
  /** The person concerned: the author (overdue recording) or the author's line manager (sign-off). */
  to: { userId: string; name: string };
  reference: string;
  /** The recording deadline (overdue) or the date the sign-off became outstanding too long. */
  dueSince: IsoDate;
  /** The author's name, on a sign-off reminder (whose record waits for the manager). */
  author?: string;
}

export interface ReminderInputs {
  records: readonly StoredRecord[];
  /** The author's line manager from the organisation model; undefined when the directory names none. */
  lineManagerOf: (authorId: string) => { userId: string; name: string } | undefined;
  today: IsoDate;
  nation: Nation;
  /** A sign-off outstanding for more than this many working days after the record was made is reminded. */
  signOffWorkingDays: number;
  /** Keys already sent (see reminderKey). */
  alreadySent: ReadonlySet<string>;
}

export const reminderKey = (kind: ReminderKind, reference: string): string => `${kind}:${reference}`;

const readAndAgreed = (r: StoredRecord) => r.signOffs.some((s) => s.kind === 'read-and-agreed');

/** The record's date in the organisation's calendar (UK time, as deadlines are counted). */
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const recordedOn = (r: StoredRecord): IsoDate => UK_DATE.format(new Date(r.recordedAt));

/** Reminders due today and not sent before, oldest first; one per record and kind. */
export function remindersDue(inputs: ReminderInputs): Reminder[] {
  const out: Reminder[] = [];
  const add = (r: Reminder) => {
    if (!inputs.alreadySent.has(r.key) && !out.some((o) => o.key === r.key)) out.push(r);
  };
  for (const r of inputs.records) {
    if (readAndAgreed(r)) continue;
    // Same rule as "My records": a recording not yet read and agreed whose deadline has passed is overdue.
    if (r.deadline.due < inputs.today) {
      add({ key: reminderKey('recording-overdue', r.id), kind: 'recording-overdue', to: { userId: r.author.userId, name: r.author.name }, reference: r.id, dueSince: r.deadline.due });
    }
    const limit = addWorkingDays(recordedOn(r), inputs.signOffWorkingDays, inputs.nation);
    const manager = inputs.lineManagerOf(r.author.userId);
    if (limit < inputs.today && manager && manager.userId !== r.author.userId) {
      add({ key: reminderKey('sign-off-outstanding', r.id), kind: 'sign-off-outstanding', to: manager, reference: r.id, dueSince: limit, author: r.author.name });
    }
  }
  return out.sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.key < b.key ? -1 : 1));
}
