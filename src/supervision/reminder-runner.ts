import type { Principal } from '../auth/principal';
import type { AdaptiveCardJson } from '../cards/view-models';
import type { Nation } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';
import type { Logger } from '../log';
import type { OrganisationDirectory } from '../organisation/model';
import type { RecordStore } from '../recording/store';
import type { StoredRecord } from '../recording/types';
import { reminderCard } from './reminder-card';
import { remindersDue } from './reminders';
import type { SentReminders } from './sent-reminders';

// Runs the reminder check at start-up and on an interval: reads the records of everyone the bot can reach (and of the
// people they line-manage), works out what is due (reminders.ts) and sends each card once.

/** The reminder check reads the embedded store as the service itself, never as a practitioner. */
const SERVICE: Principal = { userId: 'service:reminders', name: 'Reminders', tenantId: 'local', local: true };

export interface ReminderRunnerDeps {
  store: RecordStore;
  directory: Pick<OrganisationDirectory, 'member' | 'directReports'>;
  /** Everyone with a conversation reference: only they can receive a card. */
  reachable: () => Promise<string[]>;
  sendCard: (userId: string, card: AdaptiveCardJson) => Promise<boolean>;
  sent: SentReminders;
  nation: Nation;
  signOffWorkingDays: number;
  now: () => Date;
  today: (d: Date) => IsoDate;
  logger: Logger;
  /**
   * With SharePoint, records are read as each reachable person with the token the Bot Framework token service keeps for
   * them (Teams sign-in); undefined when it holds none, and that person's records are not checked this time.
   */
  actAs?: (userId: string) => Promise<Principal | undefined>;
}

export interface ReminderOutcome {
  sent: number;
  unreachable: number;
}

async function recordsToCheck(deps: ReminderRunnerDeps, users: string[]): Promise<StoredRecord[]> {
  if (deps.actAs) return recordsReadAsEach(deps, deps.actAs, users);
  const authors = new Set(users);
  for (const u of users) for (const r of (await deps.directory.directReports?.(u, SERVICE)) ?? []) authors.add(r);
  const byId = new Map<string, StoredRecord>();
  for (const a of authors) for (const r of await deps.store.list(SERVICE, { author: a })) byId.set(r.id, r);
  return [...byId.values()];
}

/** Each reachable person's records and their reports', read as that person; those without a stored sign-in are skipped. */
async function recordsReadAsEach(deps: ReminderRunnerDeps, actAs: NonNullable<ReminderRunnerDeps['actAs']>, users: string[]): Promise<StoredRecord[]> {
  const byId = new Map<string, StoredRecord>();
  let skipped = 0;
  for (const u of users) {
    const principal = await actAs(u).catch(() => undefined);
    if (!principal) {
      skipped += 1;
      continue;
    }
    try {
      const authors = [u, ...((await deps.directory.directReports?.(u, SERVICE)) ?? [])];
      for (const a of authors) for (const r of await deps.store.list(principal, { author: a })) byId.set(r.id, r);
    } catch (err) {
      // One person's expired consent or refused site must not stop everyone else's reminders.
      deps.logger.warn({ code: 'reminders-read-failed', err: (err as Error).name }, "one person's records could not be read; tried again next time");
    }
  }
  // A count only: who has not signed in is not for the logs.
  if (skipped > 0) deps.logger.info({ code: 'reminders-skipped-no-sign-in', people: skipped }, 'records not checked for people the token service holds no sign-in for');
  return [...byId.values()];
}

/** One pass: every reminder due and not sent before is sent once; an unreachable person is tried again next time. */
export async function checkReminders(deps: ReminderRunnerDeps): Promise<ReminderOutcome> {
  const at = deps.now();
  const records = await recordsToCheck(deps, await deps.reachable());
  const managers = new Map<string, { userId: string; name: string } | undefined>();
  for (const authorId of new Set(records.map((r) => r.author.userId))) {
    const lm = (await deps.directory.member(authorId, SERVICE))?.lineManagerId;
    const manager = lm === undefined ? undefined : await deps.directory.member(lm, SERVICE);
    managers.set(authorId, manager ? { userId: manager.id, name: manager.name } : undefined);
  }
  const due = remindersDue({ records, lineManagerOf: (id) => managers.get(id), today: deps.today(at), nation: deps.nation, signOffWorkingDays: deps.signOffWorkingDays, alreadySent: deps.sent.keys() });
  const outcome: ReminderOutcome = { sent: 0, unreachable: 0 };
  for (const r of due) {
    if (!deps.sent.claim(r.key, r.to.userId, at)) continue;
    let delivered = false;
    try {
      delivered = await deps.sendCard(r.to.userId, reminderCard(r, deps.signOffWorkingDays));
    } catch (err) {
      deps.logger.warn({ code: 'reminder-send-failed', kind: r.kind, err: (err as Error).name }, 'reminder not sent; tried again next time');
    }
    if (delivered) outcome.sent += 1;
    else {
      deps.sent.release(r.key);
      outcome.unreachable += 1;
    }
  }
  if (due.length > 0) deps.logger.info({ code: 'reminders', ...outcome }, 'reminders checked');
  return outcome;
}

export interface ReminderRunner {
  /** Runs one check now (after any check already running), for tests and operators. */
  check(): Promise<ReminderOutcome>;
  stop(): Promise<void>;
}

/** Checks at start-up and then every intervalMinutes; never two checks at once; stop() waits for a running check. */
export function startReminders(deps: ReminderRunnerDeps, intervalMinutes: number): ReminderRunner {
  let running: Promise<ReminderOutcome> = Promise.resolve({ sent: 0, unreachable: 0 });
  const check = () => {
    running = running.catch(() => undefined).then(() => checkReminders(deps));
    return running;
  };
  const quietly = () =>
    void check().catch((err: unknown) => deps.logger.warn({ code: 'reminder-check-failed', err: (err as Error).name }, 'reminder check failed; tried again next time'));
  quietly();
  const timer = setInterval(quietly, intervalMinutes * 60_000);
  timer.unref();
  return {
    check,
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
