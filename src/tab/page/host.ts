import { app, authentication } from '@microsoft/teams-js';

// The tab's host: Teams, Outlook or the Microsoft 365 app (through teams-js), or a plain browser in local mode.

export type Theme = 'default' | 'dark' | 'contrast';

export interface HostSession {
  /** Who the host says is signed in (shown; the API decides from the token). */
  userName?: string;
  theme: Theme;
  locale: string;
  /** Headers that identify the caller to the recordings API. */
  authHeaders(): Promise<Record<string, string>>;
  onThemeChange(handler: (theme: Theme) => void): void;
}

export class HostError extends Error {
  override readonly name = 'HostError';
}

const asTheme = (t: string | undefined): Theme => (t === 'dark' || t === 'contrast' ? t : 'default');
/** How long to wait for a host that framed the page but never answers (teams-js itself waits 60 s). */
const HOST_TIMEOUT_MS = 8000;

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HostError(message)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

const framed = () => window.parent !== window || window.opener !== null;

/** Connects to the host; in local mode, a page opened directly in a browser works as the local user. */
export async function connect(mode: 'local' | 'entra'): Promise<HostSession> {
  if (!framed()) {
    if (mode === 'local') {
      const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
      return { theme: dark ? 'dark' : 'default', locale: 'en-GB', authHeaders: async () => ({}), onThemeChange: () => undefined };
    }
    throw new HostError('Open My records from the Care companion app in Teams, Outlook or the Microsoft 365 app: your sign-in comes from there.');
  }
  await withTimeout(app.initialize(), HOST_TIMEOUT_MS, 'Teams did not answer. Close the tab and open it again.');
  const context = await app.getContext();
  app.notifySuccess().catch(() => undefined);
  return {
    userName: context.user?.displayName,
    theme: asTheme(context.app.theme),
    locale: context.app.locale || 'en-GB',
    async authHeaders(): Promise<Record<string, string>> {
      // Local mode has no sign-in: the recordings API records the local identity.
      if (mode === 'local') return {};
      try {
        return { Authorization: `Bearer ${await authentication.getAuthToken()}` };
      } catch (err) {
        throw new HostError(`Single sign-on did not give this tab a token (${(err as Error).message || 'no reason given'}). Ask your Teams administrator whether the app is approved for your organisation.`);
      }
    },
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(asTheme(t))),
  };
}
