import { describe, expect, it } from "vitest";
import { checkHealth, type HealthDeps } from "../../src/ops/health.ts";

const START = Date.parse("2026-08-20T12:00:00Z");
const deps = (minutesSinceStart: number, over: Partial<HealthDeps> = {}): HealthDeps => ({
  clock: () => new Date(START + minutesSinceStart * 60_000),
  startedAt: new Date(START),
  maxSyncAgeMs: 30 * 60_000,
  pingStore: async () => {},
  lastSyncSuccess: async () => undefined,
  isLeader: async () => false,
  ...over,
});

describe("health", () => {
  it("a copy that just started is healthy before any sync succeeded, and unhealthy once the bound has passed", async () => {
    expect((await checkHealth(deps(5))).healthy).toBe(true);
    const later = await checkHealth(deps(31));
    expect(later.healthy).toBe(false);
    expect(later.problems).toEqual(["IRCC's feed has never been read successfully"]);
    expect(later.sync).toEqual({ lastSuccessAt: null, ageSeconds: null, maxAgeSeconds: 1800 });
  });

  it("a store that hangs counts as unreachable after the timeout, and nothing else is asked of it", async () => {
    let asked = 0;
    const h = await checkHealth(deps(1, { pingStore: () => new Promise(() => {}), storeTimeoutMs: 50, lastSyncSuccess: async () => (asked++, new Date(START)), isLeader: async () => (asked++, true) }));
    expect(h).toMatchObject({ healthy: false, store: { reachable: false }, leader: false });
    expect(asked).toBe(0);
  });

  it("the bound is inclusive: a sync exactly maxSyncAge old is still healthy", async () => {
    const at = new Date(START + 10 * 60_000);
    expect((await checkHealth(deps(70, { lastSyncSuccess: async () => at }))).healthy).toBe(false);
    expect((await checkHealth(deps(40, { lastSyncSuccess: async () => at }))).healthy).toBe(true);
  });
});
