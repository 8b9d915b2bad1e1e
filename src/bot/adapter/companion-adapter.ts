import { CallerIdConstants, CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../../config';
import { errorCode, type Logger } from '../../log';
import { turnFailedCard } from '../notices';
import { cardActivity, cardInvokeResponse } from './card-activity';
import { ReusingClientsAuthentication } from './reused-clients';

export interface TurnOutcome {
  status: number;
  body?: unknown;
}

const isStatusCodeError = (err: unknown): err is { statusCode: number } =>
  typeof err === 'object' && err !== null && typeof (err as { statusCode?: unknown }).statusCode === 'number';


/**
 * CloudAdapter that returns the turn's outcome instead of writing to a web framework's response,
 * so the HTTP layer stays framework-neutral. Without MicrosoftAppId it accepts anonymous requests (local mode).
 */
export class CompanionAdapter extends CloudAdapter {
  constructor(config: Config, private readonly logger: Logger) {
    super(
      new ReusingClientsAuthentication({
        MicrosoftAppId: config.bot.appId ?? '',
        MicrosoftAppPassword: config.bot.appPassword ?? '',
        MicrosoftAppTenantId: config.bot.tenantId ?? '',
        // The SDK's SingleTenant check demands an app id; local mode has none and runs anonymously.
        MicrosoftAppType: config.localMode ? 'MultiTenant' : config.bot.appType,
        ...(config.bot.openIdMetadataUrl ? publicCloudWithSigningKeysFrom(config.bot.openIdMetadataUrl) : {}),
      }),
    );
    this.onTurnError = (context, error) => this.apologise(context, error);
  }

  /** Authenticates and runs one activity; an invalid or missing token is a 401, never a crash. */
  async handle(authorization: string, activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<TurnOutcome> {
    try {
      const result = await this.processActivity(authorization, withDates(activity), logic);
      return { status: result?.status ?? 200, body: result?.body };
    } catch (err) {
      if (isStatusCodeError(err) && (err.statusCode === 401 || err.statusCode === 403)) {
        this.logger.info({ code: 'bot-unauthorized', status: err.statusCode }, 'bot request rejected');
        return { status: err.statusCode, body: { error: { code: 'unauthorized', message: 'A valid Bot Framework token is required.' } } };
      }
      throw err;
    }
  }

  private async apologise(context: TurnContext, error: Error): Promise<void> {
    this.logger.error({ code: errorCode(error), activityType: context.activity.type }, 'bot turn failed');
    try {
      if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: cardInvokeResponse(turnFailedCard()) } });
      } else {
        await context.sendActivity(cardActivity(turnFailedCard()));
      }
    } catch (sendError) {
      // The channel could not be reached either: nothing more to tell the user; the request still gets an answer.
      this.logger.error({ code: errorCode(sendError) }, 'bot apology not delivered');
    }
  }
}

// The SDK takes the public cloud's settings only when none is given, so naming the keys' location means naming them all.
function publicCloudWithSigningKeysFrom(openIdMetadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

// The SDK expects Date objects where the wire carries ISO strings (as its own HTTP entry point converts them).
function withDates(activity: Partial<Activity>): Activity {
  const a = { ...activity } as Activity & Record<string, unknown>;
  for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = a[key] as unknown;
    if (typeof raw === 'string') {
      a[`raw${key[0]!.toUpperCase()}${key.slice(1)}`] = raw;
      (a as Record<string, unknown>)[key] = new Date(raw);
    }
  }
  return a;
}
