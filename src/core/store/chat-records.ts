import type { KeyValueStore } from "./key-value.ts";

/**
 * One small record per chat (or user) in the store, read when an update needs it: with several
 * copies behind a load balancer, the copy answering a chat sees what another copy just wrote
 * (a /lang choice, say). Nothing is cached in the process.
 */
export class ChatRecords<V> {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly prefix: string,
  ) {}

  private key(id: string | number): string {
    return `${this.prefix}:${id}`;
  }

  get(id: string | number): Promise<V | undefined> {
    return this.kv.get<V>(this.key(id));
  }

  set(id: string | number, value: V): Promise<void> {
    return this.kv.set(this.key(id), value);
  }

  delete(id: string | number): Promise<void> {
    return this.kv.delete(this.key(id));
  }

  /** Moves entries from an older layout (one map in one key) into records, once. */
  async adopt(oldKey: string): Promise<number> {
    const old = await this.kv.get<Record<string, V>>(oldKey);
    if (!old) return 0;
    const entries = Object.entries(old);
    for (const [id, value] of entries) if ((await this.get(id)) === undefined) await this.set(id, value);
    await this.kv.delete(oldKey);
    return entries.length;
  }
}
