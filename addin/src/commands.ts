/// <reference types="office-js" />
import { handleMessageSend } from './on-send';

// Event-based activation (OnMessageSend): the e-mail always goes; a "File when sent" choice is queued for the pane.

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  void handleMessageSend(Office, event);
}

Office.onReady(() => undefined);
Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
