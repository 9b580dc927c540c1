import { randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { closeServer, HttpError, listen, readBody } from "../../http-server.ts";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/ports.ts";
import type { RecordStore } from "../../core/store/records.ts";
import type { BotContext, ChatState } from "./context.ts";

/**
 * Telegram webhooks for any number of copies behind one URL. Each update is handled once, by
 * whichever copy first claims its update_id in the shared store (Telegram re-sends an update when
 * an answer is slow or lost; the repeat is acknowledged and dropped). One chat is answered by one
 * copy at a time — a lock per chat in the store, plus a queue per chat in each copy — so replies
 * keep the order in which the chat's updates arrived. Only requests carrying the secret token
 * Telegram was given are accepted.
 *
 * Delivery is at most once: a copy killed while handling an update does not get it back (its claim
 * stands), which is the safer failure for a chat bot than answering twice.
 */

export interface WebhookServerOptions {
  secret: string;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  /** How long an update_id is remembered (Telegram's repeats come within minutes). */
  dedupeMs?: number;
  /** A chat's lock expires after this long even if its holder died. */
  chatLockMs?: number;
  /** How long an update waits for its chat's lock before going ahead anyway. */
  chatWaitMs?: number;
}

export interface RunningWebhookServer {
  port: number;
  stop(): Promise<void>;
}

/** The chat an update belongs to (updates of one chat are answered in order). */
export function chatOf(update: Update): number | undefined {
  const u = update as Update & Record<string, { chat?: { id: number }; message?: { chat: { id: number } }; from?: { id: number } } | undefined>;
  for (const kind of ["message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member", "chat_join_request"])
    if (u[kind]?.chat) return u[kind]!.chat!.id;
  return update.callback_query?.message?.chat.id ?? update.callback_query?.from.id ?? update.inline_query?.from.id;
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export async function startWebhookServer(
  bot: Bot<BotContext>,
  deps: { records: Pick<RecordStore, "claimOnce" | "claimChat" | "releaseClaim">; chats: Pick<ChatState, "sawChangeNumber">; logger: Logger },
  opts: WebhookServerOptions,
): Promise<RunningWebhookServer> {
  const log = deps.logger.child({ platform: "telegram", transport: "webhook" });
  const copy = randomUUID();
  const dedupeMs = opts.dedupeMs ?? 3_600_000;
  const lockMs = opts.chatLockMs ?? 30_000;
  const waitMs = opts.chatWaitMs ?? 15_000;
  const queues = new Map<number, Promise<void>>();
  const inFlight = new Set<Promise<void>>();

  /** Runs `task` when this chat's earlier updates are done, here and in every other copy. */
  const inChatOrder = (chat: number | undefined, task: () => Promise<void>): Promise<void> => {
    if (chat === undefined) return task();
    const run = (queues.get(chat) ?? Promise.resolve()).then(async () => {
      const key = `tg:chat-lock:${chat}`;
      const owner = `${copy}:${randomUUID()}`;
      const until = Date.now() + waitMs;
      // Taking the lock also reads the chat state's change number: whatever the copy that answered
      // this chat before wrote (a language, a wizard) is read before this update, even where the
      // change's notification has not arrived yet (PostgreSQL).
      let seq = await deps.records.claimChat(key, lockMs, owner);
      while (seq === undefined && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 25));
        seq = await deps.records.claimChat(key, lockMs, owner);
      }
      const locked = seq !== undefined;
      if (seq !== undefined) deps.chats.sawChangeNumber(seq);
      else log.warn({ chat }, "a chat's lock stayed taken; answering without it");
      try {
        await task();
      } finally {
        if (locked) await deps.records.releaseClaim(key, owner).catch(() => {});
      }
    });
    const settled = run.catch(() => {});
    queues.set(chat, settled);
    void settled.then(() => {
      if (queues.get(chat) === settled) queues.delete(chat);
    });
    return run;
  };

  async function handle(req: IncomingMessage): Promise<number> {
    if (req.method !== "POST") throw new HttpError(405, "use POST");
    const given = req.headers["x-telegram-bot-api-secret-token"];
    if (typeof given !== "string" || given === "") throw new HttpError(401, "missing secret token");
    if (!sameSecret(given, opts.secret)) throw new HttpError(401, "wrong secret token");
    const body = await readBody(req, opts.maxBodyBytes ?? 1024 * 1024);
    let update: Update;
    try {
      update = JSON.parse(body.toString("utf8")) as Update;
    } catch {
      throw new HttpError(400, "body is not JSON");
    }
    if (typeof update !== "object" || update === null || !Number.isSafeInteger(update.update_id)) throw new HttpError(400, "not an update");
    // A fresh owner per request: a repeat reaching this same copy must not count as "ours already".
    if (!(await deps.records.claimOnce(`tg:update:${update.update_id}`, dedupeMs, `${copy}:${randomUUID()}`))) {
      log.debug({ update: update.update_id }, "an update already handled (Telegram sent it again); dropped");
      return 200;
    }
    const job = inChatOrder(chatOf(update), () => bot.handleUpdate(update));
    inFlight.add(job);
    try {
      await job;
    } finally {
      inFlight.delete(job);
    }
    return 200;
  }

  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") return void res.writeHead(200).end("ok");
    handle(req)
      .then((status) => res.writeHead(status).end())
      .catch((error: Error) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) log.error({ message: error.message }, "the webhook failed to handle an update");
        else if (status === 401) log.warn({ reason: error.message }, "refused a webhook request");
        if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain", ...(status === 413 ? { connection: "close" } : {}) }).end(error instanceof HttpError ? error.message : "internal error");
      });
  });
  const port = await listen(server, opts.port, opts.host);
  return { port, stop: () => closeServer(server, inFlight) };
}
