import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Telegram Bot API on 127.0.0.1 for end-to-end tests of the real grammY bot: it speaks
 * the Bot API's wire protocol (POST /bot<token>/<method>, `{ ok, result }`), long-polls
 * getUpdates, records every call, and can answer with Telegram's errors (429, 403, 400).
 */

export interface ApiCall {
  method: string;
  /** False when the fake answered with an error. */
  ok: boolean;
  /** JSON body, or the text fields of a multipart body (files are recorded as their size). */
  payload: Record<string, unknown>;
  at: number;
}

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export const BOT_USER = { id: 7_000_000_001, is_bot: true, first_name: "ee-bot", username: "ee_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  url = "";
  private server = createServer((req, res) => void this.handle(req, res));
  private updates: unknown[] = [];
  private nextUpdateId = 1;
  private waiting: Array<() => void> = [];
  private failures = new Map<string, Array<ApiError | ((payload: Record<string, unknown>) => ApiError | undefined)>>();
  private members = new Map<string, { status: string; rights: Record<string, boolean> }>();
  private lasting: Array<{ method: string; decide: (payload: Record<string, unknown>) => ApiError | undefined }> = [];
  private messageId = 1000;
  /** Per-method artificial latency (ms), e.g. for benchmarks. */
  latency = 0;
  private listeners = new Set<(call: ApiCall) => void>();
  /** When set, sendMessage beyond this many per rolling second is answered 429, as Telegram does. */
  rateLimit: number | undefined;
  private recentSends: number[] = [];
  /** How many 429s the rate limit gave. */
  rateLimited = 0;

  constructor(readonly token: string) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const w of this.waiting.splice(0)) w();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update (an update_id is added); a pending getUpdates returns at once. */
  push(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    this.updates.push({ update_id: id, ...update });
    for (const w of this.waiting.splice(0)) w();
    return id;
  }

  /** The next call(s) to `method` fail with `error` (a function may decide per payload). */
  fail(method: string, ...errors: Array<ApiError | ((payload: Record<string, unknown>) => ApiError | undefined)>): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...errors]);
  }

  /** Every call to `method` for which `decide` returns an error fails with it, until `decide` returns undefined (a lasting fault, e.g. lost rights). */
  failAlways(method: string, decide: (payload: Record<string, unknown>) => ApiError | undefined): void {
    this.lasting.push({ method, decide });
  }

  /** Sets a user's status in a chat for getChatMember ("creator", "administrator", "member", …), with an administrator's rights (can_post_messages, …). */
  setMember(chatId: number, userId: number, status: string, rights: Record<string, boolean> = {}): void {
    this.members.set(`${chatId}:${userId}`, { status, rights });
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages Telegram accepted for a chat, oldest first (refused attempts are not messages). */
  sentTo(chatId: number): Array<Record<string, unknown>> {
    return this.calls.filter((c) => c.ok && (c.method === "sendMessage" || c.method === "sendPhoto") && Number(c.payload.chat_id) === chatId).map((c) => c.payload);
  }

  /** Waits until `predicate` holds over the calls (polling), or fails after `timeoutMs`. */
  async waitFor<T>(predicate: (calls: ApiCall[]) => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate(this.calls);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting; calls so far: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Resolves as soon as a call matching `predicate` arrives (no polling: for timing). */
  // Generous waits: on a busy CI machine (2 cores, the suite on three Node lines) a first chart can take seconds.
  nextCall(predicate: (call: ApiCall) => boolean, timeoutMs = 15_000): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error("timed out waiting for a call"));
      }, timeoutMs);
      const listener = (call: ApiCall) => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(call);
      };
      this.listeners.add(listener);
    });
  }

  /** Pushes `update` and resolves with the next message the bot sends to `chatId`. */
  async exchange(update: Record<string, unknown>, chatId: number, timeoutMs = 5_000): Promise<Record<string, unknown> & { text: string }> {
    const since = this.calls.length;
    this.push(update);
    return (await this.nextMessage(chatId, since, timeoutMs)) as Record<string, unknown> & { text: string };
  }

  /** Waits for the n-th message (1-based) sent to a chat after `since` calls. */
  async nextMessage(chatId: number, since = 0, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    return this.waitFor((calls) => calls.slice(since).find((c) => (c.method === "sendMessage" || c.method === "sendPhoto") && Number(c.payload.chat_id) === chatId)?.payload, timeoutMs);
  }

  private async body(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json")) return raw.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
    if (type.includes("multipart/form-data")) return parseMultipart(raw, /boundary=(.+)$/.exec(type)?.[1] ?? "");
    return {};
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const payload = await this.body(req);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!match || match[1] !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    const call: ApiCall = { method, payload, at: Date.now(), ok: true };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call);
    if (this.latency) await new Promise((r) => setTimeout(r, this.latency));
    if (this.rateLimit && method === "sendMessage") {
      const now = performance.now();
      while (this.recentSends.length && now - this.recentSends[0]! >= 1000) this.recentSends.shift();
      if (this.recentSends.length >= this.rateLimit) {
        this.rateLimited++;
        call.ok = false;
        return send(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
      }
      this.recentSends.push(now);
    }
    for (const rule of this.lasting) {
      const error = rule.method === method ? rule.decide(payload) : undefined;
      if (!error) continue;
      call.ok = false;
      return send(error.error_code, { ok: false, ...error });
    }
    const queue = this.failures.get(method);
    if (queue?.length) {
      const next = queue[0]!;
      const error = typeof next === "function" ? next(payload) : next;
      if (typeof next !== "function" || error) queue.shift();
      if (error) {
        call.ok = false;
        return send(error.error_code, { ok: false, ...error });
      }
    }
    if (method === "getUpdates") return this.getUpdates(payload, req, (r) => send(200, { ok: true, result: r }));
    send(200, { ok: true, result: this.result(method, payload) });
  }

  private getUpdates(payload: Record<string, unknown>, req: IncomingMessage, reply: (r: unknown) => void): void {
    const offset = Number(payload.offset ?? 0);
    this.updates = this.updates.filter((u) => (u as { update_id: number }).update_id >= offset);
    const timeout = Number(payload.timeout ?? 0);
    if (this.updates.length || timeout === 0) return reply(this.updates.slice(0, Number(payload.limit ?? 100)));
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reply(this.updates.filter((u) => (u as { update_id: number }).update_id >= offset));
    };
    const timer = setTimeout(finish, Math.min(timeout, 2) * 1000);
    this.waiting.push(finish);
    req.on("close", () => {
      done = true;
      clearTimeout(timer);
    });
  }

  private result(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case "getMe":
        return BOT_USER;
      case "sendMessage":
      case "sendPhoto":
      case "editMessageText":
        return {
          message_id: this.messageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(payload.chat_id), type: Number(payload.chat_id) > 0 ? "private" : "supergroup" },
          from: BOT_USER,
          ...(payload.text ? { text: payload.text } : {}),
          ...(method === "sendPhoto" ? { photo: [{ file_id: "photo", file_unique_id: "p", width: 1, height: 1 }] } : {}),
        };
      case "getChatMember": {
        const member = this.members.get(`${payload.chat_id}:${payload.user_id}`) ?? { status: "member", rights: {} };
        return { status: member.status, ...member.rights, user: { id: Number(payload.user_id), is_bot: false, first_name: "User" } };
      }
      default:
        return true;
    }
  }
}

/** Just enough multipart parsing for sendPhoto: text fields as strings, files as their byte length. */
function parseMultipart(raw: Buffer, boundary: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const parts = raw.toString("latin1").split(`--${boundary}`);
  for (const part of parts) {
    const [head, ...rest] = part.split("\r\n\r\n");
    if (!head || !rest.length) continue;
    const name = /name="([^"]+)"/.exec(head)?.[1];
    if (!name) continue;
    const body = rest.join("\r\n\r\n").replace(/\r\n$/, "");
    if (/filename=/.test(head)) out[name] = { bytes: Buffer.from(body, "latin1").length, png: body.startsWith("\x89PNG") };
    else out[name] = Buffer.from(body, "latin1").toString("utf8");
  }
  // grammY sends a file as its own part and names it in the field: "photo": "attach://<part>".
  for (const [k, v] of Object.entries(out)) if (typeof v === "string" && v.startsWith("attach://")) out[k] = out[v.slice(9)] ?? v;
  return out;
}

/** Update builders with the shapes grammY expects. */
let messageCounter = 1;
export const tg = {
  user: (id = 42, extra: Record<string, unknown> = {}) => ({ id, is_bot: false, first_name: "Ana", ...extra }),
  /** A message; `senderChat` sends it on behalf of a chat (an anonymous admin: from = GroupAnonymousBot, senderChat = the group). */
  message(text: string, opts: { chatId?: number; chatType?: "private" | "group" | "supergroup"; from?: Record<string, unknown>; replyTo?: Record<string, unknown>; senderChat?: Record<string, unknown> } = {}) {
    const from = opts.from ?? tg.user();
    const chatId = opts.chatId ?? (from.id as number);
    const command = /^\/\w+(@\w+)?/.exec(text);
    // As Telegram does: a bot_command entity for a leading command, a mention entity for each @username.
    const mentions = [...text.matchAll(/(?<![\w/])@\w+/g)].map((m) => ({ type: "mention", offset: m.index!, length: m[0].length }));
    const entities = [...(command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : []), ...mentions];
    return {
      message: {
        message_id: messageCounter++,
        date: Math.floor(Date.now() / 1000),
        text,
        chat: opts.chatType && opts.chatType !== "private" ? { id: chatId, type: opts.chatType, title: "Immigration group" } : { id: chatId, type: "private", first_name: "Ana" },
        from,
        ...(opts.senderChat ? { sender_chat: opts.senderChat } : {}),
        ...(entities.length ? { entities } : {}),
        ...(opts.replyTo ? { reply_to_message: opts.replyTo } : {}),
      },
    };
  },
  channelPost(text: string, chatId: number) {
    const command = /^\/\w+(@\w+)?/.exec(text);
    return {
      channel_post: {
        message_id: messageCounter++,
        date: Math.floor(Date.now() / 1000),
        text,
        chat: { id: chatId, type: "channel", title: "EE news" },
        sender_chat: { id: chatId, type: "channel", title: "EE news" },
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    };
  },
  callback(data: string, opts: { chatId?: number; from?: Record<string, unknown>; messageId?: number; chatType?: "private" | "group" | "supergroup" | "channel" } = {}) {
    const from = opts.from ?? tg.user();
    const chatId = opts.chatId ?? (from.id as number);
    return {
      callback_query: {
        id: String(messageCounter++),
        from,
        chat_instance: "ci",
        data,
        message: {
          message_id: opts.messageId ?? 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: opts.chatType ?? (chatId > 0 ? "private" : "supergroup"), ...(opts.chatType === "channel" ? { title: "EE news" } : {}) },
          text: "…",
          ...(opts.chatType === "channel" ? { sender_chat: { id: chatId, type: "channel", title: "EE news" } } : { from: BOT_USER }),
        },
      },
    };
  },
  myChatMember(chatId: number, status: "left" | "kicked" | "member" | "administrator", chatType: "group" | "supergroup" | "channel" | "private" = "group") {
    const date = Math.floor(Date.now() / 1000);
    return {
      my_chat_member: {
        chat: chatType === "private" ? { id: chatId, type: "private", first_name: "Ana" } : { id: chatId, type: chatType, title: "A chat" },
        from: tg.user(),
        date,
        old_chat_member: { status: "member", user: BOT_USER },
        new_chat_member: status === "administrator" ? { status, user: BOT_USER, can_post_messages: true } : { status, user: BOT_USER, ...(status === "kicked" ? { until_date: 0 } : {}) },
      },
    };
  },
};
