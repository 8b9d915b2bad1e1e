// Teams sends both installationUpdate and conversationUpdate on install; greet each conversation once per window.
export class WelcomeOnce {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs = 60_000, private readonly maxEntries = 10_000) {}

  first(conversationId: string, now = Date.now()): boolean {
    const last = this.seen.get(conversationId);
    if (last !== undefined && now - last < this.windowMs) return false;
    if (this.seen.size >= this.maxEntries) this.seen.clear();
    this.seen.set(conversationId, now);
    return true;
  }
}
