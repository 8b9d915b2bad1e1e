import { createAuthenticator } from '../auth/authenticate';
import type { TokenValidator } from '../auth/entra-token';
import type { Config } from '../config';
import type { MailSource } from '../email/mail-source';
import type { ApiRoute } from '../http/route';
import type { Logger } from '../log';
import { recordingRoutes } from './api/routes';
import { RecordingService } from './service';
import { openSqliteRecordStore } from './sqlite-store';
import type { RecordStore } from './store';

export interface RecordingModuleOptions {
  config: Config;
  logger: Logger;
  now?: () => Date;
  /** The record store; default: embedded SQLite under config.dataDir (RECORD_STORE=embedded). */
  store?: RecordStore;
  /** Outlook mail access for filing by Graph message id; absent in local mode. */
  mail?: MailSource;
  /** Token validation override (tests); default: Entra ID via config.apiAuth. */
  tokenValidator?: TokenValidator;
}

export interface RecordingModule {
  routes: ApiRoute[];
  service: RecordingService;
  close(): Promise<void>;
}

/** Wires the recording service, its store and the recordings API for startApp. */
export function createRecordingModule(options: RecordingModuleOptions): RecordingModule {
  const { config, logger } = options;
  if (!options.store && config.recordStore !== 'embedded') {
    throw new Error('RECORD_STORE=sharepoint needs the SharePoint record store to be passed to createRecordingModule.');
  }
  const store = options.store ?? openSqliteRecordStore(config.dataDir);
  const service = new RecordingService({ store, nation: config.organisation.nation, ...(options.now ? { now: options.now } : {}), ...(options.mail ? { mail: options.mail } : {}) });
  const authenticate = createAuthenticator(config, options.tokenValidator);
  return { routes: recordingRoutes({ service, authenticate, logger }), service, close: () => store.close() };
}
