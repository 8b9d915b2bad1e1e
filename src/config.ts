import { z } from 'zod';
import { NATIONS } from './guidance/profile';
import { POLICY_IDS } from './guidance/policies';

// The environment is parsed once, here, into a frozen typed config that is passed in; nothing else reads process.env.
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const EnvSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: optionalString,
  /** Serve HTTPS (PEM files) instead of HTTP, e.g. the Office Add-in dev certificate (`npm run dev:https`). Both or neither. */
  HTTPS_CERT_FILE: optionalString,
  HTTPS_KEY_FILE: optionalString,
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('data')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.preprocess(emptyAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant')),
  /** Where the Bot Framework channel publishes its token signing keys; unset means the public cloud's. */
  BOT_OPENID_METADATA_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** Comma-separated policy ids the organisation applies; default all five. */
  ORG_POLICIES: optionalString,
  ORG_NATION: z.preprocess(emptyAsUndefined, z.enum(NATIONS).default('england-and-wales')),
  ORG_NAME: z.preprocess(emptyAsUndefined, z.string().default('All five policies')),
  /** Records store: embedded SQLite (default) or SharePoint through Graph. */
  RECORD_STORE: z.preprocess(emptyAsUndefined, z.enum(['embedded', 'sharepoint']).default('embedded')),
  GRAPH_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().default('https://graph.microsoft.com')),
  SHAREPOINT_SITE_ID: optionalString,
  /** Entra ID token validation for the recordings API. */
  API_AUDIENCE: optionalString,
  OPENID_METADATA_URL: optionalString,
  /** The public host name Teams reaches the bot and the tab at (e.g. companion.example.gov.uk): no scheme, no path. */
  BOT_DOMAIN: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i, 'give the host name only, e.g. companion.example.gov.uk (no https://, port or path)').optional(),
  ),
  /** The API's delegated scope a token must carry (scp), e.g. Recordings.ReadWrite. */
  API_SCOPE: z.preprocess(emptyAsUndefined, z.string().regex(/^\S+$/).default('Recordings.ReadWrite')),
  /** Comma-separated tenant ids whose users may use the API; required with MicrosoftAppType=MultiTenant. */
  API_ALLOWED_TENANTS: optionalString,
  /** The organisation model: a directory file (JSON) or "graph"; default the example directory in local mode, graph otherwise. */
  ORG_DIRECTORY: optionalString,
  /** With ORG_DIRECTORY=graph: the Entra group whose members are IG leads. */
  ORG_IG_LEAD_GROUP_ID: optionalString,
  /** With ORG_DIRECTORY=graph: who can add a person the directory does not know, in words. */
  ORG_ACCESS_CONTACT: optionalString,
  /** "Ask my manager" / "Ask an information governance lead": the conversation (Teams channel or chat id) each goes to. */
  ASK_MANAGER_CONVERSATION_ID: optionalString,
  ASK_IG_LEAD_CONVERSATION_ID: optionalString,
  /** The Bot Connector serving those conversations; default the asking turn's serviceUrl. */
  ASK_SERVICE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** Answers kept for repeated questions (0 turns the memo off). */
  ANSWER_CACHE_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).default(1000)),
  /** Threads that answer questions and the answer card's buttons beside the event loop (0: on the event loop, as on a one-core machine). */
  ANSWER_THREADS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(16).default(1)),
  /** Days the answer audit keeps each entry (default six years); older entries are purged at start and daily. */
  AUDIT_RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(36_500).default(2190)),
  /** Days the access log keeps each entry (default six years, as the answer audit); older entries are purged at start. */
  ACCESS_LOG_RETENTION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(36_500).default(2190)),
  /** Whether this instance runs the reminder checks: with several instances, "on" on exactly one, so each reminder goes once. */
  REMINDERS: z.preprocess(emptyAsUndefined, z.enum(['on', 'off'], { message: 'REMINDERS must be on or off (on for exactly one instance when several run)' }).default('on')),
  /** Minutes between reminder checks (overdue recordings, outstanding sign-offs); one check also runs at start-up. */
  REMINDER_INTERVAL_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_080).default(60)),
  /** A sign-off outstanding for more than this many working days is reminded; no policy states a number, so a setting. */
  SIGN_OFF_REMINDER_WORKING_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(60).default(5)),
  /** File on send: seconds before each background look for the sent copy in Sent Items (comma-separated); after the last, the filing is left failed for the pane's Retry. */
  FILE_ON_SEND_RETRY_SECONDS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?){0,19}\s*$/, '1 to 20 comma-separated numbers of seconds, e.g. 15,30,45,60,60,60')
      .transform((v) => v.split(',').map((n) => Number(n.trim())))
      .refine((l) => l.every((n) => n <= 600) && l.reduce((a, b) => a + b, 0) <= 3600, 'each wait at most 600 s and all together at most 3600 s (the worker\'s sign-in would expire)')
      .prefault('15,30,45,60,60,60'),
  ),
  /** Azure Storage connection string: bot conversation state and references in Blob Storage, shared by every instance. */
  BOT_STATE_CONNECTION_STRING: optionalString,
  /** Teams single sign-on for the bot: the Azure Bot resource's OAuth connection (Entra ID v2, Graph scopes) the token service exchanges for. */
  BOT_SSO_CONNECTION_NAME: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9 ._-]{1,100}$/, 'the OAuth connection setting\'s name on the Azure Bot resource (letters, digits, spaces, . _ -)').optional()),
  /** The Bot Framework token service the bot calls (default the global one; a regional Azure Bot resource names its own). */
  BOT_TOKEN_SERVICE_URL: z.preprocess(emptyAsUndefined, z.string().url().default('https://api.botframework.com')),
  /** Where the bot gets its own app token for the token service (client credentials). */
  BOT_LOGIN_AUTHORITY: z.preprocess(emptyAsUndefined, z.string().url().default('https://login.microsoftonline.com')),
  BOT_STATE_CONTAINER: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'a blob container name: 3 to 63 lower-case letters, digits and single dashes').default('bot-state')),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  readonly port: number;
  /** 127.0.0.1 in local mode; all interfaces when authenticated, unless HOST says otherwise. */
  readonly host: string;
  /** HTTPS_CERT_FILE and HTTPS_KEY_FILE: the server speaks HTTPS with this certificate; absent, plain HTTP. */
  readonly https?: Readonly<{ certFile: string; keyFile: string }>;
  readonly dataDir: string;
  readonly logLevel: Env['LOG_LEVEL'];
  /** Local mode: no MicrosoftAppId, anonymous, loopback only, embedded store. */
  readonly localMode: boolean;
  readonly bot: Readonly<{ appId?: string; appPassword?: string; tenantId?: string; appType: Env['MicrosoftAppType']; openIdMetadataUrl?: string }>;
  /** Teams SSO through the Bot Framework token service: set when BOT_SSO_CONNECTION_NAME is (needs an app id and secret). */
  readonly sso?: Readonly<{ connectionName: string; tokenServiceUrl: string; loginAuthority: string }>;
  readonly organisation: Readonly<{ name: string; policies: readonly (typeof POLICY_IDS)[number][]; nation: Env['ORG_NATION'] }>;
  readonly recordStore: Env['RECORD_STORE'];
  readonly answerCacheSize: number;
  readonly answerThreads: number;
  readonly experts: Readonly<{ conversations: Readonly<{ manager?: string; 'ig-lead'?: string }>; serviceUrl?: string }>;
  readonly graph: Readonly<{ baseUrl: string; siteId?: string }>;
  readonly apiAuth: Readonly<{ audience?: string; tenantId?: string; openIdMetadataUrl: string; scope: string; allowedTenants: readonly string[] }>;
  /** Where the organisation model comes from: the built-in local example, a directory file, or Microsoft Graph. */
  readonly directory: Readonly<{ source: 'local-example' } | { source: 'file'; path: string } | { source: 'graph'; igLeadGroupId?: string; whoCanAdd: string }>;
  readonly audit: Readonly<{ retentionDays: number }>;
  readonly accessLog: Readonly<{ retentionDays: number }>;
  readonly reminders: Readonly<{ enabled: boolean; intervalMinutes: number; signOffWorkingDays: number }>;
  /** File on send in the background: the waits (seconds) before each look for the sent copy. */
  readonly fileOnSend: Readonly<{ retrySeconds: readonly number[] }>;
  /** Where the bot keeps conversation state: Azure Blob Storage when a connection string is set, the embedded store otherwise. */
  readonly botState: Readonly<{ connectionString?: string; container: string }>;
  /** BOT_DOMAIN: where Teams reaches the bot and the tab; needed only to build the app package. */
  readonly publicHost?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function parsePolicies(raw: string | undefined): (typeof POLICY_IDS)[number][] {
  if (!raw) return [...POLICY_IDS];
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(POLICY_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new ConfigError(`ORG_POLICIES names unknown policies: ${unknown.join(', ')}. Use any of: ${POLICY_IDS.join(', ')}.`);
  }
  if (ids.length === 0) throw new ConfigError(`ORG_POLICIES is empty. Use any of: ${POLICY_IDS.join(', ')}.`);
  return ids as (typeof POLICY_IDS)[number][];
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid settings (see .env.example): ${problems}`);
  }
  const e = parsed.data;
  const localMode = !e.MicrosoftAppId;
  if ((e.HTTPS_CERT_FILE === undefined) !== (e.HTTPS_KEY_FILE === undefined)) {
    throw new ConfigError('Set both HTTPS_CERT_FILE and HTTPS_KEY_FILE (PEM files) to serve HTTPS, or neither for HTTP.');
  }
  if (!localMode && !e.MicrosoftAppTenantId && e.MicrosoftAppType === 'SingleTenant') {
    throw new ConfigError('MicrosoftAppTenantId is required when MicrosoftAppId is set (SingleTenant).');
  }
  if (e.RECORD_STORE === 'sharepoint' && !e.SHAREPOINT_SITE_ID) {
    throw new ConfigError('SHAREPOINT_SITE_ID is required when RECORD_STORE=sharepoint.');
  }
  if (localMode && e.HOST && !['127.0.0.1', 'localhost', '::1'].includes(e.HOST)) {
    throw new ConfigError('Local mode (no MicrosoftAppId) is anonymous and listens on loopback only; remove HOST or set MicrosoftAppId.');
  }
  if (localMode && e.ASK_SERVICE_URL && !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(e.ASK_SERVICE_URL)) {
    throw new ConfigError('Local mode posts only to this machine: ASK_SERVICE_URL must be on 127.0.0.1 or localhost.');
  }
  const tenantId = e.MicrosoftAppTenantId;
  if (e.BOT_SSO_CONNECTION_NAME && (localMode || !e.MicrosoftAppPassword)) {
    throw new ConfigError('BOT_SSO_CONNECTION_NAME needs MicrosoftAppId and MicrosoftAppPassword: the bot signs in to the Bot Framework token service as its app.');
  }
  const listed = (e.API_ALLOWED_TENANTS ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (!localMode && e.MicrosoftAppType === 'MultiTenant' && listed.length === 0) {
    throw new ConfigError('MicrosoftAppType=MultiTenant needs API_ALLOWED_TENANTS: the tenant ids whose users may see records, comma-separated.');
  }
  const allowedTenants = listed.length > 0 ? listed : tenantId ? [tenantId] : [];
  if (!localMode && allowedTenants.length === 0) throw new ConfigError('Set MicrosoftAppTenantId (or API_ALLOWED_TENANTS): the tenant whose users may see records.');
  const directory =
    e.ORG_DIRECTORY === undefined
      ? localMode
        ? { source: 'local-example' as const }
        : { source: 'graph' as const, igLeadGroupId: e.ORG_IG_LEAD_GROUP_ID, whoCanAdd: e.ORG_ACCESS_CONTACT ?? 'your information-governance lead' }
      : e.ORG_DIRECTORY === 'graph'
        ? { source: 'graph' as const, igLeadGroupId: e.ORG_IG_LEAD_GROUP_ID, whoCanAdd: e.ORG_ACCESS_CONTACT ?? 'your information-governance lead' }
        : { source: 'file' as const, path: e.ORG_DIRECTORY };
  return Object.freeze({
    port: e.PORT,
    host: e.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    ...(e.HTTPS_CERT_FILE && e.HTTPS_KEY_FILE ? { https: Object.freeze({ certFile: e.HTTPS_CERT_FILE, keyFile: e.HTTPS_KEY_FILE }) } : {}),
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    localMode,
    bot: Object.freeze({ appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, tenantId, appType: e.MicrosoftAppType, openIdMetadataUrl: e.BOT_OPENID_METADATA_URL }),
    ...(e.BOT_SSO_CONNECTION_NAME
      ? { sso: Object.freeze({ connectionName: e.BOT_SSO_CONNECTION_NAME, tokenServiceUrl: e.BOT_TOKEN_SERVICE_URL.replace(/\/+$/, ''), loginAuthority: e.BOT_LOGIN_AUTHORITY.replace(/\/+$/, '') }) }
      : {}),
    organisation: Object.freeze({ name: e.ORG_NAME, policies: Object.freeze(parsePolicies(e.ORG_POLICIES)), nation: e.ORG_NATION }),
    recordStore: e.RECORD_STORE,
    answerCacheSize: e.ANSWER_CACHE_SIZE,
    answerThreads: e.ANSWER_THREADS,
    publicHost: e.BOT_DOMAIN?.toLowerCase(),
    directory: Object.freeze(directory),
    experts: Object.freeze({
      conversations: Object.freeze({ manager: e.ASK_MANAGER_CONVERSATION_ID, 'ig-lead': e.ASK_IG_LEAD_CONVERSATION_ID }),
      serviceUrl: e.ASK_SERVICE_URL,
    }),
    botState: Object.freeze({ connectionString: e.BOT_STATE_CONNECTION_STRING, container: e.BOT_STATE_CONTAINER }),
    audit: Object.freeze({ retentionDays: e.AUDIT_RETENTION_DAYS }),
    accessLog: Object.freeze({ retentionDays: e.ACCESS_LOG_RETENTION_DAYS }),
    reminders: Object.freeze({ enabled: e.REMINDERS === 'on', intervalMinutes: e.REMINDER_INTERVAL_MINUTES, signOffWorkingDays: e.SIGN_OFF_REMINDER_WORKING_DAYS }),
    fileOnSend: Object.freeze({ retrySeconds: Object.freeze([...e.FILE_ON_SEND_RETRY_SECONDS]) }),
    graph: Object.freeze({ baseUrl: e.GRAPH_BASE_URL, siteId: e.SHAREPOINT_SITE_ID }),
    apiAuth: Object.freeze({
      audience: e.API_AUDIENCE ?? e.MicrosoftAppId,
      tenantId,
      scope: e.API_SCOPE,
      allowedTenants: Object.freeze(allowedTenants),
      openIdMetadataUrl:
        e.OPENID_METADATA_URL ??
        `https://login.microsoftonline.com/${tenantId ?? 'common'}/v2.0/.well-known/openid-configuration`,
    }),
  }) as Config;
}
