/**
 * Runs async sections one at a time, in call order. The key-value port has no transactions, so a
 * read-modify-write of a shared key (an index) goes through one of these within a process.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section, section);
    // The tail keeps only the turn, not the value: a large result (every chat's settings, read
    // at start) would otherwise stay in memory until the next section ends.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
