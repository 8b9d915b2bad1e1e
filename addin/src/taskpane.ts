/// <reference types="office-js" />
import { ComposePane } from './compose';
import { Mailbox } from './mailbox';
import { Pane } from './pane';
import { canFileOnSend } from './send-filing';
import { SentFilings } from './sent-filings';

// Entry point: waits for Office.js, then starts the pane on the mailbox.
Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) return;
  if (!Office.context?.mailbox) {
    root.textContent = 'Open this pane from Outlook: select e-mails, then choose "File to record".';
    return;
  }
  if (new URLSearchParams(location.search).get('mode') === 'compose') {
    void new ComposePane(root, Office).start();
    return;
  }
  void new Pane(root, new Mailbox(Office), canFileOnSend(Office) ? new SentFilings(Office) : undefined).start();
});
