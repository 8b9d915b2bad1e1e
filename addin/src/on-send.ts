/// <reference types="office-js" />
import { queueOnSend } from './send-filing';

// The OnMessageSend handler: queues the worker's "File when sent" choice and always lets the e-mail go. A filing
// problem must never stop a practitioner's e-mail (SendMode SoftBlock: the add-in decides, and it always says send).

/** Longer than this and the e-mail goes anyway; the pane will show the filing as not queued only if nothing was saved. */
export const SEND_HANDLER_LIMIT_MS = 4000;

export function handleMessageSend(office: typeof Office, event: Office.AddinCommands.Event, limitMs = SEND_HANDLER_LIMIT_MS): Promise<void> {
  let done = false;
  const complete = () => {
    if (done) return;
    done = true;
    event.completed({ allowEvent: true });
  };
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      complete();
      resolve();
    }, limitMs);
    queueOnSend(office)
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        complete();
        resolve();
      });
  });
}
