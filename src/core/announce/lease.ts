import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Clock } from "../ports.ts";
import type { LeaseGrant, RecordStore } from "../store/records.ts";

/**
 * A lease in the store so that only one running copy polls and announces at a time. It is taken
 * and renewed atomically by the store; the holder checks it still holds it (same fencing token,
 * within its time) before each message, and writes outcomes fenced by it, so a copy that stalled
 * past its lease (a pause, a long GC, a network partition) and lost it to another copy sends
 * nothing more.
 *
 * The check before each message is made in memory against a local deadline: the grant's duration
 * counted on this process's monotonic clock from the moment the take or renewal was asked (the
 * store granted it at that moment or later, so it cannot run out earlier), less a margin for the
 * message then in flight. The monotonic clock keeps running while a process is stopped (SIGSTOP),
 * so a paused leader wakes past its deadline and asks the store. Wall clocks play no part when the
 * store judges leases by its own clock (PostgreSQL); when callers' clocks judge them (SQLite), a
 * wall clock that jumped past the grant also sends the check to the store.
 */
export class Lease {
  readonly owner = randomUUID();
  private grant: LeaseGrant | undefined;
  /** Until when (monotonic ms) this copy certainly holds `grant`. */
  private deadline = Number.NEGATIVE_INFINITY;
  private readonly marginMs: number;

  constructor(
    private readonly records: RecordStore,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly name = "announce",
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    this.marginMs = ttlMs / 4;
  }

  /** Takes or renews the lease; true while this copy holds it. */
  async acquire(): Promise<boolean> {
    const asked = this.monotonic();
    const grant = await this.records.takeLease(this.name, this.owner, this.ttlMs, this.clock().getTime());
    const deadline = grant ? asked + this.ttlMs - this.marginMs : Number.NEGATIVE_INFINITY;
    // Two takes in flight at once (a renewal and a check) may answer in either order: the later deadline of one token stands.
    this.deadline = grant && this.grant?.token === grant.token ? Math.max(this.deadline, deadline) : deadline;
    this.grant = grant;
    return !!grant;
  }

  /** The grant this copy holds (to fence writes with), if any. */
  get current(): LeaseGrant | undefined {
    return this.grant;
  }

  /**
   * Whether, from memory alone, this copy certainly still holds the lease (under `token`, if
   * given): before its local deadline. Cheap enough to ask right before each message leaves.
   */
  validNow(token?: number): boolean {
    const grant = this.grant;
    if (!grant || (token !== undefined && grant.token !== token)) return false;
    if (this.monotonic() >= this.deadline) return false;
    return this.records.leaseClock === "database" || this.clock().getTime() < grant.until - this.marginMs;
  }

  /** Whether this copy still holds the lease: memory answers before the local deadline, the store after it. */
  async held(): Promise<boolean> {
    if (!this.grant) return false;
    if (this.validNow()) return true;
    return this.records.holdsLease(this.grant, this.clock().getTime());
  }

  /**
   * Whether this copy may go on sending under the grant with `token`: memory answers before the
   * local deadline; past it (a stall, late renewals) the lease is renewed through the store, which
   * keeps the token only if nobody took the lease meanwhile and it had not run out.
   */
  async ensure(token: number): Promise<boolean> {
    if (this.validNow(token)) return true;
    if (this.grant?.token !== token) return false;
    await this.acquire();
    return this.validNow(token);
  }

  /** Gives the lease up (on a clean stop), so another copy can take over at once. */
  async release(): Promise<void> {
    if (this.grant) await this.records.releaseLease(this.grant);
    this.grant = undefined;
    this.deadline = Number.NEGATIVE_INFINITY;
  }
}
