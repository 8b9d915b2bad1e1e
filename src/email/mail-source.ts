import type { Readable } from 'node:stream';
import type { Principal } from '../auth/principal';

/**
 * Where POST /api/emails with {graphMessageId} gets the message's MIME. The Graph helper implements it with
 * GET /me/messages/{id}/$value under the practitioner's delegated token (Prefer: IdType="ImmutableId").
 */
export interface MailSource {
  openMessage(principal: Principal, messageId: string): Promise<Readable>;
  /** Marks the message as filed in the practitioner's mailbox (a category), so no one files it twice. Optional. */
  markFiled?(principal: Principal, messageId: string): Promise<void>;
  /**
   * File on send: the id of the sent copy in the practitioner's Sent Items carrying this filing marker
   * (src/email/filing-marker.ts), or undefined while it is not there (yet). Optional.
   */
  findSentMessage?(principal: Principal, marker: string): Promise<string | undefined>;
}

/** Raised by a MailSource when the message does not exist or is not the caller's. */
export class MailMessageNotFoundError extends Error {
  override readonly name = 'MailMessageNotFoundError';
  readonly code = 'mail-message-not-found';
}
