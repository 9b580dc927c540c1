import { afterEach, describe, expect, it } from "vitest";
import { Lease } from "../../../src/core/announce/lease.ts";
import { RateLimiter } from "../../../src/core/announce/rate-limit.ts";
import { tempStore, type TempStore } from "../../helpers/fixtures.ts";

describe("RateLimiter", () => {
  it("never lets more than the limit through in any rolling second, and spaces messages to one chat", async () => {
    let now = 0;
    const limiter = new RateLimiter(30, (chat) => (chat.startsWith("-") ? 3000 : 0), () => now, 0);
    const sleep = async (ms: number) => void (now += ms);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      (await limiter.acquire(String(i), sleep))(); // answered at once
      times.push(now);
    }
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)!).toBeLessThan(7000); // and not much slower: 200 messages at 30/s
    const group: number[] = [];
    for (let i = 0; i < 3; i++) {
      (await limiter.acquire("-100", sleep))();
      group.push(now);
    }
    expect(group[1]! - group[0]!).toBeGreaterThanOrEqual(3000);
    expect(group[2]! - group[1]!).toBeGreaterThanOrEqual(3000);
  });
});

describe("RateLimiter with answers that take time", () => {
  it("GIVEN messages on their way THEN each counts until a second after its answer came back, so however they were delayed no second of the platform's sees more than the limit", async () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => 0, () => now, 0);
    const sleep = async (ms: number) => void (now += ms);
    const answered = [];
    for (let i = 0; i < 3; i++) answered.push(await limiter.acquire(String(i), sleep));
    expect(now).toBe(0);
    // All three on their way: a fourth waits for an answer, then for a second after it.
    let fourthAt = -1;
    const fourth = limiter.acquire("3", sleep).then((done) => ((fourthAt = now), done));
    await new Promise((r) => setTimeout(r, 5));
    expect(fourthAt).toBe(-1);
    now = 200;
    answered[0]!();
    (await fourth)();
    expect(fourthAt).toBe(1_200); // by departure alone it would have gone at 1,000
    // A message that did not leave after all frees its place at once.
    answered[1]!(false);
    (await limiter.acquire("4", sleep))();
    expect(now).toBe(1_200);
  });
});

describe("RateLimiter pause", () => {
  it("GIVEN a pause (a 429's retry_after) THEN no message goes to any chat until it is over", async () => {
    let now = 0;
    const limiter = new RateLimiter(1_000, () => 0, () => now, 0);
    const sleep = async (ms: number) => void (now += ms);
    (await limiter.acquire("1", sleep))();
    expect(now).toBe(0);
    limiter.pause(1_000);
    limiter.pause(200); // a shorter one does not cut it short
    (await limiter.acquire("2", sleep))();
    expect(now).toBe(1_000);
    (await limiter.acquire("3", sleep))();
    expect(now).toBe(1_000);
  });

  it("GIVEN a 429 despite the limiter THEN the rolling window widens by 50 ms, once per pause, up to 250 ms more, for ten minutes", async () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => 0, () => now, 50);
    const sleep = async (ms: number) => void (now += ms);
    const third = async () => {
      const start = now;
      for (let i = 0; i < 3; i++) (await limiter.acquire(String(i), sleep))();
      return now - start;
    };
    expect(await third()).toBe(1_050);
    now += 5_000;
    limiter.pause(0);
    limiter.pause(0); // the same pause: no second widening
    expect(await third()).toBe(1_100);
    for (let i = 0; i < 10; i++) {
      now += 1;
      limiter.pause(0);
    }
    now += 5_000;
    expect(await third()).toBe(1_300);
    now += 600_001; // ten minutes without a 429
    expect(await third()).toBe(1_050);
  });

  it("GIVEN thousands of chats THEN each is still spaced from its last message after the limiter forgets the old ones", async () => {
    let now = 0;
    const limiter = new RateLimiter(1_000, () => 3_000, () => now, 0);
    const sleep = async (ms: number) => void (now += ms);
    for (let i = 0; i < 2_500; i++) (await limiter.acquire(String(i), sleep))();
    const before = now;
    (await limiter.acquire("2499", sleep))(); // its last message was a moment ago
    expect(now - before).toBeGreaterThanOrEqual(2_900);
  });
});

describe("Lease", () => {
  let t: TempStore;
  afterEach(async () => t.cleanup());

  it("lets one copy hold it; another takes over only once it expires or is released", async (ctx) => {
    t = await tempStore();
    // This drives expiry with a made-up clock; a store that judges leases by its own clock
    // (PostgreSQL) is covered by the record store contract with real time instead.
    if (t.records.leaseClock === "database") ctx.skip("the store judges leases by the database's clock, not this test's made-up one");
    let now = 1_000_000;
    const clock = () => new Date(now);
    const a = new Lease(t.records, clock, 5_000, "lease");
    const b = new Lease(t.records, clock, 5_000, "lease");
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    now += 4_000;
    expect(await a.acquire()).toBe(true); // renewed
    now += 4_000;
    expect(await b.acquire()).toBe(false);
    now += 6_000; // a crashed: its lease ran out
    expect(await b.acquire()).toBe(true);
    expect(await a.acquire()).toBe(false);
    await b.release();
    expect(await a.acquire()).toBe(true);
  });

  it("of two copies claiming a free lease at once, exactly one wins", async () => {
    t = await tempStore();
    const clock = () => new Date();
    const copies = Array.from({ length: 4 }, () => new Lease(t.records, clock, 5_000, "lease"));
    const won = await Promise.all(copies.map((c) => c.acquire()));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it("GIVEN a copy paused past its lease (its monotonic clock ran on) THEN memory no longer vouches for it; once another took over it may neither send nor renew under its token", async () => {
    t = await tempStore();
    const ttl = 400;
    let stopped = 0; // how long the copy was stopped (SIGSTOP): its monotonic clock kept running
    const a = new Lease(t.records, () => new Date(), ttl, "lease", () => performance.now() + stopped);
    const b = new Lease(t.records, () => new Date(), ttl, "lease");
    expect(await a.acquire()).toBe(true);
    const token = a.current!.token;
    expect(a.validNow(token)).toBe(true);
    expect(a.validNow(token + 1)).toBe(false); // another grant's token
    expect(await a.ensure(token)).toBe(true);
    // A stall past the local deadline: memory says no; the store is asked, and renews it (nobody took it).
    stopped += ttl;
    expect(a.validNow(token)).toBe(false);
    expect(await a.ensure(token)).toBe(true);
    expect(a.current!.token).toBe(token);
    expect(a.validNow(token)).toBe(true);
    // A real stall: the lease runs out and another copy takes it.
    await new Promise((r) => setTimeout(r, ttl + 100));
    expect(await b.acquire()).toBe(true);
    expect(b.current!.token).toBeGreaterThan(token);
    expect(a.validNow(token)).toBe(false);
    expect(await a.ensure(token)).toBe(false);
    expect(await a.held()).toBe(false);
    expect(b.validNow(b.current!.token)).toBe(true);
  });
});
