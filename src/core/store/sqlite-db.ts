import sqlite3 from "sqlite3";
import { Mutex } from "./mutex.ts";

/** The statements a transaction may run. */
export interface Sql {
  run(sql: string, params?: unknown[]): Promise<{ changes: number; lastID: number }>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

/**
 * One SQLite connection with promises. A connection is one session, so every use goes through a
 * mutex: a statement from elsewhere in the process can never land inside an open transaction.
 * `transaction` uses `BEGIN IMMEDIATE`, which takes SQLite's write lock at once: two processes on
 * one file run their transactions one after the other (the busy timeout makes the second wait).
 */
export class SqliteDb {
  private readonly lock = new Mutex();
  private readonly sql: Sql;

  private constructor(private readonly db: sqlite3.Database) {
    this.sql = {
      run: (sql, params = []) =>
        new Promise((resolve, reject) =>
          db.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
            if (error) reject(error);
            else resolve({ changes: this.changes, lastID: this.lastID });
          }),
        ),
      get: <T>(sql: string, params: unknown[] = []) => new Promise<T | undefined>((resolve, reject) => db.get(sql, params, (error: Error | null, row: T) => (error ? reject(error) : resolve(row)))),
      all: <T>(sql: string, params: unknown[] = []) => new Promise<T[]>((resolve, reject) => db.all(sql, params, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)))),
      exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (error: Error | null) => (error ? reject(error) : resolve()))),
    };
  }

  static async open(file: string, busyTimeoutMs = 10_000): Promise<SqliteDb> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
    });
    db.configure("busyTimeout", busyTimeoutMs);
    const self = new SqliteDb(db);
    await self.sql.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    return self;
  }

  /** Runs one statement or read on its own. */
  use<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.lock.run(() => work(this.sql));
  }

  /** Runs `work` as one transaction: all of it is committed, or none (an error rolls back). */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      await this.sql.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this.sql);
        await this.sql.exec("COMMIT");
        return result;
      } catch (error) {
        await this.sql.exec("ROLLBACK").catch(() => {});
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.lock.run(() => new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve()))));
  }
}
