import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../log';
import { GraphStoreError, MESSAGES, statusOf } from '../../graph/errors';
import { MULTILINE_LIMIT } from '../../graph/schema';
import { spool, type SpooledFile } from '../../graph/spool';
import { uploadFile, type DriveItemRef, type UploadSettings } from '../../graph/upload';

// The records' files library: blobs, JSON too long for a column, and streaming files back.

export class RecordLibrary {
  constructor(
    private readonly client: Client,
    private readonly driveId: string,
    private readonly upload: UploadSettings,
    private readonly spoolDir?: string,
    private readonly logger?: Logger,
  ) {}

  put(path: string, file: SpooledFile): Promise<DriveItemRef> {
    return uploadFile(this.client, this.upload, this.driveId, path, file);
  }

  /** JSON for a multiple-lines column; beyond SharePoint's limit it goes to a file and the column points to it. */
  async storeJson(path: string, value: unknown, uploaded: string[]): Promise<string> {
    const json = JSON.stringify(value);
    if (json.length <= MULTILINE_LIMIT) return json;
    const file = await spool(Readable.from([Buffer.from(json, 'utf8')]), this.spoolDir);
    try {
      const item = await this.put(path, file);
      uploaded.push(item.id);
      return JSON.stringify({ $file: item.id });
    } finally {
      await file.remove();
    }
  }

  async readJson(raw: unknown): Promise<unknown> {
    const parsed = JSON.parse(String(raw)) as unknown;
    if (parsed && typeof parsed === 'object' && '$file' in parsed && Object.keys(parsed).length === 1) {
      const parts: Buffer[] = [];
      for await (const c of await this.download(String((parsed as { $file: unknown }).$file))) parts.push(c as Buffer);
      return JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown;
    }
    return parsed;
  }

  /** Streams a file through its pre-authenticated download URL, never holding it whole. */
  async download(itemId: string): Promise<Readable> {
    const item = (await this.client.api(`/drives/${encodeURIComponent(this.driveId)}/items/${encodeURIComponent(itemId)}`).get()) as { '@microsoft.graph.downloadUrl'?: string };
    const url = item['@microsoft.graph.downloadUrl'];
    if (!url) throw new GraphStoreError({ graphCode: 'graph-unexpected-response', origin: 'app', message: MESSAGES.unexpected });
    const res = await this.upload.fetch(url);
    if (!res.ok || !res.body) {
      const service = res.status >= 500;
      throw new GraphStoreError({ graphCode: service ? 'graph-unavailable' : 'graph-unexpected-response', origin: service ? 'service' : 'app', statusCode: res.status, message: service ? MESSAGES.unavailable : MESSAGES.unexpected });
    }
    return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  }

  /** Files uploaded for a record that was not created belong to no record: removed, best effort. */
  async remove(itemIds: string[]): Promise<void> {
    for (const id of itemIds.splice(0)) {
      await this.client
        .api(`/drives/${encodeURIComponent(this.driveId)}/items/${encodeURIComponent(id)}`)
        .delete()
        .catch((err: unknown) => this.logger?.warn({ op: 'remove-unused-file', status: statusOf(err) }, 'could not remove an unused file'));
    }
  }
}
