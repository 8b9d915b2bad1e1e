/// <reference types="office-js" />
import { Mailbox } from './mailbox';
import { Pane } from './pane';

// Entry point: waits for Office.js, then starts the pane on the mailbox.
Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) return;
  if (!Office.context?.mailbox) {
    root.textContent = 'Open this pane from Outlook: select e-mails, then choose "File to record".';
    return;
  }
  void new Pane(root, new Mailbox(Office)).start();
});
