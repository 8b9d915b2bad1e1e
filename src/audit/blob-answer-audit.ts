import { randomBytes } from 'node:crypto';
import type { AnswerAudit, AnswerAuditEntry } from './answer-audit';

// One blob per entry, audit/<asker id>/<ISO time>-<random>.json: a person's entries list by prefix, in time order.
const ROOT = 'audit/';
const ISO_LENGTH = '2026-11-19T10:00:00.000Z'.length;

// Dots encoded too: an id of ".." must not become a path segment a URL parser would fold away.
const personPrefix = (askerId: string) => `${ROOT}${encodeURIComponent(askerId).replace(/\./g, '%2E')}/`;
/** Requests at a time when reading or deleting many entries: a long period must not open thousands of connections. */
const PARALLEL = 16;
/** When an entry was answered, from its blob's name (no download needed to choose or purge). */
const answeredAtOf = (name: string) => name.slice(name.lastIndexOf('/') + 1, name.lastIndexOf('/') + 1 + ISO_LENGTH);

/** Longest common start of two ISO instants: the narrowest prefix that still holds every entry between them. */
function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

async function inBatches<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(each))));
  return out;
}

/**
 * The answer audit in Azure Blob Storage (the container BOT_STATE_CONTAINER uses), shared by every instance: an IG lead
 * sees every answer whichever instance gave it. Each entry is written before the turn's reply may go.
 */
export async function blobAnswerAudit(connectionString: string, container: string): Promise<AnswerAudit & { check(): Promise<void> }> {
  // Loaded only with several instances, from node_modules at run time (external to the production bundle, as botbuilder-azure-blobs).
  const { ContainerClient } = await import('@azure/storage-blob');
  const client = new ContainerClient(connectionString, container);
  await client.createIfNotExists();
  const write = async (e: AnswerAuditEntry) => {
    const body = JSON.stringify({ answeredAt: e.answeredAt, askerId: e.askerId, topic: e.topic, ruleIds: e.ruleIds, guidanceVersion: e.guidanceVersion, verdict: e.verdict });
    const name = `${personPrefix(e.askerId)}${e.answeredAt}-${randomBytes(6).toString('hex')}.json`;
    await client.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), { blobHTTPHeaders: { blobContentType: 'application/json' } });
  };
  const names = async (prefix: string): Promise<string[]> => {
    const found: string[] = [];
    for await (const blob of client.listBlobsFlat({ prefix })) found.push(blob.name);
    return found;
  };
  return {
    record: async (entries) => {
      await Promise.all(entries.map(write));
    },
    answersTo: async (askerId, from, to) => {
      const [start, end] = [from.toISOString(), to.toISOString()];
      const chosen = (await names(personPrefix(askerId) + commonStart(start, end))).filter((n) => answeredAtOf(n) >= start && answeredAtOf(n) < end);
      // Listing order is by name: by time, then the random suffix.
      return inBatches(chosen, async (n) => JSON.parse((await client.getBlobClient(n).downloadToBuffer()).toString('utf8')) as AnswerAuditEntry);
    },
    purgeBefore: async (cutoff) => {
      const before = cutoff.toISOString();
      const old = (await names(ROOT)).filter((n) => answeredAtOf(n) < before);
      await inBatches(old, (n) => client.getBlobClient(n).deleteIfExists());
      return old.length;
    },
    check: async () => {
      await client.getProperties();
    },
  };
}
