import type { Logger } from '../log';
import type { AnswerAudit } from './answer-audit';

const DAY_MS = 86_400_000;

export interface AuditKeeper {
  /** Settles once the purge at start is done (the server does not wait for it: a shared store can hold years of entries). */
  firstPurge: Promise<void>;
  stop(): void;
}

/** Purges audit entries older than retentionDays now and then once a day; a failed purge is logged and tried next day. */
export function keepAuditFor(audit: AnswerAudit, retentionDays: number, now: () => Date, logger: Logger): AuditKeeper {
  const purge = async () => {
    try {
      const purged = await audit.purgeBefore(new Date(now().getTime() - retentionDays * DAY_MS));
      if (purged > 0) logger.info({ purged, retentionDays }, 'answer audit entries past retention purged');
    } catch (err) {
      logger.error({ code: 'audit-purge-failed', err: err instanceof Error ? err.name : 'unknown' }, 'answer audit purge failed; tried again tomorrow');
    }
  };
  const firstPurge = purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return { firstPurge, stop: () => clearInterval(timer) };
}
