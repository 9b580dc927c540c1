import { randomUUID } from "node:crypto";
import type { Clock } from "../ports.ts";
import type { LeaseGrant, RecordStore } from "../store/records.ts";

/**
 * A lease in the store so that only one running copy polls and announces at a time. It is taken
 * and renewed atomically by the store; the holder checks it still holds it (same fencing token,
 * not expired) before each message, so a copy that stalled past its lease (a pause, a long GC,
 * clock trouble) and lost it to another copy sends nothing more.
 */
export class Lease {
  readonly owner = randomUUID();
  private grant: LeaseGrant | undefined;

  constructor(
    private readonly records: RecordStore,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly name = "announce",
  ) {}

  /** Takes or renews the lease; true while this copy holds it. */
  async acquire(): Promise<boolean> {
    this.grant = await this.records.takeLease(this.name, this.owner, this.ttlMs, this.clock().getTime());
    return !!this.grant;
  }

  /** The grant this copy holds (to fence writes with), if any. */
  get current(): LeaseGrant | undefined {
    return this.grant;
  }

  /**
   * Whether this copy still holds the lease. While more than half of the granted time is left,
   * nobody else can have taken it (a take needs it expired), so memory answers; past that, and
   * always after a stall (the clock jumped past the grant), the store answers.
   */
  async held(): Promise<boolean> {
    if (!this.grant) return false;
    const now = this.clock().getTime();
    if (now < this.grant.until - this.ttlMs / 2) return true;
    return this.records.holdsLease(this.grant, now);
  }

  /** Gives the lease up (on a clean stop), so another copy can take over at once. */
  async release(): Promise<void> {
    if (this.grant) await this.records.releaseLease(this.grant);
    this.grant = undefined;
  }
}
