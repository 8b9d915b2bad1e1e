// In local mode nothing is authenticated, so the bot must not post replies (question text included) anywhere but this machine.
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** The last few service URLs checked: a chat client sends the same one with every message. */
const checked = new Map<string, boolean>();
const MAX_CHECKED = 16;

/** True when the serviceUrl is absent or points at this machine. */
export function isLoopbackServiceUrl(serviceUrl: string | undefined): boolean {
  if (serviceUrl === undefined) return true;
  let local = checked.get(serviceUrl);
  if (local === undefined) {
    local = isLoopbackUrl(serviceUrl);
    if (checked.size >= MAX_CHECKED) checked.clear();
    checked.set(serviceUrl, local);
  }
  return local;
}

function isLoopbackUrl(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}
