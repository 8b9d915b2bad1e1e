import { join } from 'node:path';
import { openAccess, directoryFromConfig } from '../access/open';
import { accessRoutes } from '../access/routes';
import { createAuthenticator } from '../auth/authenticate';
import type { TokenValidator } from '../auth/entra-token';
import type { Config } from '../config';
import { createSharePointRecording, graphMailFromConfig } from '../graph/from-config';
import type { MailSource } from '../email/mail-source';
import type { ApiRoute } from '../http/route';
import type { Logger } from '../log';
import { myWorkRoute } from './api/my-work-route';
import type { OrganisationDirectory } from '../organisation/model';
import { recordingRoutes } from './api/routes';
import { SentFilingDesk } from './sent-filing-desk';
import { SentFilingQueue } from './sent-filing-queue';
import { RecordingService } from './service';
import { openSqliteRecordStore } from './sqlite-store';
import type { RecordStore } from './store';

export interface RecordingModuleOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** The record store; default from config: embedded SQLite under config.dataDir, or SharePoint (RECORD_STORE=sharepoint). */
  store?: RecordStore;
  /** Outlook mail access (filing by Graph message id, file on send); default: Graph on-behalf-of when the app has its credentials, none in local mode. */
  mail?: MailSource;
  /** Token validation override (tests); default: Entra ID via config.apiAuth. */
  tokenValidator?: TokenValidator;
  /** The organisation model override (tests); default from config.directory. */
  directory?: OrganisationDirectory;
}

export interface RecordingModule {
  routes: ApiRoute[];
  service: RecordingService;
  /** The organisation model the access rules read (for features that choose among people, e.g. a manager's reports). */
  directory: OrganisationDirectory;
  /** The record store, for the reminder check (embedded only). */
  store: RecordStore;
  close(): Promise<void>;
}

/** Wires the recording service, its store and the recordings API for startApp. */
export function createRecordingModule(options: RecordingModuleOptions): RecordingModule {
  const { config, logger } = options;
  // The organisation model first: a directory that cannot be used stops the start before any store is opened.
  const directory = options.directory ?? directoryFromConfig(config);
  // RECORD_STORE=sharepoint: records in SharePoint and e-mails from Outlook, both as the practitioner (on-behalf-of).
  const sharepoint = !options.store && config.recordStore === 'sharepoint' ? createSharePointRecording(config, logger) : undefined;
  const embedded = !options.store && !sharepoint ? openSqliteRecordStore(config.dataDir) : undefined;
  if (embedded) logger.info({ code: 'startup-sweep', orphans: embedded.orphansRemoved, tempFiles: embedded.leftoversRemoved }, 'stored files without a record removed');
  const store = options.store ?? sharepoint?.store ?? (embedded as RecordStore);
  const mail = options.mail ?? sharepoint?.mail ?? graphMailFromConfig(config);
  const now = options.now ?? (() => new Date());
  // Who may see and change which record: one policy for every route and either store.
  let access: ReturnType<typeof openAccess>;
  try {
    access = openAccess({ dataDir: config.dataDir, directory, now, retentionDays: config.accessLog.retentionDays });
    if (access.purged > 0) logger.info({ code: 'access-log-retention', purged: access.purged, retentionDays: config.accessLog.retentionDays }, 'access log entries past retention purged');
  } catch (err) {
    void store.close();
    throw err;
  }
  const service = new RecordingService({ store, access: access.policy, nation: config.organisation.nation, now, ...(mail ? { mail } : {}) });
  let queue: SentFilingQueue;
  try {
    queue = SentFilingQueue.open(join(config.dataDir, 'sent-filings.sqlite'));
  } catch (err) {
    void store.close();
    access.close();
    throw err;
  }
  const sentFilings = new SentFilingDesk({ service, queue, retrySeconds: config.fileOnSend.retrySeconds, logger, now });
  const authenticate = createAuthenticator(config, options.tokenValidator);
  const myWork = myWorkRoute({ store, nation: config.organisation.nation, access: access.policy, directory: access.directory, authenticate, logger, now });
  return {
    routes: [...recordingRoutes({ service, sentFilings, authenticate, logger }), myWork, ...accessRoutes({ policy: access.policy, directory: access.directory, authenticate, logger, now })],
    service,
    directory: access.directory,
    store,
    close: async () => {
      await sentFilings.close();
      queue.close();
      await store.close();
      access.close();
    },
  };
}
