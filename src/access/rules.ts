import type { Allocation } from '../organisation/allocations';
import type { Member } from '../organisation/model';

// Who may see and change a record: every rule in one place, pure, so both stores and every route share it.
// Read and list: the record's team, the author, the author's line-manager chain. Amend: the author and their line
// manager. Sign off, confirm advice, confirm an amendment: only the author's line manager. Withdraw: the author's line
// manager or an IG lead. Supervision files: the supervisee, their line managers and IG leads.

export type RecordAction = 'create' | 'read' | 'amend' | 'sign-off' | 'confirm-advice' | 'confirm-amendment' | 'withdraw';

export type Decision = { allowed: true; basis: string } | { allowed: false; reason: string };

/** What the rules need to know about one record, gathered from the organisation model (never from the request). */
export interface RecordFacts {
  authorId: string;
  /** The author's line managers, nearest first; empty when the author has left the directory. */
  authorChain: readonly string[];
  /** The person's record allocation (team and worker), if any. */
  allocation?: Allocation;
  /** For a supervision-decision note: whose supervision file it is on. */
  supervision?: SupervisionFacts;
}

export interface SupervisionFacts {
  /** The supervisee's id, when the directory knows the supervision file. */
  superviseeId?: string;
  superviseeChain: readonly string[];
}

const allow = (basis: string): Decision => ({ allowed: true, basis });
const refuse = (reason: string): Decision => ({ allowed: false, reason });

export function onCaseload(asker: Member, allocation: Allocation | undefined): boolean {
  return allocation !== undefined && (asker.teams.includes(allocation.team) || allocation.worker === asker.id);
}

/** Supervision files: the supervisee, their line managers and IG leads. */
export function mayUseSupervisionFile(asker: Member, s: SupervisionFacts): Decision {
  if (s.superviseeId === asker.id) return allow('supervisee');
  if (s.superviseeChain.includes(asker.id)) return allow('supervisee-line-manager');
  if (asker.igLead) return allow('ig-lead');
  return refuse('A supervision file is seen only by the member of staff it belongs to, their line managers and IG leads.');
}

export function decide(action: RecordAction, asker: Member, record: RecordFacts): Decision {
  const author = record.authorId === asker.id;
  const lineManager = record.authorChain[0] === asker.id;
  switch (action) {
    case 'create': {
      if (record.supervision) {
        const s = mayUseSupervisionFile(asker, record.supervision);
        if (!s.allowed) return refuse(`${s.reason} Ask the supervisee's line manager to record it.`);
      }
      // An unallocated person may be recorded on; the record is then seen by its author and their line managers until an IG lead allocates it.
      if (record.allocation && !onCaseload(asker, record.allocation)) {
        return refuse("This person's record is allocated to another team. Ask that team's manager, or your IG lead, if you need to record on it.");
      }
      return allow(record.allocation ? 'caseload' : 'unallocated');
    }
    case 'read': {
      if (author) return allow('author');
      if (record.authorChain.includes(asker.id)) return allow('author-line-manager');
      if (onCaseload(asker, record.allocation)) return allow('caseload');
      if (record.supervision && mayUseSupervisionFile(asker, record.supervision).allowed) return allow('supervision-file');
      return refuse("You can see records of people allocated to your team, records you wrote, and records written by staff you line-manage. This record is none of those.");
    }
    case 'amend':
      if (author) return allow('author');
      if (lineManager) return allow('author-line-manager');
      return refuse("A record is amended only by its author or the author's line manager.");
    case 'sign-off':
    case 'confirm-advice':
      if (author) return refuse('A record is signed off by the line manager, not by its author.');
      if (lineManager) return allow('author-line-manager');
      return refuse(`Only the author's line manager can ${action === 'sign-off' ? 'sign this record off' : 'confirm this advice'}.`);
    case 'confirm-amendment':
      if (author) return refuse('An amendment is confirmed by the line manager, not by its author.');
      if (lineManager) return allow('author-line-manager');
      return refuse("Only the line manager of the amendment's author can confirm it.");
    case 'withdraw':
      if (lineManager) return allow('author-line-manager');
      if (asker.igLead) return allow('ig-lead');
      return refuse("A wrong-person entry is withdrawn by the author's line manager or an IG lead. Ask one of them.");
  }
}

/** A supervision decision is recorded from the manager's card only by the supervisee's own line manager (the supervisor). */
export function maySuperviseOn(asker: Member, s: SupervisionFacts): Decision {
  if (s.superviseeId === undefined) return refuse('That supervision file is not in the organisation directory. Ask your IG lead to add the member of staff.');
  if (s.superviseeChain[0] === asker.id) return allow('supervisee-line-manager');
  return refuse("Only the supervisee's line manager records a supervision decision on their supervision file. You are not this worker's line manager in the organisation directory.");
}
