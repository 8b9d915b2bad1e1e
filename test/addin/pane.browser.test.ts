import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { writeIcons } from '../../scripts/addin/build';
import { buildPane } from '../../scripts/addin/bundle';
import { addinSettings } from '../../scripts/addin/settings';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { GraphMailSource } from '../../src/graph/mail';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import type { OutlookScript, OutlookState, PersistedOutlook, ScriptedMessage } from '../support/office-standin/office';

// The real task pane, served by the real server (local mode, embedded store in a temp folder), in headless Chromium,
// with office.js replaced by a stand-in of the documented Outlook calls over a scripted mailbox.

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ME = { emailAddress: 'alex.practitioner@council.example', displayName: 'Alex Practitioner' };
const MUM = { emailAddress: 'mum@example.org', displayName: 'Jo Parent' };
const HEAD = { emailAddress: 'head@school.example', displayName: 'Head Teacher' };

let dataDir: string;
let app: RunningApp;
/** The worker's mailbox in Microsoft Graph: where the sent copy of a message filed on send is found. */
let graph: GraphStandIn;
const GRAPH_TOKEN = 'token-alex';
let browser: Browser;
let officeStandin: string;
let axeSource: string;

const daysAgo = (n: number, hour = 9) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - n, hour, 14));

function message(subject: string, from: typeof ME, to: (typeof ME)[], at: Date, body: { line: string; times: number } = { line: 'See you on Tuesday at 4pm.\r\n', times: 3 }): ScriptedMessage {
  const internetMessageId = `<${randomUUID()}@mail.example>`;
  const head = [
    `From: "${from.displayName}" <${from.emailAddress}>`,
    `To: ${to.map((t) => `"${t.displayName}" <${t.emailAddress}>`).join(', ')}`,
    `Subject: ${subject}`,
    `Date: ${at.toUTCString()}`,
    `Message-ID: ${internetMessageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '',
  ].join('\r\n');
  return { itemId: `AAMk${randomUUID()}`, internetMessageId, subject, from, to, dateTimeCreated: at.toISOString(), eml: { head, ...body } };
}
const emlBytes = (m: ScriptedMessage) => Buffer.from(m.eml.head + (m.eml.line ?? '').repeat(m.eml.times ?? 0));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function api(path: string, init?: RequestInit) {
  const res = await fetch(`${app.url}${path}`, init);
  return { status: res.status, json: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads API JSON
}

/** A pane at 320 px wide over the scripted mailbox. */
async function openPane(script: OutlookScript, page = 'taskpane.html'): Promise<Page> {
  const tab = await browser.newPage({ viewport: { width: 320, height: 720 } });
  tab.setDefaultTimeout(20_000);
  await tab.addInitScript((s) => {
    (window as unknown as { __outlookScript: unknown }).__outlookScript = s;
  }, script);
  await tab.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStandin }));
  await tab.goto(`${app.url}/addin/${page}`);
  return tab;
}

const persistedOutlook = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('__outlookStandIn') ?? '{}') as PersistedOutlook);

const outlookState = (page: Page) => page.evaluate(() => (window as unknown as { __outlook: OutlookState }).__outlook);

async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

/** Presses Tab until the element has focus: proves it is reachable by keyboard alone. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reachable with Tab`);
}

beforeAll(async () => {
  const settings = addinSettings({});
  writeIcons();
  await buildPane(settings);
  officeStandin = (await build({ entryPoints: [join(import.meta.dirname, '../support/office-standin/office.ts')], bundle: true, write: false, format: 'iife', target: 'es2020' })).outputFiles[0]!.text;
  axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  dataDir = mkdtempSync(join(tmpdir(), 'addin-e2e-'));
  graph = await startGraphStandIn({ users: { [GRAPH_TOKEN]: { displayName: ME.displayName, email: ME.emailAddress } } });
  // Local mode has no sign-in: the worker's Graph token is the stand-in's (Entra ID is the boundary not reached here).
  const mail = new GraphMailSource({ baseUrl: graph.origin, tokens: { graphToken: async () => GRAPH_TOKEN }, fetch: graph.fetch, retryDelaySeconds: 0 });
  // Short waits between the background looks for a sent copy (minutes by default), so filing on send is seen in seconds.
  app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', FILE_ON_SEND_RETRY_SECONDS: '0.5,0.5,1,1,2,2' }), { recordings: { mail } });
  // An earlier e-mail from mum filed to Casey's record: the suggestion the pane should make.
  const earlier = message('Contact arrangements', MUM, [ME], daysAgo(20));
  const seeded = await fetch(`${app.url}/api/emails?person=P-1001&personName=Casey%20Child&dateOfBirth=2011-04-02&recordCategory=looked-after-child&direction=incoming&purpose=Contact%20arrangements`, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822' },
    body: emlBytes(earlier),
  });
  expect(seeded.status).toBe(201);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await graph?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// Generous per-test time: on a loaded 2-core machine Chromium and the server share the CPU with other test files.
describe('Outlook task pane in Chromium', { timeout: 90_000 }, () => {
  const received = message('Tuesday visit', MUM, [ME], daysAgo(2));
  const sent = message('Re: school meeting', ME, [HEAD, MUM], daysAgo(1, 16));
  const script: OutlookScript = { version: '1.15', user: ME, messages: [received, sent], selected: [received.itemId, sent.itemId] };

  it('files two selected e-mails with one click when the suggestion is right, and marks them filed in Outlook', async () => {
    const page = await openPane(script);
    const file = page.getByRole('button', { name: 'File 2 e-mails to Casey Child (P-1001)' });
    await file.waitFor();
    // Suggested from the earlier filing with mum, already chosen; the head teacher is flagged as not a known contact.
    expect(await page.getByRole('radio', { name: /Casey Child P-1001 · 1 earlier e-mail/ }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.warning').allInnerTexts()).toEqual([expect.stringContaining('head@school.example is not among Casey Child')]);
    mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: new URL('../../docs/addin-pane-320.png', import.meta.url).pathname });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await file.click(); // selecting (1) and opening the pane (2) happen in Outlook: this is the third interaction
    await page.getByText('2 e-mails filed to Casey Child.').waitFor();
    const rows = await page.locator('.row-status').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/^Filed as CR-\d{8}-\w{8}\. Marked “Filed” in Outlook\.$/), expect.stringMatching(/^Filed as CR-/)]);

    const list = await api('/api/recordings?person=P-1001');
    const byMessage = new Map(list.json.records.map((r: { record: { internetMessageId: string } }) => [r.record.internetMessageId, r.record]));
    const inRecord = byMessage.get(received.internetMessageId) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- API JSON
    const outRecord = byMessage.get(sent.internetMessageId) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- API JSON
    expect(inRecord.details).toMatchObject({ kind: 'contact-recording', channel: 'email', direction: 'incoming', otherParty: MUM.emailAddress, messageAt: daysAgo(2).toISOString(), purpose: 'Tuesday visit', harmOrRisk: false, content: { form: 'original-email', subject: 'Tuesday visit' } });
    expect(outRecord.details).toMatchObject({ direction: 'outgoing', otherParty: `${HEAD.emailAddress}, ${MUM.emailAddress}`, messageAt: daysAgo(1, 16).toISOString() });
    expect(inRecord.person).toEqual({ reference: 'P-1001', name: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child' });
    expect(inRecord.author.name).toMatch(/local mode/);
    expect(inRecord.blobs[0]).toMatchObject({ role: 'original-email', sha256: sha256(emlBytes(received)), size: emlBytes(received).length });
    expect(outRecord.blobs[0].sha256).toBe(sha256(emlBytes(sent)));

    const outlook = await outlookState(page);
    expect(outlook.masterCategories).toEqual([{ displayName: 'Filed', color: 'Preset4' }]);
    expect(outlook.categories).toEqual({ [received.itemId]: ['Filed'], [sent.itemId]: ['Filed'] });
    expect(JSON.parse(String(outlook.customProperties[received.itemId]!.careRecord))).toMatchObject({ reference: inRecord.id, person: { reference: 'P-1001', name: 'Casey Child' } });
    expect(outlook.loads).toBe(outlook.unloads);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows them as filed when opened again, and filing them again by keyboard alone says "already filed" and writes nothing', async () => {
    const before = (await api('/api/recordings?person=P-1001')).json.count;
    const page = await openPane(script);
    await page.getByRole('button', { name: 'Nothing to file' }).waitFor();
    const filedNotes = await page.locator('.filed p').allInnerTexts();
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/London' }).format(new Date());
    expect(filedNotes).toEqual([expect.stringMatching(new RegExp(`^✓ Filed to P-1001 as CR-\\d{8}-\\w{8} on ${day}$`)), expect.stringMatching(/^✓ Filed to P-1001 as CR-/)]);

    const again = page.getByRole('checkbox', { name: 'File it to another record too' });
    for (const i of [0, 1]) {
      const id = await again.nth(i).getAttribute('id');
      await tabTo(page, `#${id}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#file');
    expect(await page.locator('#file').innerText()).toBe('File 2 e-mails to Casey Child (P-1001)');
    await page.keyboard.press('Enter');
    await page.getByText('2 e-mails filed to Casey Child.').waitFor();
    expect(await page.locator('.row-status').allInnerTexts()).toEqual([
      expect.stringMatching(/^Already filed as CR-\d{8}-\w{8}: nothing new was written\./),
      expect.stringMatching(/^Already filed as CR-/),
    ]);
    expect((await api('/api/recordings?person=P-1001')).json.count).toBe(before);
    await page.close();
  });

  it('when the service cannot be asked, shows e-mails marked filed in Outlook as filed and says why', async () => {
    const mark = { reference: 'CR-20261201-ABCDEFGH', person: { reference: 'P-1001', name: 'Casey Child' }, filedAt: daysAgo(4).toISOString() };
    const page = await browser.newPage({ viewport: { width: 320, height: 720 } });
    await page.route(/\/api\/emails\/filings$/, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"store-unavailable","message":"x"}}' }));
    await page.addInitScript((s) => void ((window as unknown as { __outlookScript: unknown }).__outlookScript = s), { ...script, customProperties: { [received.itemId]: { careRecord: JSON.stringify(mark) } } });
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStandin }));
    await page.goto(`${app.url}/addin/taskpane.html`);
    await page.getByText(/^Could not check which e-mails are filed already: The recording service could not answer just now/).waitFor();
    expect(await page.locator('.status').innerText()).toContain('Those marked as filed in Outlook are shown as filed.');
    expect(await page.locator('.filed p').allInnerTexts()).toEqual([expect.stringContaining(`Filed to P-1001 as ${mark.reference}`)]);
    await page.getByRole('button', { name: 'File 1 e-mail to Casey Child (P-1001)' }).waitFor();
    await page.close();
  });

  it('finds the person by name (never a typed-in person), keeps typed text over a reload, shows field errors beside the field, and retries', async () => {
    const stranger = { emailAddress: 'duty.team@othercouncil.example', displayName: 'Duty Team' };
    const m = message('Referral update', stranger, [ME], daysAgo(1));
    const page = await openPane({ version: '1.15', user: ME, messages: [m], selected: [m.itemId] });
    await page.getByText('No earlier filings with these correspondents. Search for the person below.').waitFor();
    const search = page.getByRole('searchbox', { name: 'Find a person by name or record reference' });
    await search.fill('Nobody Atall');
    await search.press('Enter');
    await page.getByText(/No record found for “Nobody Atall”/).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);

    const extract = page.getByRole('textbox', { name: 'Only the relevant text (optional)' });
    await extract.fill('Casey is settled at the new placement.');
    await page.getByRole('textbox', { name: 'Purpose' }).fill(' ');
    // The harm checkbox (a Fluent checkbox) is ticked through its visible label and kept over the reload too.
    const harm = page.getByRole('checkbox', { name: 'Harm or risk identified (due next working day)' });
    await page.getByText('Harm or risk identified (due next working day)').click();
    expect(await harm.isChecked()).toBe(true);
    await page.reload();
    await extract.waitFor();
    expect(await extract.inputValue()).toBe('Casey is settled at the new placement.');
    expect(await page.getByRole('textbox', { name: 'Purpose' }).inputValue()).toBe(' ');
    expect(await harm.isChecked()).toBe(true);
    await harm.press('Space');
    expect(await harm.isChecked()).toBe(false);

    await search.fill('casey');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Casey Child P-1001' }).click();
    expect(await page.getByRole('radio', { name: /Casey Child P-1001/ }).isChecked()).toBe(true);
    expect(await page.locator('.warning').innerText()).toContain('duty.team@othercouncil.example is not among Casey Child');
    await page.getByRole('button', { name: 'File 1 e-mail to Casey Child (P-1001)' }).click();
    await page.getByText(/^Not filed\. Some fields need correcting/).waitFor();
    const purposeError = await page.getByRole('textbox', { name: 'Purpose' }).getAttribute('aria-describedby');
    expect(await page.locator(`#${purposeError}`).innerText()).toMatch(/purpose|empty|character/i);

    await page.getByRole('textbox', { name: 'Purpose' }).fill('Placement update from the duty team');
    let dropped = 0;
    await page.route(/\/api\/emails\?/, (route) => (dropped++ === 0 ? route.abort('connectionreset') : route.fallback()));
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText(/^Not filed\. The recording service could not be reached/).waitFor();
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText(/^Filed as CR-/).waitFor();
    expect(dropped).toBe(2);

    const records = (await api('/api/recordings?person=P-1001')).json.records.filter((r: { record: { internetMessageId: string } }) => r.record.internetMessageId === m.internetMessageId);
    expect(records).toHaveLength(1);
    expect(records[0].record.details).toMatchObject({ purpose: 'Placement update from the duty team', otherParty: stranger.emailAddress, content: { form: 'original-email', text: 'Casey is settled at the new placement.' } });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('care-addin:draft:')))).toEqual([]);
    await page.close();
  });

  it('files a manager\'s advice by e-mail as a supervision-decision note, with the decision\'s field error beside it', async () => {
    const manager = { emailAddress: 'sam.manager@council.example', displayName: 'Sam Manager' };
    const m = message('Advice: contact with Casey by text', manager, [ME], daysAgo(1, 11));
    const page = await openPane({ version: '1.15', user: ME, messages: [m], selected: [m.itemId] });
    await page.getByText('No earlier filings with these correspondents. Search for the person below.').waitFor();
    const search = page.getByRole('searchbox', { name: 'Find a person by name or record reference' });
    await search.fill('P-1001');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Casey Child P-1001' }).click();
    await page.getByRole('combobox', { name: 'Record type' }).selectOption('supervision-decision');
    expect(await page.getByRole('textbox', { name: 'Purpose' }).isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Supervisor (who gave the advice or decision)' }).inputValue()).toBe('Sam Manager');
    await page.getByRole('textbox', { name: 'Your supervision file reference' }).fill('STAFF-0042');
    await page.getByRole('textbox', { name: 'Reasons' }).fill('Casey prefers text; the plan allows it.');
    await page.getByRole('button', { name: 'File 1 e-mail to Casey Child (P-1001)' }).click();
    await page.getByText(/^Not filed\./).waitFor();
    const decisionError = await page.getByRole('textbox', { name: 'Decision', exact: true }).getAttribute('aria-describedby');
    expect(await page.locator(`#${decisionError}`).innerText()).toMatch(/empty/);
    await page.getByRole('textbox', { name: 'Decision', exact: true }).fill('Texting Casey about visit times is agreed until the review.');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText(/^Filed as SD-\d{8}-\w{8}\./).waitFor();
    const note = (await api('/api/recordings?person=P-1001')).json.records.find((r: { record: { kind: string } }) => r.record.kind === 'supervision-decision').record;
    expect(note.details).toMatchObject({
      supervisionDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(daysAgo(1, 11)),
      setting: 'advice-outside-supervision',
      supervisor: { name: 'Sam Manager' },
      supervisee: { name: ME.displayName, reference: 'STAFF-0042' },
      discussion: 'Advice: contact with Casey by text',
      decisions: [{ decision: 'Texting Casey about visit times is agreed until the review.', reasons: 'Casey prefers text; the plan allows it.' }],
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('follows the selection as it changes, up to 100 e-mails, checked for earlier filings in one request', async () => {
    const many = Array.from({ length: 100 }, (_, i) => message(`Update ${i + 1}`, MUM, [ME], daysAgo(4)));
    const page = await openPane({ version: '1.15', user: ME, messages: [received, ...many], selected: [many[0]!.itemId] });
    await page.getByRole('button', { name: 'File 1 e-mail to Casey Child (P-1001)' }).waitFor();
    let lookups = 0;
    page.on('request', (r) => void (r.url().endsWith('/api/emails/filings') && lookups++));
    await page.evaluate((ids) => (window as unknown as { __outlookSelect: (ids: string[]) => void }).__outlookSelect(ids), many.map((m) => m.itemId));
    await page.getByRole('heading', { name: 'E-mails (100)' }).waitFor();
    await page.getByRole('button', { name: 'File 100 e-mails to Casey Child (P-1001)' }).waitFor();
    expect(lookups).toBe(1);
    expect(await page.locator('li.email legend').first().innerText()).toBe('Update 1');
    const outlook = await outlookState(page);
    expect(outlook.loads).toBe(outlook.unloads);
    await page.close();
  });

  it('files a large e-mail with its upload progress shown', async () => {
    const big = message('Reports attached', MUM, [ME], daysAgo(3), { line: `${'x'.repeat(998)}\r\n`, times: 8_000 });
    const page = await openPane({ version: '1.15', user: ME, messages: [big], selected: [big.itemId] });
    await page.getByRole('button', { name: 'File 1 e-mail to Casey Child (P-1001)' }).waitFor();
    // Throttle the upload (about 4 s for 8 MB) so progress is visible, and record every value the bar shows.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 2 * 1024 * 1024 });
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { __progress: number[] }).__progress = []);
      new MutationObserver(() => document.querySelectorAll('progress').forEach((p) => seen.push(p.value))).observe(document.body, { subtree: true, childList: true, attributes: true });
      setInterval(() => document.querySelectorAll('progress').forEach((p) => seen.push(p.value)), 50);
    });
    await page.locator('#file').click();
    await page.getByText(/Uploading the e-mail \(7\.\d MB\)/).waitFor();
    await page.getByText('1 e-mail filed to Casey Child.').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
    const record = (await api('/api/recordings?person=P-1001')).json.records.find((r: { record: { internetMessageId: string } }) => r.record.internetMessageId === big.internetMessageId).record;
    expect(record.blobs[0]).toMatchObject({ size: emlBytes(big).length, sha256: sha256(emlBytes(big)) });
    await page.close();
  }, 120_000);

  it('files an e-mail on send: chosen in compose, queued at send (which always goes), filed from Sent Items on the pane\'s Retry', async () => {
    const compose = { subject: 'Visit on Thursday', to: [MUM] };
    const page = await openPane({ version: '1.15', user: ME, messages: [], selected: [], compose }, 'taskpane.html?mode=compose');
    // Suggested from the earlier filing with mum; the subject is the starting purpose.
    const choose = page.getByRole('button', { name: 'File when sent to Casey Child (P-1001)' });
    await choose.waitFor();
    expect(await page.getByRole('textbox', { name: 'Purpose' }).inputValue()).toBe('Visit on Thursday');
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Confirm the visit on Thursday');
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: new URL('../../docs/addin-compose-320.png', import.meta.url).pathname });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await choose.click();
    await page.getByText(/^When you send this e-mail it will be filed to Casey Child \(P-1001\)/).waitFor();
    const chosen = await persistedOutlook(page);
    const marker = chosen.headers['x-companion-filing']!;
    expect(marker).toMatch(/^[0-9a-f-]{36}$/);

    // The worker presses Send: Outlook runs the OnMessageSend handler in the add-in's event runtime.
    await page.goto(`${app.url}/addin/commands.html`);
    await page.evaluate(() => (window as unknown as { __outlookSend: () => void }).__outlookSend());
    await expect.poll(async () => (await persistedOutlook(page)).sendCompletions).toEqual([{ allowEvent: true }]);
    expect((await persistedOutlook(page)).roaming.careSendFilings).toEqual([expect.objectContaining({ marker, subject: 'Visit on Thursday', purpose: 'Confirm the visit on Thursday', state: 'waiting', person: expect.objectContaining({ reference: 'P-1001' }) })]);

    // The pane opens before Exchange has put the sent copy in Sent Items: it says so and offers a retry.
    await page.goto(`${app.url}/addin/taskpane.html`);
    await page.getByRole('heading', { name: 'Filing when sent' }).waitFor();
    await page.getByText(/^Not filed yet\. The sent e-mail is not in your Sent Items yet/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const sentAt = new Date(Date.now() - 60_000);
    const mime = [`From: "${ME.displayName}" <${ME.emailAddress}>`, `To: "${MUM.displayName}" <${MUM.emailAddress}>`, 'Subject: Visit on Thursday', `Date: ${sentAt.toUTCString()}`, `Message-ID: <${randomUUID()}@council.example>`, `x-companion-filing: ${marker}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'I will visit on Thursday at 4pm.', ''].join('\r\n');
    graph.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.emailAddress, mime, folder: 'sentitems' });
    await page.getByRole('button', { name: 'Retry' }).click();
    // The service, told at send, may have filed it in the background a moment before the Retry: one record either way.
    await page.getByText(/^(Already filed|Filed) as CR-\d{8}-\w{8}\.$/).waitFor();
    expect((await persistedOutlook(page)).roaming.careSendFilings).toBeUndefined();

    const record = (await api('/api/recordings?person=P-1001')).json.records.find((r: { record: { details: { purpose: string } } }) => r.record.details.purpose === 'Confirm the visit on Thursday').record;
    expect(record.details).toMatchObject({ direction: 'outgoing', otherParty: MUM.emailAddress, messageAt: new Date(Math.floor(sentAt.getTime() / 1000) * 1000).toISOString(), content: { form: 'original-email', subject: 'Visit on Thursday' } });
    expect(record.blobs[0]).toMatchObject({ role: 'original-email', sha256: sha256(Buffer.from(mime)) });
    await page.close();
  });

  it('files an e-mail on send with no pane open: the send handler tells the service, which files the sent copy when it appears; the pane later shows it filed', async () => {
    const page = await openPane({ version: '1.15', user: ME, messages: [], selected: [], compose: { subject: 'Running late', to: [MUM] } }, 'taskpane.html?mode=compose');
    const choose = page.getByRole('button', { name: 'File when sent to Casey Child (P-1001)' });
    await choose.waitFor();
    const purpose = `Tell mum the visit is later ${randomUUID().slice(0, 6)}`;
    await page.getByRole('textbox', { name: 'Purpose' }).fill(purpose);
    await choose.click();
    await page.getByText(/^When you send this e-mail it will be filed to Casey Child \(P-1001\)/).waitFor();
    const marker = (await persistedOutlook(page)).headers['x-companion-filing']!;

    // Send: the handler (event runtime) tells the service and lets the e-mail go. Then no pane is open at all.
    await page.goto(`${app.url}/addin/commands.html`);
    await page.evaluate(() => (window as unknown as { __outlookSend: () => void }).__outlookSend());
    await expect.poll(async () => (await persistedOutlook(page)).sendCompletions).toEqual([{ allowEvent: true }]);
    await page.goto('about:blank');
    // Classic Outlook on Windows lets the handler's file call out only if the origin lists it at Microsoft's well-known URI.
    expect((await api('/.well-known/microsoft-officeaddins-allowed.json')).json).toEqual({ allowed: ['https://localhost:3978/addin/commands.js'] });
    const told = (await api('/api/emails/sent')).json.filings.find((f: { marker: string }) => f.marker === marker);
    expect(told).toMatchObject({ state: 'waiting', person: { reference: 'P-1001' } });

    // Exchange puts the sent copy in Sent Items a little later; the service finds it and files it by itself.
    await new Promise((r) => setTimeout(r, 700));
    const sentAt = new Date(Date.now() - 20_000);
    const mime = [`From: "${ME.displayName}" <${ME.emailAddress}>`, `To: "${MUM.displayName}" <${MUM.emailAddress}>`, 'Subject: Running late', `Date: ${sentAt.toUTCString()}`, `Message-ID: <${randomUUID()}@council.example>`, `x-companion-filing: ${marker}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'I will be there at 5pm instead.', ''].join('\r\n');
    graph.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.emailAddress, mime, folder: 'sentitems' });
    let filed: { state: string; reference?: string } | undefined;
    await expect.poll(async () => (filed = (await api('/api/emails/sent')).json.filings.find((f: { marker: string }) => f.marker === marker))?.state, { timeout: 30_000 }).toBe('filed');
    const records = (await api('/api/recordings?person=P-1001')).json.records.filter((r: { record: { details: { purpose: string } } }) => r.record.details.purpose === purpose);
    expect(records).toHaveLength(1);
    expect(records[0].record).toMatchObject({ id: filed!.reference, details: { direction: 'outgoing', otherParty: MUM.emailAddress, messageAt: new Date(Math.floor(sentAt.getTime() / 1000) * 1000).toISOString() } });
    expect(records[0].record.blobs[0]).toMatchObject({ role: 'original-email', sha256: sha256(Buffer.from(mime)) });

    // The worker opens the pane later: it says the e-mail was filed, clears its queue and asks Graph nothing.
    const graphCalls = graph.requests.length;
    await page.goto(`${app.url}/addin/taskpane.html`);
    await page.getByText(`Filed as ${filed!.reference} when it was sent.`).waitFor();
    expect((await persistedOutlook(page)).roaming.careSendFilings).toBeUndefined();
    expect(graph.requests.length).toBe(graphCalls);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: new URL('../../docs/addin-sent-filed-320.png', import.meta.url).pathname });
    expect((await api('/api/recordings?person=P-1001')).json.records.filter((r: { record: { details: { purpose: string } } }) => r.record.details.purpose === purpose)).toHaveLength(1);
    await page.close();
  });

  it('when the sent copy never appears, the service gives up (failed) and the pane, opened later, offers Retry', async () => {
    const page = await openPane({ version: '1.15', user: ME, messages: [], selected: [], compose: { subject: 'Stuck in the Outbox', to: [MUM] } }, 'taskpane.html?mode=compose');
    const choose = page.getByRole('button', { name: 'File when sent to Casey Child (P-1001)' });
    await choose.waitFor();
    await choose.click();
    await page.getByText(/^When you send this e-mail it will be filed/).waitFor();
    const marker = (await persistedOutlook(page)).headers['x-companion-filing']!;
    await page.goto(`${app.url}/addin/commands.html`);
    await page.evaluate(() => (window as unknown as { __outlookSend: () => void }).__outlookSend());
    await expect.poll(async () => (await persistedOutlook(page)).sendCompletions).toEqual([{ allowEvent: true }]);
    await page.goto('about:blank');
    await expect
      .poll(async () => (await api('/api/emails/sent')).json.filings.find((f: { marker: string }) => f.marker === marker)?.state, { timeout: 30_000 })
      .toBe('failed');
    expect((await api('/api/emails/sent')).json.filings.find((f: { marker: string }) => f.marker === marker)).toMatchObject({ attempts: 6, problem: { code: 'not-in-sent-items' } });

    await page.goto(`${app.url}/addin/taskpane.html`);
    await page.getByText(/^Not filed yet\. The sent e-mail is not in your Sent Items yet/).waitFor();
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    expect((await persistedOutlook(page)).roaming.careSendFilings).toEqual([expect.objectContaining({ marker, state: 'waiting' })]);
    await page.close();
  });
});
