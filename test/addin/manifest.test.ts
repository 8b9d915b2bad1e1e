import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestXml } from '../../scripts/addin/manifest';
import { addinSettings } from '../../scripts/addin/settings';
import { validateAddinManifest } from '../../scripts/validate-addin';

const root = new URL('../../', import.meta.url);
const committed = readFileSync(new URL('addin/manifest.xml', root), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'addin-manifest-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The text of the first element of that name inside the given XML fragment. */
const section = (xml: string, open: string, close: string) => xml.slice(xml.indexOf(open), xml.indexOf(close, xml.indexOf(open)) + close.length);

describe('Outlook add-in manifest (addin/manifest.xml)', () => {
  it('is what the build script makes from the default settings (never hand-edited)', () => {
    expect(committed).toBe(manifestXml(addinSettings({})));
  });

  it('passes `npm run validate` offline (converted to the unified manifest, checked against the bundled schema)', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'validate'], { cwd: new URL('.', root).pathname, env: { ...process.env, ADDIN_BASE_URL: '' } });
    expect(stdout).toMatch(/addin\/manifest\.xml is valid/);
  });

  it('fails validation when the manifest is broken (the check can fail)', async () => {
    const broken = join(tmp, 'broken.xml');
    writeFileSync(broken, committed.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'));
    const r = await validateAddinManifest(broken);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/conversion failed|not valid/i);
  });

  it('opens a read-mode task pane from a ribbon button with multi-select, and keeps a Mailbox 1.5 floor for mobile', () => {
    expect(committed).toMatch(/<Set Name="Mailbox" MinVersion="1\.5"\/>/);
    const v11 = section(committed, '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"', '</VersionOverrides>');
    const read = section(v11, '<ExtensionPoint xsi:type="MessageReadCommandSurface">', '</ExtensionPoint>');
    expect(read).toMatch(/<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url"\/>\s*<SupportsMultiSelect>true<\/SupportsMultiSelect>/);
    const v10 = committed.slice(0, committed.indexOf(v11));
    expect(v10).toMatch(/<bt:Sets DefaultMinVersion="1\.5">/);
    expect(v10).toMatch(/MobileMessageReadCommandSurface/);
  });

  it('has a compose-mode "File when sent" button and an OnMessageSend event that never blocks sending for good', () => {
    const compose = section(committed, '<ExtensionPoint xsi:type="MessageComposeCommandSurface">', '</ExtensionPoint>');
    expect(compose).toMatch(/resid="Send.Label"/);
    expect(committed).toMatch(/<bt:String id="Send.Label" DefaultValue="File when sent"\/>/);
    expect(committed).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"\/>/);
  });

  it('takes the server address from ADDIN_BASE_URL: every URL points at <address>/addin/', () => {
    const xml = manifestXml(addinSettings({ ADDIN_BASE_URL: 'https://care.example.org/' }));
    const urls = [...xml.matchAll(/(?:DefaultValue="|>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https:\/\/care\.example\.org(\/addin\/|$)/);
  });

  it('refuses a plain-http address (Outlook loads add-ins over HTTPS only) with a message saying which setting', () => {
    expect(() => addinSettings({ ADDIN_BASE_URL: 'http://care.example.org' })).toThrow(/ADDIN_BASE_URL/);
    expect(() => addinSettings({ ADDIN_CLIENT_ID: '6f1c1d3e-6a59-4c55-9d3a-2b8e0f4a7c21' })).toThrow(/ADDIN_API_SCOPE/);
  });
});
