import type { KeyValueStore } from "./key-value.ts";
import type { RecordStore } from "./records.ts";

/**
 * Saved CRS profiles, one record per user (key e.g. "tg:profile:123"). A profile an earlier
 * version kept in the key-value layer under the same key is moved over when first read.
 */
export class SavedProfiles {
  constructor(
    private readonly records: RecordStore,
    private readonly kv: KeyValueStore,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const saved = await this.records.getProfile<T>(key);
    if (saved !== undefined) return saved;
    const legacy = await this.kv.get<T>(key);
    if (legacy === undefined) return undefined;
    await this.records.saveProfile(key, legacy);
    await this.kv.delete(key);
    return legacy;
  }

  save(key: string, profile: unknown): Promise<void> {
    return this.records.saveProfile(key, profile);
  }
}
