import { z } from 'zod';

// What the add-in build needs from the environment: where the pane is served, and (with a tenant) the app ids for sign-in.

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const AddinEnv = z.object({
  /** Origin that serves /addin/ (Outlook loads add-ins over HTTPS only). */
  ADDIN_BASE_URL: z.preprocess(blank, z.url({ protocol: /^https$/, hostname: z.regexes.hostname }).default('https://localhost:3978')),
  /** The add-in's own id in the manifest; keep it stable once deployed. */
  ADDIN_ID: z.preprocess(blank, z.string().regex(GUID, 'must be a GUID').default('6f1c1d3e-6a59-4c55-9d3a-2b8e0f4a7c21')),
  /** Entra ID app (client) id for Nested App Authentication; empty in local mode (anonymous). */
  ADDIN_CLIENT_ID: z.preprocess(blank, z.string().regex(GUID, 'must be a GUID').optional()),
  /** The recording API's scope, e.g. api://<app id>/Recordings.ReadWrite. */
  ADDIN_API_SCOPE: z.preprocess(blank, z.string().min(1).optional()),
});

export interface AddinSettings {
  baseUrl: string;
  id: string;
  clientId?: string;
  apiScope?: string;
}

export function addinSettings(env: Record<string, string | undefined> = process.env): AddinSettings {
  const r = AddinEnv.safeParse(env);
  if (!r.success) throw new Error(`Invalid add-in settings (see .env.example): ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = r.data;
  if (e.ADDIN_CLIENT_ID && !e.ADDIN_API_SCOPE) throw new Error('ADDIN_API_SCOPE is required with ADDIN_CLIENT_ID (e.g. api://<app id>/Recordings.ReadWrite).');
  return { baseUrl: e.ADDIN_BASE_URL.replace(/\/+$/, ''), id: e.ADDIN_ID, clientId: e.ADDIN_CLIENT_ID, apiScope: e.ADDIN_API_SCOPE };
}
