import { randomUUID } from "node:crypto";
import type { Clock } from "../ports.ts";
import type { KeyValueStore } from "../store/key-value.ts";

/**
 * A lease in the store so that only one running copy polls and announces at a time: the holder
 * renews it while alive; another copy takes over once it has expired (after a crash, within one
 * lease period). The key-value port has no compare-and-set, so a claim is written and then read
 * back after a short pause: of two copies claiming at once, the last writer wins and the other
 * sees it has lost.
 */

interface LeaseDoc {
  owner: string;
  until: number;
}

export class Lease {
  readonly owner = randomUUID();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly key = "announce:lease",
    private readonly settleMs = 50,
  ) {}

  /** Takes or renews the lease; true while this copy holds it. */
  async acquire(): Promise<boolean> {
    const now = this.clock().getTime();
    const current = await this.kv.get<LeaseDoc>(this.key);
    if (current && current.owner !== this.owner && current.until > now) return false;
    await this.kv.set(this.key, { owner: this.owner, until: now + this.ttlMs } satisfies LeaseDoc);
    if (current?.owner === this.owner) return true; // a renewal: nobody else could have claimed a live lease
    await new Promise((r) => setTimeout(r, this.settleMs));
    return (await this.kv.get<LeaseDoc>(this.key))?.owner === this.owner;
  }

  /** Which copy holds the lease now (undefined when nobody does), and whether it is this one. */
  async holder(): Promise<{ owner: string; until: Date; self: boolean } | undefined> {
    const current = await this.kv.get<LeaseDoc>(this.key);
    if (!current || current.until <= this.clock().getTime()) return undefined;
    return { owner: current.owner, until: new Date(current.until), self: current.owner === this.owner };
  }

  /** Gives the lease up (on a clean stop), so another copy can take over at once. */
  async release(): Promise<void> {
    const current = await this.kv.get<LeaseDoc>(this.key);
    if (current?.owner === this.owner) await this.kv.delete(this.key);
  }
}
