import type pg from "pg";
import type { PgDb } from "./pg-db.ts";

/**
 * Counter changes on PostgreSQL, told rather than read: a trigger on `counters` (migration 3)
 * sends `pg_notify('ee_bot_changes', <schema>)` with every change, delivered at commit, and each
 * copy keeps one connection of its own LISTENing. The token counts the notifications for this
 * copy's schema: it changes once a change by any copy has arrived (well under a millisecond after
 * the commit on one network). While the connection is not listening — starting, lost,
 * reconnecting — there is no token, and the caller reads the counter each time, as before.
 */

/** The channel the trigger notifies; the payload names the schema, so schemas sharing a database stay apart. */
export const CHANGES_CHANNEL = "ee_bot_changes";

const RETRY_MS = 1_000;

export class PgChanges {
  private client: pg.Client | undefined;
  private state: "idle" | "connecting" | "listening" | "closed" = "idle";
  /** Notifications received, plus one per listening session (a reconnect may have missed some). */
  private seen = 0;
  private retryAt = 0;

  constructor(private readonly db: PgDb) {}

  /** The token, or undefined while not listening (the first call starts listening, in the background). */
  token(): string | undefined {
    if (this.state === "listening") return String(this.seen);
    if (this.state === "idle" && Date.now() >= this.retryAt) void this.listen();
    return undefined;
  }

  private async listen(): Promise<void> {
    this.state = "connecting";
    const client = this.db.client("listen");
    this.client = client;
    let schema: string | undefined;
    client.on("notification", (n) => {
      if (n.channel === CHANGES_CHANNEL && n.payload === schema) this.seen++;
    });
    // A lost connection: no token until another one listens (tried again on a later call).
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      // The schema the tables are in, as the trigger names it (the URL's ?schema=, else the server's default).
      schema = (await client.query<{ schema: string | null }>("SELECT current_schema() AS schema")).rows[0]?.schema ?? undefined;
      if (!schema) throw new Error("no schema to listen for");
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.client !== client) return void client.end().catch(() => {}); // closed or lost meanwhile
    this.seen++;
    this.state = "listening";
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (this.state !== "closed") this.state = "idle";
    this.retryAt = Date.now() + RETRY_MS;
    client.end().catch(() => {});
  }

  async close(): Promise<void> {
    this.state = "closed";
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
