import { readFile } from 'node:fs/promises';
import { startGraphStandIn } from './server';

// Runs the stand-in as its own process (for benches and manual tries), so its memory is not counted with the client's.
// Usage: node --import tsx test/support/graph-standin/main.ts '{"token-a":{"displayName":"Alex"}}'
// Prints one JSON line {origin, siteId, certFile, ca}; stops when stdin closes or on SIGTERM.

async function main(): Promise<void> {
  const users = JSON.parse(process.argv[2] ?? '{}') as Record<string, { displayName: string; id?: string }>;
  const standin = await startGraphStandIn({ users });
  const stop = async () => {
    await standin.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.stdin.once('end', () => void stop());
  process.stdin.resume();
  const ca = await readFile(standin.certFile, 'utf8');
  process.stdout.write(`${JSON.stringify({ origin: standin.origin, siteId: standin.siteId, certFile: standin.certFile, ca })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
