import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/principal';
import { ForbiddenError, IdempotencyConflictError, RecordingError, ValidationError } from '../../recording/errors';
import { decisionFormCard, decisionNoticeCard, decisionRecordedCard } from '../../supervision/cards';
import { formValues, type FormValues } from '../../supervision/decision-form';
import type { SupervisionDesk } from '../../supervision/desk';
import { notice } from '../notices';
import { cardReply, type Reply } from '../replies';
import type { ActionHandler, MessageHandler, TurnScope } from '../turn';

// "record a supervision decision" (typed, or the welcome card's button) opens the form; its button records the decision.

const OPEN = /^\s*(?:please\s+)?(?:i\s+(?:want|need)\s+to\s+)?(?:record|log|add|enter|write\s+up|new|start|open)\s+(?:a\s+|an\s+|the\s+|my\s+|today'?s\s+)?(?:new\s+)?supervision(?:\s+(?:decisions?|notes?|discussions?))?(?:\s+(?:card|form))?\s*[.!]*\s*$|^\s*supervision\s+decisions?(?:\s+(?:card|form))?\s*[.!]*\s*$/i;
const CARD_ID = /^[A-Za-z0-9-]{8,100}$/;

export const principalOf = (scope: TurnScope): Principal | undefined =>
  scope.actor && {
    userId: scope.actor.userId,
    name: scope.actor.name,
    tenantId: scope.actor.tenantId,
    ...(scope.actor.local ? { local: true } : {}),
    // Teams single sign-on: the store acts as this person with their own Graph token.
    ...(scope.actor.graphToken ? { accessToken: scope.actor.graphToken, tokenFor: 'graph' as const } : {}),
  };

export const signInCard = () => notice('Sign in to Teams to record', 'Records are made under your own name, and this chat did not say who you are. Open the bot in Microsoft Teams and try again.');

export const refusalCard = (reason: string) => notice('You cannot record this', `${reason} Nothing was recorded.`);

async function openForm(desk: SupervisionDesk, scope: TurnScope, values?: FormValues, cardId: string = randomUUID(), problem?: { errors?: ValidationError['fields']; banner?: string }): Promise<Reply[]> {
  const principal = principalOf(scope);
  if (!principal) return [cardReply(signInCard())];
  try {
    const choices = await desk.choices(principal);
    return [cardReply(decisionFormCard({ cardId, today: scope.answer.today, choices, ...(values ? { values } : {}), ...(problem?.errors ? { errors: problem.errors } : {}), ...(problem?.banner ? { banner: problem.banner } : {}) }))];
  } catch (err) {
    if (err instanceof RecordingError) return [cardReply(refusalCard(err.message))];
    throw err;
  }
}

export function supervisionIntent(desk: SupervisionDesk): MessageHandler {
  return { intent: 'supervision-decision', matches: (text) => OPEN.test(text), handle: (_text, scope) => openForm(desk, scope) };
}

export function supervisionOpenAction(desk: SupervisionDesk): ActionHandler {
  return { verb: 'supervision-open', handle: (_data, scope) => openForm(desk, scope) };
}

export function supervisionSubmitAction(desk: SupervisionDesk): ActionHandler {
  return {
    verb: 'supervision-submit',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      if (!principal) return [cardReply(signInCard())];
      const values = formValues(data);
      const cardId = typeof data.cardId === 'string' && CARD_ID.test(data.cardId) ? data.cardId : undefined;
      // Without the card's own id a double submission could not be recognised: a fresh card keeps what was typed.
      if (!cardId) return openForm(desk, scope, values, undefined, { banner: 'This form is out of date. Check the details below and select "Record the decision".' });
      try {
        const { record, created, supervisee } = await desk.record(principal, values, cardId);
        // Told once: a second submission of the same card returns the same record and tells no one again.
        const told = created ? ((await scope.notify?.(supervisee.userId, decisionNoticeCard(record))) ?? 'unreachable') : 'already';
        return [cardReply(decisionRecordedCard(record, told))];
      } catch (err) {
        if (err instanceof ValidationError) return openForm(desk, scope, values, cardId, { errors: err.fields });
        if (err instanceof ForbiddenError) return [cardReply(refusalCard(err.message))];
        if (err instanceof IdempotencyConflictError) {
          return openForm(desk, scope, values, undefined, { banner: 'This card already recorded a decision with different details. Check the details below and select "Record the decision" to record them as a new decision.' });
        }
        // The store or directory did not answer: nothing was saved, and everything typed comes back to try again.
        const banner = err instanceof RecordingError ? err.message : 'The decision could not be recorded just now; nothing was saved.';
        return openForm(desk, scope, values, cardId, { banner: `${banner} Everything you entered is still here: select "Record the decision" again.` });
      }
    },
  };
}
