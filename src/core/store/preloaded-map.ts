import type { KeyValueStore } from "./key-value.ts";
import { Mutex } from "./mutex.ts";

/**
 * A small map kept whole in one key and in memory: loaded once, read without touching the store,
 * written through. For per-chat facts read on every update but rarely changed (a chat's chosen
 * language, whether a user has a CRS wizard open), so answering costs no database round trip.
 */
export class PreloadedMap<V> {
  private readonly lock = new Mutex();

  private constructor(
    private readonly kv: KeyValueStore,
    private readonly key: string,
    private readonly data: Map<string, V>,
  ) {}

  static async load<V>(kv: KeyValueStore, key: string): Promise<PreloadedMap<V>> {
    const doc = (await kv.get<Record<string, V>>(key)) ?? {};
    return new PreloadedMap(kv, key, new Map(Object.entries(doc)));
  }

  get(id: string | number): V | undefined {
    return this.data.get(String(id));
  }

  has(id: string | number): boolean {
    return this.data.has(String(id));
  }

  async set(id: string | number, value: V): Promise<void> {
    this.data.set(String(id), value);
    await this.persist();
  }

  async delete(id: string | number): Promise<void> {
    if (!this.data.delete(String(id))) return;
    await this.persist();
  }

  private persist(): Promise<void> {
    return this.lock.run(() => this.kv.set(this.key, Object.fromEntries(this.data)));
  }
}
