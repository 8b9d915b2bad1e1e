import { randomUUID } from 'node:crypto';
import { writtenDate } from '../../calendar/iso-date';
import { RecordingError, ValidationError } from '../../recording/errors';
import { ukDateTime } from '../../recording/working-hours';
import { adviceValues, type AdviceDesk, type AdviceValues } from '../../supervision/advice';
import { adviceConfirmCard, adviceFormCard } from '../../supervision/advice-cards';
import { notice } from '../notices';
import { cardReply, type Reply } from '../replies';
import type { ActionHandler, MessageHandler, TurnScope } from '../turn';
import { principalOf, refusalCard, signInCard } from './supervision';

// Advice outside supervision: the worker records it; their line manager confirms, corrects or declines; the worker is told.

const OPEN = /^\s*(?:please\s+)?(?:record|log|note|add)\s+(?:the\s+|some\s+)?advice(?:\s+(?:from|given\s+by)\s+(?:my\s+)?(?:manager|line\s+manager|supervisor))?(?:\s+outside\s+(?:of\s+)?supervision)?\s*[.!]*\s*$/i;
const CARD_ID = /^[A-Za-z0-9-]{8,100}$/;
const REFERENCE = /^SD-[A-Za-z0-9-]{1,80}$/;
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

async function form(desk: AdviceDesk, scope: TurnScope, values?: AdviceValues, cardId: string = randomUUID(), problem?: { errors?: ValidationError['fields']; banner?: string }): Promise<Reply[]> {
  const principal = principalOf(scope);
  if (!principal) return [cardReply(signInCard())];
  try {
    const choices = await desk.choices(principal);
    return [cardReply(adviceFormCard({ cardId, today: scope.answer.today, choices, ...(values ? { values } : {}), ...(problem?.errors ? { errors: problem.errors } : {}), ...(problem?.banner ? { banner: problem.banner } : {}) }))];
  } catch (err) {
    if (err instanceof RecordingError) return [cardReply(refusalCard(err.message))];
    throw err;
  }
}

export const adviceIntent = (desk: AdviceDesk): MessageHandler => ({ intent: 'advice', matches: (t) => OPEN.test(t), handle: (_t, scope) => form(desk, scope) });
export const adviceOpenAction = (desk: AdviceDesk): ActionHandler => ({ verb: 'advice-open', handle: (_d, scope) => form(desk, scope) });

export function adviceSubmitAction(desk: AdviceDesk): ActionHandler {
  return {
    verb: 'advice-submit',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      if (!principal) return [cardReply(signInCard())];
      const values = adviceValues(data);
      const cardId = typeof data.cardId === 'string' && CARD_ID.test(data.cardId) ? data.cardId : undefined;
      if (!cardId) return form(desk, scope, values, undefined, { banner: 'This form is out of date. Check the details and send it again.' });
      try {
        const { record, created, lineManager } = await desk.record(principal, values, cardId);
        const told = created ? ((await scope.notify?.(lineManager.userId, adviceConfirmCard(record))) ?? 'unreachable') : 'sent';
        const line =
          told === 'sent'
            ? `${lineManager.name} was sent it to confirm. You will be told when they do.`
            : `${lineManager.name} could not be reached: they have not opened a chat with this bot yet. Ask them to confirm ${record.id}.`;
        return [cardReply(notice('Advice recorded', `Recorded as ${record.id} on ${record.person.name}'s record and your supervision file. ${line}`))];
      } catch (err) {
        if (err instanceof ValidationError) return form(desk, scope, values, cardId, { errors: err.fields });
        if (err instanceof RecordingError && err.code === 'forbidden') return [cardReply(refusalCard(err.message))];
        const banner = err instanceof RecordingError ? err.message : 'The advice could not be recorded just now; nothing was saved.';
        return form(desk, scope, values, cardId, { banner: `${banner} Everything you entered is still here: send it again.` });
      }
    },
  };
}

export function adviceConfirmAction(desk: AdviceDesk): ActionHandler {
  return {
    verb: 'advice-confirm',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      if (!principal) return [cardReply(signInCard())];
      const reference = typeof data.record === 'string' && REFERENCE.test(data.record) ? data.record : undefined;
      if (!reference) return [cardReply(notice('Nothing was confirmed', 'That button did not say which record. Open the latest card and try again.'))];
      const correction = text(data.correction, 1900);
      try {
        const { record, created } = await desk.confirm(principal, reference, correction || undefined);
        const signOff = record.signOffs.find((s) => s.kind === 'advice-confirmed');
        const on = signOff ? writtenDate(ukDateTime(new Date(signOff.at)).date) : '';
        const told = created
          ? ((await scope.notify?.(record.author.userId, notice('Your manager confirmed the advice', `${principal.name} confirmed the advice recorded in ${record.id} (${record.person.name}) on ${on}.${signOff?.note ? ` ${signOff.note}` : ''}`))) ?? 'unreachable')
          : 'sent';
        const who = told === 'sent' ? `${record.author.name} was told.` : `${record.author.name} could not be reached: tell them yourself.`;
        return [cardReply(notice('Advice confirmed', `${reference} confirmed${signOff?.note ? ' with your correction' : ''} on ${on}, recorded on the file under your name. ${who}`))];
      } catch (err) {
        if (err instanceof RecordingError && err.code === 'forbidden') return [cardReply(refusalCard(err.message))];
        if (err instanceof RecordingError) return [cardReply(notice('Nothing was confirmed', err.message))];
        throw err;
      }
    },
  };
}

export function adviceDeclineAction(desk: AdviceDesk): ActionHandler {
  return {
    verb: 'advice-decline',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      if (!principal) return [cardReply(signInCard())];
      const reference = typeof data.record === 'string' && REFERENCE.test(data.record) ? data.record : undefined;
      const reason = text(data.declineReason, 2000);
      if (!reference || !reason) return [cardReply(notice('Nothing was sent', 'Say why you are declining, then select "Decline" again.'))];
      try {
        const { record, signOff, created } = await desk.decline(principal, reference, reason);
        const on = writtenDate(ukDateTime(new Date(signOff.at)).date);
        // The same decline sent twice is one entry on the file and one message to the worker.
        const told = created
          ? ((await scope.notify?.(record.author.userId, notice('Your manager did not confirm the advice', `${principal.name} did not confirm the advice recorded in ${record.id} (${record.person.name}) on ${on}: ${reason} This is entered on the file and the advice stays unconfirmed; talk to them about what to record.`))) ?? 'unreachable')
          : 'sent';
        return [cardReply(notice('Advice not confirmed', `Your decline of ${reference} and your reason are entered on the file under your name on ${on}; the advice stays unconfirmed. ${told === 'sent' ? `${record.author.name} was sent your reason.` : `${record.author.name} could not be reached: tell them yourself.`}`))];
      } catch (err) {
        if (err instanceof RecordingError && err.code === 'forbidden') return [cardReply(refusalCard(err.message))];
        if (err instanceof RecordingError) return [cardReply(notice('Nothing was sent', err.message))];
        throw err;
      }
    },
  };
}
