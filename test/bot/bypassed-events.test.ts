import { describe, expect, it } from 'vitest';
import { CompanionTeamsBot } from '../../src/bot/adapter/teams-bot';

// run() sends a message turn straight to its handler, past the SDK's turn, message and dialog events: a handler registered on
// one of them would never see a message, so registering one fails at once rather than being skipped in silence.
describe("the SDK's events a message turn skips", () => {
  // Only the registration is exercised: nothing here is called.
  const bot = new CompanionTeamsBot(undefined as never, undefined as never, undefined as never, undefined as never, undefined as never, { localMode: true });

  it.each([
    ['onMessage', () => bot.onMessage(async (_c, next) => next())],
    ['onTurn', () => bot.onTurn(async (_c, next) => next())],
    ['onDialog', () => bot.onDialog(async (_c, next) => next())],
  ])('refuses a handler registered with %s, saying where messages are handled', (_name, register) =>
    expect(register).toThrow(/goes straight to onMessageTurn/));

  it('still takes handlers of the events it raises (members added, as the welcome uses)', () =>
    expect(bot.onMembersAdded(async (_c, next) => next())).toBe(bot));
});
