import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.js Client: the REST API
 * (under /api/v10) and the gateway (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, dispatches).
 * Every REST call is recorded; errors (429, 403, 404) can be queued per route.
 */

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | unknown[] | undefined;
  headers: IncomingMessage["headers"];
  at: number;
}

export const APP_ID = "900000000000000001";
export const BOT_ID = "900000000000000001";
export const GUILD_ID = "910000000000000001";
export const CHANNEL_ID = "920000000000000001";

const BOT_USER = { id: BOT_ID, username: "ee-bot", discriminator: "0", avatar: null, bot: true, global_name: null };

let snowflake = 930000000000000000n;
export const nextId = () => String(++snowflake);

type Failure = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  url = "";
  guilds: Array<Record<string, unknown>> = [defaultGuild()];
  private server = createServer((req, res) => void this.handle(req, res));
  private wss = new WebSocketServer({ noServer: true });
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private failures: Array<{ match: (c: RestCall) => boolean; failure: Failure }> = [];
  private listeners = new Set<(call: RestCall) => void>();
  private lasting: Array<(c: RestCall) => Failure | undefined> = [];
  /** Nonces already used per channel: Discord drops a repeat with enforce_nonce. */
  private nonces = new Map<string, Record<string, unknown>>();
  identified = 0;

  async start(): Promise<this> {
    this.server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Sends a gateway dispatch (INTERACTION_CREATE, CHANNEL_DELETE, …) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** The next REST call matching `match` fails with `failure`. */
  fail(match: (c: RestCall) => boolean, failure: Failure): void {
    this.failures.push({ match, failure });
  }

  /** Every REST call for which `decide` returns a failure fails with it (a lasting fault, e.g. missing permissions). */
  failAlways(decide: (c: RestCall) => Failure | undefined): void {
    this.lasting.push(decide);
  }

  callsTo(pattern: RegExp, method?: string): RestCall[] {
    return this.calls.filter((c) => pattern.test(c.path) && (!method || c.method === method));
  }

  /** Resolves when a REST call matching `predicate` arrives. */
  // Generous waits: on a busy CI machine (2 cores, the suite on three Node lines) a first chart can take seconds.
  nextCall(predicate: (call: RestCall) => boolean, timeoutMs = 15_000): Promise<RestCall> {
    const already = this.calls.find(predicate);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for a REST call; calls: ${this.calls.map((c) => `${c.method} ${c.path}`).join(", ")}`));
      }, timeoutMs);
      const listener = (call: RestCall) => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(call);
      };
      this.listeners.add(listener);
    });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.identified++;
        const ready = {
          v: 10,
          session_id: `session-${this.identified}`,
          resume_gateway_url: this.url.replace("http", "ws") + "/gateway",
          user: { id: BOT_ID, username: "ee-bot", discriminator: "0", avatar: null, bot: true, global_name: null },
          guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
          application: { id: APP_ID, flags: 0 },
        };
        ws.send(JSON.stringify({ op: 0, t: "READY", s: ++this.seq, d: ready }));
        for (const g of this.guilds) ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++this.seq, d: g }));
      }
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = decodeURIComponent((req.url ?? "").replace(/^\/api\/v\d+/, "").split("?")[0]!);
    let body: RestCall["body"];
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json") && raw.length) body = JSON.parse(raw.toString("utf8"));
    else if (type.includes("multipart/form-data")) body = multipartJson(raw, /boundary=(.+)$/.exec(type)?.[1] ?? "");
    const call: RestCall = { method: req.method ?? "GET", path, body, headers: req.headers, at: Date.now() };
    this.calls.push(call);
    for (const l of this.listeners) l(call);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(payload === undefined ? {} : { "content-type": "application/json" }), ...headers });
      res.end(payload === undefined ? "" : JSON.stringify(payload));
    };
    for (const decide of this.lasting) {
      const f = decide(call);
      if (f) return send(f.status, f.body, f.headers);
    }
    const failure = this.failures.findIndex((f) => f.match(call));
    if (failure >= 0) {
      const { failure: f } = this.failures.splice(failure, 1)[0]!;
      return send(f.status, f.body, f.headers);
    }
    if (path === "/gateway/bot") return send(200, { url: this.url.replace("http", "ws") + "/gateway", shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    if (path === "/gateway") return send(200, { url: this.url.replace("http", "ws") + "/gateway" });
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(204);
    let m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && req.method === "PUT") return send(200, (body as Array<Record<string, unknown>>).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: "1", ...(m![2] ? { guild_id: m![2] } : {}) })));
    m = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path);
    if (m && req.method === "DELETE") return send(204);
    if (m || /^\/webhooks\/\d+\/[^/]+$/.test(path)) return send(200, message(CHANNEL_ID, body as Record<string, unknown>));
    // What the bot may read of a server over REST (HTTP mode reads its own rights this way), from `guilds`.
    if (req.method === "GET") {
      if (path === "/users/@me") return send(200, BOT_USER);
      m = /^\/guilds\/(\d+)\/(roles|members\/(\d+))$/.exec(path);
      if (m) {
        const guild = this.guilds.find((g) => g.id === m![1]);
        if (!guild) return send(404, { message: "Unknown Guild", code: 10004 });
        if (m[2] === "roles") return send(200, guild.roles);
        const member = (guild.members as Array<{ user: { id: string } }>).find((mb) => mb.user.id === m![3]);
        return member ? send(200, member) : send(404, { message: "Unknown Member", code: 10007 });
      }
      m = /^\/channels\/(\d+)$/.exec(path);
      if (m) {
        for (const g of this.guilds) {
          const channel = (g.channels as Array<{ id: string }>).find((c) => c.id === m![1]);
          if (channel) return send(200, { ...channel, guild_id: g.id });
        }
        return send(404, { message: "Unknown Channel", code: 10003 });
      }
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && req.method === "POST") {
      const b = body as Record<string, unknown>;
      const nonceKey = `${m[1]}:${b.nonce}`;
      if (b.nonce && b.enforce_nonce && this.nonces.has(nonceKey)) return send(200, this.nonces.get(nonceKey));
      const msg = message(m[1]!, b);
      if (b.nonce) this.nonces.set(nonceKey, msg);
      return send(200, msg);
    }
    send(404, { message: "Unknown route", code: 0 });
  }
}

function message(channelId: string, body: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: nextId(),
    channel_id: channelId,
    author: { id: BOT_ID, username: "ee-bot", discriminator: "0", avatar: null, bot: true, global_name: null },
    content: body.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
    ...(body.nonce ? { nonce: body.nonce } : {}),
  };
}

/** The payload_json part of a multipart body (files are recorded by name and size). */
function multipartJson(raw: Buffer, boundary: string): Record<string, unknown> {
  const out: Record<string, unknown> = { files: [] as Array<{ name: string; bytes: number; png: boolean }> };
  for (const part of raw.toString("latin1").split(`--${boundary}`)) {
    const [head, ...rest] = part.split("\r\n\r\n");
    if (!head || !rest.length) continue;
    const content = rest.join("\r\n\r\n").replace(/\r\n$/, "");
    if (/name="payload_json"/.test(head)) Object.assign(out, JSON.parse(Buffer.from(content, "latin1").toString("utf8")));
    else if (/filename="([^"]+)"/.test(head)) (out.files as unknown[]).push({ name: /filename="([^"]+)"/.exec(head)![1], bytes: Buffer.from(content, "latin1").length, png: content.startsWith("\x89PNG") });
  }
  return out;
}

const bits = (...flags: bigint[]) => String(flags.reduce((a, b) => a | b, 0n));
const VIEW = 1n << 10n, SEND = 1n << 11n, EMBED = 1n << 14n, ATTACH = 1n << 15n, HISTORY = 1n << 16n;
export const EVERYONE_PERMS = bits(VIEW, SEND, EMBED, ATTACH, HISTORY);
export const BOT_PERMS = bits(VIEW, SEND, EMBED, ATTACH, HISTORY);
export const BOT_ROLE_ID = "915000000000000009";
export const MENTIONABLE_ROLE_ID = "915000000000000001";
export const QUIET_ROLE_ID = "915000000000000002";

export function defaultGuild(id = GUILD_ID): Record<string, unknown> {
  return {
    id,
    name: "Canada Immigration",
    icon: null,
    owner_id: "1",
    unavailable: false,
    member_count: 2,
    // @everyone with Discord's usual defaults (see, post, embed, read history); the bot's own managed role.
    roles: [
      { id, name: "@everyone", permissions: EVERYONE_PERMS, position: 0, color: 0, hoist: false, managed: false, mentionable: false },
      { id: BOT_ROLE_ID, name: "ee-bot", permissions: BOT_PERMS, position: 1, color: 0, hoist: false, managed: true, mentionable: false, tags: { bot_id: BOT_ID } },
      { id: MENTIONABLE_ROLE_ID, name: "newcomers", permissions: "0", position: 2, color: 0, hoist: false, managed: false, mentionable: true },
      { id: QUIET_ROLE_ID, name: "staff", permissions: "0", position: 3, color: 0, hoist: false, managed: false, mentionable: false },
    ],
    channels: [
      { id: CHANNEL_ID, type: 0, name: "draws", guild_id: id, position: 0, permission_overwrites: [] },
      { id: "920000000000000002", type: 0, name: "general", guild_id: id, position: 1, permission_overwrites: [] },
      { id: "920000000000000003", type: 0, name: "announcements", guild_id: id, position: 2, permission_overwrites: [] },
    ],
    emojis: [],
    stickers: [],
    // Discord lists the bot's own member in GUILD_CREATE.
    members: [{ user: { id: BOT_ID, username: "ee-bot", discriminator: "0", avatar: null, bot: true, global_name: null }, roles: [BOT_ROLE_ID], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    features: [],
    joined_at: new Date().toISOString(),
    large: false,
    premium_tier: 0,
    preferred_locale: "en-US",
  };
}

/** Permission bits as Discord sends them. */
export const PERMS = { none: "0", manageChannels: String(1n << 4n), admin: String(1n << 3n), mentionEveryone: String(1n << 17n), viewChannel: String(VIEW), sendMessages: String(SEND), embedLinks: String(EMBED) } as const;

export interface InteractionOptions {
  locale?: string;
  permissions?: string;
  userId?: string;
  channelId?: string;
  /** The member's role ids. */
  roles?: string[];
}

/** An INTERACTION_CREATE payload with the fields discord.js 14.28 requires. */
export function interaction(type: 2 | 3 | 4 | 5, data: Record<string, unknown>, opts: InteractionOptions = {}): Record<string, unknown> {
  const userId = opts.userId ?? "940000000000000001";
  const channelId = opts.channelId ?? CHANNEL_ID;
  return {
    id: nextId(),
    token: `token-${nextId()}`,
    application_id: APP_ID,
    type,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: "draws" },
    member: {
      user: { id: userId, username: "ana", discriminator: "0", avatar: null, global_name: "Ana" },
      roles: opts.roles ?? [],
      permissions: opts.permissions ?? PERMS.none,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    data,
    locale: opts.locale ?? "en-US",
    guild_locale: "en-US",
    app_permissions: "2147483647",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    ...(type === 3 ? { message: message(channelId, { content: "" }) } : {}),
  };
}

/** A slash command's data; options as { name, value, type }. Channel (7) and role (8) options get their `resolved` objects, as Discord sends them. */
export function slash(name: string, options: Array<{ name: string; value: unknown; type: number; focused?: boolean }> = []): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  for (const o of options) {
    if (o.type === 7) channels[String(o.value)] = { id: o.value, type: 0, name: "draws", permissions: "2147483647", guild_id: GUILD_ID };
    // As Discord does, the role as the server has it (discord.js updates its cache from this).
    if (o.type === 8) roles[String(o.value)] = (defaultGuild().roles as Array<{ id: string }>).find((r) => r.id === o.value) ?? { id: o.value, name: "newcomers", permissions: "0", position: 1, color: 0, hoist: false, managed: false, mentionable: true };
  }
  const resolved = { ...(Object.keys(channels).length ? { channels } : {}), ...(Object.keys(roles).length ? { roles } : {}) };
  return { id: nextId(), name, type: 1, options, ...(Object.keys(resolved).length ? { resolved } : {}) };
}
