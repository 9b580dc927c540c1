import type { Clock } from "../core/ports.ts";

/**
 * The copy's health, as `GET /healthz` reports it. Healthy means: the store answers, and the feed
 * was read successfully (by whichever copy leads) no longer ago than `maxSyncAgeMs` — or this copy
 * started less than `maxSyncAgeMs` ago, so the first sync has not had its chance yet.
 */

export interface HealthDeps {
  clock: Clock;
  startedAt: Date;
  maxSyncAgeMs: number;
  /** Resolves if the store answers (rejects or hangs if not). */
  pingStore(): Promise<void>;
  lastSyncSuccess(): Promise<Date | undefined>;
  isLeader(): Promise<boolean>;
  storeTimeoutMs?: number;
}

export interface Health {
  healthy: boolean;
  /** Why not, in words (empty when healthy). */
  problems: string[];
  store: { reachable: boolean };
  sync: { lastSuccessAt: string | null; ageSeconds: number | null; maxAgeSeconds: number };
  leader: boolean;
  startedAt: string;
  uptimeSeconds: number;
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const now = deps.clock().getTime();
  const timeout = deps.storeTimeoutMs ?? 2_000;
  const reachable = await withTimeout(deps.pingStore(), timeout).then(() => true, () => false);
  const last = reachable ? await withTimeout(deps.lastSyncSuccess(), timeout).catch(() => undefined) : undefined;
  const leader = reachable ? await withTimeout(deps.isLeader(), timeout).catch(() => false) : false;
  const ageMs = last ? Math.max(0, now - last.getTime()) : undefined;
  const uptimeMs = Math.max(0, now - deps.startedAt.getTime());
  const justStarted = uptimeMs < deps.maxSyncAgeMs;
  const problems: string[] = [];
  if (!reachable) problems.push("the store does not answer");
  if (!justStarted && (ageMs === undefined || ageMs > deps.maxSyncAgeMs))
    problems.push(ageMs === undefined ? "IRCC's feed has never been read successfully" : `IRCC's feed was last read successfully ${Math.round(ageMs / 1000)} s ago`);
  return {
    healthy: problems.length === 0,
    problems,
    store: { reachable },
    sync: { lastSuccessAt: last?.toISOString() ?? null, ageSeconds: ageMs === undefined ? null : Math.round(ageMs / 1000), maxAgeSeconds: Math.round(deps.maxSyncAgeMs / 1000) },
    leader,
    startedAt: deps.startedAt.toISOString(),
    uptimeSeconds: Math.round(uptimeMs / 1000),
  };
}
