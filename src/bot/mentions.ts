// "@Companion can I ..." → "can I ...": the bot's own mention is not part of the question. Read tolerantly: a mention
// entity without `mentioned`, `text` or an id is skipped, never a failed turn.

interface MentionLike {
  type?: unknown;
  text?: unknown;
  mentioned?: { id?: unknown } | null;
}

export function withoutBotMention(text: string | undefined, entities: readonly unknown[] | undefined, botId: string | undefined): string {
  let out = typeof text === 'string' ? text : '';
  if (!botId || !Array.isArray(entities)) return out;
  for (const e of entities as MentionLike[]) {
    if (typeof e !== 'object' || e === null || typeof e.type !== 'string' || e.type.toLowerCase() !== 'mention') continue;
    const mentioned = typeof e.mentioned === 'object' && e.mentioned !== null ? e.mentioned.id : undefined;
    if (mentioned !== botId || typeof e.text !== 'string' || e.text === '') continue;
    out = out.replace(e.text, '');
  }
  return out.trim();
}
