import { randomUUID } from 'node:crypto';
import { createGraphClient } from '../../src/graph/client';
import { GraphMailSource } from '../../src/graph/mail';
import { provisionSite } from '../../src/graph/provision';
import { OnBehalfOfTokenProvider } from '../../src/graph/tokens';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { startTestApi, type TestApi } from '../api/support';
import { igLead, TOKENS } from '../graph/harness';
import { startGraphStandIn, type GraphStandIn } from './graph-standin';
import { startTestIssuer, TEST_AUDIENCE, TEST_TENANT, TEST_USER, type TestIssuer } from './issuer/test-issuer';
import { writeDirectoryFile } from './org-directory';

// The recording service with a tenant, as the practitioner: their Entra token (from the test issuer) is exchanged
// on-behalf-of them at the stand-in's token endpoint for a Graph token; mail comes from their own mailbox, and records
// go to SharePoint (provisioned by the IG lead) or the embedded store.

export const APP_SECRET = 'stand-in-app-secret';
/** The practitioner's mailbox in the stand-in (TEST_USER). */
export const MAILBOX = 'alex@standin.example';

export interface OboTenant {
  issuer: TestIssuer;
  standin: GraphStandIn;
  api: TestApi;
  close(): Promise<void>;
}

export async function startOboTenant(options: { sharepoint: boolean; settings?: Record<string, string>; otherUsers?: readonly { id: string; name: string; email: string }[] }): Promise<OboTenant> {
  const issuer = await startTestIssuer();
  const standin = await startGraphStandIn({
    ...(options.sharepoint ? { users: { [TOKENS.igLead]: { id: igLead.userId, displayName: igLead.name } } } : {}),
    obo: { tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET },
  });
  // Graph tokens for these people come only from the on-behalf-of exchange.
  for (const u of [{ id: TEST_USER.oid, name: TEST_USER.name, email: MAILBOX }, ...(options.otherUsers ?? [])]) {
    standin.addUser(`direct-${randomUUID()}`, { id: u.id, displayName: u.name, email: u.email });
  }
  const base = { baseUrl: standin.origin, fetch: standin.fetch, retryDelaySeconds: 0 };
  if (options.sharepoint) await provisionSite(await createGraphClient({ ...base, tokens: { graphToken: async () => TOKENS.igLead } }, igLead), standin.siteId);
  const graph = { ...base, tokens: new OnBehalfOfTokenProvider({ tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET, authority: standin.origin, fetch: standin.fetch }) };
  const api = await startTestApi(
    {
      MicrosoftAppId: TEST_AUDIENCE,
      MicrosoftAppPassword: APP_SECRET,
      MicrosoftAppTenantId: TEST_TENANT,
      HOST: '127.0.0.1',
      OPENID_METADATA_URL: issuer.metadataUrl,
      ORG_DIRECTORY: writeDirectoryFile(),
      ...(options.sharepoint ? { RECORD_STORE: 'sharepoint', SHAREPOINT_SITE_ID: standin.siteId, GRAPH_BASE_URL: standin.origin } : {}),
      ...options.settings,
    },
    { recordings: { mail: new GraphMailSource(graph), ...(options.sharepoint ? { store: new SharePointRecordStore({ siteId: standin.siteId, graph }) } : {}) } },
  );
  return {
    issuer,
    standin,
    api,
    close: async () => {
      await api.stop();
      await standin.close();
      await issuer.close();
    },
  };
}

/** A message as Exchange keeps it after sending: the sender's From, the send time as Date, the filing marker header. */
export function sentMime(marker: string, options: { from?: string; to?: string; date?: string; subject?: string } = {}): string {
  return [
    `From: ${options.from ?? `${TEST_USER.name} <${MAILBOX}>`}`,
    `To: Parent Example <${options.to ?? 'parent@example.org'}>`,
    `Subject: ${options.subject ?? 'Visit on Thursday'}`,
    `Date: ${options.date ?? 'Wed, 02 Dec 2026 16:45:10 +0000'}`,
    `Message-ID: <${randomUUID()}@standin.example>`,
    `x-companion-filing: ${marker}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'I will visit on Thursday at 4pm as agreed.',
    '',
  ].join('\r\n');
}
