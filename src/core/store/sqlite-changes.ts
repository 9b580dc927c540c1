import { closeSync, openSync, readSync } from "node:fs";

/**
 * Whether anything was committed to a SQLite database, by any process, without a query: in
 * write-ahead-logging mode every connection shares the WAL index (the `-shm` file beside the
 * database), whose header changes with each commit (its change counter, last frame and salts; see
 * https://sqlite.org/walformat.html, "The WAL-Index Header"). SQLite writes the header before the
 * commit returns, so a commit that finished before `token()` is read always shows in it. Reading
 * its 96 bytes (both copies) is one `pread`, a microsecond, where a query costs a trip through
 * the driver's thread pool.
 */

const HEADER_BYTES = 96;

export interface ChangeWatch {
  /** Changes whenever a commit may have happened since the last call; undefined when it cannot tell. */
  token(): string | undefined;
  close(): void;
}

/** The WAL index of `file`, or undefined when there is none to read (not in WAL mode, or not readable). */
export function walIndexWatch(file: string): ChangeWatch | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(`${file}-shm`, "r");
  } catch {
    return undefined;
  }
  const header = Buffer.alloc(HEADER_BYTES);
  return {
    token: () => {
      if (fd === undefined) return undefined;
      try {
        // A header still being written reads as a new token, which only costs one query.
        return readSync(fd, header, 0, HEADER_BYTES, 0) === HEADER_BYTES ? header.toString("latin1") : undefined;
      } catch {
        return undefined;
      }
    },
    close: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
