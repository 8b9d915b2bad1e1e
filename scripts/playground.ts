import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApp } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';

// `npm run playground`: the bot in local mode plus Microsoft 365 Agents Playground (a local Teams-like client) against it.

export interface RunningPlayground {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const PLAYGROUND_DEFAULT_PORT = 56150;

function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@microsoft/m365agentsplayground/package.json');
  const pkg = require(pkgFile) as { bin: Record<string, string> };
  return join(dirname(pkgFile), pkg.bin.agentsplayground ?? 'cli.js');
}

/** Starts the Playground as a direct child (so its PID is the one to stop) and resolves once it listens. */
export function startPlayground(opts: { botMessagesUrl: string; port?: number; timeoutMs?: number }): Promise<RunningPlayground> {
  const args = [playgroundCli(), '-e', opts.botMessagesUrl, '-c', 'msteams', '--dt', '-p', String(opts.port ?? PLAYGROUND_DEFAULT_PORT)];
  // Without TEAMSAPPTESTER_BROWSER=none it tries to open a browser and exits.
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Agents Playground did not start within ${opts.timeoutMs ?? 60_000} ms`));
    }, opts.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /Listening on (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid ?? -1, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.resume();
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Agents Playground exited (code ${code ?? 'none'}) before it was ready`));
    });
  });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.localMode) {
    throw new ConfigError('The Playground sends no token: unset MicrosoftAppId to run the bot in local mode for it.');
  }
  const app = await startApp(config);
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({ botMessagesUrl: `${app.url}/api/messages` });
  } catch (err) {
    await app.close();
    throw err;
  }
  console.log(`Bot:        ${app.url}/api/messages (local mode)`);
  console.log(`Playground: open ${playground.url} in your browser (Playground PID ${playground.pid}). Ctrl-C stops both.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    Promise.allSettled([playground.stop(), app.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`Cannot start the playground: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
