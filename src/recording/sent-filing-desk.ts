import type { Principal } from '../auth/principal';
import type { Logger } from '../log';
import { RecordingError } from './errors';
import type { SentEmailFiling } from './schemas';
import type { RecordingService } from './service';
import type { SentFilingEntry, SentFilingProblem, SentFilingQueue } from './sent-filing-queue';
import type { CreateOutcome } from './store';

// File on send without the pane. The send handler tells the server about the filing; the server looks for the sent
// copy in the worker's Sent Items (as the worker, with their delegated token) with growing waits, files it once, and
// otherwise leaves it failed for the pane's Retry. The pane's own POST /api/emails/sent goes through here too, so
// the two paths share one idempotency key and one lock and can never file twice.

export const SENT_FILING_PROBLEMS: Record<SentFilingProblem, string> = {
  'not-in-sent-items': 'The sent e-mail did not appear in your Sent Items within a few minutes. It may still be in your Outbox: retry when it has gone.',
  'microsoft-365-unavailable': 'Microsoft 365 could not be reached to find the sent e-mail. Retry in a moment.',
  'sign-in-needed': 'Your sign-in could not be used to find the sent e-mail. Open the pane and retry to sign in again.',
  refused: 'The recording service refused this filing. Retry to see why.',
  'server-restarted': 'The recording service restarted before the sent e-mail was filed. Retry to file it now.',
};

/** A worker sends a few e-mails a minute at most: more filings than this waiting at once is a runaway client. */
export const MAX_WAITING_PER_WORKER = 50;

export type SentOutcome = CreateOutcome & { markedFiled: boolean | null };

interface Job {
  principal: Principal;
  input: SentEmailFiling;
  timer?: NodeJS.Timeout;
}

export interface SentFilingDeskOptions {
  service: RecordingService;
  queue: SentFilingQueue;
  /** Seconds before each look for the sent copy; after the last, the filing is failed. */
  retrySeconds: readonly number[];
  logger: Logger;
  now?: () => Date;
}

/** Retry later (the copy is not there yet, or Microsoft 365 is busy), or give up now with this problem. */
function classify(err: unknown): { retry: boolean; problem: SentFilingProblem } {
  if (!(err instanceof RecordingError)) return { retry: true, problem: 'microsoft-365-unavailable' };
  if (err.code === 'sent-copy-not-found') return { retry: true, problem: 'not-in-sent-items' };
  if (err.code === 'store-unavailable' || err.code === 'auth-unavailable') return { retry: true, problem: 'microsoft-365-unavailable' };
  if (err.code === 'unauthenticated') return { retry: false, problem: 'sign-in-needed' };
  return { retry: false, problem: 'refused' };
}

export class SentFilingDesk {
  private readonly jobs = new Map<string, Job>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly now: () => Date;
  private closed = false;
  private purgedAt: number;

  constructor(private readonly o: SentFilingDeskOptions) {
    this.now = o.now ?? (() => new Date());
    const { failed, purged } = o.queue.recover(this.now());
    if (failed + purged > 0) o.logger.info({ code: 'sent-filing-recovered', failed, purged }, 'filings on send from before the start failed or purged');
    this.purgedAt = this.now().getTime();
  }

  /** POST /api/emails/sent/pending: queue the filing (checked first), and start looking for the sent copy. */
  async notify(principal: Principal, body: unknown): Promise<{ entry: SentFilingEntry; added: boolean }> {
    const input = await this.o.service.checkSentFiling(principal, body);
    const marker = input.marker.toLowerCase();
    let waiting = 0;
    for (const job of this.jobs.values()) if (job.principal.userId === principal.userId) waiting++;
    if (waiting >= MAX_WAITING_PER_WORKER && !this.o.queue.get(principal.userId, marker)) {
      throw new RecordingError('too-many-pending', `You have ${waiting} e-mails waiting to be filed on send already. They will be filed in the next few minutes; the pane files the rest.`);
    }
    // A long-running server keeps the queue to the keeping period too: purged at most once a day, as notices come.
    if (this.now().getTime() - this.purgedAt > 24 * 60 * 60 * 1000) {
      this.purgedAt = this.now().getTime();
      this.o.queue.purge(this.now());
    }
    const { entry, added } = this.o.queue.add({ marker, userId: principal.userId, tenantId: principal.tenantId, person: input.person }, this.now());
    if (added) {
      this.jobs.set(key(principal.userId, marker), { principal, input });
      this.schedule(principal.userId, marker, 0);
    }
    return { entry, added };
  }

  /** GET /api/emails/sent: the asker's own filings on send, for the pane; the asker must be in the directory. */
  async list(principal: Principal): Promise<SentFilingEntry[]> {
    await this.o.service.access.member(principal, { action: 'lookup' });
    const entries = this.o.queue.listFor(principal.userId);
    this.o.service.access.note(principal, { action: 'lookup', allowed: true, basis: 'own-filings-on-send', count: entries.length });
    return entries;
  }

  /** POST /api/emails/sent (the pane, now): files it unless the background already did; either way the one record. */
  async fileNow(principal: Principal, body: unknown): Promise<SentOutcome> {
    const marker = typeof (body as { marker?: unknown } | null)?.marker === 'string' ? ((body as { marker: string }).marker).toLowerCase() : undefined;
    const done = marker ? this.o.queue.get(principal.userId, marker) : undefined;
    if (done?.state === 'filed' && done.reference) return { record: await this.o.service.get(principal, done.reference), created: false, markedFiled: null };
    if (!marker) return this.o.service.fileSentMessage(principal, body);
    return this.locked(key(principal.userId, marker), async () => {
      const outcome = await this.o.service.fileSentMessage(principal, body);
      if (this.o.queue.get(principal.userId, marker)) this.o.queue.update(principal.userId, marker, { state: 'filed', reference: outcome.record.id }, this.now());
      this.forget(key(principal.userId, marker));
      return outcome;
    });
  }

  /** Stops every wait and lets a filing in progress finish; entries still waiting are failed at the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.jobs.values()) clearTimeout(job.timer);
    this.jobs.clear();
    await Promise.all(this.locks.values());
  }

  private schedule(userId: string, marker: string, attempt: number): void {
    const job = this.jobs.get(key(userId, marker));
    const wait = this.o.retrySeconds[attempt];
    if (!job || wait === undefined || this.closed) return;
    job.timer = setTimeout(() => void this.attempt(userId, marker, attempt), wait * 1000);
    job.timer.unref();
  }

  private async attempt(userId: string, marker: string, attempt: number): Promise<void> {
    const k = key(userId, marker);
    const job = this.jobs.get(k);
    if (!job || this.closed) return;
    await this.locked(k, async () => {
      // The pane may have filed it while this waited.
      if (this.o.queue.get(userId, marker)?.state !== 'waiting') return this.forget(k);
      const attempts = attempt + 1;
      try {
        const outcome = await this.o.service.fileSentMessage(job.principal, job.input);
        this.o.queue.update(userId, marker, { state: 'filed', attempts, reference: outcome.record.id }, this.now());
        this.forget(k);
        this.o.logger.info({ code: 'sent-filing-filed', reference: outcome.record.id, created: outcome.created, attempts }, 'e-mail filed on send in the background');
      } catch (err) {
        const { retry, problem } = classify(err);
        const last = attempts >= this.o.retrySeconds.length;
        this.o.queue.update(userId, marker, { state: retry && !last ? 'waiting' : 'failed', attempts, problem }, this.now());
        if (retry && !last) return this.schedule(userId, marker, attempts);
        this.forget(k);
        this.o.logger.warn({ code: 'sent-filing-failed', problem, attempts }, 'e-mail filed on send left for the pane');
      }
    }).catch((err: unknown) => {
      // The queue itself failed (disk): nothing more can be done here; the pane's roaming queue still holds the choice.
      this.forget(k);
      this.o.logger.error({ code: 'sent-filing-queue-failed', err: err instanceof Error ? err.name : 'unknown' }, 'filing on send could not be tracked');
    });
  }

  private forget(k: string): void {
    clearTimeout(this.jobs.get(k)?.timer);
    this.jobs.delete(k);
  }

  /** One filing of a marker at a time in this process (the background and the pane's Retry). */
  private async locked<T>(k: string, fn: () => Promise<T>): Promise<T> {
    const before = this.locks.get(k) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(k, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(k) === settled) this.locks.delete(k);
    }
  }
}

const key = (userId: string, marker: string) => `${userId}\n${marker}`;
