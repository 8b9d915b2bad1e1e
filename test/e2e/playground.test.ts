import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlaygroundSession, type PlaygroundSession } from '../support/playground-session';
import { welcome } from '../../src/answering/answer';
import { sqliteFeedbackStore } from '../../src/feedback/sqlite-feedback-store';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { openDatabase } from '../../src/store/database';

// The bot in local mode, Microsoft 365 Agents Playground against it, real Chromium typing and clicking: one browser session.
// The Playground draws cards about 446 px wide whatever the window, so cards are held to a phone's 360 px with CSS.
const PHONE_WIDTH = 360;
const FIRST_SCREEN = 600;
/** UPDATE_SCREENSHOTS=1 writes the README's screenshots to docs/. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(import.meta.dirname, '..', '..', 'docs') : undefined;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let session: PlaygroundSession;
let dataDir: string;
let page: Page;

beforeAll(async () => {
  session = await openPlaygroundSession({ viewport: { width: 1280, height: 1400 } });
  ({ dataDir, page } = session);
  await page.addStyleTag({ content: `.ac-adaptiveCard { width: ${PHONE_WIDTH}px !important; max-width: ${PHONE_WIDTH}px !important; box-sizing: border-box; }` });
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const cards = () => page.locator('.ac-adaptiveCard');
const cardTexts = async () => cards().allInnerTexts();

/** Types a question as a practitioner would and returns the card that answers it. */
async function ask(question: string): Promise<Locator> {
  const before = await cards().count();
  await page.locator('[role=textbox][data-lexical-editor=true]').click();
  await page.keyboard.type(question);
  await page.getByRole('button', { name: 'Send Message' }).click();
  await expect.poll(async () => cards().count(), { timeout: 60_000 }).toBeGreaterThan(before);
  return cards().nth(before);
}

/** How far below the top of the card the bottom of the first element showing this text is, in pixels. */
async function depth(card: Locator, text: string): Promise<number> {
  const cardBox = await card.boundingBox();
  const box = await card.getByText(text, { exact: false }).first().boundingBox();
  if (!cardBox || !box) return Number.POSITIVE_INFINITY;
  return box.y + box.height - cardBox.y;
}

/** Asks the question and waits for its card, checking this text (the answer's first line) is on the card's first screen. */
async function answeredOnFirstScreen(question: string, answer: string): Promise<Locator> {
  const card = await ask(question);
  await expect.poll(async () => card.innerText(), { timeout: 60_000 }).toContain(answer);
  expect(await depth(card, answer)).toBeLessThanOrEqual(FIRST_SCREEN);
  return card;
}

/** axe-core's colour-contrast violations in the card, each with the elements it found (empty when the card passes). */
async function contrastViolations(card: Locator): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  return card.evaluate(async (element) => {
    const axe = (window as unknown as { axe: { run: (e: Element, o: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run(element, { runOnly: ['color-contrast'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 120)) }));
  });
}

/** With UPDATE_SCREENSHOTS=1, the whole card as the README shows it. */
async function screenshotWhole(card: Locator, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  // An expanded card is taller than the window: grow the window to it, or the chat's own scrolling clips it.
  const box = await card.boundingBox();
  await page.setViewportSize({ width: 1280, height: Math.ceil((box?.height ?? 1400) + 600) });
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(SCREENSHOTS, name) });
  await page.setViewportSize({ width: 1280, height: 1400 });
}

const WELCOME_TITLE = String((welcome({ profile: DEFAULT_PROFILE, today: '2026-11-20' })[0]!.card.body as { text: string }[])[0]!.text);

describe('Agents Playground end to end, at phone width', () => {
  it('welcome: the card opens the chat with at most six example questions', async () => {
    await expect.poll(async () => (await cardTexts()).some((t) => t.includes(WELCOME_TITLE)), { timeout: 60_000 }).toBe(true);
    const welcomeCard = cards().filter({ hasText: WELCOME_TITLE }).first();
    // The example questions; the managers' three buttons (supervision, sign-off, advice) sit in their own row.
    const examples = welcomeCard.getByRole('button').filter({ hasNotText: /Record a supervision decision|Awaiting my sign-off|Record advice from my manager/ });
    expect(await examples.count()).toBeGreaterThanOrEqual(4);
    expect(await examples.count()).toBeLessThanOrEqual(6);
  }, 120_000);

  const EVERYDAY: [string, string, string | undefined][] = [
    ['can I WhatsApp a 15 year old?', "No: send the communication to the child's parents or legal guardians instead", undefined],
    ['I visited on 18 December and harm was identified, when must I write it up?', 'Write it up by Monday 21 December 2026', '• Complete the recording by the following working day.'],
    ['how long do we keep a LAC file for a child born 3 April 2009?', 'Keep it until 3 April 2084', undefined],
    ['What do I put in the first WhatsApp message?', 'Use this wording (Waltham Forest):', 'Please note that we will be communicating with you using WhatsApp.'],
    ['A young person sent me an indecent image, what now?', 'Now (Pan Dorset): tell your line manager', '• If in doubt about the content, contact the police'],
    ['can I text a parent after 5pm?', 'Yes, if the conditions are met (Pan Dorset)', '• Use only a mobile phone or computer issued by the employer.'],
  ];

  it.each(EVERYDAY)('"%s": the one-line answer and the first action are on the first screen of the card', async (question, answer, firstAction) => {
    const card = await answeredOnFirstScreen(question, answer);
    if (firstAction) expect(await depth(card, firstAction)).toBeLessThanOrEqual(FIRST_SCREEN);
    // Details stay folded until asked for.
    expect(await card.innerText()).not.toContain('Why this applies');
  }, 120_000);

  it('a question no rule answers gets the passage nearest it, labelled as such, on the first screen; the card passes axe colour contrast', async () => {
    const passage = 'expect all member agencies to have policies in place to support e-safety practice';
    const card = await answeredOnFirstScreen('what does cardiff and vale expect every member agency to have in place re e-safety?', passage);
    expect(await card.innerText()).toContain('not a ruling on your situation');
    expect(await card.innerText()).not.toContain('not covered by the guidance');
    await card.getByRole('button', { name: 'Details' }).click();
    await expect.poll(async () => card.innerText(), { timeout: 10_000 }).toContain('Sources (1)');
    if (SCREENSHOTS) await card.screenshot({ path: join(SCREENSHOTS, 'passage-360-expanded.png') });
    expect(await contrastViolations(card)).toEqual([]);
  }, 120_000);

  it('asked what a term of the guidance means, the meaning is on the first screen and the principles it names under Details', async () => {
    const card = await answeredOnFirstScreen('what does MIRRA stand for again?', 'Memory – Identity – Rights in Records – Access');
    expect(await card.innerText()).not.toContain('not covered by the guidance');
    await card.getByRole('button', { name: 'Details' }).click();
    await expect.poll(async () => card.innerText(), { timeout: 10_000 }).toContain('Care-experienced people');
    await screenshotWhole(card, 'term-360-expanded.png');
    expect(await contrastViolations(card)).toEqual([]);
  }, 120_000);

  it('"Helpful" keeps the answer in view, stores the feedback with its ruling, and the card passes axe colour contrast', async () => {
    const card = await ask('can I WhatsApp a 15 year old on 07700 900123?');
    const answer = "No: send the communication to the child's parents or legal guardians instead";
    await expect.poll(async () => card.innerText(), { timeout: 60_000 }).toContain(answer);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await card.screenshot({ path: join(SCREENSHOTS, 'answer-360-collapsed.png') });
    }

    // The question the card carries for its buttons is hidden: no text box shows until "Not helpful" opens its comment box.
    expect(await card.getByRole('textbox').count()).toBe(0);
    await card.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(async () => card.innerText(), { timeout: 60_000 }).toContain('Thank you: recorded as helpful.');
    expect(await card.innerText()).toContain(answer);

    await card.getByRole('button', { name: 'Details' }).click();
    await expect.poll(async () => card.innerText(), { timeout: 10_000 }).toContain('Why this applies');
    await screenshotWhole(card, 'answer-360-expanded.png');

    expect(await contrastViolations(card)).toEqual([]);

    // Stored with the ruling it concerned, the phone number typed into the question removed.
    const db = openDatabase(join(dataDir, 'companion.sqlite'));
    try {
      const entry = sqliteFeedbackStore(db).list().at(-1);
      expect(entry).toMatchObject({ helpful: true, topic: 'digital-contact', question: 'can I WhatsApp a 15 year old on [phone]?' });
      expect(entry!.ruleIds.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 180_000);

  // The card carries the question once, in a hidden input: the buttons below send it only if the renderer gathers it.
  it('"Send me just the wording" and "Ask an IG lead" send the question the card carries once', async () => {
    const card = await ask('What do I put in the first WhatsApp message?');
    await expect.poll(async () => card.innerText(), { timeout: 60_000 }).toContain('Use this wording (Waltham Forest):');
    const before = await page.getByText('Please note that we will be communicating with you using WhatsApp.', { exact: false }).count();
    await card.getByRole('button', { name: 'Send me just the wording' }).click();
    await expect.poll(async () => page.getByText('Please note that we will be communicating with you using WhatsApp.', { exact: false }).count(), { timeout: 60_000 }).toBeGreaterThan(before);
    expect(await cardTexts()).not.toContainEqual(expect.stringContaining('That button had no wording in it'));

    const cardsBefore = await cards().count();
    await card.getByRole('button', { name: 'Ask an IG lead' }).click();
    await expect.poll(async () => cards().count(), { timeout: 60_000 }).toBeGreaterThan(cardsBefore);
    // Nobody is set up in local mode: saying so means the request was read, question and all (without it: "could not be read").
    const told = await cards().nth(cardsBefore).innerText();
    expect(told).toContain('No one is set up to receive questions');
    expect(told).not.toContain('could not be read');
  }, 180_000);
});
