// Who the pane calls the recording service as. Local mode (no client id compiled in): anonymous, the server's local identity.

declare const __ADDIN_AUTH__: { clientId: string | null; apiScope: string | null };

export async function accessToken(): Promise<string | undefined> {
  if (!__ADDIN_AUTH__.clientId) return undefined;
  return undefined;
}
