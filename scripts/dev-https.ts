import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { localhostCertificatePath, localhostKeyPath } from 'office-addin-dev-certs/lib/defaults.js';

// `npm run dev:https`: the server on loopback over HTTPS with the Office Add-in development certificate, so Outlook can
// load the task pane from it. office-addin-dev-certs makes the certificate (and, the first time, asks to trust its
// developer CA on this machine); the manifest and pane are built for https://localhost:<PORT>, then the server starts.

const port = process.env.PORT ?? '3978';
// A certificate of your own (HTTPS_CERT_FILE and HTTPS_KEY_FILE already set) is used as it is.
if (!process.env.HTTPS_CERT_FILE || !process.env.HTTPS_KEY_FILE) {
  try {
    await getHttpsServerOptions();
  } catch (err) {
    console.error(`Cannot start: the development certificate is not ready (${(err as Error).message}). Run \`npx office-addin-dev-certs install\` and try again.`);
    process.exit(2);
  }
  process.env.HTTPS_CERT_FILE = localhostCertificatePath;
  process.env.HTTPS_KEY_FILE = localhostKeyPath;
}
process.env.ADDIN_BASE_URL ??= `https://localhost:${port}`;
console.log(`HTTPS with the development certificate; the add-in is served at ${process.env.ADDIN_BASE_URL}/addin/`);
await import('./build-addin');
await import('../src/main');
