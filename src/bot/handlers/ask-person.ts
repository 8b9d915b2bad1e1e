import { z } from 'zod';
import { answerSummary } from '../../answering/answer';
import { ASK_TARGETS, type AskStore, type AskTarget } from '../../asking/ask-store';
import { askProblemCard, expertRequestCard, notSetUpCard, personAnswerCard, sentCard } from '../../asking/cards';
import { redactText } from '../../privacy/redact';
import { cardReply } from '../replies';
import type { ActionHandler } from '../turn';

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

export function askPersonActions(store: AskStore, experts: ExpertConversations): ActionHandler[] {
  const ask: ActionHandler = {
    verb: 'ask-person',
    handle: async (data, scope) => {
      const parsed = AskSchema.safeParse(data);
      if (!parsed.success) return [cardReply(askProblemCard('That button could not be read. Please ask your question again.'))];
      const { to, question } = parsed.data;
      const conversation = experts.conversations[to];
      if (!conversation || !scope.origin || !scope.outbox) return [cardReply(notSetUpCard(to))];
      const summary = answerSummary(data, scope.answer);
      if (!summary) return [cardReply(askProblemCard('That answer could not be found again. Please ask your question again, then use the button.'))];
      const request = store.add({
        createdAt: scope.now.toISOString(),
        to,
        question: redactText(question),
        botAnswer: summary.answer,
        topic: summary.topic,
        verdict: summary.verdict,
        ruleIds: summary.ruleIds,
        guidanceVersion: summary.guidanceVersion,
        replyTo: scope.origin,
      });
      try {
        await scope.outbox({ ...scope.origin, serviceUrl: experts.serviceUrl ?? scope.origin.serviceUrl, conversationId: conversation }, expertRequestCard(request));
      } catch (error) {
        // Not delivered: nothing is left open that nobody can see.
        store.remove(request.id);
        throw error;
      }
      return [cardReply(sentCard(request))];
    },
  };

  const reply: ActionHandler = {
    verb: 'expert-reply',
    handle: async (data, scope) => {
      const parsed = ReplySchema.safeParse(data);
      const request = parsed.success ? store.get(parsed.data.requestId) : undefined;
      // Deny by default: only the conversation the request was sent to can answer it.
      const allowed = request && scope.origin && experts.conversations[request.to] && sameConversation(scope.origin.conversationId, experts.conversations[request.to]!);
      if (!parsed.success || !request || !allowed || !scope.outbox) return [cardReply(askProblemCard('This request cannot be answered from here.'))];
      if (request.state === 'answered') return [cardReply(expertRequestCard(request))];
      const text = parsed.data.reply?.trim() ?? '';
      if (!text) return [cardReply(expertRequestCard(request, 'Type your answer first.'))];
      // Sent before it is marked answered: a failed delivery leaves the request open to answer again.
      await scope.outbox(request.replyTo, personAnswerCard(request, text));
      const answered = store.answer(request.id, redactText(text), scope.now.toISOString()) ?? store.get(request.id)!;
      return [cardReply(expertRequestCard(answered))];
    },
  };
  return [ask, reply];
}
