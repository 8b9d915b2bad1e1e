import { afterAll, beforeAll } from 'vitest';
import { runRecordStoreContract } from '../support/store-contract';
import type { GraphStandIn } from '../support/graph-standin';
import { manager, practitioner, sharePointStore, startProvisionedStandIn } from './harness';

// The SharePoint adapter keeps the same promises as the embedded store, through the real Graph client over HTTPS.

let standin: GraphStandIn;
beforeAll(async () => {
  // A small page size makes every list query follow @odata.nextLink.
  standin = await startProvisionedStandIn({ pageSize: 2 });
});
afterAll(async () => {
  await standin?.close();
});

runRecordStoreContract('SharePoint through Graph (local HTTPS stand-in)', async () => ({
  store: sharePointStore(standin),
  principal: practitioner,
  manager,
}));
