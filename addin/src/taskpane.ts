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
  if (new URLSearchParams(location.search).get('mode') === 'compose') {
    // Filing on send needs the sent message's EML, which Outlook gives only once it is sent (read mode, Mailbox 1.14).
    root.replaceChildren(
      Object.assign(document.createElement('h1'), { textContent: 'File when sent' }),
      Object.assign(document.createElement('p'), { textContent: 'Filing on send is not available yet. Send the e-mail, then select it in Sent Items and choose "File to record": the person and fields are filled in for you.' }),
    );
    return;
  }
  void new Pane(root, new Mailbox(Office)).start();
});
