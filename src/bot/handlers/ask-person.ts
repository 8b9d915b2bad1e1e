import { z } from 'zod';
import { workOn, type AnswerThreads } from '../../answering/answer-threads';
import { ASK_TARGETS, type AskStore, type AskTarget } from '../../asking/ask-store';
import { askProblemCard, expertRequestCard, notReachedCard, notSetUpCard, personAnswerCard, sentCard } from '../../asking/cards';
import type { Principal } from '../../auth/principal';
import { redactText } from '../../privacy/redact';
import { cardReply } from '../replies';
import type { ActionHandler, TurnScope } from '../turn';
import { principalOf } from './supervision';

// "Ask my manager" / "Ask an information governance lead": the question and the bot's answer go to the experts' conversation
// as a card they answer in place; the answer goes back to the practitioner's conversation proactively.

export interface ExpertConversations {
  /** Conversation (a Teams channel or chat) per target; unset means nobody receives those questions. */
  conversations: Partial<Record<AskTarget, string>>;
  /** The Bot Connector for those conversations; default the asking turn's. */
  serviceUrl?: string;
}

const AskSchema = z.looseObject({ verb: z.literal('ask-person'), to: z.enum(ASK_TARGETS), question: z.string().max(2000) });
const ReplySchema = z.looseObject({ requestId: z.coerce.number().int().positive(), reply: z.string().max(2000).optional() });

/** Teams channel conversation ids carry the thread after ";messageid="; the channel is what was configured. */
const sameConversation = (a: string, b: string): boolean => a.split(';')[0] === b.split(';')[0];

/** The practitioner's line manager from the organisation model; undefined when it names none. */
export type LineManagerOf = (principal: Principal) => Promise<{ userId: string; name: string } | undefined>;

export function askPersonActions(store: AskStore, experts: ExpertConversations, lineManagerOf?: LineManagerOf, threads?: AnswerThreads): ActionHandler[] {
  const ask: ActionHandler = {
    verb: 'ask-person',
    handle: async (data, scope) => {
      const parsed = AskSchema.safeParse(data);
      if (!parsed.success) return [cardReply(askProblemCard('That button could not be read. Please ask your question again.'))];
      const { to, question } = parsed.data;
      const conversation = experts.conversations[to];
      // "Ask my manager" goes to the asker's own line manager where the organisation model names one.
      const lineManager = to === 'manager' ? await lineManagerFor(scope, lineManagerOf) : undefined;
      if (!scope.origin || !scope.outbox || (!conversation && !lineManager)) {
        if (to === 'manager' && scope.origin) return [cardReply(notReachedCard('your manager', `The organisation directory names no line manager for you${principalOf(scope) ? '' : ' (this chat did not say who you are)'}, and no managers' channel is set up.`))];
        return [cardReply(notSetUpCard(to))];
      }
      const summary = await workOn(threads, 'summary', data, scope.answer);
      if (!summary) return [cardReply(askProblemCard('That answer could not be found again. Please ask your question again, then use the button.'))];
      let request = store.add({
        createdAt: scope.now.toISOString(),
        to,
        question: redactText(question),
        botAnswer: summary.answer,
        topic: summary.topic,
        verdict: summary.verdict,
        ruleIds: summary.ruleIds,
        guidanceVersion: summary.guidanceVersion,
        replyTo: scope.origin,
        ...(scope.actor ? { askedBy: scope.actor.userId } : {}),
        ...(lineManager ? { sentTo: lineManager.userId } : {}),
      });
      // Straight to the line manager's own chat with the bot, when they have one.
      if (lineManager && (await scope.notify?.(lineManager.userId, expertRequestCard(request, '', scope.actor?.name))) === 'sent') return [cardReply(sentCard(request, lineManager.name))];
      if (!conversation) {
        store.remove(request.id);
        return [cardReply(notReachedCard(lineManager!.name, `${lineManager!.name}, your line manager, could not be reached: they have not opened a chat with this bot yet, and no managers' channel is set up.`))];
      }
      if (lineManager) request = store.reroute(request.id, undefined) ?? request;
      try {
        await scope.outbox({ ...scope.origin, serviceUrl: experts.serviceUrl ?? scope.origin.serviceUrl, conversationId: conversation }, expertRequestCard(request));
      } catch (error) {
        // Not delivered: nothing is left open that nobody can see.
        store.remove(request.id);
        throw error;
      }
      const note = lineManager ? `${lineManager.name}, your line manager, has not opened a chat with this bot yet, so it went to the managers' channel.` : undefined;
      return [cardReply(sentCard(request, undefined, note))];
    },
  };

  const reply: ActionHandler = {
    verb: 'expert-reply',
    handle: async (data, scope) => {
      const parsed = ReplySchema.safeParse(data);
      const request = parsed.success ? store.get(parsed.data.requestId) : undefined;
      // Deny by default: only the conversation the request was sent to can answer it;
      // a request sent to a line manager is answered by that person only, wherever they answer it.
      const allowed = request && (request.sentTo ? scope.actor?.userId === request.sentTo : scope.origin && experts.conversations[request.to] && sameConversation(scope.origin.conversationId, experts.conversations[request.to]!));
      if (!parsed.success || !request || !allowed || !scope.outbox) return [cardReply(askProblemCard('This request cannot be answered from here.'))];
      if (request.state === 'answered') return [cardReply(expertRequestCard(request))];
      const text = parsed.data.reply?.trim() ?? '';
      if (!text) return [cardReply(expertRequestCard(request, 'Type your answer first.'))];
      // Sent before it is marked answered: a failed delivery leaves the request open to answer again.
      // To the practitioner's own chat with the bot where it is known (from any instance), else where they asked.
      const answerCard = personAnswerCard(request, text);
      if (!request.askedBy || (await scope.notify?.(request.askedBy, answerCard)) !== 'sent') await scope.outbox(request.replyTo, answerCard);
      const answered = store.answer(request.id, redactText(text), scope.now.toISOString()) ?? store.get(request.id)!;
      return [cardReply(expertRequestCard(answered))];
    },
  };
  return [ask, reply];
}

/** A directory that cannot be read now (Graph unavailable) falls back to the configured conversation, as if it named no one. */
async function lineManagerFor(scope: TurnScope, lineManagerOf: LineManagerOf | undefined): Promise<{ userId: string; name: string } | undefined> {
  const principal = principalOf(scope);
  if (!principal || !lineManagerOf) return undefined;
  try {
    return await lineManagerOf(principal);
  } catch {
    return undefined;
  }
}
