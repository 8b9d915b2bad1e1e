import type { Principal } from '../auth/principal';
import type { AllocationStore } from '../organisation/allocations';
import { managerChain, type Member, type OrganisationDirectory } from '../organisation/model';
import { ForbiddenError } from '../recording/errors';
import type { StoredRecord } from '../recording/types';
import type { AccessLog } from './access-log';
import { decide, mayUseSupervisionFile, onCaseload, type RecordAction, type RecordFacts, type SupervisionFacts } from './rules';

// Applies src/access/rules.ts with facts from the organisation model, and writes every decision to the access log.

/** The parts of a record (stored or about to be) the rules look at. */
export type RecordSubject = Pick<StoredRecord, 'id' | 'author' | 'person' | 'details'>;

export interface AccessPolicyOptions {
  directory: OrganisationDirectory;
  allocations: AllocationStore;
  log: AccessLog;
  now?: () => Date;
}

export class AccessPolicy {
  private readonly now: () => Date;

  constructor(private readonly options: AccessPolicyOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get allocations(): AllocationStore {
    return this.options.allocations;
  }

  get log(): AccessLog {
    return this.options.log;
  }

  /** The asker as the organisation knows them. Deny by default: someone the directory does not know is refused. */
  async member(principal: Principal, attempt: { action: string; record?: string; person?: string; supervisionFile?: string }): Promise<Member> {
    const m = await this.options.directory.member(principal.userId, principal);
    if (m) return m;
    this.note(principal, { ...attempt, allowed: false, basis: 'unknown-user' });
    throw new ForbiddenError(`You are not in this organisation's directory, so you cannot see or change records. Ask ${this.options.directory.whoCanAdd} to add you.`);
  }

  /** Throws ForbiddenError (logged) unless the rules allow this action on this record. */
  async require(principal: Principal, action: RecordAction, record: RecordSubject, about?: { amendmentAuthorId: string }): Promise<Member> {
    const attempt = { action, record: record.id, person: record.person.reference, ...supervisionFileOf(record) };
    const asker = await this.member(principal, attempt);
    const facts = await this.facts(principal, record, about?.amendmentAuthorId);
    const d = decide(action, asker, facts);
    this.note(principal, { ...attempt, allowed: d.allowed, basis: d.allowed ? d.basis : 'forbidden' });
    if (!d.allowed) throw new ForbiddenError(d.reason);
    return asker;
  }

  /** Whether the asker may read the record; nothing is logged (the caller logs what it returns). */
  async mayRead(principal: Principal, asker: Member, record: RecordSubject): Promise<boolean> {
    return decide('read', asker, await this.facts(principal, record)).allowed;
  }

  /**
   * A person's records or a supervision file, cut down to what the asker may read; one log entry per list.
   * Refused outright when the person is allocated to another team and the asker sees none of its records.
   */
  async readable(principal: Principal, filter: { person: string } | { supervisionFile: string }, records: StoredRecord[]): Promise<StoredRecord[]> {
    const attempt = { action: 'list' as const, ...filter };
    const asker = await this.member(principal, attempt);
    if ('supervisionFile' in filter) {
      const d = mayUseSupervisionFile(asker, await this.supervision(principal, filter.supervisionFile));
      this.note(principal, { ...attempt, allowed: d.allowed, basis: d.allowed ? d.basis : 'forbidden', count: d.allowed ? records.length : 0 });
      if (!d.allowed) throw new ForbiddenError(d.reason);
      return records;
    }
    const visible: StoredRecord[] = [];
    for (const r of records) if (await this.mayRead(principal, asker, r)) visible.push(r);
    const allocation = this.options.allocations.get(filter.person);
    const caseload = onCaseload(asker, allocation);
    if (allocation && !caseload && visible.length === 0) {
      this.note(principal, { ...attempt, allowed: false, basis: 'forbidden', count: 0 });
      throw new ForbiddenError("This person's record is not allocated to your team or to you, and you have written none of its entries. Ask your team manager or IG lead if you need it allocated.");
    }
    this.note(principal, { ...attempt, allowed: true, basis: caseload ? 'caseload' : 'own-or-line-managed', count: visible.length });
    return visible;
  }

  /**
   * Which of these records the asker may read: the call for other features' routes (a filing looked up by its
   * Internet Message-ID, people suggested from earlier filings). Logs one entry per record shown; never throws for a
   * record the asker may not see, it is just left out. An asker the directory does not know sees nothing.
   */
  async visibleTo(principal: Principal, records: readonly RecordSubject[], action = 'lookup'): Promise<RecordSubject[]> {
    const asker = await this.options.directory.member(principal.userId, principal);
    if (!asker) {
      this.note(principal, { action, allowed: false, basis: 'unknown-user', count: 0 });
      return [];
    }
    const shown: RecordSubject[] = [];
    for (const r of records) {
      if (!(await this.mayRead(principal, asker, r))) continue;
      shown.push(r);
      this.note(principal, { action, record: r.id, person: r.person.reference, allowed: true, basis: 'may-read' });
    }
    return shown;
  }

  /** The line manager recorded on an amendment: from the model, never from the request. */
  async lineManagerOf(principal: Principal, memberId: string): Promise<{ userId: string; name: string } | undefined> {
    const m = await this.options.directory.member(memberId, principal);
    if (!m?.lineManagerId) return undefined;
    const lm = await this.options.directory.member(m.lineManagerId, principal);
    return { userId: m.lineManagerId, name: lm?.name ?? m.lineManagerId };
  }

  /** Logs one attempt; also used for refusals before an identity exists (401s). */
  note(principal: Pick<Principal, 'userId' | 'tenantId'> | null, e: { action: string; record?: string; person?: string; supervisionFile?: string; allowed: boolean; basis: string; count?: number }): void {
    this.options.log.append({ at: this.now().toISOString(), userId: principal?.userId ?? null, tenantId: principal?.tenantId ?? null, ...e });
  }

  private async facts(principal: Principal, record: RecordSubject, amendmentAuthorId?: string): Promise<RecordFacts> {
    const authorId = amendmentAuthorId ?? record.author.userId;
    const author = await this.options.directory.member(authorId, principal);
    const facts: RecordFacts = {
      authorId,
      authorChain: author ? await managerChain(this.options.directory, author, principal) : [],
    };
    const allocation = this.options.allocations.get(record.person.reference);
    if (allocation) facts.allocation = allocation;
    const file = supervisionFileOf(record).supervisionFile;
    if (file !== undefined) facts.supervision = await this.supervision(principal, file);
    return facts;
  }

  private async supervision(principal: Principal, staffReference: string): Promise<SupervisionFacts> {
    const supervisee = await this.options.directory.memberByStaffReference(staffReference, principal);
    if (!supervisee) return { superviseeChain: [] };
    return { superviseeId: supervisee.id, superviseeChain: await managerChain(this.options.directory, supervisee, principal) };
  }
}

function supervisionFileOf(record: RecordSubject): { supervisionFile?: string } {
  return record.details.kind === 'supervision-decision' ? { supervisionFile: record.details.supervisee.reference } : {};
}
