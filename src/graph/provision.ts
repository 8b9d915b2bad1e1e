import type { Client } from '@microsoft/microsoft-graph-client';
import { ALL_LISTS, columnDefinition, type ListSpec } from './schema';
import { GraphStoreError, MESSAGES, statusOf, toGraphStoreError } from './errors';

// Creates the records lists, their columns and the files library on a site. Checks before creating, so it is safe to run again.

export type ProvisionOutcome = 'created' | 'completed' | 'already present';

export interface ListReport {
  displayName: string;
  outcome: ProvisionOutcome;
  columnsAdded: string[];
  /** Columns that exist but are not indexed or unique as the store needs: fix by hand in SharePoint. */
  problems: string[];
}

interface ColumnJson {
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

async function provisionList(client: Client, siteId: string, spec: ListSpec): Promise<ListReport> {
  const site = `/sites/${siteId}`;
  const found = (await client.api(`${site}/lists`).filter(`displayName eq ${odataString(spec.displayName)}`).get()) as { value?: { id: string }[] };
  const existing = found.value?.[0];
  if (!existing) {
    await client.api(`${site}/lists`).post({ displayName: spec.displayName, columns: spec.columns.map(columnDefinition), list: { template: spec.template } });
    return { displayName: spec.displayName, outcome: 'created', columnsAdded: spec.columns.map((c) => c.name), problems: [] };
  }
  const columns = ((await client.api(`${site}/lists/${existing.id}/columns`).get()) as { value?: ColumnJson[] }).value ?? [];
  const added: string[] = [];
  const problems: string[] = [];
  for (const spec_ of spec.columns) {
    const column = columns.find((c) => c.name === spec_.name);
    if (!column) {
      await client.api(`${site}/lists/${existing.id}/columns`).post(columnDefinition(spec_));
      added.push(spec_.name);
      continue;
    }
    if (spec_.indexed && !column.indexed) problems.push(`${spec_.name} must be indexed`);
    if (spec_.unique && !column.enforceUniqueValues) problems.push(`${spec_.name} must enforce unique values`);
  }
  return { displayName: spec.displayName, outcome: added.length > 0 ? 'completed' : 'already present', columnsAdded: added, problems };
}

/** Provisions every list the SharePoint record store uses, in order, under the caller's delegated identity. */
export async function provisionSite(client: Client, siteId: string): Promise<ListReport[]> {
  const reports: ListReport[] = [];
  try {
    await client.api(`/sites/${siteId}`).select('id').get();
  } catch (err) {
    if (statusOf(err) === 404) throw new GraphStoreError({ graphCode: 'graph-site-not-found', origin: 'service', statusCode: 404, message: MESSAGES.siteNotFound });
    throw toGraphStoreError(err);
  }
  try {
    for (const spec of ALL_LISTS) reports.push(await provisionList(client, siteId, spec));
  } catch (err) {
    throw toGraphStoreError(err);
  }
  return reports;
}

export function describeReport(reports: ListReport[]): string[] {
  return reports.map((r) => {
    const detail = r.outcome === 'completed' ? ` (added ${r.columnsAdded.join(', ')})` : '';
    const problems = r.problems.length > 0 ? `; needs attention: ${r.problems.join('; ')}` : '';
    return `${r.displayName}: ${r.outcome}${detail}${problems}`;
  });
}
