import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type RunningPlayground } from '../../scripts/playground';
import { welcome } from '../../src/answering/answer';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { sqliteFeedbackStore } from '../../src/feedback/sqlite-feedback-store';
import { SHORT_NAMES, VERDICT_PHRASES } from '../../src/guidance/engine';
import { POLICY_SOURCES } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { openDatabase } from '../../src/store/database';

// The bot in local mode, Microsoft 365 Agents Playground against it, real Chromium typing and clicking: one browser session.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Cards name organisations in full or by their short names.
const ORGANISATIONS = [...Object.values(POLICY_SOURCES).map((s) => s.organisation), ...Object.values(SHORT_NAMES)];
const VERDICT_LINES = Object.values(VERDICT_PHRASES);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let dataDir: string;
let app: RunningApp;
let playground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'playground-e2e-'));
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }));
  playground = await startPlayground({ botMessagesUrl: `${app.url}/api/messages`, port: await freePort(), timeoutMs: 90_000 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  page.setDefaultTimeout(60_000);
  await page.goto(playground.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const cardTexts = async () => page.locator('.ac-adaptiveCard').allInnerTexts();

const WELCOME_TITLE = String((welcome({ profile: DEFAULT_PROFILE, today: '2026-11-20' })[0]!.card.body as { text: string }[])[0]!.text);
const isAnswer = (text: string) =>
  ORGANISATIONS.some((o) => text.includes(o)) && text.split('\n').map((l) => l.trim()).some((l) => VERDICT_LINES.includes(l));

describe('Agents Playground end to end', () => {
  it('shows the welcome card when the chat opens, and answers one of its example buttons', async () => {
    await expect.poll(async () => (await cardTexts()).some((t) => t.includes(WELCOME_TITLE)), { timeout: 60_000 }).toBe(true);
    const welcomeCard = page.locator('.ac-adaptiveCard', { hasText: WELCOME_TITLE }).first();
    const before = (await cardTexts()).filter(isAnswer).length;
    await welcomeCard.getByRole('button', { name: /WhatsApp a 15-year-old/ }).first().click();
    await expect.poll(async () => (await cardTexts()).filter(isAnswer).length, { timeout: 60_000 }).toBeGreaterThan(before);
  }, 120_000);

  it('answers a typed question with a card naming the policy and the verdict, then takes feedback from its button', async () => {
    const box = page.locator('[role=textbox][data-lexical-editor=true]');
    await box.click();
    await page.keyboard.type('can I WhatsApp a 15 year old on 07700 900123?');
    const before = (await cardTexts()).length;
    await page.getByRole('button', { name: 'Send Message' }).click();

    await expect.poll(async () => (await cardTexts()).length, { timeout: 60_000 }).toBeGreaterThan(before);
    const answer = (await cardTexts())[before] ?? '';
    expect(ORGANISATIONS.some((o) => answer.includes(o))).toBe(true);
    expect(isAnswer(answer)).toBe(true);

    // The answer card's feedback button: the follow-up card thanks the practitioner.
    const answerCard = page.locator('.ac-adaptiveCard').nth(before);
    await answerCard.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(async () => (await cardTexts()).some((t) => /^Thank you/m.test(t)), { timeout: 60_000 }).toBe(true);

    // Stored with the ruling it concerned, the phone number typed into the question removed.
    const db = openDatabase(join(dataDir, 'companion.sqlite'));
    try {
      const [entry] = sqliteFeedbackStore(db).list();
      expect(entry).toMatchObject({ helpful: true, topic: 'digital-contact', question: 'can I WhatsApp a 15 year old on [phone]?' });
      expect(entry!.ruleIds.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 180_000);
});
