import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startPlayground } from '../../scripts/playground';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { freePort, launchChromium } from './browser';

export interface PlaygroundSession {
  /** The bot's data folder (its SQLite files). */
  dataDir: string;
  page: Page;
  close(): Promise<void>;
}

/** The bot in local mode on a fresh data folder, the Agents Playground against it, and a Chromium page open on it. */
export async function openPlaygroundSession(options: { settings?: Record<string, string>; viewport: { width: number; height: number } }): Promise<PlaygroundSession> {
  const dataDir = mkdtempSync(join(tmpdir(), 'playground-e2e-'));
  const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...options.settings }));
  const playground = await startPlayground({ botMessagesUrl: `${app.url}/api/messages`, port: await freePort(), timeoutMs: 90_000 });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: options.viewport });
  page.setDefaultTimeout(60_000);
  await page.goto(playground.url);
  return {
    dataDir,
    page,
    close: async () => {
      await browser.close();
      await playground.stop();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
