import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { createGraphClient, type GraphClientSettings } from '../../src/graph/client';
import { provisionSite } from '../../src/graph/provision';
import { PassThroughTokenProvider } from '../../src/graph/tokens';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { MANAGER, PRACTITIONER } from '../support/store-contract';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';

// The stand-in with three people: a practitioner, their manager and the IG lead who provisions the site.

export const TOKENS = { practitioner: 'token-practitioner', manager: 'token-manager', igLead: 'token-ig-lead', readOnly: 'token-read-only' } as const;

export const practitioner: Principal = { ...PRACTITIONER, accessToken: TOKENS.practitioner };
export const manager: Principal = { ...MANAGER, accessToken: TOKENS.manager };
export const igLead: Principal = { userId: 'ig-lead', name: 'Pat IG Lead', tenantId: 'contract-tenant', accessToken: TOKENS.igLead };
export const readOnlyViewer: Principal = { userId: 'viewer', name: 'Vic Viewer', tenantId: 'contract-tenant', accessToken: TOKENS.readOnly };

export async function startProvisionedStandIn(options: { pageSize?: number } = {}): Promise<GraphStandIn> {
  const standin = await startGraphStandIn({
    pageSize: options.pageSize,
    users: {
      [TOKENS.practitioner]: { id: PRACTITIONER.userId, displayName: PRACTITIONER.name },
      [TOKENS.manager]: { id: MANAGER.userId, displayName: MANAGER.name },
      [TOKENS.igLead]: { id: igLead.userId, displayName: igLead.name },
      [TOKENS.readOnly]: { id: readOnlyViewer.userId, displayName: readOnlyViewer.name, canWrite: false },
    },
  });
  await provisionSite(await createGraphClient(graphSettings(standin), igLead), standin.siteId);
  return standin;
}

export function graphSettings(standin: GraphStandIn): GraphClientSettings {
  return { baseUrl: standin.origin, tokens: new PassThroughTokenProvider(), fetch: standin.fetch, retryDelaySeconds: 0 };
}

export function sharePointStore(standin: GraphStandIn, options: { chunkSize?: number } = {}): SharePointRecordStore {
  return new SharePointRecordStore({ siteId: standin.siteId, graph: graphSettings(standin), chunkSize: options.chunkSize });
}

/** One provisioned stand-in for a test file, with its request log and faults cleared before each test. */
export function useProvisionedStandIn(): () => GraphStandIn {
  let standin: GraphStandIn | undefined;
  beforeAll(async () => {
    standin = await startProvisionedStandIn();
  });
  afterAll(async () => {
    await standin?.close();
  });
  beforeEach(() => {
    standin!.requests.length = 0;
    standin!.faults.clear();
  });
  return () => standin!;
}
