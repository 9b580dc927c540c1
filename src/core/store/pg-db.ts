import pg from "pg";

/** The statements a transaction may run: `pg`'s query with positional `$n` parameters. */
export type PgSql = <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<pg.QueryResult<R>>;

/** The database's clock in epoch milliseconds: one clock for every copy, whatever their own clocks say. */
export const DB_NOW_MS = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

/** What a `postgres://` STORE_URL asks for, read without ever printing its password. */
export interface PgTarget {
  /** The URL as `pg` reads it (our own parameters removed). */
  connectionString: string;
  /** `?schema=NAME`: the tables live in that schema (created if missing); default `public`. */
  schema: string | undefined;
  /** `?pool=N`: connections per copy (default 10). */
  poolSize: number;
}

const SCHEMA = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/** Reads a `postgres://user:pass@host:port/db?schema=…&pool=…` URL. Throws with the URL's password hidden. */
export function pgTarget(url: string): PgTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !SCHEMA.test(schema)) throw new Error("STORE_URL's schema must be letters, digits and _ (not starting with a digit)");
  const pool = parsed.searchParams.get("pool");
  const poolSize = pool === null ? 10 : Number(pool);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 100) throw new Error("STORE_URL's pool must be a whole number of connections from 1 to 100");
  parsed.searchParams.delete("schema");
  parsed.searchParams.delete("pool");
  return { connectionString: parsed.toString(), schema, poolSize };
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@");
  }
}

/**
 * A pool of connections to one PostgreSQL database (and schema). Each copy of the bot has one,
 * shared by the key-value layer and the record tables; it closes when both have closed.
 */
export class PgDb {
  private users = 0;

  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
    private readonly connection: pg.ClientConfig,
  ) {}

  static open(url: string): PgDb {
    const target = pgTarget(url);
    const connection: pg.ClientConfig = {
      connectionString: target.connectionString,
      application_name: "ee-bot",
      // Every connection works in the chosen schema: `search_path` set at connection start-up.
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    };
    const pool = new pg.Pool({
      ...connection,
      max: target.poolSize,
      idleTimeoutMillis: 30_000,
      // Also how long a query may wait for a free connection: a burst of updates queues, it does not fail.
      connectionTimeoutMillis: 30_000,
    });
    // A connection that dies while idle is dropped from the pool; the next query opens another.
    pool.on("error", () => {});
    return new PgDb(pool, target.schema, connection);
  }

  /**
   * A connection of its own, outside the pool (to LISTEN on), with the pool's settings; the caller
   * connects and ends it. `role` names it in `pg_stat_activity` ("ee-bot:listen ee_bot").
   */
  client(role: string): pg.Client {
    const name = `ee-bot:${role}${this.schema ? ` ${this.schema}` : ""}`.slice(0, 63);
    return new pg.Client({ ...this.connection, application_name: name, connectionTimeoutMillis: 10_000 });
  }

  /** Counts one more user of the pool (the key-value layer, the record tables). */
  retain(): this {
    this.users += 1;
    return this;
  }

  /** One user is done; the last one ends the pool. */
  async release(): Promise<void> {
    this.users -= 1;
    if (this.users <= 0) await this.pool.end();
  }

  /** One statement on its own (autocommitted): a single conditional statement is atomic by itself. */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(text, params);
  }

  /** Runs `work` as one transaction on one connection: all of it is committed, or none. */
  async transaction<T>(work: (sql: PgSql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await work((text, params) => client.query(text, params));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection that cannot even roll back is thrown away rather than reused.
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
