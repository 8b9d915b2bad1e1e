import type { ClaimsIdentity } from 'botframework-connector';
import {
  ActivityTypes,
  CloudAdapter,
  TeamsActivityHandler,
  TurnContext,
  type ConversationReference,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ChannelAccount,
  type InvokeResponse,
} from 'botbuilder';
import type { ConversationTarget } from '../../asking/ask-store';
import type { Logger } from '../../log';
import { withoutBotMention } from '../mentions';
import { notice, unsupportedActivityCard } from '../notices';
import type { AdaptiveCardJson, Reply } from '../replies';
import type { BotRouter } from '../router';
import type { Actor, Delivery, TurnScope } from '../turn';
import { cardActivity, cardInvokeResponse, replyActivities } from './card-activity';
import { errorCode } from '../../log';
import type { ConversationStore } from './conversation-store';
import type { PendingInput, TeamsSingleSignOn } from './single-sign-on';

export interface BotSettings {
  /** Local mode: the channel's own user id names the person (Agents Playground, tests). */
  localMode: boolean;
  /** The bot's app id, for proactive cards sent outside any turn (reminders); none in local mode. */
  appId?: string;
}

/** Where run() keeps the turn's one write of where to reach the person, for the turn's scope. */
const SAVE_REFERENCE = Symbol('saveReference');

/** The SDK's events run() does not raise for a message turn. */
const BYPASSED_EVENTS = ['Turn', 'Message', 'Dialog'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Translates Teams activities into neutral router calls and sends the replies back as cards. */
export class CompanionTeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly router: BotRouter,
    private readonly scope: () => TurnScope,
    private readonly conversations: ConversationStore,
    private readonly logger: Logger,
    private readonly adapter: CloudAdapter,
    private readonly settings: BotSettings,
    /** Teams single sign-on, when records are kept where the bot must act as the person (SharePoint). */
    private readonly sso?: TeamsSingleSignOn,
  ) {
    super();

    // Install in a personal chat, team or group chat: conversationUpdate that adds the bot itself.
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added: ChannelAccount[] = context.activity.membersAdded ?? [];
      if (added.some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /**
   * Every turn in a personal chat refreshes where this person can be reached, so any instance can bring them a card
   * later (a manager's decision, a sign-off, a reminder, an expert's answer). Group chats and channels are never kept:
   * a card about a record must not land where others read it.
   */
  override async run(context: TurnContext): Promise<void> {
    // Queued when the router has the turn's replies (the scope's answerReady), so it shares one commit with their audit entry
    // even when the answer comes from the answering thread; or here, for a turn with no replies to audit. The turn ends only
    // once it is stored (or has failed).
    let saved: Promise<void> | undefined;
    const save = (): Promise<void> => (saved ??= this.saveReference(context));
    context.turnState.set(SAVE_REFERENCE, save);
    try {
      // A message (most turns) goes straight to its handler: the SDK's chain of turn, message and dialog events, with no
      // other handler registered on them, cost more per turn than the rest of the SDK's part in it.
      if (context.activity.type === ActivityTypes.Message) await this.onMessageTurn(context);
      else await super.run(context);
    } finally {
      await save();
    }
  }

  /** The events a message turn skips (see run): a handler registered on one would silently never see a message, so none may be. */
  protected override on(type: string, handler: Parameters<TeamsActivityHandler['onTurn']>[0]): this {
    if (BYPASSED_EVENTS.includes(type)) {
      throw new Error(`A message turn goes straight to onMessageTurn, not through the SDK's ${type} event: handle it there, not with on${type}().`);
    }
    return super.on(type, handler);
  }

  /** A message or an Action.Submit: answered through the router, or a sign-in card first when the answer acts as the person. */
  private async onMessageTurn(context: TurnContext): Promise<void> {
    const input = this.messageInput(context);
    const signedIn = input ? await this.signedIn(context, input) : {};
    if (signedIn === 'sign-in') return;
    if (signedIn === 'unavailable') {
      await this.send(context, [{ kind: 'card', card: SIGN_IN_UNAVAILABLE, rulings: [] }]);
      return;
    }
    const replies = input ? await this.answer(input, this.turnScope(context, signedIn.graphToken)) : [{ kind: 'card' as const, card: unsupportedActivityCard(), rulings: [] }];
    const { value, replyToId } = context.activity;
    // Action.Submit fallback of a button whose answer replaces its card: the card the button was on is updated in place.
    if (isRecord(value) && replyToId && this.router.replacesCard(verbOf(value)) && replies.length > 0) {
      const [first, ...rest] = replies;
      await context.updateActivity({ ...cardActivity(first!.card), id: replyToId });
      await this.send(context, rest);
    } else {
      await this.send(context, replies);
    }
  }

  /** Where this person talks to the bot, in a personal chat; a failure is logged, never thrown. */
  private async saveReference(context: TurnContext): Promise<void> {
    const actor = this.actorOf(context);
    const origin = originOf(context);
    const type = context.activity.conversation?.conversationType;
    if (!actor || !origin || (type !== undefined && type !== 'personal')) return;
    try {
      // The channel's own id for this person too: the token service knows them by it (reminders with their stored token).
      const channelUserId = context.activity.from?.id;
      await this.conversations.save(actor.userId, { ...origin, ...(channelUserId ? { channelUserId } : {}) });
    } catch (err) {
      // Not being reachable later must not stop the answer now.
      this.logger.warn({ code: errorCode(err) }, 'conversation reference not stored');
    }
  }

  /** Brings a person a card outside any turn (reminders), through their stored conversation reference. */
  async sendCard(userId: string, card: AdaptiveCardJson): Promise<boolean> {
    return (await this.deliver(this.settings.appId ?? '', userId, card)) === 'sent';
  }

  /** A message as the router takes it: a card's Action.Submit data (verb inside), or the text without the bot's mention. */
  private messageInput(context: TurnContext): PendingInput | undefined {
    const { value } = context.activity;
    if (isRecord(value)) return { verb: verbOf(value), data: value };
    const text = withoutBotMention(context.activity.text, context.activity.entities, context.activity.recipient?.id);
    return text ? { text } : undefined;
  }

  private answer(input: PendingInput, scope: TurnScope): Promise<Reply[]> {
    return 'text' in input ? this.router.message(input.text, scope) : this.router.action(input, scope);
  }

  /**
   * Whether the person's own Graph token is needed and held: with SSO on and a handler that acts on records as the person,
   * the token service's stored token, or a sign-in card (what was asked is kept and done once they are signed in).
   */
  private async signedIn(context: TurnContext, input: PendingInput): Promise<{ graphToken?: string } | 'sign-in' | 'unavailable'> {
    if (!this.sso) return {};
    if (!this.router.actsAsUser(input)) return this.router.readsAsUserIfSignedIn(input) ? this.heldToken(context) : {};
    try {
      const graphToken = await this.sso.token(context);
      if (graphToken) return { graphToken };
      await this.sso.askToSignIn(context, input);
      return 'sign-in';
    } catch (err) {
      // The token service or the bot's own sign-in did not answer: nothing is done, and the person is told so.
      this.logger.warn({ code: errorCode(err), status: (err as { status?: number }).status }, 'sign-in not available');
      return 'unavailable';
    }
  }

  /** The token service's stored token for the asker if there is one; never a sign-in card, and no token on any failure. */
  private async heldToken(context: TurnContext): Promise<{ graphToken?: string }> {
    try {
      const graphToken = await this.sso?.token(context);
      return graphToken ? { graphToken } : {};
    } catch (err) {
      this.logger.info({ code: errorCode(err), status: (err as { status?: number }).status }, 'stored token not available; answered without the register');
      return {};
    }
  }

  /** After sign-in: what the person asked for, done now as them; the replies come as new messages. */
  private async resume(context: TurnContext, input: PendingInput, graphToken: string): Promise<void> {
    await this.send(context, await this.answer(input, this.turnScope(context, graphToken)));
  }

  /**
   * The turn's scope: who asked (their Entra ID object id where Teams gives it, for the answer audit), who acted (for
   * records), where the turn came from, and ways to post into other conversations (proactive messages).
   */
  private turnScope(context: TurnContext, graphToken?: string): TurnScope {
    const askerId = askerOf(context);
    const found = this.actorOf(context);
    const actor = found && graphToken ? { ...found, graphToken } : found;
    const origin = originOf(context);
    // The identity this turn was authenticated with, so cards go with the same credentials (none in local mode).
    const identity = context.turnState.get(this.adapter.BotIdentityKey) as ClaimsIdentity;
    return {
      ...this.scope(),
      ...(askerId ? { askerId } : {}),
      ...(actor ? { actor } : {}),
      ...(origin ? { origin } : {}),
      answerReady: context.turnState.get(SAVE_REFERENCE) as (() => void) | undefined,
      outbox: async (target, card) => {
        await this.sendTo(identity, target, card, '');
      },
      notify: (userId, card) => this.deliver(identity, userId, card),
    };
  }

  /** Teams names the user by Entra object id; local mode (Agents Playground, tests) by the client's own id. */
  private actorOf(context: TurnContext): Actor | undefined {
    const { from, conversation, channelData } = context.activity;
    const tenantId = conversation?.tenantId ?? (isRecord(channelData) && isRecord(channelData.tenant) && typeof channelData.tenant.id === 'string' ? channelData.tenant.id : undefined);
    const name = from?.name || 'Unnamed user';
    if (from?.aadObjectId) return { userId: from.aadObjectId, name, tenantId: tenantId ?? 'unknown', local: this.settings.localMode };
    if (this.settings.localMode && from?.id) return { userId: from.id, name, tenantId: 'local', local: true };
    return undefined;
  }

  /** Brings a person a card in their personal chat with the bot, through their stored conversation reference. */
  private async deliver(identity: ClaimsIdentity | string, userId: string, card: AdaptiveCardJson): Promise<Delivery> {
    const target = await this.conversations.get(userId);
    if (!target) return 'unreachable';
    try {
      return (await this.sendTo(identity, target, card, 'personal')) ? 'sent' : 'unreachable';
    } catch (err) {
      this.logger.warn({ code: errorCode(err) === 'unknown' ? 'proactive-failed' : errorCode(err) }, 'proactive card not delivered');
      return 'unreachable';
    }
  }

  /** The one proactive send; true when the card went (the adapter's turn-error handler swallows a failed send). */
  private async sendTo(identity: ClaimsIdentity | string, target: ConversationTarget, card: AdaptiveCardJson, conversationType: string): Promise<boolean> {
    const reference: Partial<ConversationReference> = {
      serviceUrl: target.serviceUrl,
      channelId: target.channelId,
      conversation: { id: target.conversationId, isGroup: false, conversationType, name: '', ...(target.tenantId ? { tenantId: target.tenantId } : {}) },
      bot: { id: target.botId ?? '', name: '' },
    };
    let delivered = false;
    const send = async (ctx: TurnContext) => {
      // The continuation activity's made-up id would turn the card into a reply to a message that does not exist.
      delete (ctx.activity as { id?: string }).id;
      await ctx.sendActivity(cardActivity(card));
      delivered = true;
    };
    if (typeof identity === 'string') await this.adapter.continueConversationAsync(identity, reference, send);
    else await this.adapter.continueConversationAsync(identity, reference, send);
    return delivered;
  }

  private async welcome(context: TurnContext): Promise<void> {
    if (!(await this.conversations.firstWelcome(context.activity.conversation?.id ?? ''))) return;
    await this.send(context, this.router.welcome(this.turnScope(context)));
  }

  private async send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
    if (replies.length > 0) await context.sendActivities(replyActivities(replies));
  }

  // Action.Execute: the first reply replaces the card; any further replies follow as messages.
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { action } = invokeValue;
    const data = isRecord(action.data) ? action.data : {};
    const input = { verb: action.verb ?? verbOf(data), data };
    let graphToken: string | undefined;
    if (this.sso && this.router.actsAsUser(input)) {
      // Universal Actions sign-in: Teams shows sign-in (silently where it can) and sends this same action again with the token.
      const signedIn = await this.sso.forCardAction(context, invokeValue).catch((err: unknown) => {
        this.logger.warn({ code: errorCode(err), status: (err as { status?: number }).status }, 'sign-in not available');
        return undefined;
      });
      // A message, not a card: the card the button was on stays as it is, with everything entered in it.
      if (!signedIn) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: SIGN_IN_UNAVAILABLE_TEXT } as unknown as AdaptiveCardInvokeResponse;
      if ('response' in signedIn) return signedIn.response;
      graphToken = signedIn.graphToken;
    }
    const replies = await this.router.action(input, this.turnScope(context, graphToken));
    const [first, ...rest] = replies;
    if (rest.length > 0) await this.send(context, rest);
    // A reply in words, not a card: the card the button was on stays as it is (an answer is never replaced by a notice).
    if (first?.text !== undefined) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: first.text } as unknown as AdaptiveCardInvokeResponse;
    return cardInvokeResponse(first?.card ?? unsupportedActivityCard());
  }

  // Invokes the bot does not handle get a 400 the client can show, never the SDK's 501.
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    if (this.sso && name === 'signin/tokenExchange') return this.sso.onTokenExchange(context, (input, token) => this.resume(context, input, token));
    if (this.sso && name === 'signin/verifyState') {
      return this.sso.onVerifyState(
        context,
        (input, token) => this.resume(context, input, token),
        () => this.send(context, [{ kind: 'card', card: SIGN_IN_UNFINISHED, rulings: [] }]),
      );
    }
    if (name === 'adaptiveCard/action' && !(isRecord(value) && isRecord(value.action))) {
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'The card action is missing.' } } };
    }
    const response = await super.onInvokeActivity(context);
    if (response.status < 500) return response;
    this.logger.info({ code: 'unsupported-invoke', status: response.status }, 'invoke not supported');
    return { status: 400, body: { error: { code: 'unsupported-invoke', message: 'This bot does not handle that invoke.' } } };
  }
}

const SIGN_IN_UNAVAILABLE_TEXT = 'Sign-in is not available just now, so nothing was recorded. Your card is unchanged: try again in a few minutes.';
const SIGN_IN_UNAVAILABLE = notice('Sign-in is not available just now', 'Records are kept under your own name, and the sign-in service did not answer, so nothing was recorded. Try again in a few minutes.');
const SIGN_IN_UNFINISHED = notice('Sign-in did not finish', 'Nothing was recorded. Ask again and sign in with the card when it appears.');

/** The practitioner's Entra ID object id where Teams gives it, else the channel's user id. */
export const askerOf = (context: TurnContext): string | undefined => context.activity.from?.aadObjectId ?? context.activity.from?.id;

/** Where this turn's conversation is, enough to post into it later (ids and addresses only). */
function originOf(context: TurnContext): ConversationTarget | undefined {
  const { serviceUrl, channelId, conversation, recipient } = context.activity;
  if (!serviceUrl || !channelId || !conversation?.id) return undefined;
  return { serviceUrl, channelId, conversationId: conversation.id, ...(recipient?.id ? { botId: recipient.id } : {}), ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}) };
}

const verbOf = (data: Record<string, unknown>): string | undefined => (typeof data.verb === 'string' ? data.verb : undefined);
