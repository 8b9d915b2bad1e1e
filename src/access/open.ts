import { join } from 'node:path';
import type { Config } from '../config';
import { graphSettingsFromConfig } from '../graph/from-config';
import { ALLOCATION_MIGRATIONS, AllocationStore } from '../organisation/allocations';
import { fromJson, loadDirectoryFile, type FileDirectory } from '../organisation/directory-file';
import { GraphDirectory } from '../organisation/graph-directory';
import localExample from '../organisation/local-directory.json';
import type { OrganisationDirectory } from '../organisation/model';
import { migrate, openDatabase } from '../store/database';
import { ACCESS_LOG_MIGRATIONS, AccessLog } from './access-log';
import { AccessPolicy } from './policy';

// The access rules' state: the organisation model (file or Graph), allocations and the access log (<dataDir>/access.sqlite).

export interface OpenedAccess {
  policy: AccessPolicy;
  directory: OrganisationDirectory;
  /** Access log entries past retention, purged at open. */
  purged: number;
  close(): void;
}

export function directoryFromConfig(config: Config): OrganisationDirectory {
  const d = config.directory;
  if (d.source === 'local-example') return fromJson(localExample, 'The built-in local directory');
  if (d.source === 'file') return loadDirectoryFile(d.path);
  return new GraphDirectory({ graph: graphSettingsFromConfig(config), whoCanAdd: d.whoCanAdd, ...(d.igLeadGroupId ? { igLeadGroupId: d.igLeadGroupId } : {}) });
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function openAccess(options: { dataDir: string; directory: OrganisationDirectory; now?: () => Date; retentionDays?: number }): OpenedAccess {
  const db = openDatabase(join(options.dataDir, 'access.sqlite'));
  try {
    migrate(db, [...ALLOCATION_MIGRATIONS, ...ACCESS_LOG_MIGRATIONS]);
    const allocations = new AllocationStore(db);
    const file = options.directory as Partial<FileDirectory>;
    if (file.allocations) allocations.seed(file.allocations, new Date().toISOString());
    const log = new AccessLog(db);
    const at = (options.now ?? (() => new Date()))();
    const purged = options.retentionDays === undefined ? 0 : log.purgeBefore(new Date(at.getTime() - options.retentionDays * DAY_MS));
    const policy = new AccessPolicy({ directory: options.directory, allocations, log, ...(options.now ? { now: options.now } : {}) });
    return { policy, directory: options.directory, purged, close: () => db.open && db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}
