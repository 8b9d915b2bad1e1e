import type { Principal } from '../auth/principal';
import type { FieldError } from '../recording/errors';
import { ForbiddenError, ValidationError } from '../recording/errors';
import type { RecordingService } from '../recording/service';
import type { SignOff, StoredRecord } from '../recording/types';
import { ISO_DATE } from './decision-form';
import type { PersonChoice } from './desk';

// Advice outside supervision (Nottinghamshire: advice given outside formal supervision is recorded and confirmed by the
// line manager as soon as possible): the worker records it as a supervision-decision note on the person's record and
// their own supervision file; only their line manager (from the organisation model) confirms, corrects or declines it.

export const ADVICE_FIELDS = ['person', 'adviceDate', 'advice', 'reasons', 'context', 'harmOrRisk'] as const;
export type AdviceField = (typeof ADVICE_FIELDS)[number];
export type AdviceValues = Partial<Record<AdviceField, string>>;

export function adviceValues(data: Record<string, unknown>): AdviceValues {
  const out: AdviceValues = {};
  for (const f of ADVICE_FIELDS) {
    const v = data[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim().slice(0, 5000);
  }
  return out;
}

export interface AdviceChoices {
  people: PersonChoice[];
  lineManager: { userId: string; name: string };
}

export class AdviceDesk {
  constructor(private readonly recordings: RecordingService) {}

  async choices(principal: Principal): Promise<AdviceChoices & { staffReference: string }> {
    const access = this.recordings.access;
    const worker = await access.member(principal, { action: 'advice-form' });
    const lineManager = await access.lineManagerOf(principal, worker.id);
    if (!lineManager) throw new ForbiddenError('The organisation directory names no line manager for you, so no one could confirm this advice. Ask your IG lead to add your line manager.');
    if (!worker.staffReference) throw new ForbiddenError('The organisation directory has no supervision file reference for you, so the advice cannot go on your supervision file. Ask your IG lead to add it.');
    const references = new Set<string>();
    for (const team of worker.teams) for (const a of access.allocations.list({ team })) references.add(a.person);
    const people: PersonChoice[] = [];
    for (const reference of [...references].sort()) {
      const records = await this.recordings.list(principal, { person: reference }).catch(() => undefined);
      if (records !== undefined) people.push({ reference, name: records[0]?.person.name ?? reference });
    }
    return { people, lineManager, staffReference: worker.staffReference };
  }

  /** The worker's note of the advice; one record per card (its id is the idempotency key). */
  async record(principal: Principal, v: AdviceValues, cardId: string): Promise<{ record: StoredRecord; created: boolean; lineManager: { userId: string; name: string } }> {
    const { people, lineManager, staffReference } = await this.choices(principal);
    const errors: FieldError[] = [];
    const person = people.find((p) => p.reference === v.person);
    if (!person) errors.push({ field: 'person', message: "Choose the person from the list: it shows your team's caseload." });
    if (!v.adviceDate) errors.push({ field: 'adviceDate', message: 'Enter the date the advice was given.' });
    else if (!ISO_DATE.test(v.adviceDate)) errors.push({ field: 'adviceDate', message: 'Enter the date as YYYY-MM-DD, e.g. 2026-11-20.' });
    if (!v.advice) errors.push({ field: 'advice', message: 'Write the advice your manager gave.' });
    if (!v.reasons) errors.push({ field: 'reasons', message: 'Give the reasons for the advice, as you understood them.' });
    if (!v.context) errors.push({ field: 'context', message: 'Say briefly what you asked about.' });
    if (errors.length > 0) throw new ValidationError(errors);
    const outcome = await this.recordings.record(
      principal,
      {
        kind: 'supervision-decision',
        person: person as PersonChoice,
        supervisionDate: v.adviceDate as string,
        setting: 'advice-outside-supervision',
        supervisor: { name: lineManager.name, role: 'Line manager' },
        supervisee: { name: principal.name, reference: staffReference },
        othersPresent: [],
        discussion: v.context as string,
        decisions: [{ decision: v.advice as string, reasons: v.reasons as string }],
        actions: [],
        digitalContact: { discussed: false, riskAssessed: false },
        harmOrRisk: v.harmOrRisk === 'true',
      },
      `advice-card:${cardId}`,
    );
    return { ...outcome, lineManager };
  }

  /** Confirmed (with a correction when given) on the file under the line manager's name and date. */
  async confirm(principal: Principal, reference: string, correction?: string): Promise<{ record: StoredRecord; created: boolean }> {
    const body = correction ? { kind: 'advice-confirmed', note: `Confirmed with a correction: ${correction}` } : { kind: 'advice-confirmed' };
    const { record, created } = await this.recordings.signOff(principal, reference, body);
    return { record, created };
  }

  /** Declined on the file with the reason, under the line manager's name and date; the advice stays unconfirmed. */
  async decline(principal: Principal, reference: string, reason: string): Promise<{ record: StoredRecord; signOff: SignOff; created: boolean }> {
    return this.recordings.signOff(principal, reference, { kind: 'advice-declined', note: reason });
  }
}
