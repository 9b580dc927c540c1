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
      await limiter.acquire(String(i), sleep);
      times.push(now);
    }
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)!).toBeLessThan(7000); // and not much slower: 200 messages at 30/s
    const group: number[] = [];
    for (let i = 0; i < 3; i++) {
      await limiter.acquire("-100", sleep);
      group.push(now);
    }
    expect(group[1]! - group[0]!).toBeGreaterThanOrEqual(3000);
    expect(group[2]! - group[1]!).toBeGreaterThanOrEqual(3000);
  });
});

describe("Lease", () => {
  let t: TempStore;
  afterEach(async () => t.cleanup());

  it("lets one copy hold it; another takes over only once it expires or is released", async () => {
    t = await tempStore();
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
});
