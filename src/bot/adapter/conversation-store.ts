import { TurnContext, type Activity, type ConversationReference, type Storage } from 'botbuilder';
import type { Config } from '../../config';
import type { Db } from '../../store/database';
import { embeddedStorage } from './embedded-storage';

/**
 * What the bot remembers between turns, in storage every instance shares (Azure Blob Storage when configured, the
 * embedded store otherwise): which conversations were just greeted, and where to reach each practitioner proactively.
 */
export class ConversationStore {
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

  /** Keeps where this practitioner talks to the bot (ids and addresses only; names are dropped). */
  async remember(activity: Activity, askerId: string): Promise<void> {
    const { user, bot, conversation, ...reference } = TurnContext.getConversationReference(activity);
    const key = `reference/${askerId}`;
    await this.storage.write({
      [key]: {
        ...reference,
        // A group chat's name can name a family: only the ids the connector needs are kept.
        conversation: conversation && { id: conversation.id, conversationType: conversation.conversationType, tenantId: conversation.tenantId, isGroup: conversation.isGroup },
        user: user && { id: user.id, aadObjectId: user.aadObjectId },
        bot: bot && { id: bot.id },
        eTag: '*',
      },
    });
  }

  async referenceFor(askerId: string): Promise<Partial<ConversationReference> | undefined> {
    const key = `reference/${askerId}`;
    const item = (await this.storage.read([key]))[key] as (Partial<ConversationReference> & { eTag?: string }) | undefined;
    if (!item) return undefined;
    const { eTag: _eTag, ...reference } = item;
    return reference;
  }

  /** For /readyz: the storage answers a read. */
  async check(): Promise<void> {
    await this.storage.read(['readiness-probe']);
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
