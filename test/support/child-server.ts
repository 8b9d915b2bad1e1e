import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** SIGTERM and wait for exit (no-op if already gone). */
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** What the server printed to stdout (its log lines). */
  output(): string;
}

/** Runs test/support/serve.ts in its own Node process (no npx wrapper, so the PID is the server's). */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/serve.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      stdout += `${line}\n`;
      const m = /^LISTENING (\S+)$/.exec(line);
      if (m) resolve(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${stderr.slice(0, 2000)}`)));
  });
  const signal = async (s: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(s);
    await exited;
  };
  return { url, child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL'), output: () => stdout };
}
