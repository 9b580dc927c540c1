import type { IncomingMessage, Server } from "node:http";

/** Small pieces the bots' HTTP endpoints share (Discord interactions, Telegram webhooks). */

/** A refusal with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request body, refused with 413 past `max` bytes (declared or actual). */
export async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > max) throw new HttpError(413, "body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Listens on `port` (0 = any free port); resolves with the port taken. */
export async function listen(server: Server, port: number, host = "0.0.0.0"): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as { port: number }).port;
}

/** Stops taking requests, lets `inFlight` work finish (at most `graceMs`), then closes every connection. */
export async function closeServer(server: Server, inFlight: Iterable<Promise<unknown>> = [], graceMs = 5_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, graceMs).unref())]);
  server.closeAllConnections();
  await closed;
}
