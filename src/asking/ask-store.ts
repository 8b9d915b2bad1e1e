import type { Db, Migration } from '../store/database';
import { migrate } from '../store/database';

// Questions a practitioner asked a person (their manager or an information governance lead), with their state.

export const ASK_TARGETS = ['manager', 'ig-lead'] as const;
export type AskTarget = (typeof ASK_TARGETS)[number];

/** Where a conversation is, enough to post into it later (a Bot Framework conversation reference, without names). */
export interface ConversationTarget {
  serviceUrl: string;
  channelId: string;
  conversationId: string;
  botId?: string;
  /** The Teams tenant of the conversation, which the connector wants for proactive messages. */
  tenantId?: string;
  /** The person's id on the channel (Teams' 29:…), by which the Bot Framework token service knows them. */
  channelUserId?: string;
}

export interface AskRequest {
  id: number;
  createdAt: string;
  to: AskTarget;
  state: 'open' | 'answered';
  /** Redacted: personal data removed before storing. */
  question: string;
  /** The bot's one-line answer and the ruling it came from. */
  botAnswer: string;
  topic: string;
  verdict: string;
  ruleIds: string[];
  guidanceVersion: string;
  /** The practitioner's conversation, so the answer can be sent back proactively. */
  replyTo: ConversationTarget;
  /** Who asked (user id), so the answer reaches their own chat with the bot through the conversation-reference store. */
  askedBy?: string;
  /** The person it was sent to directly (the practitioner's line manager, by user id), who alone may answer; absent when it went to a configured conversation. */
  sentTo?: string;
  /** Redacted, once answered. */
  reply: string | null;
  answeredAt: string | null;
}

export interface AskStore {
  add(request: Omit<AskRequest, 'id' | 'state' | 'reply' | 'answeredAt'>): AskRequest;
  /** Records where an open request went instead (a person's user id, or a configured conversation when undefined). */
  reroute(id: number, sentTo: string | undefined): AskRequest | undefined;
  get(id: number): AskRequest | undefined;
  /** Marks an open request answered; undefined when it was already answered (the first answer stands). */
  answer(id: number, reply: string, at: string): AskRequest | undefined;
  /** Removes a request that could not be delivered. */
  remove(id: number): void;
}

export const ASK_MIGRATIONS: readonly Migration[] = [
  {
    id: 'ask-person-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE ask_person (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('manager', 'ig-lead')),
        state TEXT NOT NULL CHECK (state IN ('open', 'answered')),
        question TEXT NOT NULL,
        bot_answer TEXT NOT NULL,
        topic TEXT NOT NULL,
        verdict TEXT NOT NULL,
        rule_ids TEXT NOT NULL,
        guidance_version TEXT NOT NULL,
        reply_to TEXT NOT NULL,
        reply TEXT,
        answered_at TEXT
      )`),
  },
  { id: 'ask-person-002-routing', up: (db) => db.exec('ALTER TABLE ask_person ADD COLUMN sent_to TEXT; ALTER TABLE ask_person ADD COLUMN asked_by TEXT') },
];

interface Row {
  id: number;
  created_at: string;
  target: AskTarget;
  state: 'open' | 'answered';
  question: string;
  bot_answer: string;
  topic: string;
  verdict: string;
  rule_ids: string;
  guidance_version: string;
  reply_to: string;
  reply: string | null;
  answered_at: string | null;
  sent_to: string | null;
  asked_by: string | null;
}

const toRequest = (r: Row): AskRequest => ({
  id: r.id,
  createdAt: r.created_at,
  to: r.target,
  state: r.state,
  question: r.question,
  botAnswer: r.bot_answer,
  topic: r.topic,
  verdict: r.verdict,
  ruleIds: JSON.parse(r.rule_ids) as string[],
  guidanceVersion: r.guidance_version,
  replyTo: JSON.parse(r.reply_to) as ConversationTarget,
  reply: r.reply,
  answeredAt: r.answered_at,
  ...(r.sent_to ? { sentTo: r.sent_to } : {}),
  ...(r.asked_by ? { askedBy: r.asked_by } : {}),
});

export function sqliteAskStore(db: Db): AskStore {
  migrate(db, ASK_MIGRATIONS);
  const insert = db.prepare(
    `INSERT INTO ask_person (created_at, target, state, question, bot_answer, topic, verdict, rule_ids, guidance_version, reply_to, sent_to, asked_by)
     VALUES (@createdAt, @to, 'open', @question, @botAnswer, @topic, @verdict, @ruleIds, @guidanceVersion, @replyTo, @sentTo, @askedBy)`,
  );
  const byId = db.prepare('SELECT * FROM ask_person WHERE id = ?');
  const answer = db.prepare(`UPDATE ask_person SET state = 'answered', reply = ?, answered_at = ? WHERE id = ? AND state = 'open'`);
  const remove = db.prepare('DELETE FROM ask_person WHERE id = ?');
  const reroute = db.prepare(`UPDATE ask_person SET sent_to = ? WHERE id = ? AND state = 'open'`);
  const get = (id: number) => {
    const row = byId.get(id) as Row | undefined;
    return row ? toRequest(row) : undefined;
  };
  return {
    add(request) {
      const info = insert.run({ ...request, ruleIds: JSON.stringify(request.ruleIds), replyTo: JSON.stringify(request.replyTo), sentTo: request.sentTo ?? null, askedBy: request.askedBy ?? null });
      return get(Number(info.lastInsertRowid))!;
    },
    reroute(id, sentTo) {
      reroute.run(sentTo ?? null, id);
      return get(id);
    },
    get,
    answer(id, reply, at) {
      return answer.run(reply, at, id).changes === 1 ? get(id) : undefined;
    },
    remove(id) {
      remove.run(id);
    },
  };
}
