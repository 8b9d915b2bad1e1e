import { createAuthenticator } from '../auth/authenticate';
import type { TokenValidator } from '../auth/entra-token';
import type { Config } from '../config';
import { createSharePointRecording } from '../graph/from-config';
import type { MailSource } from '../email/mail-source';
import type { ApiRoute } from '../http/route';
import type { Logger } from '../log';
import { myWorkRoute } from './api/my-work-route';
import { recordingRoutes } from './api/routes';
import { NO_LINE_MANAGEMENT, type LineManagement } from './my-work';
import { RecordingService } from './service';
import { openSqliteRecordStore } from './sqlite-store';
import type { RecordStore } from './store';

export interface RecordingModuleOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** The record store; default from config: embedded SQLite under config.dataDir, or SharePoint (RECORD_STORE=sharepoint). */
  store?: RecordStore;
  /** Outlook mail access for filing by Graph message id; default: Graph with RECORD_STORE=sharepoint, none otherwise. */
  mail?: MailSource;
  /** Token validation override (tests); default: Entra ID via config.apiAuth. */
  tokenValidator?: TokenValidator;
  /** Who line-manages whom, for the manager's lists in "My records" (default: nobody, so they stay empty). */
  lineManagement?: LineManagement;
}

export interface RecordingModule {
  routes: ApiRoute[];
  service: RecordingService;
  close(): Promise<void>;
}

/** Wires the recording service, its store and the recordings API for startApp. */
export function createRecordingModule(options: RecordingModuleOptions): RecordingModule {
  const { config, logger } = options;
  // RECORD_STORE=sharepoint: records in SharePoint and e-mails from Outlook, both as the practitioner (on-behalf-of).
  const sharepoint = !options.store && config.recordStore === 'sharepoint' ? createSharePointRecording(config, logger) : undefined;
  const store = options.store ?? sharepoint?.store ?? openSqliteRecordStore(config.dataDir);
  const mail = options.mail ?? sharepoint?.mail;
  const service = new RecordingService({ store, nation: config.organisation.nation, ...(options.now ? { now: options.now } : {}), ...(mail ? { mail } : {}) });
  const authenticate = createAuthenticator(config, options.tokenValidator);
  const myWork = myWorkRoute({ store, nation: config.organisation.nation, lineManagement: options.lineManagement ?? NO_LINE_MANAGEMENT, authenticate, logger, now: options.now ?? (() => new Date()) });
  return { routes: [...recordingRoutes({ service, authenticate, logger }), myWork], service, close: () => store.close() };
}
