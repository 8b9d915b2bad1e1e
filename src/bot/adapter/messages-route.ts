import { MemoryStorage, type Activity } from 'botbuilder';
import { createChannelTokenGate } from '../../auth/channel-token';
import type { Config } from '../../config';
import type { ApiRoute } from '../../http/route';
import type { Logger } from '../../log';
import { checkActivity } from '../activity-schema';
import { isLoopbackServiceUrl } from '../local-service-url';
import type { BotRouter } from '../router';
import type { TurnScope } from '../turn';
import type { AdaptiveCardJson } from '../replies';
import { CompanionAdapter } from './companion-adapter';
import { ConversationStore } from './conversation-store';
import { TeamsSingleSignOn } from './single-sign-on';
import { CompanionTeamsBot } from './teams-bot';
import { BotTokenService } from './token-service';

/** Activities larger than this are refused with 413 before parsing: a question card is a few kilobytes. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface MessagesRouteDeps {
  config: Config;
  logger: Logger;
  router: BotRouter;
  scope: () => TurnScope;
  /** Shared conversation state and the people's conversation references; default: this process's memory only. */
  conversations?: ConversationStore;
  /** Records are kept where the bot must act as each person (SharePoint): with BOT_SSO_CONNECTION_NAME, Teams single sign-on. */
  actsAsUser?: boolean;
}

export interface BotTransport {
  route: ApiRoute;
  /** Sends a card to a person in their personal chat with the bot; false when they have none yet or it failed. */
  sendCard(userId: string, card: AdaptiveCardJson): Promise<boolean>;
  /**
   * With Teams single sign-on: the Graph token the Bot Framework token service keeps for this person (by their Entra id,
   * found through where they last talked to the bot), for work done when they are not talking to the bot; else undefined.
   */
  graphTokenFor?(userId: string): Promise<string | undefined>;
}

/** POST /api/messages: validate the activity's shape, then authenticate and run the turn through botbuilder. */
export function messagesRoute(deps: MessagesRouteDeps): ApiRoute {
  return botTransport(deps).route;
}

/** The bot's HTTP route and its proactive sender, sharing one adapter and one conversation store. */
export function botTransport({ config, logger, router, scope, conversations = new ConversationStore(new MemoryStorage()), actsAsUser = false }: MessagesRouteDeps): BotTransport {
  const adapter = new CompanionAdapter(config, logger);
  const sso = actsAsUser ? singleSignOnFrom(config, logger) : undefined;
  const bot = new CompanionTeamsBot(router, scope, conversations, logger, adapter, { localMode: config.localMode, ...(config.bot.appId ? { appId: config.bot.appId } : {}) }, sso);
  // With an app id, the channel's token is checked before botbuilder sees it (401 or 503, never a 500).
  const gate = config.localMode || !config.bot.appId ? undefined : createChannelTokenGate({ appId: config.bot.appId, openIdMetadataUrl: config.bot.openIdMetadataUrl, logger });
  const route: ApiRoute = {
    method: 'POST',
    path: '/api/messages',
    body: 'json',
    maxJsonBytes: MAX_ACTIVITY_BYTES,
    async handle(req) {
      const checkedToken = gate ? await gate(req.headers.authorization) : { ok: true as const };
      if (!checkedToken.ok) {
        logger.info({ code: checkedToken.code, status: checkedToken.status }, 'bot request rejected');
        const headers: Record<string, string> = checkedToken.retryAfterSeconds ? { 'Retry-After': String(checkedToken.retryAfterSeconds) } : { 'WWW-Authenticate': 'Bearer' };
        return { status: checkedToken.status, headers, body: { error: { code: checkedToken.status === 503 ? 'auth-unavailable' : 'unauthorized', message: checkedToken.message } } };
      }
      const checked = checkActivity(req.body);
      if (!checked.ok) {
        logger.info({ code: 'invalid-activity', problems: checked.problems.length }, 'activity rejected');
        return { status: 400, body: { error: { code: 'invalid-activity', message: `The activity is not valid: ${checked.problems.join('; ')}` } } };
      }
      if (config.localMode && !isLoopbackServiceUrl(checked.activity.serviceUrl)) {
        logger.info({ code: 'service-url-not-local' }, 'activity rejected');
        return { status: 400, body: { error: { code: 'service-url-not-local', message: 'In local mode the serviceUrl must be on this machine (127.0.0.1 or localhost).' } } };
      }
      const outcome = await adapter.handle(req.headers.authorization ?? '', checked.activity as unknown as Partial<Activity>, (ctx) => bot.run(ctx));
      return { status: outcome.status, body: outcome.body };
    },
  };
  const graphTokenFor = async (userId: string): Promise<string | undefined> => {
    const target = await conversations.get(userId);
    return sso && target?.channelUserId ? sso.tokenFor({ userId: target.channelUserId, channelId: target.channelId }) : undefined;
  };
  return { route, sendCard: (userId, card) => bot.sendCard(userId, card), ...(sso ? { graphTokenFor } : {}) };
}

/** Teams single sign-on through the Bot Framework token service, when an OAuth connection is configured. */
function singleSignOnFrom(config: Config, logger: Logger): TeamsSingleSignOn | undefined {
  const { appId, appPassword, tenantId, appType } = config.bot;
  if (!config.sso || !appId || !appPassword) return undefined;
  const appTenant = appType === 'SingleTenant' && tenantId ? tenantId : 'botframework.com';
  return new TeamsSingleSignOn(new BotTokenService({ ...config.sso, appId, appPassword, appTenant }), logger);
}
