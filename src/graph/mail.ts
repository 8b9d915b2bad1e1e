import { ResponseType } from '@microsoft/microsoft-graph-client';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Principal } from '../auth/principal';
import { FILING_MARKER_PATTERN, FILING_MARKER_PROPERTY } from '../email/filing-marker';
import { MailMessageNotFoundError, type MailSource } from '../email/mail-source';
import { createGraphClient, IMMUTABLE_ID_HEADER, type GraphClientSettings } from './client';
import { GraphStoreError, MESSAGES, statusOf, toGraphStoreError } from './errors';

// The practitioner's own mailbox: the original message as MIME (EML) to file, and a category so no one files it twice.

export const FILED_CATEGORY = 'Filed to care record';

/** GET /me/messages/{id}/$value, streamed. `messageId` is an immutable id (the add-in asks Office for REST immutable ids). */
export async function openMessageMime(settings: GraphClientSettings, principal: Principal, messageId: string): Promise<Readable> {
  try {
    const client = await createGraphClient(settings, principal);
    const body = (await client
      .api(`/me/messages/${encodeURIComponent(messageId)}/$value`)
      .headers(IMMUTABLE_ID_HEADER)
      .responseType(ResponseType.STREAM)
      .get()) as WebReadableStream<Uint8Array>;
    return Readable.fromWeb(body);
  } catch (err) {
    throw mailError(err);
  }
}

/** Adds the "filed" category, keeping the practitioner's own categories. */
export async function markMessageFiled(settings: GraphClientSettings, principal: Principal, messageId: string): Promise<void> {
  try {
    const client = await createGraphClient(settings, principal);
    const path = `/me/messages/${encodeURIComponent(messageId)}`;
    const current = (await client.api(path).headers(IMMUTABLE_ID_HEADER).select('categories').get()) as { categories?: string[] };
    const categories = current.categories ?? [];
    if (categories.includes(FILED_CATEGORY)) return;
    await client.api(path).headers(IMMUTABLE_ID_HEADER).patch({ categories: [...categories, FILED_CATEGORY] });
  } catch (err) {
    throw mailError(err);
  }
}

/**
 * The sent copy of a message filed on send: GET /me/mailFolders/sentitems/messages filtered on the filing marker's
 * extended property (the internet header the compose pane set). Undefined while the copy is not in Sent Items.
 */
export async function findSentByMarker(settings: GraphClientSettings, principal: Principal, marker: string): Promise<string | undefined> {
  if (!FILING_MARKER_PATTERN.test(marker)) throw new Error('A filing marker is a UUID.');
  try {
    const client = await createGraphClient(settings, principal);
    const found = (await client
      .api('/me/mailFolders/sentitems/messages')
      .headers(IMMUTABLE_ID_HEADER)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${FILING_MARKER_PROPERTY}' and ep/value eq '${marker.toLowerCase()}')`)
      .select('id,sentDateTime')
      .top(2)
      .get()) as { value?: { id: string; sentDateTime?: string }[] };
    return found.value?.[0]?.id;
  } catch (err) {
    throw toGraphStoreError(err);
  }
}

function mailError(err: unknown) {
  if (statusOf(err) === 404) return new GraphStoreError({ graphCode: 'graph-message-not-found', origin: 'service', statusCode: 404, message: MESSAGES.messageNotFound });
  return toGraphStoreError(err);
}

/** The recording service's MailSource: the message's MIME from the practitioner's own mailbox. */
export class GraphMailSource implements MailSource {
  constructor(private readonly settings: GraphClientSettings) {}

  async openMessage(principal: Principal, messageId: string): Promise<Readable> {
    try {
      return await openMessageMime(this.settings, principal, messageId);
    } catch (err) {
      if (err instanceof GraphStoreError && err.graphCode === 'graph-message-not-found') throw new MailMessageNotFoundError(err.message);
      throw err;
    }
  }

  markFiled(principal: Principal, messageId: string): Promise<void> {
    return markMessageFiled(this.settings, principal, messageId);
  }

  findSentMessage(principal: Principal, marker: string): Promise<string | undefined> {
    return findSentByMarker(this.settings, principal, marker);
  }
}
