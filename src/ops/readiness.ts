import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Config } from '../config';
import type { Db } from '../store/database';
import type { ReadinessCheck } from './health';

/**
 * What /readyz checks: the embedded store (feedback, audit, and records unless RECORD_STORE=sharepoint) answers and its
 * folder is writable. Settings are checked once at start (a bad one stops the server), so a running server has valid ones.
 */
export function readinessChecks(config: Config, db: Db): ReadinessCheck[] {
  return [
    { name: 'embedded-store', check: () => db.prepare('SELECT 1').get() },
    { name: 'data-folder-writable', check: () => access(config.dataDir, constants.W_OK) },
  ];
}
