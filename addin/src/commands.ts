/// <reference types="office-js" />

// Event-based activation (OnMessageSend). Filing on send comes with "File when sent"; until a record is chosen for the
// message there is nothing to file, and the e-mail is always allowed to go.

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  event.completed({ allowEvent: true });
}

Office.onReady(() => undefined);
Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
