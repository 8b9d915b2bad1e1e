import { writtenDate } from '../calendar/iso-date';
import { expandTemplate } from '../cards/template';
import type { AdaptiveCardJson } from '../cards/view-models';
import { ukDateTime } from '../recording/working-hours';
import type { StoredRecord } from '../recording/types';
import { MAX_LISTED, shortSummary } from './sign-off';

// "Awaiting my sign-off": one card listing the records, each with "Read and agreed" and "Ask for an amendment".

const day = (iso: string) => writtenDate(ukDateTime(new Date(iso)).date);

export function signOffListCard(records: readonly StoredRecord[], done?: { text: string; attention?: boolean }): AdaptiveCardJson {
  const shown = records.slice(0, MAX_LISTED);
  return expandTemplate('sign-off-list', {
    title: 'Awaiting your sign-off',
    done: done?.text ?? '',
    doneColour: done?.attention ? 'Attention' : 'Good',
    intro:
      records.length === 0
        ? 'Nothing is waiting: every record written by the staff you line-manage has been read and agreed.'
        : `${records.length} record${records.length === 1 ? '' : 's'} written by the staff you line-manage, oldest first. "Read and agreed" is entered on the file under your name.`,
    items: shown.map((r, i) => ({
      n: i + 1,
      reference: r.id,
      heading: `${r.id} · ${r.person.name} (${r.person.reference})`,
      byline: `By ${r.author.name}, recorded ${day(r.recordedAt)}`,
      summary: shortSummary(r),
      authorName: r.author.name,
    })),
    more: records.length > shown.length ? `${records.length - shown.length} more after these: sign these off and ask again.` : '',
  });
}

/** What the worker receives when their line manager asks for an amendment. */
export function amendmentRequestCard(record: StoredRecord, managerName: string, reason: string, at: string): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Your line manager asked for an amendment', size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
      { type: 'TextBlock', text: `${managerName} read ${record.id} (${record.person.name}, recorded ${day(record.recordedAt)}) and on ${day(at)} asked you to amend it before they sign it off (this request is entered on the file):`, wrap: true },
      { type: 'TextBlock', text: reason, wrap: true },
      { type: 'TextBlock', text: 'Add an amendment to the record with the reason; the original stays on the file. Your line manager then confirms it.', wrap: true, size: 'Small' },
    ],
  };
}
