import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for IRCC's web server on 127.0.0.1: each request is answered by the next
 * queued handler (the last one repeats), and every request is recorded.
 */
export type FeedHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  url: string;
  requests: IncomingMessage[];
  /** Queue answers for the next requests. */
  next(...handlers: FeedHandler[]): void;
  close(): Promise<void>;
}

export const json = (body: string, headers: Record<string, string> = {}): FeedHandler => (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  res.end(body);
};

export const status = (code: number, body = "", headers: Record<string, string> = {}): FeedHandler => (_req, res) => {
  res.writeHead(code, { "content-type": "text/html", ...headers });
  res.end(body);
};

/** Never answers (for timeouts); the connection is released when the server closes. */
export const hang: FeedHandler = () => {};

export async function startFeedServer(): Promise<FeedServer> {
  const queue: FeedHandler[] = [];
  let last: FeedHandler = status(500, "no answer queued");
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    const handler = queue.shift() ?? last;
    last = handler;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ee_rounds_123_en.json`,
    requests,
    next: (...handlers) => queue.push(...handlers),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
