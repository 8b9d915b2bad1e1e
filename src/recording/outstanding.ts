import type { SignOff, StoredRecord } from './types';

/** The line manager's latest "returned for amendment" that the author has not yet answered with an amendment. */
export function openReturn(record: StoredRecord): SignOff | undefined {
  const returned = record.signOffs.filter((s) => s.kind === 'returned-for-amendment').at(-1);
  if (!returned) return undefined;
  const answered = record.amendments.some((a) => a.author.userId === record.author.userId && a.amendedAt >= returned.at);
  return answered ? undefined : returned;
}

/**
 * What the record still needs from a line manager, so a card or the add-in can say so: amendments are confirmed by the
 * line manager, advice outside supervision is confirmed "as soon as possible", and a read record is signed off
 * (../shared/seeds/004_ae6e3d56d6571414.txt: amendments; "Supervision Discussions"; "When the line manager has read and agreed a record").
 */
export function outstanding(record: StoredRecord): string[] {
  if (record.status === 'withdrawn') return [];
  const out: string[] = [];
  const signed = (kind: string, amendmentId?: string) => record.signOffs.some((s) => s.kind === kind && s.amendmentId === amendmentId);
  const returned = openReturn(record);
  if (returned) out.push(`Returned for amendment by ${returned.by.name}: ${returned.note ?? ''}`.trim());
  for (const a of record.amendments) {
    if (!signed('amendment-confirmed', a.id)) out.push(`Amendment ${a.id} awaits confirmation by the line manager (${a.lineManager.name}).`);
  }
  if (record.details.kind === 'supervision-decision' && record.details.setting === 'advice-outside-supervision' && !signed('advice-confirmed')) {
    const declined = record.signOffs.filter((s) => s.kind === 'advice-declined').at(-1);
    out.push(declined ? `Advice not confirmed by ${declined.by.name}: ${declined.note ?? ''}`.trim() : 'Advice given outside formal supervision awaits confirmation by the line manager.');
  }
  if (!signed('read-and-agreed')) out.push('Not yet signed off by the line manager as read and agreed.');
  return out;
}
