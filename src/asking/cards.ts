import type { AdaptiveCardJson } from '../cards/view-models';
import type { AskRequest, AskTarget } from './ask-store';

// The cards of asking a person: the request the expert answers in place, and what the practitioner sees.

export const WHO: Readonly<Record<AskTarget, string>> = { manager: 'your manager', 'ig-lead': 'an information governance lead' };
const ROLE: Readonly<Record<AskTarget, string>> = { manager: 'Your manager', 'ig-lead': 'The information governance lead' };

const card = (body: unknown[], actions: unknown[] = []): AdaptiveCardJson => ({ type: 'AdaptiveCard', version: '1.5', body, ...(actions.length > 0 ? { actions } : {}) });
const text = (t: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: t, wrap: true, ...extra });

/**
 * The request in the experts' conversation, or in the line manager's own chat (`askerName` names the practitioner there):
 * open, with a box to answer it; answered, with the answer in place of the box.
 */
export function expertRequestCard(request: AskRequest, problem = '', askerName?: string): AdaptiveCardJson {
  const heading = request.sentTo ? `${askerName ? `${askerName}, whom you line-manage,` : 'Someone you line-manage'} asks you` : `A practitioner asks ${WHO[request.to]}`;
  const body: unknown[] = [
    text(`${heading} (request ${request.id})`, { weight: 'Bolder', style: 'heading' }),
    text(request.question),
    text('The bot answered', { weight: 'Bolder', separator: true }),
    text(request.botAnswer),
    { type: 'FactSet', facts: [{ title: 'Topic', value: request.topic }, { title: 'Rules', value: request.ruleIds.join(', ') || 'none' }, { title: 'Guidance', value: request.guidanceVersion }] },
  ];
  if (request.state === 'answered') {
    body.push(text('Answered', { weight: 'Bolder', separator: true }), text(request.reply ?? ''));
    return card(body);
  }
  body.push({ type: 'Input.Text', id: 'reply', label: 'Your answer (it goes to the practitioner)', isMultiline: true, maxLength: 2000, isRequired: true, errorMessage: 'Type your answer first.' });
  if (problem) body.push(text(problem));
  return card(body, [{ type: 'Action.Execute', title: 'Send answer', verb: 'expert-reply', data: { verb: 'expert-reply', requestId: request.id } }]);
}

/** `to`: the line manager it went to by name; `note`: why it went to the configured conversation instead. */
export const sentCard = (request: AskRequest, to?: string, note?: string): AdaptiveCardJson =>
  card([
    text(`Sent to ${to ? `${to}, your line manager` : WHO[request.to]} (request ${request.id})`, { weight: 'Bolder' }),
    ...(note ? [text(note)] : []),
    text('Their answer will appear here. Your answer card stays above.'),
  ]);

/** Nobody could be given the question: says who, and why, so the practitioner can ask them another way. */
export const notReachedCard = (who: string, why: string): AdaptiveCardJson =>
  card([text(`Your question was not sent to ${who}`, { weight: 'Bolder' }), text(`${why} Please ask them directly; nothing was kept.`)]);

export const notSetUpCard = (to: AskTarget): AdaptiveCardJson =>
  card([text(`No one is set up to receive questions for ${WHO[to]} yet`, { weight: 'Bolder' }), text('Please ask them directly. An administrator can set this up (see .env.example).')]);

export const askProblemCard = (message: string): AdaptiveCardJson => card([text(message)]);

/** What the practitioner receives, proactively, once the person has answered. */
export const personAnswerCard = (request: AskRequest, reply: string): AdaptiveCardJson =>
  card([
    text(`${ROLE[request.to]} answered your question (request ${request.id})`, { weight: 'Bolder', style: 'heading' }),
    text(reply),
    text(`You asked: ${request.question}`, { size: 'Small', separator: true }),
  ]);
