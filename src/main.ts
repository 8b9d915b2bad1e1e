import { ConfigError, loadConfig } from './config';

// Entry point for `npm start`: settings errors end with one clear line, signals close the server cleanly.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  // Loaded after the settings check so a bad setting is reported at once, before botbuilder and restify load.
  const { startApp } = await import('./app');
  const app = await startApp(config);
  const mode = config.localMode ? 'local mode: anonymous, loopback only' : 'Bot Framework authentication on';
  console.log(`Bot listening on ${app.url}/api/messages (${mode})`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // A setting that only proves wrong while starting (an unreadable ORG_DIRECTORY file): still one line saying what to fix.
  if (err instanceof ConfigError) {
    console.error(`Cannot start: ${err.message}`);
    process.exit(2);
  }
  const code = (err as { code?: string }).code ?? (err as Error).name ?? 'unknown error';
  const hint = code === 'EADDRINUSE' ? ' (the port is in use: stop the other server or set PORT)' : '';
  console.error(`Cannot start: ${code}${hint}`);
  process.exit(1);
});
