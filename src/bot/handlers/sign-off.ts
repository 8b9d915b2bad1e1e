import { writtenDate } from '../../calendar/iso-date';
import { RecordingError } from '../../recording/errors';
import { ukDateTime } from '../../recording/working-hours';
import { amendmentRequestCard, signOffListCard } from '../../supervision/sign-off-cards';
import type { SignOffDesk } from '../../supervision/sign-off';
import { notice } from '../notices';
import { cardReply, type Reply } from '../replies';
import type { ActionHandler, MessageHandler, TurnScope } from '../turn';
import { principalOf, refusalCard, signInCard } from './supervision';

// "awaiting my sign-off" lists the team's records not yet read and agreed; each card action answers with the list again.

const OPEN = /^\s*(?:show\s+(?:me\s+)?|what(?:'s|\s+is|\s+are)\s+|list\s+)?(?:(?:the\s+)?records?\s+)?(?:awaiting|waiting\s+for|for)\s+my\s+sign[\s-]?off\s*[?.!]*\s*$|^\s*(?:my\s+)?sign[\s-]?offs?(?:\s+list)?\s*[?.!]*\s*$/i;
const REFERENCE = /^[A-Z]{2}-[A-Za-z0-9-]{1,80}$/;

async function list(desk: SignOffDesk, scope: TurnScope, done?: { text: string; attention?: boolean }): Promise<Reply[]> {
  const principal = principalOf(scope);
  if (!principal) return [cardReply(signInCard())];
  try {
    return [cardReply(signOffListCard(await desk.awaiting(principal), done))];
  } catch (err) {
    if (err instanceof RecordingError) return [cardReply(notice('Your sign-off list is not available', err.message))];
    throw err;
  }
}

const day = (iso: string) => writtenDate(ukDateTime(new Date(iso)).date);
const referenceOf = (data: Record<string, unknown>) => (typeof data.record === 'string' && REFERENCE.test(data.record) ? data.record : undefined);

export function signOffIntent(desk: SignOffDesk): MessageHandler {
  return { intent: 'sign-off-list', matches: (text) => OPEN.test(text), handle: (_text, scope) => list(desk, scope) };
}

export function signOffOpenAction(desk: SignOffDesk): ActionHandler {
  return { verb: 'sign-off-list', handle: (_data, scope) => list(desk, scope) };
}

export function signOffAgreeAction(desk: SignOffDesk): ActionHandler {
  return {
    verb: 'sign-off-agree',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      const reference = referenceOf(data);
      if (!principal) return [cardReply(signInCard())];
      if (!reference) return list(desk, scope, { text: 'That button did not say which record; nothing was signed off.', attention: true });
      try {
        const { record } = await desk.agree(principal, reference);
        const at = record.signOffs.find((s) => s.kind === 'read-and-agreed');
        return list(desk, scope, { text: `${reference} read and agreed: entered on the file under your name${at ? ` at ${at.at.slice(0, 16).replace('T', ' ')} UTC` : ''}.` });
      } catch (err) {
        if (err instanceof RecordingError && err.code === 'forbidden') return [cardReply(refusalCard(err.message))];
        if (err instanceof RecordingError) return list(desk, scope, { text: `${reference} was not signed off: ${err.message}`, attention: true });
        throw err;
      }
    },
  };
}

export function signOffAmendAction(desk: SignOffDesk): ActionHandler {
  return {
    verb: 'sign-off-amend',
    replacesCard: true,
    async handle(data, scope) {
      const principal = principalOf(scope);
      const reference = referenceOf(data);
      if (!principal) return [cardReply(signInCard())];
      const key = typeof data.reasonInput === 'string' ? data.reasonInput : '';
      const raw = /^reason\d{1,3}$/.test(key) ? data[key] : undefined;
      const reason = typeof raw === 'string' ? raw.trim().slice(0, 2000) : '';
      if (!reference || !reason) return list(desk, scope, { text: 'Say what should be amended, then select "Send" again. Nothing was sent.', attention: true });
      try {
        const { record, signOff, author, created } = await desk.askForAmendment(principal, reference, reason);
        // The same request sent twice is one entry on the file and one message to the worker.
        const delivery = created ? ((await scope.notify?.(author.userId, amendmentRequestCard(record, principal.name, reason, signOff.at))) ?? 'unreachable') : 'sent';
        const entered = `Your request to amend ${reference} and your reason are entered on the file under your name on ${day(signOff.at)}.`;
        const text =
          delivery === 'sent'
            ? `${entered} ${author.name} was sent your request. It stays on this list until it is read and agreed.`
            : `${entered} ${author.name} could not be reached: they have not opened a chat with this bot yet. Tell them about ${reference} yourself.`;
        return list(desk, scope, { text, attention: delivery !== 'sent' });
      } catch (err) {
        if (err instanceof RecordingError && err.code === 'forbidden') return [cardReply(refusalCard(err.message))];
        if (err instanceof RecordingError) return list(desk, scope, { text: `Nothing was sent: ${err.message}`, attention: true });
        throw err;
      }
    },
  };
}
