import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';

// Test entry: starts the real app from the environment (PORT=0 for an ephemeral port) and prints
// "LISTENING <url>" on stdout so a parent process can find it. SIGTERM closes it cleanly; SIGKILL tests crash recovery.
const app = await startApp(loadConfig(process.env));
process.stdout.write(`LISTENING ${app.url}\n`);
process.once('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
