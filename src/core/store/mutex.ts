/**
 * Runs async sections one at a time, in call order. The key-value port has no transactions, so a
 * read-modify-write of a shared key (an index) goes through one of these within a process.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section, section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
