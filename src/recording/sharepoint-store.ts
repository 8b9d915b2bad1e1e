import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../log';
import { createGraphClient, type GraphClientSettings } from '../graph/client';
import { GraphStoreError, MESSAGES, statusOf, toGraphStoreError } from '../graph/errors';
import { spool, type SpooledFile } from '../graph/spool';
import type { UploadSettings } from '../graph/upload';
import { IdempotencyConflictError, RecordNotFoundError, RecordWithdrawnError, RecordingError } from './errors';
import type { CreateOutcome, Principal, RecordFilter, RecordStore } from './store';
import { recordEntry, type Amendment, type BlobRef, type NewRecord, type SignOff, type StoredRecord, type Withdrawal } from './types';
import {
  assemble,
  entryId,
  eventAt,
  filingKey,
  idempotencyKey,
  recordFields,
  safeFileName,
  withdrawnFilingKey,
  type Entry,
  type RecordBody,
} from './sharepoint/codec';
import { RecordLibrary } from './sharepoint/library';
import { addressKey, lookupKeys, messageKey, personTextKey } from './sharepoint/lookup-keys';
import { sweepOrphanFiles } from './sharepoint/sweep';
import { addItem, byItemId, findOne, GRAPH_CONCURRENCY, groupByRecord, mapLimit, queryItems, resolveSite, type ListItemJson, type SiteIds } from './sharepoint/site';

// Records in SharePoint through Microsoft Graph, written under the practitioner's own delegated identity.

export interface SharePointStoreSettings {
  siteId: string;
  graph: GraphClientSettings;
  /** Upload session range size; a multiple of 320 KiB (default 10 x 320 KiB). */
  chunkSize?: number;
  /** Where blobs wait, hashed, before upload (default the OS temp dir). */
  spoolDir?: string;
  logger?: Logger;
  /**
   * Files older than this that no record points to are removed, once per practitioner per process, at their first call
   * (there is no Graph identity before one). Unset: no sweep.
   */
  orphanGraceMs?: number;
}

interface LoadedRecord {
  item: ListItemJson;
  body: RecordBody;
  entries: Entry[];
}

export class SharePointRecordStore implements RecordStore {
  readonly kind = 'sharepoint' as const;
  private site: Promise<SiteIds> | undefined;
  private readonly swept = new Set<string>();
  /** The start-up sweeps begun so far (tests wait on them). */
  readonly sweeps: Promise<number>[] = [];

  constructor(private readonly settings: SharePointStoreSettings) {}

  async create(principal: Principal, record: NewRecord): Promise<CreateOutcome> {
    const spooled: SpooledFile[] = [];
    const uploaded: string[] = [];
    let client: Client | undefined;
    let ids: SiteIds | undefined;
    try {
      client = await this.client(principal);
      ids = await this.ids(client);
      const earlier = await this.earlierFiling(client, ids, record);
      if (earlier) {
        destroyAll(record);
        return earlier;
      }
      // Blobs are read to their end and hashed before anything is written.
      for (const blob of record.blobs) spooled.push(await spool(blob.source, this.settings.spoolDir));
      const blobs: BlobRef[] = [];
      const files: Record<string, string> = {};
      for (const [i, blob] of record.blobs.entries()) {
        const file = spooled[i] as SpooledFile;
        const blobId = randomUUID();
        const fileName = safeFileName(blob.fileName);
        const item = await this.library(client, ids).put(`${safeFileName(record.id)}/${blobId}/${fileName}`, file);
        uploaded.push(item.id);
        blobs.push({ id: blobId, role: blob.role, fileName: blob.fileName, contentType: blob.contentType, sha256: file.sha256, size: file.size });
        files[blobId] = item.id;
      }
      const body: RecordBody = {
        id: record.id,
        ...recordEntry(record),
        ...(record.internetMessageId !== undefined ? { internetMessageId: record.internetMessageId } : {}),
        blobs,
        files,
      };
      // Look-up keys before the record item: a key to a record that never committed is skipped by every reader.
      await this.addLookupKeys(client, ids, record);
      const fields = recordFields(record, await this.library(client, ids).storeJson(`${safeFileName(record.id)}/record.json`, body, uploaded));
      const added = await addItem(client, this.settings.siteId, ids.recordsListId, fields, 'RecordRef');
      if (added.kind === 'added') {
        return { record: assemble(body, []), created: true };
      }
      // A unique column refused it: our own attempt already landed (its files are the record's), or another filing won.
      const own = await this.ownEarlierAttempt(client, ids, record);
      if (own) return own;
      const existing = await this.earlierFiling(client, ids, record);
      await this.library(client, ids).remove(uploaded);
      if (existing) return existing;
      throw new GraphStoreError({ graphCode: 'graph-rejected-request', origin: 'app', statusCode: 409, message: MESSAGES.rejected });
    } catch (err) {
      destroyAll(record);
      if (client && ids && uploaded.length > 0) await this.library(client, ids).remove(uploaded);
      throw this.failure(err, 'create');
    } finally {
      await Promise.all(spooled.map((f) => f.remove()));
    }
  }

  async get(principal: Principal, id: string): Promise<StoredRecord | undefined> {
    try {
      const client = await this.client(principal);
      const loaded = await this.load(client, await this.ids(client), id);
      return loaded && assemble(loaded.body, loaded.entries);
    } catch (err) {
      throw this.failure(err, 'get');
    }
  }

  async list(principal: Principal, filter: RecordFilter): Promise<StoredRecord[]> {
    try {
      const client = await this.client(principal);
      const ids = await this.ids(client);
      const { siteId } = this.settings;
      let items: ListItemJson[];
      let entriesByRecord: Map<string, ListItemJson[]>;
      if (filter.person !== undefined) {
        [items, entriesByRecord] = await Promise.all([
          queryItems(client, siteId, ids.recordsListId, 'PersonRef', filter.person),
          queryItems(client, siteId, ids.entriesListId, 'PersonRef', filter.person).then(groupByRecord),
        ]);
      } else {
        const [column, value] = filter.author !== undefined ? ['AuthorId', filter.author] : ['SupervisionFile', filter.supervisionFile];
        items = await queryItems(client, siteId, ids.recordsListId, column, value);
        const perRecord = await mapLimit(items, GRAPH_CONCURRENCY, (i) => queryItems(client, siteId, ids.entriesListId, 'RecordRef', String(i.fields.RecordRef)));
        entriesByRecord = groupByRecord(perRecord.flat());
      }
      const loaded = await mapLimit(items, GRAPH_CONCURRENCY, async (item) => ({
        item,
        record: assemble(await this.readBody(client, ids, item), await this.toEntries(client, ids, entriesByRecord.get(String(item.fields.RecordRef)) ?? [])),
      }));
      return loaded
        .filter((l) => filter.includeWithdrawn || l.record.status === 'active')
        .sort((a, b) => {
          const ea = eventAt(a.record.details);
          const eb = eventAt(b.record.details);
          return ea === eb ? Number(b.item.id) - Number(a.item.id) : ea < eb ? 1 : -1;
        })
        .map((l) => l.record);
    } catch (err) {
      throw this.failure(err, 'list');
    }
  }

  async findByInternetMessageId(principal: Principal, personReference: string, internetMessageId: string): Promise<StoredRecord | undefined> {
    try {
      const client = await this.client(principal);
      const ids = await this.ids(client);
      const item = await findOne(client, this.settings.siteId, ids.recordsListId, 'FilingKey', filingKey(personReference, internetMessageId, ''));
      if (!item) return undefined;
      const loaded = await this.load(client, ids, String(item.fields.RecordRef));
      return loaded && assemble(loaded.body, loaded.entries);
    } catch (err) {
      throw this.failure(err, 'find');
    }
  }

  async findByInternetMessageIds(principal: Principal, internetMessageIds: readonly string[]): Promise<StoredRecord[]> {
    const wanted = new Set(internetMessageIds);
    const found = await this.lookUp(principal, internetMessageIds.map(messageKey), 10_000, 'find-filings');
    // A hash collision is not a filing: the record's own Message-ID decides.
    return found.filter((r) => r.internetMessageId !== undefined && wanted.has(r.internetMessageId));
  }

  findByCorrespondents(principal: Principal, addresses: readonly string[], limit: number): Promise<StoredRecord[]> {
    return this.lookUp(principal, addresses.map(addressKey), limit, 'find-correspondents');
  }

  findByPersonText(principal: Principal, text: string, limit: number): Promise<StoredRecord[]> {
    return this.lookUp(principal, [personTextKey(text)], limit, 'find-people');
  }

  appendAmendment(principal: Principal, id: string, amendment: Amendment): Promise<StoredRecord> {
    return this.append(principal, id, { kind: 'amendment', value: amendment }, amendment.author.userId);
  }

  appendSignOff(principal: Principal, id: string, signOff: SignOff): Promise<StoredRecord> {
    return this.append(principal, id, { kind: 'sign-off', value: signOff }, signOff.by.userId);
  }

  withdraw(principal: Principal, id: string, withdrawal: Withdrawal): Promise<StoredRecord> {
    return this.append(principal, id, { kind: 'withdrawal', value: withdrawal }, withdrawal.requestedBy.userId);
  }

  async openBlob(principal: Principal, recordId: string, blobId: string): Promise<{ blob: BlobRef; stream: Readable }> {
    try {
      const client = await this.client(principal);
      const ids = await this.ids(client);
      const loaded = await this.load(client, ids, recordId);
      if (!loaded) throw new RecordNotFoundError(recordId);
      const blob = loaded.body.blobs.find((b) => b.id === blobId);
      const itemId = loaded.body.files[blobId];
      if (!blob || !itemId) throw new RecordingError('blob-not-found', `Record ${recordId} has no file ${blobId}. Open the record to see its files.`);
      const stream = await this.library(client, ids).download(itemId).catch((err: unknown) => {
        if (statusOf(err) === 404) throw new RecordingError('blob-not-found', `A file of record ${recordId} is no longer in the records library. Ask your IG lead to check the library's recycle bin.`);
        throw err;
      });
      return { blob, stream };
    } catch (err) {
      throw this.failure(err, 'open-blob');
    }
  }

  async close(): Promise<void> {
    this.site = undefined;
  }

  // --- internals ---

  private async client(principal: Principal): Promise<Client> {
    const client = await createGraphClient(this.settings.graph, principal);
    if (this.settings.orphanGraceMs !== undefined && !this.swept.has(principal.userId)) {
      this.swept.add(principal.userId);
      this.sweeps.push(this.sweep(client, principal.userId, this.settings.orphanGraceMs));
    }
    return client;
  }

  /** In the background of the practitioner's call; its own new files are younger than the grace period. */
  private async sweep(client: Client, userId: string, graceMs: number): Promise<number> {
    try {
      const ids = await this.ids(client);
      const orphans = await sweepOrphanFiles({ client, siteId: this.settings.siteId, ids, library: this.library(client, ids), userId, graceMs, now: new Date() });
      this.settings.logger?.info({ code: 'startup-sweep', orphans }, 'stored files without a record removed');
      return orphans;
    } catch (err) {
      // Tried again at the next start; a practitioner's call is never failed by it.
      this.settings.logger?.warn({ code: 'startup-sweep-failed', status: statusOf(err) }, 'stored files without a record could not be checked');
      return 0;
    }
  }

  private library(client: Client, ids: SiteIds): RecordLibrary {
    return new RecordLibrary(client, ids.driveId, this.uploadSettings(), this.settings.spoolDir, this.settings.logger);
  }

  private uploadSettings(): UploadSettings {
    const g = this.settings.graph;
    return { fetch: g.fetch ?? fetch, chunkSize: this.settings.chunkSize, maxRetries: g.maxRetries, retryDelaySeconds: g.retryDelaySeconds, maxWaitSeconds: g.maxWaitSeconds };
  }

  /** List and library ids are looked up once; a failure is not cached. */
  private ids(client: Client): Promise<SiteIds> {
    if (!this.site) {
      this.site = resolveSite(client, this.settings.siteId);
      this.site.catch(() => {
        this.site = undefined;
      });
    }
    return this.site;
  }

  private async addLookupKeys(client: Client, ids: SiteIds, record: NewRecord): Promise<void> {
    const { siteId } = this.settings;
    await mapLimit(lookupKeys(record), GRAPH_CONCURRENCY, (key) =>
      client.api(`/sites/${siteId}/lists/${ids.lookupListId}/items`).post({ fields: { Title: record.id, LookupKey: key, RecordRef: record.id } }),
    );
  }

  /** Active records under any of these keys, newest event first, at most `limit`; keys to uncommitted records skipped. */
  private async lookUp(principal: Principal, keys: readonly string[], limit: number, op: string): Promise<StoredRecord[]> {
    try {
      const client = await this.client(principal);
      const ids = await this.ids(client);
      const { siteId } = this.settings;
      const hits = await mapLimit([...new Set(keys)], GRAPH_CONCURRENCY, (key) => queryItems(client, siteId, ids.lookupListId, 'LookupKey', key));
      const refs = [...new Set(hits.flat().map((i) => String(i.fields.RecordRef)))];
      const loaded = await mapLimit(refs, GRAPH_CONCURRENCY, (ref) => this.load(client, ids, ref));
      return loaded
        .filter((l): l is LoadedRecord => l !== undefined)
        .map((l) => assemble(l.body, l.entries))
        .filter((r) => r.status === 'active')
        .sort((a, b) => (eventAt(a.details) < eventAt(b.details) ? 1 : eventAt(a.details) > eventAt(b.details) ? -1 : 0))
        .slice(0, limit);
    } catch (err) {
      throw this.failure(err, op);
    }
  }

  /** An earlier request with the same Idempotency-Key, or the same e-mail already filed for this person. */
  private async earlierFiling(client: Client, ids: SiteIds, record: NewRecord): Promise<CreateOutcome | undefined> {
    const { siteId } = this.settings;
    if (record.idempotency) {
      const prior = await findOne(client, siteId, ids.recordsListId, 'IdempotencyKey', idempotencyKey(record));
      if (prior) {
        if (prior.fields.RequestHash !== record.idempotency.requestHash) throw new IdempotencyConflictError();
        return this.outcome(client, ids, prior, false);
      }
    }
    if (record.internetMessageId) {
      const prior = await findOne(client, siteId, ids.recordsListId, 'FilingKey', filingKey(record.person.reference, record.internetMessageId, record.id));
      if (prior) {
        const outcome = await this.outcome(client, ids, prior, false);
        if (outcome.record.status === 'active') return outcome;
        // Withdrawn, but the step freeing its filing key did not finish: finish it, so the e-mail can be filed again.
        await this.markWithdrawn(client, ids, prior);
      }
    }
    return undefined;
  }

  /** The list columns follow a withdrawal entry: status for views, and the filing key given up. Safe to repeat. */
  private async markWithdrawn(client: Client, ids: SiteIds, item: ListItemJson): Promise<void> {
    await client
      .api(`/sites/${this.settings.siteId}/lists/${ids.recordsListId}/items/${item.id}/fields`)
      .patch({ RecordStatus: 'withdrawn', FilingKey: withdrawnFilingKey(String(item.fields.RecordRef)) });
  }

  /** Our own attempt that landed although its reply was lost. */
  private async ownEarlierAttempt(client: Client, ids: SiteIds, record: NewRecord): Promise<CreateOutcome | undefined> {
    const prior = await findOne(client, this.settings.siteId, ids.recordsListId, 'RecordRef', record.id);
    const same = prior && prior.fields.IdempotencyKey === idempotencyKey(record) && prior.fields.AuthorId === record.author.userId && prior.fields.PersonRef === record.person.reference;
    if (!prior || !same) return undefined;
    return this.outcome(client, ids, prior, true);
  }

  private async outcome(client: Client, ids: SiteIds, item: ListItemJson, created: boolean): Promise<CreateOutcome> {
    const loaded = await this.load(client, ids, String(item.fields.RecordRef), item);
    if (!loaded) throw new GraphStoreError({ graphCode: 'graph-unexpected-response', origin: 'app', message: MESSAGES.unexpected });
    return { record: assemble(loaded.body, loaded.entries), created };
  }

  private async load(client: Client, ids: SiteIds, recordId: string, known?: ListItemJson): Promise<LoadedRecord | undefined> {
    const { siteId } = this.settings;
    const [item, entryItems] = await Promise.all([
      known ? Promise.resolve(known) : findOne(client, siteId, ids.recordsListId, 'RecordRef', recordId),
      queryItems(client, siteId, ids.entriesListId, 'RecordRef', recordId),
    ]);
    if (!item) return undefined;
    return { item, body: await this.readBody(client, ids, item), entries: await this.toEntries(client, ids, entryItems) };
  }

  private async append(principal: Principal, id: string, entry: Entry, authorId: string): Promise<StoredRecord> {
    try {
      const client = await this.client(principal);
      const ids = await this.ids(client);
      const loaded = await this.load(client, ids, id);
      if (!loaded) throw new RecordNotFoundError(id);
      if (loaded.entries.some((e) => e.kind === 'withdrawal')) {
        if (loaded.item.fields.RecordStatus !== 'withdrawn') await this.markWithdrawn(client, ids, loaded.item);
        throw new RecordWithdrawnError(id);
      }
      const key = entryId(entry, id);
      const fields = {
        Title: `${entry.kind} ${id}`,
        EntryId: key,
        RecordRef: id,
        PersonRef: loaded.body.person.reference,
        EntryKind: entry.kind,
        AuthorId: authorId,
        EntryJson: await this.library(client, ids).storeJson(`${safeFileName(id)}/${safeFileName(key)}.json`, entry.value, []),
      };
      const added = await addItem(client, this.settings.siteId, ids.entriesListId, fields, 'EntryId');
      // A duplicate withdrawal means someone withdrew it first; a duplicate amendment or sign-off is this same one, retried.
      if (added.kind === 'duplicate' && entry.kind === 'withdrawal') throw new RecordWithdrawnError(id);
      if (entry.kind === 'withdrawal') await this.markWithdrawn(client, ids, loaded.item);
      const after = await this.load(client, ids, id);
      if (!after) throw new RecordNotFoundError(id);
      return assemble(after.body, after.entries);
    } catch (err) {
      throw this.failure(err, entry.kind);
    }
  }

  private async toEntries(client: Client, ids: SiteIds, items: ListItemJson[]): Promise<Entry[]> {
    const sorted = [...items].sort(byItemId);
    return Promise.all(sorted.map(async (i) => ({ kind: i.fields.EntryKind, value: await this.library(client, ids).readJson(i.fields.EntryJson) }) as Entry));
  }

  private async readBody(client: Client, ids: SiteIds, item: ListItemJson): Promise<RecordBody> {
    return (await this.library(client, ids).readJson(item.fields.RecordJson)) as RecordBody;
  }

  private failure(err: unknown, op: string): RecordingError {
    const mapped = toGraphStoreError(err, { notFoundMeansNotProvisioned: true });
    if (mapped instanceof GraphStoreError) {
      this.settings.logger?.warn({ op, code: mapped.graphCode, origin: mapped.origin, status: mapped.statusCode, serviceCode: mapped.serviceCode, requestId: mapped.requestId }, 'sharepoint store call failed');
    }
    return mapped;
  }
}

function destroyAll(record: NewRecord): void {
  for (const b of record.blobs) if (!b.source.readableEnded) b.source.destroy();
}
