/// <reference types="office-js" />

// Event-based activation (OnMessageSend). Filing on send is not built yet (Outlook gives no EML while composing; the sent
// copy must be fetched through Graph), so the handler lets every e-mail go: a filing problem must never stop a send.

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  event.completed({ allowEvent: true });
}

Office.onReady(() => undefined);
Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
