import { join } from 'node:path';
import { messagesRoute } from './bot/adapter/messages-route';
import { createBotRouter } from './bot/routes';
import type { TurnScope } from './bot/turn';
import type { Config } from './config';
import { sqliteFeedbackStore } from './feedback/sqlite-feedback-store';
import type { OrganisationProfile } from './guidance/profile';
import type { IsoDate } from './guidance/situation';
import type { ApiRoute } from './http/route';
import { onlyLoopbackHosts } from './http/loopback-host';
import { startHttpServer } from './http/server';
import { createLogger, type Logger } from './log';
import { createRecordingModule, type RecordingModuleOptions } from './recording/module';
import { openDatabase } from './store/database';
import { SupervisionDesk } from './supervision/desk';
import { SignOffDesk } from './supervision/sign-off';
import { AdviceDesk } from './supervision/advice';
import { sqliteConversationReferences } from './bot/conversation-references';

export interface AppOverrides {
  /** Extra API routes mounted next to /api/messages (e.g. the recordings API). */
  routes?: readonly ApiRoute[];
  /** Where logs go (default stdout); tests pass a stream to inspect them. */
  logDestination?: NodeJS.WritableStream;
  /** The clock answers and feedback use; tests pin it. */
  now?: () => Date;
  /** Record store and mail source for the recordings API (default: embedded SQLite, no mail source). */
  recordings?: Pick<RecordingModuleOptions, 'store' | 'mail' | 'tokenValidator' | 'directory'>;
}

export interface RunningApp {
  url: string;
  port: number;
  logger: Logger;
  close(): Promise<void>;
}

// Built once: constructing an Intl formatter costs more than answering a question.
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The organisation's working date: deadlines count in UK time, whatever the server's zone. */
export const ukDate = (d: Date): IsoDate => UK_DATE.format(d);

export function profileFrom(config: Config): OrganisationProfile {
  return { id: 'configured', name: config.organisation.name, policies: config.organisation.policies, nation: config.organisation.nation };
}

/** Starts the bot and APIs on config.port (0 = ephemeral) with the embedded store under config.dataDir. */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<RunningApp> {
  const logger = createLogger(config.logLevel, overrides.logDestination);
  const now = overrides.now ?? (() => new Date());
  const db = openDatabase(join(config.dataDir, 'companion.sqlite'));
  const closers: (() => Promise<void>)[] = [];
  try {
    const profile = profileFrom(config);
    const scope = (): TurnScope => {
      const at = now();
      return { now: at, answer: { profile, today: ukDate(at) } };
    };
    const recordings = createRecordingModule({ config, logger, now, ...overrides.recordings });
    closers.push(() => recordings.close());
    const managers = { recordings: recordings.service, supervision: new SupervisionDesk(recordings.service, recordings.directory), signOff: new SignOffDesk(recordings.service, recordings.directory), advice: new AdviceDesk(recordings.service) };
    const router = createBotRouter({ feedback: sqliteFeedbackStore(db), answerCacheSize: config.answerCacheSize, managers });
    const references = sqliteConversationReferences(db);
    const served: ApiRoute[] = [messagesRoute({ config, logger, router, scope, references }), ...recordings.routes, ...(overrides.routes ?? [])];
    // Local mode is anonymous: only requests addressed to a loopback name (no DNS rebinding).
    const routes = config.localMode ? onlyLoopbackHosts(served) : served;
    const server = await startHttpServer({ host: config.host, port: config.port, routes, logger });
    logger.info({ port: server.port, localMode: config.localMode, routes: routes.length }, 'listening');
    return {
      url: server.url,
      port: server.port,
      logger,
      close: async () => {
        await server.close();
        for (const c of closers) await c();
        db.close();
      },
    };
  } catch (err) {
    for (const c of closers) await c();
    db.close();
    throw err;
  }
}
