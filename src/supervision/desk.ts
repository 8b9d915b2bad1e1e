import { maySuperviseOn } from '../access/rules';
import type { Principal } from '../auth/principal';
import { managerChain, type Member, type OrganisationDirectory } from '../organisation/model';
import { ForbiddenError, ValidationError } from '../recording/errors';
import type { RecordingService } from '../recording/service';
import type { StoredRecord } from '../recording/types';
import { decisionNote, type FormValues } from './decision-form';

// A line manager's supervision decisions, made through the recording service as the manager: who they may choose comes
// from the organisation model (their direct reports) and the access rules (records they may see); the note is one
// record, on the person's record and on the supervisee's supervision file.

export interface PersonChoice {
  reference: string;
  name: string;
}

export interface SuperviseeChoice {
  reference: string;
  name: string;
  userId: string;
}

export interface DecisionChoices {
  manager: Member;
  people: PersonChoice[];
  supervisees: SuperviseeChoice[];
}

export interface RecordedDecision {
  record: StoredRecord;
  created: boolean;
  supervisee: SuperviseeChoice;
}

export class SupervisionDesk {
  constructor(
    private readonly recordings: RecordingService,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** The people on the manager's teams' caseloads that they may see, and the staff they line-manage. */
  async choices(principal: Principal): Promise<DecisionChoices> {
    const access = this.recordings.access;
    const manager = await access.member(principal, { action: 'supervision-form' });
    const reportIds = (await this.directory.directReports?.(manager.id, principal)) ?? [];
    const reports = (await Promise.all(reportIds.map((id) => this.directory.member(id, principal)))).filter((m): m is NonNullable<typeof m> => m !== undefined);
    const supervisees = reports.filter((r) => r.staffReference).map((r) => ({ reference: r.staffReference as string, name: r.name, userId: r.id }));
    if (supervisees.length === 0) {
      access.note(principal, { action: 'supervision-form', allowed: false, basis: 'no-reports' });
      throw new ForbiddenError("The organisation directory names no one you line-manage, so there is no supervision file you can record on. Supervision decisions are recorded by the worker's line manager; ask your IG lead if the directory is wrong.");
    }
    const references = new Set<string>();
    for (const team of manager.teams) for (const a of access.allocations.list({ team })) references.add(a.person);
    const people: PersonChoice[] = [];
    for (const reference of [...references].sort()) {
      // Through the recording service, so the access rules decide and the access log records the look-up.
      const records = await this.recordings.list(principal, { person: reference }).catch(() => undefined);
      if (records === undefined) continue;
      people.push({ reference, name: records[0]?.person.name ?? reference });
    }
    return { manager, people, supervisees };
  }

  /** Records the decision; refused unless the asker is the supervisee's line manager and may see the person's record. */
  async record(principal: Principal, values: FormValues, cardId: string): Promise<RecordedDecision> {
    const { manager, people, supervisees } = await this.choices(principal);
    const supervisee = supervisees.find((s) => s.reference === values.supervisee);
    if (values.supervisee && !supervisee) {
      const staff = await this.directory.memberByStaffReference(values.supervisee, principal);
      const chain = staff ? await managerChain(this.directory, staff, principal) : [];
      const d = maySuperviseOn(manager, { ...(staff ? { superviseeId: staff.id } : {}), superviseeChain: chain });
      this.recordings.access.note(principal, { action: 'create', supervisionFile: values.supervisee, allowed: false, basis: 'forbidden' });
      throw new ForbiddenError(d.allowed ? 'That supervision file cannot be recorded on from here.' : d.reason);
    }
    const person = people.find((p) => p.reference === values.person);
    if (values.person && !person) {
      throw new ValidationError([{ field: 'person', message: "Choose a person from the list: it shows the records of your team's caseload that you may see." }]);
    }
    const built = decisionNote(values, {
      person: person ?? { reference: '', name: '' },
      supervisee: supervisee ? { reference: supervisee.reference, name: supervisee.name } : { reference: '', name: '' },
      supervisor: { name: manager.name },
    });
    if (!built.ok) throw new ValidationError(built.errors);
    const outcome = await this.recordings.record(principal, built.input, `supervision-card:${cardId}`);
    return { record: outcome.record, created: outcome.created, supervisee: supervisee as SuperviseeChoice };
  }
}
