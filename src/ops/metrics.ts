import { collectDefaultMetrics, Counter, Gauge, Registry } from "prom-client";
import type { Telemetry } from "../core/ports.ts";

/**
 * The copy's Prometheus metrics (prom-client), in a registry of its own. Counters are fed through
 * the core's Telemetry port; gauges that describe shared state (the feed's sync age, the lease
 * holder) are read from the store when Prometheus scrapes.
 */

export interface SharedState {
  /** Seconds since the last successful feed sync (by any copy), or undefined if there was none. */
  syncAgeSeconds(): Promise<number | undefined>;
  /** This copy, when it holds the announcer's lease (undefined otherwise). */
  leaseHolder(): Promise<{ owner: string; self: boolean } | undefined>;
  /** This copy's id (the lease owner id it uses). */
  copyId: string;
}

export interface Metrics {
  registry: Registry;
  telemetry: Telemetry;
}

export function createMetrics(shared: SharedState): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ copy: shared.copyId });
  collectDefaultMetrics({ register: registry, prefix: "ee_bot_" });
  const updates = new Counter({ name: "ee_bot_updates_handled_total", help: "Updates (Telegram) and interactions (Discord) handled, by platform and kind", labelNames: ["platform", "kind"], registers: [registry] });
  const replies = new Counter({ name: "ee_bot_replies_total", help: "Replies sent to users (not announcements), by platform", labelNames: ["platform"], registers: [registry] });
  const sent = new Counter({ name: "ee_bot_deliveries_sent_total", help: "Announcements delivered by this copy", registers: [registry] });
  const dropped = new Counter({ name: "ee_bot_deliveries_dropped_total", help: "Announcements given up by this copy (the chat is gone)", registers: [registry] });
  const pending = new Gauge({ name: "ee_bot_deliveries_pending", help: "Announcements still to deliver after this copy's last announcement cycle", registers: [registry] });
  new Gauge({
    name: "ee_bot_feed_sync_age_seconds",
    help: "Seconds since the last successful read of IRCC's feed, by any copy (-1: never)",
    registers: [registry],
    async collect() {
      this.set((await shared.syncAgeSeconds().catch(() => undefined)) ?? -1);
    },
  });
  new Gauge({
    name: "ee_bot_leader",
    help: "1 when this copy holds the announcer's lease (polls the feed and announces), else 0",
    registers: [registry],
    async collect() {
      this.set((await shared.leaseHolder().catch(() => undefined))?.self ? 1 : 0);
    },
  });
  new Gauge({
    name: "ee_bot_lease_holder",
    help: "1, with this copy's id in the holder label, on the copy holding the announcer's lease; absent on the others",
    labelNames: ["holder"],
    registers: [registry],
    async collect() {
      this.reset();
      const holder = await shared.leaseHolder().catch(() => undefined);
      if (holder) this.set({ holder: holder.owner }, 1);
    },
  });
  return {
    registry,
    telemetry: {
      updateHandled: (platform, kind) => updates.inc({ platform, kind }),
      replySent: (platform) => replies.inc({ platform }),
      deliveries: (report) => {
        sent.inc(report.sent);
        dropped.inc(report.dropped);
        pending.set(report.pending);
      },
    },
  };
}
