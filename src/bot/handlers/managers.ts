import type { SignOffDesk } from '../../supervision/sign-off';
import type { SupervisionDesk } from '../../supervision/desk';
import type { ActionHandler, MessageHandler } from '../turn';
import { signOffAgreeAction, signOffAmendAction, signOffIntent, signOffOpenAction } from './sign-off';
import { supervisionIntent, supervisionOpenAction, supervisionSubmitAction } from './supervision';

export interface ManagerDesks {
  supervision: SupervisionDesk;
  signOff: SignOffDesk;
}

/** The line managers' features: supervision decisions and "read and agreed"; registered together in src/bot/routes.ts. */
export function managerHandlers(desks: ManagerDesks | undefined): { messages: MessageHandler[]; actions: ActionHandler[] } {
  if (!desks) return { messages: [], actions: [] };
  const { supervision, signOff } = desks;
  return {
    messages: [supervisionIntent(supervision), signOffIntent(signOff)],
    actions: [supervisionOpenAction(supervision), supervisionSubmitAction(supervision), signOffOpenAction(signOff), signOffAgreeAction(signOff), signOffAmendAction(signOff)],
  };
}
