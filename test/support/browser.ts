import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, started as platform-notes describes (no downloads, no background connections on a closed network).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Headless Chromium for the page tests; extra flags (e.g. host resolver rules) are added to the usual ones. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A port free on loopback now, for a program (the Agents Playground) that must be told its port. */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
