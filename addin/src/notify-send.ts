import { silentAccessToken } from './auth';
import { sentFilingBody, type SendChoice } from './send-filing';

// At send, the OnMessageSend handler tells the recording service about the filing, so the server files the sent copy
// in the background even if the worker never opens the pane again. Best effort: any failure leaves the roaming queue.

/** The handler must answer Outlook within its own limit: the notice gets this long. */
export const NOTIFY_LIMIT_MS = 3000;

declare const __ADDIN_BASE_URL__: string;

/**
 * The service's origin. The send handler runs in a page from it (Outlook on the web, Mac, new Outlook), or in classic
 * Outlook on Windows in a JavaScript-only runtime that has no page address: then the address the pane was built for.
 */
export function serviceOrigin(): string {
  const here = typeof location === 'undefined' ? undefined : location.origin;
  if (here && /^https?:/.test(here)) return here;
  return typeof __ADDIN_BASE_URL__ === 'undefined' ? '' : __ADDIN_BASE_URL__;
}

export interface NotifyDeps {
  token?: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  origin?: string;
  limitMs?: number;
}

/** True when the service accepted the notice (queued now, or already known); false on any failure or refusal. */
export async function notifySent(choice: SendChoice, deps: NotifyDeps = {}): Promise<boolean> {
  // The JavaScript-only runtime of classic Outlook may lack AbortController: the race below bounds the wait anyway.
  const controller = typeof AbortController === 'undefined' ? undefined : new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve(false);
    }, deps.limitMs ?? NOTIFY_LIMIT_MS);
  });
  const notice = (async () => {
    const token = await (deps.token ?? silentAccessToken)();
    const res = await (deps.fetch ?? fetch)(`${deps.origin ?? serviceOrigin()}/api/emails/sent/pending`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(sentFilingBody(choice)),
      ...(controller ? { signal: controller.signal } : {}),
    });
    return res.ok;
  })().catch(() => false);
  try {
    return await Promise.race([notice, late]);
  } finally {
    clearTimeout(timer);
  }
}
