import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerAuditRoutes } from './audit/api';
import { keepAuditFor } from './audit/retention';
import { blobAnswerAudit } from './audit/blob-answer-audit';
import { sqliteAnswerAudit } from './audit/sqlite-answer-audit';
import { createAuthenticator } from './auth/authenticate';
import { conversationStoreFrom } from './bot/adapter/conversation-store';
import { botTransport, type BotTransport } from './bot/adapter/messages-route';
import { startAnswerThreads } from './answering/answer-threads';
import { createBotRouter } from './bot/routes';
import { addinFilesRoute, addinWellKnownRoute } from './addin/files';
import type { TurnScope } from './bot/turn';
import { ConfigError, type Config } from './config';
import { sqliteAskStore } from './asking/ask-store';
import { sqliteFeedbackStore } from './feedback/sqlite-feedback-store';
import type { OrganisationProfile } from './guidance/profile';
import type { IsoDate } from './guidance/situation';
import type { ApiRoute } from './http/route';
import { onlyLoopbackHosts } from './http/loopback-host';
import { startHttpServer } from './http/server';
import { createLogger, type Logger } from './log';
import { readinessChecks } from './ops/readiness';
import { healthRoutes } from './ops/health';
import { createRecordingModule, type RecordingModuleOptions } from './recording/module';
import { openDatabase } from './store/database';
import { tabRoutes } from './tab/routes';
import { SupervisionDesk } from './supervision/desk';
import { SignOffDesk } from './supervision/sign-off';
import { AdviceDesk } from './supervision/advice';
import { startReminders, type ReminderOutcome } from './supervision/reminder-runner';
import { sqliteSentReminders } from './supervision/sent-reminders';
import type { Principal } from './auth/principal';
import type { OrganisationDirectory } from './organisation/model';

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
  /** Sends a card to a practitioner where they last talked to the bot (from whichever instance); false if never. */
  sendCard: BotTransport['sendCard'];
  /** Runs the reminder check now (it also runs at start-up and every REMINDER_INTERVAL_MINUTES); undefined without the embedded store. */
  checkReminders?: () => Promise<ReminderOutcome>;
  close(): Promise<void>;
}

// Built once: constructing an Intl formatter costs more than answering a question.
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The minute the last date was formatted for, and that date: UK time changes zone only on the hour, so a minute has one date. */
let datedMinute = NaN;
let datedAs = '' as IsoDate;
/** The organisation's working date: deadlines count in UK time, whatever the server's zone. */
export const ukDate = (d: Date): IsoDate => {
  const minute = Math.floor(d.getTime() / 60_000);
  if (minute !== datedMinute) {
    datedAs = UK_DATE.format(d);
    datedMinute = minute;
  }
  return datedAs;
};

export function profileFrom(config: Config): OrganisationProfile {
  return { id: 'configured', name: config.organisation.name, policies: config.organisation.policies, nation: config.organisation.nation };
}

/** Starts the bot and APIs on config.port (0 = ephemeral) with the embedded store under config.dataDir. */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<RunningApp> {
  const logger = createLogger(config.logLevel, overrides.logDestination);
  const now = overrides.now ?? (() => new Date());
  // Before anything is opened: an unreadable certificate stops the start with nothing to close.
  const tls = config.https ? readTls(config.https) : undefined;
  const db = openDatabase(join(config.dataDir, 'companion.sqlite'));
  // Where to reach each practitioner is written on every message and written again on the next: no disk flush per message.
  const botStateDb = openDatabase(join(config.dataDir, 'companion.sqlite'), 'normal');
  const closers: (() => Promise<void>)[] = [];
  try {
    const profile = profileFrom(config);
    const scope = (): TurnScope => {
      const at = now();
      return { now: at, answer: { profile, today: ukDate(at) } };
    };
    // On the connection that does not flush at commit: the audit flushes the log itself off the event loop before each reply.
    // With several instances the audit is shared as conversation state is (Blob Storage), so an IG lead sees every answer.
    const sharedAudit = config.botState.connectionString ? await blobAnswerAudit(config.botState.connectionString, config.botState.container) : undefined;
    const audit = sharedAudit ?? sqliteAnswerAudit(botStateDb);
    const keeper = keepAuditFor(audit, config.audit.retentionDays, now, logger);
    closers.push(async () => {
      keeper.stop();
      await keeper.firstPurge;
    });
    const recordings = createRecordingModule({ config, logger, now, ...overrides.recordings });
    closers.push(() => recordings.close());
    const managers = { recordings: recordings.service, supervision: new SupervisionDesk(recordings.service, recordings.directory), signOff: new SignOffDesk(recordings.service, recordings.directory), advice: new AdviceDesk(recordings.service) };
    // A server starts its answering thread at once (its first practitioner does not wait for it); local mode and the tests on
    // their first question.
    const answerThreads =
      config.answerThreads > 0
        ? startAnswerThreads(config.answerThreads, { startNow: !config.localMode, onFailure: (code) => logger.error({ code }, 'answering threads failed: questions are answered on the event loop') })
        : undefined;
    if (answerThreads) closers.push(() => answerThreads.close());
    const router = createBotRouter({ feedback: sqliteFeedbackStore(db), answerCacheSize: config.answerCacheSize, ...(answerThreads ? { answerThreads } : {}), audit, asks: sqliteAskStore(db), experts: config.experts, managers });
    const conversations = await conversationStoreFrom(config, botStateDb);
    // SharePoint is reached as each person: managers' flows in the bot then need their sign-in (Teams SSO, BOT_SSO_CONNECTION_NAME).
    const bot = botTransport({ config, logger, router, scope, conversations, actsAsUser: recordings.store.kind === 'sharepoint' });
    // The check reads the embedded store as the service; SharePoint only as each person, with the token service's token for them.
    const actAs = bot.graphTokenFor && actAsSignedIn(bot.graphTokenFor, recordings.directory);
    // REMINDERS=off: another instance runs the checks, so each reminder is sent once (the sent marks are per instance).
    const reminders =
      config.reminders.enabled && (recordings.store.kind === 'embedded' || actAs)
        ? startReminders(
            { store: recordings.store, directory: recordings.directory, reachable: () => conversations.users(), sendCard: bot.sendCard, sent: sqliteSentReminders(db), nation: config.organisation.nation, signOffWorkingDays: config.reminders.signOffWorkingDays, now, today: ukDate, logger, ...(recordings.store.kind === 'sharepoint' && actAs ? { actAs } : {}) },
            config.reminders.intervalMinutes,
          )
        : undefined;
    if (reminders) closers.unshift(() => reminders.stop());
    const served: ApiRoute[] = [
      bot.route,
      ...recordings.routes,
      addinFilesRoute(),
      addinWellKnownRoute(),
      ...tabRoutes({ localMode: config.localMode, logger }),
      ...healthRoutes([...readinessChecks(config, db), { name: 'bot-state', check: () => conversations.check() }, ...(sharedAudit ? [{ name: 'answer-audit', check: () => sharedAudit.check() }] : [])], logger),
      ...answerAuditRoutes({ audit, authenticate: createAuthenticator(config, overrides.recordings?.tokenValidator), isIgLead: async (p) => (await recordings.service.access.member(p, { action: 'answer-audit' })).igLead, logger }),
      ...(overrides.routes ?? []),
    ];
    // Local mode is anonymous: only requests addressed to a loopback name (no DNS rebinding).
    const routes = config.localMode ? onlyLoopbackHosts(served) : served;
    const server = await startHttpServer({ host: config.host, port: config.port, routes, logger, ...(tls ? { tls } : {}) });
    logger.info({ port: server.port, localMode: config.localMode, routes: routes.length }, 'listening');
    return {
      url: server.url,
      port: server.port,
      logger,
      sendCard: bot.sendCard,
      ...(reminders ? { checkReminders: reminders.check } : {}),
      close: async () => {
        await server.close();
        for (const c of closers) await c();
        botStateDb.close();
        db.close();
      },
    };
  } catch (err) {
    for (const c of closers) await c();
    botStateDb.close();
    db.close();
    throw err;
  }
}

/** The HTTPS certificate and key, read once at start; an unreadable file stops the start with one line saying which. */
function readTls(files: { certFile: string; keyFile: string }): { cert: Buffer; key: Buffer } {
  const read = (path: string, setting: string) => {
    try {
      return readFileSync(path);
    } catch {
      throw new ConfigError(`${setting} (${path}) cannot be read: check the path, or run \`npx office-addin-dev-certs install\` for a development certificate.`);
    }
  };
  return { cert: read(files.certFile, 'HTTPS_CERT_FILE'), key: read(files.keyFile, 'HTTPS_KEY_FILE') };
}

/** A person as the SharePoint store acts for them: their Graph token from the token service, or undefined when it holds none. */
function actAsSignedIn(graphTokenFor: (userId: string) => Promise<string | undefined>, directory: OrganisationDirectory): (userId: string) => Promise<Principal | undefined> {
  return async (userId) => {
    const token = await graphTokenFor(userId);
    if (!token) return undefined;
    const principal: Principal = { userId, name: '', tenantId: '', accessToken: token, tokenFor: 'graph' };
    return { ...principal, name: (await directory.member(userId, principal))?.name ?? '' };
  };
}
