import type { Logger } from '../log';
import type { AnswerAudit } from './answer-audit';

const DAY_MS = 86_400_000;

/** Purges audit entries older than retentionDays now and then once a day; returns a function that stops it. */
export function keepAuditFor(audit: AnswerAudit, retentionDays: number, now: () => Date, logger: Logger): () => void {
  const purge = () => {
    const purged = audit.purgeBefore(new Date(now().getTime() - retentionDays * DAY_MS));
    if (purged > 0) logger.info({ purged, retentionDays }, 'answer audit entries past retention purged');
  };
  purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
