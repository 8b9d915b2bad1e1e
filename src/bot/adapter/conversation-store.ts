import type { Storage } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { ConversationTarget } from '../../asking/ask-store';
import type { Config } from '../../config';
import type { Db } from '../../store/database';
import type { ConversationReferences } from '../conversation-references';
import { embeddedStorage, REFERENCE_INDEX_KEY, referenceKey } from './embedded-storage';

/** The list of everyone with a stored reference (reminders read it); ids only. */
interface ReferenceIndex {
  users?: string[];
  eTag?: string;
}

/**
 * What the bot remembers between turns, in storage every instance shares (Azure Blob Storage when configured, the
 * embedded store otherwise): which conversations were just greeted, and where to reach each person proactively. The
 * one conversation-reference store: every proactive card (supervisee told, advice, sign-off, reminders, ask a person)
 * reads it.
 */
export class ConversationStore implements ConversationReferences {
  /** What this instance last wrote or read per person, so a busy chat does not write the same reference every turn. */
  private readonly known = new LRUCache<string, string>({ max: 10_000, ttl: 10 * 60_000 });
  /** The next write of the index and who it adds; one write at a time (see index). */
  private waitingToBeIndexed: { users: Set<string>; added: Promise<void> } | undefined;
  private indexing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly welcomeWindowMs = 60_000,
  ) {}

  /**
   * True for the first install event of a conversation in the window: Teams sends installationUpdate and
   * conversationUpdate together, possibly to different instances. A repeat greeting is written only if no other
   * instance changed it since it was read (eTag); two first greetings at the same moment can still both be sent.
   */
  async firstWelcome(conversationId: string, now = Date.now()): Promise<boolean> {
    const key = `welcome/${conversationId}`;
    const item = (await this.storage.read([key]))[key] as { at?: number; eTag?: string } | undefined;
    if (item?.at !== undefined && now - item.at < this.welcomeWindowMs) return false;
    try {
      await this.storage.write({ [key]: { at: now, eTag: item?.eTag ?? '*' } });
      return true;
    } catch {
      // Another instance greeted this conversation between our read and write.
      return false;
    }
  }

  /** Keeps where this person talks to the bot: ids and addresses only (a chat's name can name a family). */
  async save(userId: string, target: ConversationTarget): Promise<void> {
    const { serviceUrl, channelId, conversationId, botId, tenantId, channelUserId } = target;
    const kept: ConversationTarget = { serviceUrl, channelId, conversationId, ...(botId ? { botId } : {}), ...(tenantId ? { tenantId } : {}), ...(channelUserId ? { channelUserId } : {}) };
    const json = JSON.stringify(kept);
    const known = this.known.get(userId);
    if (known === json) return;
    await this.storage.write({ [referenceKey(userId)]: { ...kept, eTag: '*' } });
    // Nobody is ever taken off the index, so a person this instance already indexed (a new chat) needs no index read.
    if (known === undefined) await this.index(userId);
    this.known.set(userId, json);
  }

  async get(userId: string): Promise<ConversationTarget | undefined> {
    const key = referenceKey(userId);
    const item = (await this.storage.read([key]))[key] as (ConversationTarget & { eTag?: string }) | undefined;
    if (!item?.conversationId || !item.serviceUrl || !item.channelId) return undefined;
    const { eTag: _eTag, ...target } = item;
    return target;
  }

  async users(): Promise<string[]> {
    return [...(await this.readIndex()).users ?? []].sort();
  }

  /** For /readyz: the storage answers a read. */
  async check(): Promise<void> {
    await this.storage.read(['readiness-probe']);
  }

  private async readIndex(): Promise<ReferenceIndex> {
    return ((await this.storage.read([REFERENCE_INDEX_KEY]))[REFERENCE_INDEX_KEY] as ReferenceIndex | undefined) ?? {};
  }

  /**
   * Adds the person to the index. People first seen at the same moment go in one write, one write at a time from this
   * instance: ten new people at once would otherwise all read the same index, and all but one write would conflict.
   */
  private index(userId: string): Promise<void> {
    if (!this.waitingToBeIndexed) {
      const users = new Set<string>();
      const added = this.indexing.then(() => {
        // From here on, newcomers wait for the next write.
        if (this.waitingToBeIndexed?.users === users) this.waitingToBeIndexed = undefined;
        return this.addToIndex([...users]);
      });
      this.waitingToBeIndexed = { users, added };
      this.indexing = added.catch(() => undefined);
    }
    this.waitingToBeIndexed.users.add(userId);
    return this.waitingToBeIndexed.added;
  }

  /** Another instance may write the index at the same moment, so the write is checked by reading. */
  private async addToIndex(userIds: readonly string[]): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const index = await this.readIndex();
      const listed = new Set(index.users ?? []);
      const missing = userIds.filter((u) => !listed.has(u));
      if (missing.length === 0) return;
      try {
        await this.storage.write({ [REFERENCE_INDEX_KEY]: { users: [...(index.users ?? []), ...missing], eTag: index.eTag ?? '*' } });
      } catch {
        // Changed by another instance since it was read: read it again.
      }
    }
    throw Object.assign(new Error('The list of people the bot can reach could not be updated.'), { code: 'reference-index-conflict' });
  }
}

/** Azure Blob Storage (BOT_STATE_CONNECTION_STRING) so several instances share conversations; otherwise the embedded store. */
export async function conversationStoreFrom(config: Config, db: Db): Promise<ConversationStore> {
  const { connectionString, container } = config.botState;
  if (!connectionString) return new ConversationStore(embeddedStorage(db));
  // Loaded only when configured: the Azure storage client is a large part of the server's start-up otherwise.
  const { BlobsStorage } = await import('botbuilder-azure-blobs');
  return new ConversationStore(new BlobsStorage(connectionString, container));
}
