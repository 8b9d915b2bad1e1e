import { describe, expect, it } from 'vitest';
import { tokenSource, type PcaFactory } from '../../addin/src/auth';

// The pane's sign-in: Nested App Authentication through MSAL's nestable client (faked here: the host broker is
// Microsoft's), anonymous in local mode.

const CLIENT = '11111111-2222-3333-4444-555555555555';
const SCOPE = `api://${CLIENT}/Recordings.ReadWrite`;

function fakeHost(options: { silentFails?: boolean } = {}) {
  const seen = { configs: [] as unknown[], silent: [] as unknown[], popup: [] as unknown[] };
  const factory: PcaFactory = async (config) => {
    seen.configs.push(config);
    return {
      acquireTokenSilent: async (req: unknown) => {
        seen.silent.push(req);
        if (options.silentFails) throw new Error('interaction_required');
        return { accessToken: 'silent-token' };
      },
      acquireTokenPopup: async (req: unknown) => {
        seen.popup.push(req);
        return { accessToken: 'popup-token' };
      },
    } as unknown as Awaited<ReturnType<PcaFactory>>;
  };
  return { factory, seen };
}

describe('add-in sign-in (Nested App Authentication)', () => {
  it('sends no token in local mode and never starts MSAL', async () => {
    const { factory, seen } = fakeHost();
    expect(await tokenSource({ clientId: null, apiScope: null }, factory)()).toBeUndefined();
    expect(seen.configs).toEqual([]);
  });

  it('asks the host silently for the recording service scope, creating the nestable client once', async () => {
    const { factory, seen } = fakeHost();
    const token = tokenSource({ clientId: CLIENT, apiScope: SCOPE }, factory);
    expect(await token()).toBe('silent-token');
    expect(await token()).toBe('silent-token');
    expect(seen.configs).toEqual([{ auth: { clientId: CLIENT, authority: 'https://login.microsoftonline.com/organizations' } }]);
    expect(seen.silent).toEqual([{ scopes: [SCOPE] }, { scopes: [SCOPE] }]);
    expect(seen.popup).toEqual([]);
  });

  it('falls back to a popup when the worker must consent or sign in again', async () => {
    const { factory, seen } = fakeHost({ silentFails: true });
    expect(await tokenSource({ clientId: CLIENT, apiScope: SCOPE }, factory)()).toBe('popup-token');
    expect(seen.popup).toEqual([{ scopes: [SCOPE] }]);
  });

  it('never opens a popup for the send handler (interactive: false): the failure is the answer, and the e-mail still goes', async () => {
    const { factory, seen } = fakeHost({ silentFails: true });
    await expect(tokenSource({ clientId: CLIENT, apiScope: SCOPE }, factory, { interactive: false })()).rejects.toThrow('interaction_required');
    expect(seen.popup).toEqual([]);
  });
});
