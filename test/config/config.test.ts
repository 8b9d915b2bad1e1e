import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('starts in local mode on loopback with all five policies when nothing is set', () => {
    const c = loadConfig({});
    expect(c.localMode).toBe(true);
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3978);
    expect(c.organisation.policies).toHaveLength(5);
    expect(c.organisation.nation).toBe('england-and-wales');
    expect(c.recordStore).toBe('embedded');
  });

  it('names unknown policies so an IG lead can fix the profile', () => {
    expect(() => loadConfig({ ORG_POLICIES: 'pan-dorset,kent' })).toThrow(/unknown policies: kent/);
  });

  it('refuses a public listen address in anonymous local mode', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
  });

  it('requires a tenant when the bot is registered', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'app' })).toThrow(/MicrosoftAppTenantId/);
    const c = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppTenantId: 'tenant', MicrosoftAppPassword: 'x' });
    expect(c.localMode).toBe(false);
    expect(c.apiAuth.audience).toBe('app');
  });

  it('refuses MultiTenant without an explicit list of allowed tenants, in one actionable line', () => {
    const multi = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' };
    expect(() => loadConfig(multi)).toThrow(/^MicrosoftAppType=MultiTenant needs API_ALLOWED_TENANTS: .*comma-separated\.$/);
    const c = loadConfig({ ...multi, API_ALLOWED_TENANTS: 'tenant-a, tenant-b' });
    expect(c.apiAuth.allowedTenants).toEqual(['tenant-a', 'tenant-b']);
  });

  it('accepts only the configured tenant and the API scope by default', () => {
    const c = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppTenantId: 'tenant', MicrosoftAppPassword: 'x' });
    expect(c.apiAuth.allowedTenants).toEqual(['tenant']);
    expect(c.apiAuth.scope).toBe('Recordings.ReadWrite');
    expect(c.directory).toMatchObject({ source: 'graph' });
    expect(loadConfig({}).directory).toEqual({ source: 'local-example' });
  });

  it('says which setting is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ORG_NATION: 'wales' })).toThrow(/ORG_NATION/);
    expect(() => loadConfig({ REMINDERS: 'yes' })).toThrow(/REMINDERS must be on or off/);
    expect(() => loadConfig({ BOT_DOMAIN: 'https://companion.example.gov.uk' })).toThrow(/BOT_DOMAIN: give the host name only/);
  });

  it('reads the public host name the app package points Teams at', () => {
    expect(loadConfig({ BOT_DOMAIN: 'Companion.Example.gov.uk' }).publicHost).toBe('companion.example.gov.uk');
    expect(loadConfig({}).publicHost).toBeUndefined();
  });
});
