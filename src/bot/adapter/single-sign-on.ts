import { CardFactory, MessageFactory, TurnContext, type Activity, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../log';
import type { ActionInput } from '../router';
import { errorCode } from '../../log';
import type { BotTokenService, TokenUser } from './token-service';

// Teams single sign-on for the bot, as Microsoft documents it: the bot sends an OAuthCard carrying the connection's
// tokenExchangeResource; Teams answers with a signin/tokenExchange invoke holding the user's SSO token, which the Bot
// Framework token service exchanges for the connection's (Graph) token; 412 tells Teams to fall back to the sign-in
// button, after which a signin/verifyState invoke carries the code. The token service keeps the token; the bot keeps
// only what the person asked for, in this process's memory, for a few minutes, and never the token.

/** What the person asked for before signing in: a message's text or a card action (with what they typed). */
export type PendingInput = { text: string } | ActionInput;

export type Resume = (input: PendingInput, graphToken: string) => Promise<void>;

const PENDING_MINUTES = 15;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class TeamsSingleSignOn {
  // Keyed by channel and the channel's user id, never by content; dropped once resumed or after PENDING_MINUTES.
  private readonly pending = new LRUCache<string, { input: PendingInput }>({ max: 2000, ttl: PENDING_MINUTES * 60_000 });

  constructor(
    private readonly tokens: BotTokenService,
    private readonly logger: Logger,
  ) {}

  /** The token service's stored token for the person in this turn, or undefined when they have to sign in. */
  async token(context: TurnContext): Promise<string | undefined> {
    const user = userOf(context.activity);
    return user ? this.tokens.getToken(user) : undefined;
  }

  /** The token service's stored token for someone the bot is not talking to now (proactive work), or undefined. */
  tokenFor(user: TokenUser): Promise<string | undefined> {
    return this.tokens.getToken(user);
  }

  /** Keeps what was asked and sends the sign-in card; Teams tries single sign-on first, silently. */
  async askToSignIn(context: TurnContext, input: PendingInput): Promise<void> {
    const user = userOf(context.activity);
    if (user) this.pending.set(key(user), { input });
    const card = await this.oauthCard(context);
    this.logger.info({ code: 'sso-sign-in-sent' }, 'sign-in card sent');
    await context.sendActivity(MessageFactory.attachment(card) as Partial<Activity>);
  }

  /**
   * Action.Execute (Universal Actions): the token for this card action, from the token service, from Teams' SSO token
   * (value.authentication) or from the sign-in code (value.state) when Teams sends the action again; otherwise the
   * invoke response that makes Teams sign the person in (401 loginRequest) or says the exchange failed (412).
   */
  async forCardAction(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<{ graphToken: string } | { response: AdaptiveCardInvokeResponse }> {
    const user = userOf(context.activity);
    // Only an authentication that carries a token is one (the SDK may hand over an empty object).
    const auth = isRecord(value.authentication) && value.authentication.token !== undefined ? (value.authentication as unknown as Record<string, unknown>) : undefined;
    if (user && auth) {
      const token = typeof auth.token === 'string' && auth.token.length > 0 && auth.token.length <= 16_384 && auth.connectionName === this.tokens.connectionName ? await this.tokens.exchange(user, auth.token).catch(() => undefined) : undefined;
      if (token) {
        this.logger.info({ code: 'sso-exchanged' }, 'signed in by single sign-on');
        return { graphToken: token };
      }
      this.logger.info({ code: 'sso-exchange-refused' }, 'token exchange refused; Teams falls back to the sign-in button');
      return { response: { statusCode: 412, type: 'application/vnd.microsoft.error.preconditionFailed', value: { code: '412', message: 'The sign-in could not be used. Sign in with the button instead.' } } as unknown as AdaptiveCardInvokeResponse };
    }
    const code = typeof value.state === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(value.state) ? value.state : undefined;
    const token = user ? await this.tokens.getToken(user, code) : undefined;
    if (token) return { graphToken: token };
    if (code) {
      this.logger.info({ code: 'sso-verify-state-failed' }, 'sign-in did not complete');
      return { response: { statusCode: 412, type: 'application/vnd.microsoft.error.preconditionFailed', value: { code: '412', message: 'The sign-in did not complete. Try again.' } } as unknown as AdaptiveCardInvokeResponse };
    }
    const card = await this.oauthCard(context);
    this.logger.info({ code: 'sso-login-request' }, 'sign-in requested for a card action');
    return { response: { statusCode: 401, type: 'application/vnd.microsoft.activity.loginRequest', value: card.content } as unknown as AdaptiveCardInvokeResponse };
  }

  /** The OAuthCard: the connection, its token exchange resource (for SSO) and the sign-in link (the fallback). */
  private async oauthCard(context: TurnContext) {
    const reference = TurnContext.getConversationReference(context.activity);
    const state = Buffer.from(
      JSON.stringify({ ConnectionName: this.tokens.connectionName, Conversation: reference, RelatesTo: context.activity.relatesTo, MsAppId: context.activity.recipient?.id }),
    ).toString('base64');
    const resource = await this.tokens.signInResource(state);
    return CardFactory.oauthCard(
      this.tokens.connectionName,
      'Sign in',
      'Records are kept in SharePoint under your own name, so the companion needs you signed in. What you asked for is kept and done as soon as you are.',
      resource.signInLink,
      resource.tokenExchangeResource,
    );
  }

  /** signin/tokenExchange: 200 and the pending request carried out, or 412 so Teams shows the sign-in button instead. */
  async onTokenExchange(context: TurnContext, resume: Resume): Promise<InvokeResponse> {
    const value = isRecord(context.activity.value) ? context.activity.value : {};
    const id = typeof value.id === 'string' ? value.id : '';
    const connectionName = typeof value.connectionName === 'string' ? value.connectionName : '';
    const refuse = (code: string): InvokeResponse => {
      this.logger.info({ code }, 'token exchange refused; Teams falls back to the sign-in card');
      return { status: 412, body: { id, connectionName: this.tokens.connectionName, failureDetail: 'The bot could not exchange the Teams token. Sign in with the card instead.' } };
    };
    const user = userOf(context.activity);
    if (!user) return refuse('sso-no-user');
    if (connectionName !== this.tokens.connectionName) return refuse('sso-wrong-connection');
    if (typeof value.token !== 'string' || value.token.length === 0 || value.token.length > 16_384) return refuse('sso-no-token');
    let token: string | undefined;
    try {
      token = await this.tokens.exchange(user, value.token);
    } catch (err) {
      return refuse(`sso-exchange-${errorCode(err)}`);
    }
    if (!token) return refuse('sso-exchange-refused');
    this.logger.info({ code: 'sso-exchanged' }, 'signed in by single sign-on');
    await this.resumePending(user, token, resume);
    return { status: 200 };
  }

  /** signin/verifyState: after the sign-in button, the code the token service gave; answered 200 either way. */
  async onVerifyState(context: TurnContext, resume: Resume, failed: () => Promise<void>): Promise<InvokeResponse> {
    const value = isRecord(context.activity.value) ? context.activity.value : {};
    const user = userOf(context.activity);
    const code = typeof value.state === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(value.state) ? value.state : undefined;
    const token = user && code ? await this.tokens.getToken(user, code).catch(() => undefined) : undefined;
    if (!user || !token) {
      this.logger.info({ code: 'sso-verify-state-failed' }, 'sign-in did not complete');
      await failed();
      return { status: 200 };
    }
    this.logger.info({ code: 'sso-verified' }, 'signed in with the sign-in card');
    await this.resumePending(user, token, resume);
    return { status: 200 };
  }

  private async resumePending(user: TokenUser, token: string, resume: Resume): Promise<void> {
    const k = key(user);
    const pending = this.pending.get(k);
    // Taken once: Teams may send the exchange more than once (several devices); only the first carries the request out.
    this.pending.delete(k);
    if (pending) await resume(pending.input, token);
  }
}

const key = (u: TokenUser) => JSON.stringify([u.channelId, u.userId]);

/** The token service names users by the channel's user id (Teams' 29:... id), as the sign-in card was sent to. */
function userOf(activity: Activity): TokenUser | undefined {
  const userId = activity.from?.id;
  const channelId = activity.channelId;
  return userId && channelId ? { userId, channelId } : undefined;
}
