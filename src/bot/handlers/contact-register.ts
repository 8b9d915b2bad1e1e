import { writtenDate } from '../../calendar/iso-date';
import type { RecordingService } from '../../recording/service';
import { CHANNEL_TITLES } from '../../supervision/cards';
import { contactApprovals, personReferencesIn, type ContactApproval } from '../../supervision/register';
import { notice } from '../notices';
import { cardReply, type Reply } from '../replies';
import type { MessageHandler, TurnScope } from '../turn';
import { principalOf } from './supervision';

// A digital-contact question that names a person's record also gets what the register holds for that person, after the
// answer card (the answer itself is unchanged); saying a work number is given out tells the line manager (Pan Dorset 1.3).

const DIGITAL = /\b(texts?|texting|sms|whats\s?app|e-?mails?|messag\w*|calls?|phone|mobile|instagram|facebook|snapchat|apps?)\b/i;
const WORK_NUMBER = /\b(give|giving|gave|given|share|sharing|hand(?:ing)?\s+out)\b.{0,40}\bwork\s+(?:mobile|phone|number)|\bwork\s+(?:mobile|phone)?\s*number\b.{0,40}\b(give|giving|gave|given|share|sharing)\b/i;

function approvalLine(a: ContactApproval): string {
  const review = a.reviewDate
    ? a.expired
      ? `Its review date, ${writtenDate(a.reviewDate)}, has passed: the approval has expired. Review it in supervision before using this channel again.`
      : `Review by ${writtenDate(a.reviewDate)}.`
    : 'No review date was set.';
  const what = [a.account && `(${a.account})`, a.purpose && `for ${a.purpose}`].filter(Boolean).join(' ');
  return `${CHANNEL_TITLES[a.channel]} ${what} approved by ${a.approvedBy} on ${writtenDate(a.approvedOn)} (${a.reference}).${a.consent ? ` Consent: ${a.consent}.` : ''} ${review}`.replace(/\s+/g, ' ');
}

async function registerReplies(recordings: RecordingService, text: string, scope: TurnScope): Promise<Reply[]> {
  const principal = principalOf(scope);
  if (!principal || !DIGITAL.test(text)) return [];
  const replies: Reply[] = [];
  for (const person of personReferencesIn(text)) {
    const approvals = await contactApprovals(recordings, principal, person, scope.answer.today);
    if (approvals === undefined) continue; // Not a record this person may see: say nothing about it.
    replies.push(
      cardReply(
        notice(
          `Digital contact register: ${person}`,
          approvals.length === 0
            ? `No use of texts, e-mail or apps is approved on ${person}'s record. Discuss it in supervision; the decision is recorded on the record and the supervision file.`
            : approvals.map(approvalLine).join('\n\n'),
        ),
      ),
    );
    if (WORK_NUMBER.test(text)) replies.push(...(await tellLineManager(recordings, principal, person, scope)));
  }
  return replies;
}

async function tellLineManager(recordings: RecordingService, principal: NonNullable<ReturnType<typeof principalOf>>, person: string, scope: TurnScope): Promise<Reply[]> {
  const manager = await recordings.access.lineManagerOf(principal, principal.userId);
  if (!manager) return [cardReply(notice('Tell your line manager', 'Pan Dorset 1.3: line managers should be informed of all occasions when a work number is given. The directory names no line manager for you, so tell them yourself.'))];
  const delivery = (await scope.notify?.(manager.userId, notice('A work number is being given out', `${principal.name} is giving a work number to ${person} (asked on ${writtenDate(scope.answer.today)}). Pan Dorset 1.3: line managers should be informed of all occasions when a number is given.`))) ?? 'unreachable';
  return [
    cardReply(
      notice(
        delivery === 'sent' ? `${manager.name} was told` : 'Tell your line manager',
        delivery === 'sent'
          ? `Pan Dorset 1.3 asks that line managers are informed of all occasions when a work number is given: ${manager.name} was sent a card about ${person}.`
          : `Pan Dorset 1.3 asks that line managers are informed of all occasions when a work number is given. ${manager.name} could not be reached by the bot: tell them yourself.`,
      ),
    ),
  ];
}

/** Whether the register would be read for this question (digital contact, a person's record named). */
export function asksAboutContactWithRecord(text: string): boolean {
  return DIGITAL.test(text) && personReferencesIn(text).length > 0;
}

/** The answer, then the register for any person's record the question names. */
export function withContactRegister(answer: MessageHandler['handle'], recordings: RecordingService | undefined): MessageHandler['handle'] {
  if (!recordings) return answer;
  return async (text, scope) => [...(await answer(text, scope)), ...(await registerReplies(recordings, text, scope))];
}
