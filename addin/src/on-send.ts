/// <reference types="office-js" />
import { notifySent } from './notify-send';
import { pendingAtSend, queuePending, type SendChoice } from './send-filing';

// The OnMessageSend handler: tells the recording service about the worker's "File when sent" choice (it files the sent
// copy in the background), queues the choice in roaming settings for the pane, and always lets the e-mail go. A filing
// problem must never stop a practitioner's e-mail (SendMode SoftBlock: the add-in decides, and it always says send).

/** Longer than this and the e-mail goes anyway; the pane will show the filing as not queued only if nothing was saved. */
export const SEND_HANDLER_LIMIT_MS = 4000;

/** Tells the service about a filing; resolves false (never rejects) when it could not. */
export type Notify = (choice: SendChoice) => Promise<boolean>;

async function fileOnSend(office: typeof Office, notify: Notify): Promise<void> {
  const entry = await pendingAtSend(office);
  if (!entry) return;
  // Both at once, within the limit: either alone is enough for the filing to happen (the server, or the pane later).
  await Promise.allSettled([queuePending(office, entry), notify(entry)]);
}

export function handleMessageSend(office: typeof Office, event: Office.AddinCommands.Event, limitMs = SEND_HANDLER_LIMIT_MS, notify: Notify = (c) => notifySent(c)): Promise<void> {
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
    fileOnSend(office, notify)
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        complete();
        resolve();
      });
  });
}
