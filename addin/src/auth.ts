import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';

// Who the pane calls the recording service as: Nested App Authentication (the Outlook host signs the worker in; MSAL
// asks it for a token for the service's scope). Local mode (no client id compiled in): anonymous, no token at all.

export interface AuthSettings {
  clientId: string | null;
  apiScope: string | null;
}

declare const __ADDIN_AUTH__: AuthSettings;
const compiled: AuthSettings = typeof __ADDIN_AUTH__ === 'undefined' ? { clientId: null, apiScope: null } : __ADDIN_AUTH__;

export type PcaFactory = (config: Parameters<typeof createNestablePublicClientApplication>[0]) => Promise<IPublicClientApplication>;

/**
 * A token getter: silent first (the host usually has one), a popup only when the worker must consent or sign in again;
 * never a popup with `interactive: false` (the send event's runtime has no window to show one in).
 */
export function tokenSource(settings: AuthSettings, factory: PcaFactory = createNestablePublicClientApplication, options: { interactive?: boolean } = {}): () => Promise<string | undefined> {
  let app: Promise<IPublicClientApplication> | undefined;
  return async () => {
    if (!settings.clientId || !settings.apiScope) return undefined;
    app ??= factory({ auth: { clientId: settings.clientId, authority: 'https://login.microsoftonline.com/organizations' } }).catch((err: unknown) => {
      app = undefined;
      throw err;
    });
    const pca = await app;
    const request = { scopes: [settings.apiScope] };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (err) {
      if (options.interactive === false) throw err;
      return (await pca.acquireTokenPopup(request)).accessToken;
    }
  };
}

export const accessToken = tokenSource(compiled);
/** For the OnMessageSend handler: Nested App Authentication works in the event runtime, but silently only. */
export const silentAccessToken = (): Promise<string | undefined> => (silent ??= tokenSource(compiled, createNestablePublicClientApplication, { interactive: false }))();
let silent: (() => Promise<string | undefined>) | undefined;
