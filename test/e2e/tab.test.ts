import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { fromJson } from '../../src/organisation/directory-file';
import { contactRecording, supervisionNote } from '../api/support';
import { startTestIssuer, TEST_AUDIENCE, TEST_TENANT, type TestIssuer } from '../support/issuer/test-issuer';
import { scriptedHostPage, type ScriptedHost } from '../support/teams-host';
import { startTestApp, type TestApp } from '../support/test-app';

// The My records tab in real Chromium, framed by a scripted Teams web client at https://teams.microsoft.com and served
// as https://companion.example.gov.uk (both routed inside the browser: the page is ours, the tab is the app on loopback).
// SSO tokens come from a local test issuer the app trusts, so the tab's calls are authenticated as in a tenant.
const TEAMS = 'https://teams.microsoft.com';
const COMPANION = 'https://companion.example.gov.uk';
const WORKER = { oid: '1a1a1a1a-0000-4000-8000-000000000001', name: 'Alex Worker', upn: 'alex.worker@council.example' };
const MANAGER = { oid: '2b2b2b2b-0000-4000-8000-000000000002', name: 'Sam Manager', upn: 'sam.manager@council.example' };
const OTHER = { oid: '3c3c3c3c-0000-4000-8000-000000000003', name: 'Jo Other', upn: 'jo.other@council.example' };
/** The organisation model: Sam line-manages Alex; Jo is in another team under someone else. */
const directory = () =>
  fromJson(
    {
      teams: [{ id: 'north', name: 'North team' }, { id: 'south', name: 'South team' }],
      people: [
        { id: WORKER.oid, name: WORKER.name, teams: ['north'], lineManager: MANAGER.oid, staffReference: 'STAFF-0042' },
        { id: MANAGER.oid, name: MANAGER.name, teams: ['north'] },
        { id: OTHER.oid, name: OTHER.name, teams: ['south'] },
      ],
    },
    'the test directory',
  );
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Screenshots for the README go to docs/ when asked (UPDATE_SCREENSHOTS=1), otherwise to test-results/. */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'test-results';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

let issuer: TestIssuer;
let api: TestApp;
let browser: Browser;
const ref: Record<string, string> = {};
const token = (who: typeof WORKER) => issuer.mint({ claims: { oid: who.oid, name: who.name } });

beforeAll(async () => {
  issuer = await startTestIssuer();
  api = await startTestApp({
    dirPrefix: 'tab-e2e-',
    logLevel: 'warn',
    env: { MicrosoftAppId: TEST_AUDIENCE, MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: TEST_TENANT, OPENID_METADATA_URL: issuer.metadataUrl, HOST: '127.0.0.1' },
    overrides: { recordings: { directory: directory() } },
  });
  const file = async (name: string, who: typeof WORKER, body: Record<string, unknown>) => {
    const res = await api.request('POST', '/api/recordings', body, { authorization: `Bearer ${await token(who)}` });
    expect(res.status, res.text).toBe(201);
    ref[name] = res.json.reference as string;
  };
  const person = { reference: 'P-3001', name: 'Casey Child' };
  await file('recent', WORKER, contactRecording({ person, messageAt: daysAgo(1).toISOString(), purpose: 'Arrange the next visit' }));
  await file('late', WORKER, contactRecording({ person, messageAt: daysAgo(20).toISOString(), channel: 'whatsapp', purpose: 'Check how the move went' }));
  await file('advice', WORKER, supervisionNote({
    person,
    setting: 'advice-outside-supervision',
    supervisionDate: isoDay(daysAgo(2)),
    supervisor: { name: MANAGER.name, role: 'Team manager' },
    supervisee: { name: WORKER.name, reference: 'STAFF-0042' },
    digitalContact: { discussed: true, riskAssessed: true, channel: 'text', purpose: 'appointments', consent: 'young person and parent', reviewDate: isoDay(new Date(Date.now() + 60 * 86_400_000)) },
  }));
  await file('elsewhere', OTHER, contactRecording({ messageAt: daysAgo(15).toISOString() }));
  browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await issuer?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  tab: Frame;
}

/** The scripted Teams client with the tab in it; nothing leaves the machine (other hosts are refused in the browser). */
async function openInTeams(host: Omit<ScriptedHost, 'tabUrl'>, options: { width?: number; apiDown?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 900, height: 1000 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === TEAMS) return route.fulfill({ contentType: 'text/html', body: scriptedHostPage({ ...host, tabUrl: `${COMPANION}/tab/` }) });
    if (url.origin === COMPANION) {
      if (options.apiDown && url.pathname.startsWith('/api/')) return route.abort('connectionrefused');
      return route.fulfill({ response: await route.fetch({ url: `${api.app.url}${url.pathname}${url.search}` }) });
    }
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${TEAMS}/_#/apps/my-records`);
  const tab = page.frames().find((f) => f.url().startsWith(COMPANION)) ?? (await (await page.waitForSelector('iframe#tab')).contentFrame())!;
  await tab.waitForSelector('main:not([aria-busy])');
  return { context, page, tab };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A list by its heading, e.g. "Recordings due (2)". */
const section = (tab: Frame, heading: string) => tab.locator('section:not(.view)', { has: tab.locator('h3', { hasText: new RegExp(`^${escape(heading)} \\(\\d+\\)$`) }) });
const refsIn = async (tab: Frame, heading: string) => (await section(tab, heading).locator('li .meta').allInnerTexts()).map((t) => /(CR|SD)-\d{8}-[A-Z2-9]{8}/.exec(t)?.[0]).sort();

async function seriousViolations(tab: Frame): Promise<string[]> {
  await tab.evaluate(AXE);
  const result = (await tab.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('My records tab in a scripted Teams client', () => {
  it("shows a worker their own recordings due and overdue, advice awaiting confirmation and approvals, and opens a record", async () => {
    const { context, page, tab } = await openInTeams({ user: { id: WORKER.oid, name: WORKER.name, upn: WORKER.upn, tenantId: TEST_TENANT }, theme: 'default', sso: { token: await token(WORKER) } });
    try {
      expect(await tab.locator('.who').innerText()).toContain(WORKER.name);
      expect(await refsIn(tab, 'Recordings overdue')).toEqual([ref.late]);
      expect(await refsIn(tab, 'Recordings due')).toEqual([ref.advice, ref.recent].sort());
      expect(await refsIn(tab, "Advice awaiting your manager's confirmation")).toEqual([ref.advice]);
      expect(await refsIn(tab, 'Digital contact approvals')).toEqual([ref.advice]);
      expect(await tab.locator('h2', { hasText: 'My team' }).count()).toBe(0);
      expect(await tab.locator('body').innerText()).not.toContain(ref.elsewhere);
      expect(await page.evaluate('window.hostLog')).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));

      const open = section(tab, 'Recordings overdue').getByRole('button', { name: `Open ${ref.late}` });
      await open.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => open.getAttribute('aria-expanded')).toBe('true');
      await tab.getByText('Check how the move went').waitFor();

      expect(await seriousViolations(tab)).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/tab-worker-light.png` });

      // Teams tells the tab when the user switches theme.
      await page.evaluate('window.setTheme("contrast")');
      await expect.poll(() => tab.evaluate('document.documentElement.dataset.theme')).toBe('contrast');
      expect(await seriousViolations(tab)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a line manager their team's records and signs one off from the tab (dark theme)", async () => {
    const { context, page, tab } = await openInTeams({ user: { id: MANAGER.oid, name: MANAGER.name, upn: MANAGER.upn, tenantId: TEST_TENANT }, theme: 'dark', sso: { token: await token(MANAGER) } });
    try {
      expect(await tab.evaluate('document.documentElement.dataset.theme')).toBe('dark');
      expect(await tab.locator('h2#team-heading').innerText()).toBe('My team (1 person)');
      expect(await refsIn(tab, 'Awaiting "read and agreed"')).toEqual([ref.recent, ref.late, ref.advice].sort());
      expect(await refsIn(tab, 'Advice awaiting your confirmation')).toEqual([ref.advice]);
      expect(await refsIn(tab, 'Overdue recordings')).toEqual([ref.late]);
      expect(await refsIn(tab, 'Digital contact approvals to review')).toEqual([ref.advice]);
      expect(await tab.locator('body').innerText()).not.toContain(ref.elsewhere);
      expect(await seriousViolations(tab)).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/tab-manager-dark.png` });

      const item = section(tab, 'Overdue recordings').locator('li', { hasText: ref.late });
      await item.getByRole('button', { name: 'Sign off: read and agreed' }).click();
      await expect.poll(() => tab.locator('#status').innerText()).toBe(`${ref.late}: signed off as read and agreed.`);
      expect(await refsIn(tab, 'Overdue recordings')).toEqual([]);
      expect(await refsIn(tab, 'Awaiting "read and agreed"')).toEqual([ref.recent, ref.advice].sort());

      const stored = await api.request('GET', `/api/recordings/${ref.late}`, undefined, { authorization: `Bearer ${await token(MANAGER)}` });
      expect(stored.json.record.signOffs).toEqual([expect.objectContaining({ kind: 'read-and-agreed', by: { userId: MANAGER.oid, name: MANAGER.name } })]);

      // Return one for amendment: an empty note is refused in place, then the worker sees the note in their list.
      const recent = section(tab, 'Awaiting "read and agreed"').locator('li', { hasText: ref.recent });
      await recent.getByRole('button', { name: 'Return for amendment' }).click();
      await recent.getByRole('button', { name: `Return to ${WORKER.name}` }).click();
      expect(await recent.getByRole('textbox', { name: 'What needs amending?' }).getAttribute('aria-invalid')).toBe('true');
      await recent.getByRole('textbox', { name: 'What needs amending?' }).fill('Say who else was at the visit.');
      await recent.getByRole('button', { name: `Return to ${WORKER.name}` }).click();
      await expect.poll(() => tab.locator('#status').innerText()).toBe(`${ref.recent}: returned to ${WORKER.name} for amendment.`);
      const worker = await api.request('GET', '/api/my-work', undefined, { authorization: `Bearer ${await token(WORKER)}` });
      expect(worker.json.worker.returnedForAmendment).toEqual([expect.objectContaining({ reference: ref.recent, returnedNote: 'Say who else was at the visit.' })]);
    } finally {
      await context.close();
    }
  });

  it('reads well at 320 px: nothing scrolls sideways', async () => {
    const { context, tab } = await openInTeams({ user: { id: MANAGER.oid, name: MANAGER.name, upn: MANAGER.upn, tenantId: TEST_TENANT }, theme: 'default', sso: { token: await token(MANAGER) } }, { width: 320 });
    try {
      expect(await tab.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      expect(await section(tab, 'Advice awaiting your confirmation').getByRole('button', { name: 'Confirm advice' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('outside Teams, tells the practitioner where to open it instead of showing a blank page', async () => {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== COMPANION) return route.abort('blockedbyclient');
      return route.fulfill({ response: await route.fetch({ url: `${api.app.url}${url.pathname}${url.search}` }) });
    });
    try {
      const page = await context.newPage();
      await page.goto(`${COMPANION}/tab/`);
      expect(await page.getByRole('alert').innerText()).toMatch(/Open My records from the Care companion app in Teams, Outlook or the Microsoft 365 app/);
    } finally {
      await context.close();
    }
  });

  it('says clearly when single sign-on is refused, the API refuses the token, or the API cannot be reached', async () => {
    const user = { id: WORKER.oid, name: WORKER.name, upn: WORKER.upn, tenantId: TEST_TENANT };
    const cases: [Omit<ScriptedHost, 'tabUrl'>, { apiDown?: boolean }, RegExp][] = [
      [{ user, theme: 'default', sso: { refuse: 'resourceRequiresConsent' } }, {}, /Single sign-on did not give this tab a token \(resourceRequiresConsent\)/],
      [{ user, theme: 'default', sso: { token: await issuer.mint({ claims: { oid: WORKER.oid, name: WORKER.name }, expiresIn: -600 }) } }, {}, /did not accept your sign-in/],
      [{ user, theme: 'default', sso: { token: await token(WORKER) } }, { apiDown: true }, /cannot be reached\. Check your connection/],
    ];
    for (const [host, options, message] of cases) {
      const { context, tab } = await openInTeams(host, options);
      try {
        const alert = tab.getByRole('alert');
        expect(await alert.innerText()).toMatch(message);
        expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    }
  });
});

describe('My records tab opened in a plain browser in local mode', () => {
  it('works as the local practitioner, with no sign-in', async () => {
    const local = await startTestApp({ dirPrefix: 'tab-local-', logLevel: 'warn' });
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    try {
      const filed = await local.request('POST', '/api/recordings', contactRecording({ messageAt: daysAgo(1).toISOString() }));
      expect(filed.status).toBe(201);
      const page = await context.newPage();
      await page.goto(`${local.app.url}/tab/`);
      await page.waitForSelector('main:not([aria-busy])');
      expect(await page.locator('.who').innerText()).toContain('Local practitioner (local mode)');
      expect(await page.locator('main').innerText()).toContain(filed.json.reference);
      expect(await seriousViolations(page.mainFrame())).toEqual([]);
    } finally {
      await context.close();
      await local.stop();
    }
  });
});
