import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Starts the server as its own process and times start → first answer; shared by `npm run bench` and the build test.

export interface FirstAnswer {
  /** From spawning the process to the first answer's reply, in ms. */
  startToAnswerMs: number;
  /** CPU time the server used to get there (user + system), in ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Resident memory after start and that one answer, in MB (from /proc). */
  rssMb: number;
  /** The answer's cards, as the bot returned them. */
  activities: { attachments?: { content?: unknown }[] }[];
  url: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

const rssMb = (pid: number): number => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
};

// utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux).
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** `args` are Node's arguments, e.g. ['dist/main.js'] or ['--import', 'tsx', 'src/main.ts']. */
export async function startAndAsk(args: string[], env: Record<string, string>, question = 'can I WhatsApp a 15 year old?'): Promise<FirstAnswer> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', PORT: '0', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /Bot listening on (\S+)\/api\/messages/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${err.slice(0, 2000)}`)));
  });
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: question, deliveryMode: 'expectReplies', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'first-answer' }, from: { id: 'bench-user' } }),
  });
  const body = (await res.json()) as { activities: FirstAnswer['activities'] };
  const startToAnswerMs = performance.now() - started;
  if (res.status !== 200) throw new Error(`the first answer failed with ${res.status}`);
  return {
    startToAnswerMs,
    cpuMs: cpuMs(child.pid!),
    rssMb: rssMb(child.pid!),
    activities: body.activities,
    url,
    child,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
