// In local mode nothing is authenticated, so the bot must not post replies (question text included) anywhere but this machine.
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** True when the serviceUrl is absent or points at this machine. */
export function isLoopbackServiceUrl(serviceUrl: string | undefined): boolean {
  if (serviceUrl === undefined) return true;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}
