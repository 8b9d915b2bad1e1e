import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphStoreError, MESSAGES, isAmbiguous, statusOf } from '../../graph/errors';
import { ENTRIES_LIST, FILES_LIBRARY, LOOKUP_LIST, RECORDS_LIST } from '../../graph/schema';
import { odataString } from './codec';

// Graph calls on the records site: find the lists, query items by an indexed column (all pages), add items safely.

export interface SiteIds {
  recordsListId: string;
  entriesListId: string;
  lookupListId: string;
  driveId: string;
}

export interface ListItemJson {
  id: string;
  fields: Record<string, unknown>;
  createdBy?: { user?: { id?: string; displayName?: string } };
}

function notProvisioned(what: string): GraphStoreError {
  return new GraphStoreError({ graphCode: 'graph-not-provisioned', origin: 'service', statusCode: 404, serviceCode: 'itemNotFound', message: `${MESSAGES.notProvisioned} (missing: ${what})` });
}

async function listId(client: Client, siteId: string, displayName: string): Promise<string> {
  const res = (await client.api(`/sites/${siteId}/lists`).filter(`displayName eq ${odataString(displayName)}`).select('id,displayName').get()) as { value?: { id: string }[] };
  const id = res.value?.[0]?.id;
  if (!id) throw notProvisioned(displayName);
  return id;
}

export async function resolveSite(client: Client, siteId: string): Promise<SiteIds> {
  // Settle all three before failing, so no request is left running behind an error.
  const found = await Promise.allSettled([RECORDS_LIST, ENTRIES_LIST, LOOKUP_LIST, FILES_LIBRARY].map((l) => listId(client, siteId, l.displayName)));
  const failed = found.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const [recordsListId, entriesListId, lookupListId, filesListId] = found.map((r) => (r as PromiseFulfilledResult<string>).value) as [string, string, string, string];
  const drive = (await client.api(`/sites/${siteId}/lists/${filesListId}/drive`).select('id').get()) as { id?: string };
  if (!drive.id) throw notProvisioned(FILES_LIBRARY.displayName);
  return { recordsListId, entriesListId, lookupListId, driveId: drive.id };
}

/** Every item whose indexed column equals the value, following @odata.nextLink. */
export async function queryItems(client: Client, siteId: string, listId: string, column: string, value: string): Promise<ListItemJson[]> {
  const items: ListItemJson[] = [];
  let page = (await client
    .api(`/sites/${siteId}/lists/${listId}/items`)
    .expand('fields')
    .filter(`fields/${column} eq ${odataString(value)}`)
    .top(200)
    .get()) as { value?: ListItemJson[]; '@odata.nextLink'?: string };
  for (;;) {
    items.push(...(page.value ?? []));
    const next = page['@odata.nextLink'];
    if (!next) return items;
    page = (await client.api(next).get()) as typeof page;
  }
}

export async function findOne(client: Client, siteId: string, listId: string, column: string, value: string): Promise<ListItemJson | undefined> {
  return (await queryItems(client, siteId, listId, column, value))[0];
}

export type AddOutcome = { kind: 'added'; item: ListItemJson } | { kind: 'duplicate' };

/**
 * Adds an item whose unique column `keyColumn` identifies this very request. After a lost reply it looks for the item
 * before sending again, so a retry never adds a second one; a 409 on a unique column comes back as 'duplicate'.
 */
export async function addItem(
  client: Client,
  siteId: string,
  listId: string,
  fields: Record<string, unknown>,
  keyColumn: string,
  maxAttempts = 3,
): Promise<AddOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { kind: 'added', item: (await client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields })) as ListItemJson };
    } catch (err) {
      if (statusOf(err) === 409) return { kind: 'duplicate' };
      if (!isAmbiguous(err) || attempt >= maxAttempts) throw err;
      const landed = await findOne(client, siteId, listId, keyColumn, String(fields[keyColumn]));
      if (landed) return { kind: 'added', item: landed };
    }
  }
}

/** Sorts by item id (creation order), as SharePoint numbers items. */
export function byItemId(a: ListItemJson, b: ListItemJson): number {
  return Number(a.id) - Number(b.id);
}

/** Graph calls in flight at once for one practitioner; more only earns 429s. */
export const GRAPH_CONCURRENCY = 4;

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function groupByRecord(items: ListItemJson[]): Map<string, ListItemJson[]> {
  const map = new Map<string, ListItemJson[]>();
  for (const item of items) {
    const ref = String(item.fields.RecordRef);
    map.set(ref, [...(map.get(ref) ?? []), item]);
  }
  return map;
}

