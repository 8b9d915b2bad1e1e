import { unknownActionCard } from './notices';
import type { Reply } from './replies';
import type { ActionHandler, MessageHandler, TurnScope } from './turn';

export interface BotRoutes {
  /** Tried in order; the first that matches answers. */
  messages: readonly MessageHandler[];
  /** Answers any message no intent matched (the question answerer). */
  fallback: MessageHandler['handle'];
  /** Whether the fallback's answer reads records as the person (the contact register): only with a token already held, never asking. */
  fallbackReadsIfSignedIn?(text: string): boolean;
  actions: readonly ActionHandler[];
  welcome(scope: TurnScope): Reply[];
  /** Told of every reply to a message or card action before it is sent (the answer audit); the reply waits for it. */
  answered?(replies: readonly Reply[], scope: TurnScope): Promise<void> | void;
}

export type ActionInput = { verb: string | undefined; data: Record<string, unknown> };

/** Dispatches neutral turn inputs to the handler registered for the intent or verb. */
export class BotRouter {
  private readonly byVerb: ReadonlyMap<string, ActionHandler>;

  constructor(private readonly routes: BotRoutes) {
    this.byVerb = new Map(routes.actions.map((a) => [a.verb, a]));
  }

  async message(text: string, scope: TurnScope): Promise<Reply[]> {
    const handler = this.routes.messages.find((m) => m.matches(text));
    return await this.told(await (handler ? handler.handle(text, scope) : this.routes.fallback(text, scope)), scope);
  }

  async action({ verb, data }: ActionInput, scope: TurnScope): Promise<Reply[]> {
    const handler = verb === undefined ? undefined : this.byVerb.get(verb);
    return await this.told(handler ? await handler.handle(data, scope) : [{ kind: 'card', card: unknownActionCard(), rulings: [] }], scope);
  }

  private async told(replies: Reply[], scope: TurnScope): Promise<Reply[]> {
    scope.answerReady?.();
    await this.routes.answered?.(replies, scope);
    return replies;
  }

  /** Whether answering this message or card action reads or writes records as the person (so needs their sign-in). */
  actsAsUser(input: { text: string } | ActionInput): boolean {
    if ('text' in input) return this.routes.messages.find((m) => m.matches(input.text))?.actsAsUser === true;
    return input.verb !== undefined && this.byVerb.get(input.verb)?.actsAsUser === true;
  }

  /** Whether answering this message reads records as the person when their token is already held (no sign-in asked). */
  readsAsUserIfSignedIn(input: { text: string } | ActionInput): boolean {
    if (!('text' in input) || this.routes.messages.some((m) => m.matches(input.text))) return false;
    return this.routes.fallbackReadsIfSignedIn?.(input.text) === true;
  }

  /** Whether the verb's first reply replaces the card it came from. */
  replacesCard(verb: string | undefined): boolean {
    return verb !== undefined && this.byVerb.get(verb)?.replacesCard === true;
  }

  welcome(scope: TurnScope): Reply[] {
    return this.routes.welcome(scope);
  }
}
