import type { Principal } from '../auth/principal';
import type { OrganisationDirectory } from '../organisation/model';
import type { RecordingService } from '../recording/service';
import type { Author, SignOff, StoredRecord } from '../recording/types';

// "Read and agreed" (Nottinghamshire: the line manager enters "read and agreed" on the file): the records of the
// manager's team written by the staff they line-manage and not yet signed off, oldest first. Reading goes through the
// recording service, so the access rules decide what is listed and the access log notes each look-up.

export const MAX_LISTED = 10;

export class SignOffDesk {
  constructor(
    private readonly recordings: RecordingService,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** Oldest first; withdrawn records and records already read and agreed are left out. */
  async awaiting(principal: Principal): Promise<StoredRecord[]> {
    const access = this.recordings.access;
    const manager = await access.member(principal, { action: 'sign-off-list' });
    const reports = new Set((await this.directory.directReports?.(manager.id, principal)) ?? []);
    if (reports.size === 0) return [];
    const people = new Set<string>();
    for (const team of manager.teams) for (const a of access.allocations.list({ team })) people.add(a.person);
    const found = new Map<string, StoredRecord>();
    for (const person of people) {
      const records = await this.recordings.list(principal, { person }).catch(() => [] as StoredRecord[]);
      for (const r of records) {
        if (r.status !== 'active' || !reports.has(r.author.userId)) continue;
        if (r.signOffs.some((s) => s.kind === 'read-and-agreed')) continue;
        found.set(r.id, r);
      }
    }
    return [...found.values()].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  }

  /** "Read and agreed" on the file, by the author's line manager only (the recording service's access rules). */
  async agree(principal: Principal, reference: string): Promise<{ record: StoredRecord; created: boolean }> {
    const { record, created } = await this.recordings.signOff(principal, reference, { kind: 'read-and-agreed' });
    return { record, created };
  }

  /**
   * Returned for amendment on the file with the reason, under the line manager's name and date (only the author's line
   * manager, as for a sign-off); the request goes to the author, and the record waits for their amendment.
   */
  async askForAmendment(principal: Principal, reference: string, reason: string): Promise<{ record: StoredRecord; signOff: SignOff; author: Author; created: boolean }> {
    const { record, signOff, created } = await this.recordings.signOff(principal, reference, { kind: 'returned-for-amendment', note: reason });
    return { record, signOff, author: record.author, created };
  }
}

/** One line saying what the record is about, without its full content. */
export function shortSummary(r: StoredRecord): string {
  const d = r.details;
  const clip = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
  if (d.kind === 'contact-recording') return clip(`${d.direction === 'incoming' ? 'Incoming' : 'Outgoing'} ${d.channel}: ${d.purpose}`);
  const first = d.decisions[0]?.decision ?? d.discussion;
  return clip(`${d.setting === 'advice-outside-supervision' ? 'Advice outside supervision' : 'Supervision decision'}: ${first}`);
}
