// TEMPORARY placeholder written by the bot transport helper so the bot runs before the answers module lands.
// Answers helper: replace this file wholesale with the real module (same exports); nothing here is meant to stay.
import { POLICY_SOURCES } from '../guidance/policies';
import type { OrganisationProfile } from '../guidance/profile';
import type { IsoDate } from '../guidance/situation';

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export interface AnswerContext {
  profile: OrganisationProfile;
  today: IsoDate;
}

export interface Reply {
  kind: 'card';
  card: AdaptiveCardJson;
  rulings: { topic: string; ruleIds: string[]; guidanceVersion: string }[];
}

const card = (title: string, lines: string[], actions: unknown[] = []): AdaptiveCardJson => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: title, weight: 'Bolder', wrap: true }, ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true }))],
  actions,
});

const execute = (title: string, data: Record<string, unknown>) => ({
  type: 'Action.Execute',
  title,
  verb: data.verb,
  data,
  fallback: { type: 'Action.Submit', title, data },
});

export function welcome(ctx: AnswerContext): Reply[] {
  return [{
    kind: 'card',
    card: card('Ask me about recording and digital contact', [`Policies: ${ctx.profile.policies.map((p) => POLICY_SOURCES[p].organisation).join('; ')}`], [
      execute('Can I WhatsApp a 15-year-old?', { verb: 'ask', question: 'Can I WhatsApp a 15-year-old?' }),
    ]),
    rulings: [],
  }];
}

export function answerQuestion(text: string, ctx: AnswerContext): Reply[] {
  const question = text.slice(0, 200);
  return [{
    kind: 'card',
    card: card('Not covered', [
      'Verdict: not covered (the answers module is not installed yet).',
      ...ctx.profile.policies.map((p) => POLICY_SOURCES[p].organisation),
    ], [
      execute('Helpful', { verb: 'feedback', helpful: true, topic: 'digital-contact', ruleIds: [], guidanceVersion: 'placeholder', question }),
    ]),
    rulings: [{ topic: 'digital-contact', ruleIds: [], guidanceVersion: 'placeholder' }],
  }];
}

export function answerAction(data: unknown, ctx: AnswerContext): Reply[] {
  const d = (typeof data === 'object' && data !== null ? data : {}) as { question?: unknown };
  return answerQuestion(typeof d.question === 'string' ? d.question : '', ctx);
}
