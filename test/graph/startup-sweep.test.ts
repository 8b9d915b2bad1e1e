import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { createLogger } from '../../src/log';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { resolveSite } from '../../src/recording/sharepoint/site';
import { ORPHAN_GRACE_MS } from '../../src/recording/sqlite-store';
import type { GraphStandIn } from '../support/graph-standin';
import { newRecord } from '../support/store-contract';
import { graphSettings, manager, practitioner, sharePointStore, startProvisionedStandIn } from './harness';

// Files uploaded before a crash, whose record item never committed, are removed at the next start once older than the
// grace period; files of records that exist, files still young, and other practitioners' files stay.

let standin: GraphStandIn;
beforeAll(async () => {
  // A small page size makes the drive listing and the record query follow @odata.nextLink.
  standin = await startProvisionedStandIn({ pageSize: 2 });
});
afterAll(async () => {
  await standin?.close();
});

const HOUR_AGO = () => new Date(Date.now() - 60 * 60 * 1000).toISOString();

it('removes only old files no record points to, as the practitioner whose files they are, and logs the count', async () => {
  const before = sharePointStore(standin);
  const kept = await before.create(practitioner, newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'message.eml', contentType: 'message/rfc822', source: Readable.from([Buffer.from('From: a\r\n\r\nhello')]) }] }));
  const { driveId } = await resolveSite(await createGraphClient(graphSettings(standin), practitioner), standin.siteId);
  const upload = async (who: typeof practitioner, path: string) =>
    (await (await createGraphClient(graphSettings(standin), who)).api(`/drives/${driveId}/root:/${path}:/content`).put(Buffer.from('Casey Child: notes'))) as { id: string };
  // A crash after the upload, before the record item: the record id never reached the records list.
  const orphan = await upload(practitioner, 'CR-20260101-LOST/blob-1/casey-notes.eml');
  const young = await upload(practitioner, 'CR-20260101-NOW/blob-1/casey-notes.eml');
  const othersOrphan = await upload(manager, 'SD-20260101-LOST/blob-1/casey-notes.eml');
  // A file in an existing record's folder that its body does not list (an amendment's long JSON) is the record's.
  const entryJson = await upload(practitioner, `${kept.record.id}/amendment-1.json`);
  const drive = standin.state.drives.get(driveId)!;
  for (const item of drive.items.values()) if (item.id !== young.id) item.createdDateTime = HOUR_AGO();
  const filesBefore = [...drive.items.keys()];

  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
  const after = new SharePointRecordStore({ siteId: standin.siteId, graph: graphSettings(standin), orphanGraceMs: ORPHAN_GRACE_MS, logger });
  expect(await after.get(practitioner, kept.record.id)).toBeDefined();
  await Promise.all(after.sweeps);

  expect([...drive.items.keys()].sort()).toEqual(filesBefore.filter((id) => id !== orphan.id).sort());
  for (const id of [young.id, othersOrphan.id, entryJson.id]) expect(drive.items.has(id)).toBe(true);
  // The record's file still opens.
  const opened = await after.openBlob(practitioner, kept.record.id, kept.record.blobs[0]!.id);
  opened.stream.destroy();

  const sweep = lines.filter((l) => l.includes('startup-sweep'));
  expect(sweep).toHaveLength(1);
  expect(JSON.parse(sweep[0]!).orphans).toBe(1);
  expect(sweep[0]).not.toMatch(/casey|CR-2026|\.eml/i);

  // Once per practitioner per process: a further call does not sweep again.
  await after.get(practitioner, kept.record.id);
  expect(after.sweeps).toHaveLength(1);
});
