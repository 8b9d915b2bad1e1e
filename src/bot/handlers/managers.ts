import type { RecordingService } from '../../recording/service';
import type { AdviceDesk } from '../../supervision/advice';
import { asksAboutContactWithRecord, withContactRegister } from './contact-register';
import type { SignOffDesk } from '../../supervision/sign-off';
import { adviceConfirmAction, adviceDeclineAction, adviceIntent, adviceOpenAction, adviceSubmitAction } from './advice';
import type { SupervisionDesk } from '../../supervision/desk';
import type { ActionHandler, MessageHandler } from '../turn';
import { signOffAgreeAction, signOffAmendAction, signOffIntent, signOffOpenAction } from './sign-off';
import { supervisionIntent, supervisionOpenAction, supervisionSubmitAction } from './supervision';

export interface ManagerDesks {
  /** For the digital contact register shown after answers. */
  recordings: RecordingService;
  supervision: SupervisionDesk;
  signOff: SignOffDesk;
  advice: AdviceDesk;
}

/** The line managers' features: supervision decisions, "read and agreed" and advice outside supervision; registered together in src/bot/routes.ts. */
export function managerHandlers(desks: ManagerDesks | undefined): { messages: MessageHandler[]; actions: ActionHandler[]; answer: (a: MessageHandler['handle']) => MessageHandler['handle']; answerReadsRecords: (text: string) => boolean } {
  if (!desks) return { messages: [], actions: [], answer: (a) => a, answerReadsRecords: () => false };
  const { supervision, signOff, advice } = desks;
  return {
    answer: (a) => withContactRegister(a, desks.recordings),
    answerReadsRecords: asksAboutContactWithRecord,
    // Each reads or writes records as the person who acts, so with SharePoint the bot needs their sign-in first.
    messages: [supervisionIntent(supervision), signOffIntent(signOff), adviceIntent(advice)].map(asUser),
    actions: [supervisionOpenAction(supervision), supervisionSubmitAction(supervision), signOffOpenAction(signOff), signOffAgreeAction(signOff), signOffAmendAction(signOff),
      adviceOpenAction(advice), adviceSubmitAction(advice), adviceConfirmAction(advice), adviceDeclineAction(advice)].map(asUser),
  };
}

const asUser = <H extends MessageHandler | ActionHandler>(h: H): H => ({ ...h, actsAsUser: true });
