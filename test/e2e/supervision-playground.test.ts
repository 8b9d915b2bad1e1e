import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlaygroundSession, type PlaygroundSession } from '../support/playground-session';
import { openSqliteRecordStore } from '../../src/recording/sqlite-store';
import { writeDirectoryFile } from '../support/org-directory';

// The supervision decision card in the Agents Playground, in real Chromium: opened from the welcome card, filled in,
// submitted, and turned in place into the summary. The Playground's own user (Alex Wilber) is the line manager here.

const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';
/** Written for the README with UPDATE_SCREENSHOTS=1; look at it after a change to the card. */
const SCREENSHOT = join(import.meta.dirname, '../../docs/supervision-decision-card.png');

let session: PlaygroundSession;
let dataDir: string;
let page: Page;

beforeAll(async () => {
  const directory = writeDirectoryFile({
    teams: [{ id: 'team-north', name: 'North team' }],
    people: [
      { id: PLAYGROUND_USER, name: 'Alex Wilber', teams: ['team-north'], igLead: false, staffReference: 'STAFF-0007' },
      { id: 'worker-1', name: 'Megan Bowen', teams: ['team-north'], lineManager: PLAYGROUND_USER, igLead: false, staffReference: 'STAFF-0042' },
    ],
    allocations: [{ person: 'P-1001', team: 'team-north', worker: 'worker-1' }],
  });
  session = await openPlaygroundSession({ settings: { ORG_DIRECTORY: directory }, viewport: { width: 1280, height: 2400 } });
  ({ dataDir, page } = session);
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const cards = () => page.locator('.ac-adaptiveCard');

describe('supervision decision card in the Agents Playground', () => {
  it('opens from the welcome card, is filled in and submitted, and turns into the recorded summary in place', async () => {
    await expect.poll(async () => (await cards().allInnerTexts()).some((t) => t.includes('Record a supervision decision')), { timeout: 60_000 }).toBe(true);
    await cards().first().getByRole('button', { name: 'Record a supervision decision' }).click();
    const form = cards().filter({ hasText: 'Record the decision' }).last();
    await expect.poll(async () => form.count(), { timeout: 60_000 }).toBe(1);

    // The Playground draws choice sets and dates as Fluent comboboxes: open, then pick the option; dates are typed.
    const choose = async (label: RegExp, option: RegExp) => {
      await form.getByRole('combobox', { name: label }).first().click();
      await page.getByRole('option', { name: option }).click();
    };
    const typeDate = async (label: RegExp, value: string) => {
      const input = form.getByRole('combobox', { name: label }).first();
      await input.fill(value);
      await input.press('Enter');
      await page.keyboard.press('Escape');
    };
    await choose(/^Person \(the record/, /P-1001/);
    await choose(/^Supervisee/, /Megan Bowen/);
    await typeDate(/^Date of the supervision/, '2026-11-19');
    await form.getByLabel(/^Others present/).fill('Jo Smith (senior practitioner)');
    await form.getByLabel(/^Discussion/).fill('Contact after school hours; mum asked for texts.');
    await form.getByLabel(/^Decision 1/).fill('Texts from the work mobile only');
    await form.getByLabel(/^Reasons for decision 1/).fill('He answers texts, not calls; risk assessed with mum');
    await form.getByLabel('The use of texts, e-mail or apps was discussed').check();
    await form.getByLabel('It was risk assessed').check();
    await choose(/^Channel agreed/, /Text message/);
    await form.getByLabel(/^Work number or account/).fill('work mobile 07700 900123');
    await typeDate(/^Review date/, '2027-02-19');
    if (process.env.UPDATE_SCREENSHOTS === '1') await form.screenshot({ path: SCREENSHOT });

    await form.getByRole('button', { name: 'Record the decision' }).click();
    await expect.poll(async () => (await cards().allInnerTexts()).some((t) => t.includes('Supervision decision recorded')), { timeout: 60_000 }).toBe(true);
    const summary = (await cards().allInnerTexts()).find((t) => t.includes('Supervision decision recorded'))!;
    const reference = /SD-[A-Z0-9-]+/.exec(summary)?.[0];
    expect(reference).toBeDefined();
    // In place: the form is gone, the summary took its place.
    expect((await cards().allInnerTexts()).some((t) => t.includes('Record the decision'))).toBe(false);
    expect(summary).toContain('Megan Bowen could not be reached');

    const store = openSqliteRecordStore(dataDir);
    try {
      const records = await store.list({ userId: PLAYGROUND_USER, name: 'Alex Wilber', tenantId: 'local' }, { person: 'P-1001' });
      expect(records.map((r) => r.id)).toEqual([reference]);
      expect(records[0]!.author.name).toBe('Alex Wilber');
      expect(records[0]!.details).toMatchObject({ supervisee: { reference: 'STAFF-0042' }, digitalContact: { discussed: true, riskAssessed: true, channel: 'text', reviewDate: '2027-02-19' } });
    } finally {
      await store.close();
    }
  }, 240_000);
});
