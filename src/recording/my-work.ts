import type { AccessPolicy } from '../access/policy';
import type { Principal } from '../auth/principal';
import { computeDate } from '../guidance/computed';
import { defaultGuidance } from '../guidance/default-guidance';
import type { Nation } from '../guidance/profile';
import type { Channel, IsoDate } from '../guidance/situation';
import type { OrganisationDirectory } from '../organisation/model';
import { openReturn, outstanding } from './outstanding';
import type { RecordStore } from './store';
import type { RecordKind, SignOffKind, StoredRecord } from './types';

// "My records": what is due for the caller, from records they may read: their own entries, and, for a line manager,
// the entries of the people they line-manage (from the organisation model). Each record also passes the access rules;
// someone the organisation does not know is refused, and the list is written to the access log (deny by default).

/** A sign-off the caller may give from the tab, through POST /api/recordings/:ref/sign-off. */
export interface WorkAction {
  kind: Extract<SignOffKind, 'read-and-agreed' | 'advice-confirmed' | 'amendment-confirmed'>;
  amendmentId?: string;
  label: string;
}

export interface WorkItem {
  reference: string;
  kind: RecordKind;
  /** "Text message (incoming)", "Supervision decision (advice outside supervision)". */
  title: string;
  person: { reference: string; name: string };
  author: string;
  /** When the contact or supervision took place. */
  eventDate: IsoDate;
  /** The recording deadline stored with the record. */
  due: IsoDate;
  /** What the record still needs (the same sentences the recordings API returns as `outstanding`). */
  waitingFor: string[];
  /** The line manager's note when the record was returned for amendment. */
  returnedNote?: string;
  actions: WorkAction[];
}

export interface CaseSummaryDue {
  person: { reference: string; name: string };
  due: IsoDate;
  /** The first entry here, from which the three-monthly cycle is counted. */
  since: IsoDate;
  basis: string;
  citationIds: string[];
}

export interface DigitalContactApproval {
  reference: string;
  person: { reference: string; name: string };
  supervisee: string;
  channel?: string;
  purpose?: string;
  consent?: string;
  reviewDate: IsoDate;
  reviewOverdue: boolean;
}

export interface MyWork {
  me: { name: string };
  today: IsoDate;
  worker: {
    recordingsDue: WorkItem[];
    recordingsOverdue: WorkItem[];
    caseSummariesDue: CaseSummaryDue[];
    adviceAwaitingConfirmation: WorkItem[];
    returnedForAmendment: WorkItem[];
    digitalContactApprovals: DigitalContactApproval[];
  };
  /** Present when the organisation model says the caller line-manages someone. */
  manager?: {
    people: number;
    awaitingReadAndAgreed: WorkItem[];
    adviceAwaitingConfirmation: WorkItem[];
    teamOverdue: WorkItem[];
    approvalsToReview: DigitalContactApproval[];
  };
}

const CHANNEL: Record<Channel, string> = {
  text: 'Text message',
  phone: 'Phone call',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  facebook: 'Facebook',
  'social-network': 'Social networking site',
  'messaging-app': 'Messaging app',
};

function eventDate(r: StoredRecord): IsoDate {
  return r.details.kind === 'contact-recording' ? r.details.messageAt.slice(0, 10) : r.details.supervisionDate;
}

function title(r: StoredRecord): string {
  const d = r.details;
  if (d.kind === 'contact-recording') return `${CHANNEL[d.channel]} (${d.direction})`;
  return d.setting === 'advice-outside-supervision' ? 'Supervision decision (advice outside supervision)' : 'Supervision decision';
}

const isAdvice = (r: StoredRecord) => r.details.kind === 'supervision-decision' && r.details.setting === 'advice-outside-supervision';
const signed = (r: StoredRecord, kind: SignOffKind, amendmentId?: string) => r.signOffs.some((s) => s.kind === kind && s.amendmentId === amendmentId);
/** A recording is complete on file once its line manager has read and agreed it; until then its deadline counts. */
const inProgress = (r: StoredRecord) => !signed(r, 'read-and-agreed');
const byDue = (a: { due: IsoDate }, b: { due: IsoDate }) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

/** The sign-offs a line manager can give on the record now, confirmations first. */
function managerActions(r: StoredRecord): WorkAction[] {
  const actions: WorkAction[] = [];
  for (const a of r.amendments) if (!signed(r, 'amendment-confirmed', a.id)) actions.push({ kind: 'amendment-confirmed', amendmentId: a.id, label: 'Confirm amendment' });
  if (isAdvice(r) && !signed(r, 'advice-confirmed')) actions.push({ kind: 'advice-confirmed', label: 'Confirm advice' });
  if (!signed(r, 'read-and-agreed')) actions.push({ kind: 'read-and-agreed', label: 'Sign off: read and agreed' });
  return actions;
}

function item(r: StoredRecord, actions: WorkAction[]): WorkItem {
  const returned = openReturn(r);
  return {
    reference: r.id,
    kind: r.kind,
    title: title(r),
    person: { reference: r.person.reference, name: r.person.name },
    author: r.author.name,
    eventDate: eventDate(r),
    due: r.deadline.due,
    waitingFor: outstanding(r),
    ...(returned?.note ? { returnedNote: returned.note } : {}),
    actions,
  };
}

function approvals(records: StoredRecord[], today: IsoDate): DigitalContactApproval[] {
  const out: DigitalContactApproval[] = [];
  for (const r of records) {
    const d = r.details;
    if (d.kind !== 'supervision-decision' || !d.digitalContact.discussed || !d.digitalContact.reviewDate) continue;
    const c = d.digitalContact;
    out.push({
      reference: r.id,
      person: { reference: r.person.reference, name: r.person.name },
      supervisee: d.supervisee.name,
      ...(c.channel ? { channel: CHANNEL[c.channel] } : {}),
      ...(c.purpose ? { purpose: c.purpose } : {}),
      ...(c.consent ? { consent: c.consent } : {}),
      reviewDate: c.reviewDate as IsoDate,
      reviewOverdue: (c.reviewDate as IsoDate) < today,
    });
  }
  return out.sort((a, b) => byDue({ due: a.reviewDate }, { due: b.reviewDate }));
}

/**
 * The next three-monthly case summary for each person the caller records on (Nottinghamshire, "Case Summary": at least
 * every three months). The recording service holds no case summaries, so the cycle runs from the first entry here.
 */
function caseSummaries(records: StoredRecord[], nation: Nation, today: IsoDate): CaseSummaryDue[] {
  const first = new Map<string, StoredRecord>();
  for (const r of records) {
    const seen = first.get(r.person.reference);
    if (!seen || eventDate(r) < eventDate(seen)) first.set(r.person.reference, r);
  }
  const out: CaseSummaryDue[] = [];
  for (const r of first.values()) {
    const start = eventDate(r);
    let from = start;
    let next = computeDate('summaryDue', { topic: 'case-summary', dates: { lastSummary: from } }, nation, today, defaultGuidance());
    for (let i = 0; next.date !== null && next.date < today && i < 400; i++) {
      from = next.date;
      next = computeDate('summaryDue', { topic: 'case-summary', dates: { lastSummary: from } }, nation, today, defaultGuidance());
    }
    if (next.date === null) continue;
    out.push({
      person: { reference: r.person.reference, name: r.person.name },
      due: next.date,
      since: start,
      basis: 'every three months from the first entry here',
      citationIds: ['nottinghamshire/case-summary', 'nottinghamshire/summaries'],
    });
  }
  return out.sort(byDue);
}

export interface MyWorkDeps {
  store: RecordStore;
  nation: Nation;
  access: Pick<AccessPolicy, 'member' | 'mayRead' | 'note'>;
  /** Who line-manages whom; a directory without directReports gives no team lists. */
  directory: Pick<OrganisationDirectory, 'directReports'>;
}

/** The caller's lists for the My records tab; only their own entries and those of the people they line-manage are read. */
export async function myWork(deps: MyWorkDeps, principal: Principal, today: IsoDate): Promise<MyWork> {
  const asker = await deps.access.member(principal, { action: 'my-work' });
  const readable = async (records: StoredRecord[]) => {
    const out: StoredRecord[] = [];
    for (const r of records) if (await deps.access.mayRead(principal, asker, r)) out.push(r);
    return out;
  };
  const mine = await readable(await deps.store.list(principal, { author: principal.userId }));
  const work: MyWork = {
    me: { name: principal.name },
    today,
    worker: {
      recordingsDue: mine.filter((r) => inProgress(r) && r.deadline.due >= today).map((r) => item(r, [])).sort(byDue),
      recordingsOverdue: mine.filter((r) => inProgress(r) && r.deadline.due < today).map((r) => item(r, [])).sort(byDue),
      caseSummariesDue: caseSummaries(mine, deps.nation, today),
      adviceAwaitingConfirmation: mine.filter((r) => isAdvice(r) && !signed(r, 'advice-confirmed')).map((r) => item(r, [])),
      returnedForAmendment: mine.filter((r) => openReturn(r) !== undefined).map((r) => item(r, [])),
      digitalContactApprovals: approvals(mine, today),
    },
  };
  const logged = (count: number) => deps.access.note(principal, { action: 'my-work', allowed: true, basis: 'own-and-line-managed', count });
  const reports = [...new Set((await deps.directory.directReports?.(asker.id, principal)) ?? [])].filter((id) => id !== asker.id);
  if (reports.length === 0) {
    logged(mine.length);
    return work;
  }
  const team = await readable((await Promise.all(reports.map((id) => deps.store.list(principal, { author: id })))).flat());
  logged(mine.length + team.length);
  work.manager = {
    people: reports.length,
    awaitingReadAndAgreed: team.filter((r) => !signed(r, 'read-and-agreed')).map((r) => item(r, managerActions(r))).sort(byDue),
    adviceAwaitingConfirmation: team.filter((r) => isAdvice(r) && !signed(r, 'advice-confirmed')).map((r) => item(r, managerActions(r))).sort(byDue),
    teamOverdue: team.filter((r) => inProgress(r) && r.deadline.due < today).map((r) => item(r, managerActions(r))).sort(byDue),
    approvalsToReview: approvals([...mine, ...team], today),
  };
  return work;
}
