import { writtenDate } from '../calendar/iso-date';
import { expandTemplate } from '../cards/template';
import type { AdaptiveCardJson } from '../cards/view-models';
import type { Reminder } from './reminders';

/** The reminder card: the record reference, what is due and since when; no other personal data. */
export function reminderCard(r: Reminder, signOffWorkingDays: number): AdaptiveCardJson {
  const since = writtenDate(r.dueSince);
  if (r.kind === 'recording-overdue') {
    return expandTemplate('reminder', {
      title: 'A recording is overdue',
      text: `${r.to.name}, your recording ${r.reference} was due on ${since} and has not yet been read and agreed. Please complete it and ask your line manager to sign it off.`,
      facts: [
        { title: 'Reference', value: r.reference },
        { title: 'What is due', value: 'The recording, read and agreed' },
        { title: 'Due since', value: since },
      ],
    });
  }
  return expandTemplate('reminder', {
    title: 'A sign-off is outstanding',
    text: `${r.to.name}, record ${r.reference} has waited for your "read and agreed" for more than ${signOffWorkingDays} working days. Say "awaiting my sign-off" to see it.`,
    facts: [
      { title: 'Reference', value: r.reference },
      { title: 'What is due', value: 'Your sign-off: read and agreed' },
      { title: 'Outstanding since', value: since },
    ],
  });
}
