import { createServer, type Server } from "node:http";
import { closeServer, listen } from "../http-server.ts";
import type { Logger } from "../core/ports.ts";
import type { Health } from "./health.ts";
import type { Metrics } from "./metrics.ts";

/**
 * The operations endpoint (`OPS_PORT`): `GET /healthz` (JSON; 200 healthy, 503 not) for load
 * balancers and orchestrators, `GET /metrics` for Prometheus. Nothing else, and no secrets.
 */

export interface RunningOps {
  port: number;
  stop(): Promise<void>;
}

export async function startOpsServer(deps: { health(): Promise<Health>; metrics: Metrics; logger: Logger }, opts: { port: number; host?: string }): Promise<RunningOps> {
  const log = deps.logger.child({ component: "ops" });
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { allow: "GET" }).end();
    const answer = async () => {
      if (path === "/healthz") {
        const health = await deps.health();
        res.writeHead(health.healthy ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(health));
      } else if (path === "/metrics") {
        const text = await deps.metrics.registry.metrics();
        res.writeHead(200, { "content-type": deps.metrics.registry.contentType }).end(text);
      } else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    };
    answer().catch((error: Error) => {
      log.error({ message: error.message, path }, "the operations endpoint failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("internal error");
    });
  });
  const port = await listen(server, opts.port, opts.host);
  log.info({ port }, "operations endpoint listening (/healthz, /metrics)");
  return { port, stop: () => closeServer(server, [], 0) };
}
