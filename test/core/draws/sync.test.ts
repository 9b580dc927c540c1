import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sync } from "../../../src/core/draws/sync.ts";
import { feedOf, fixedClock, snapshotRaw, tempStore, type TempStore } from "../../helpers/fixtures.ts";
import { hang, json, startFeedServer, status, type FeedServer } from "../../helpers/feed-server.ts";
import { captureLogger } from "../../helpers/log-capture.ts";

const raw = snapshotRaw(); // newest first
const upTo = (newest: number) => feedOf(raw.filter((r) => Number.parseInt(r.drawNumber!, 10) <= newest));
const full = feedOf(raw);

let t: TempStore;
let server: FeedServer;
let log: ReturnType<typeof captureLogger>;

beforeEach(async () => {
  t = await tempStore();
  server = await startFeedServer();
  log = captureLogger();
});
afterEach(async () => {
  await server.close();
  await t.cleanup();
});

const run = (timeoutMs = 5_000) => sync({ store: t.store, fetch, clock: fixedClock(), logger: log.logger, url: server.url, timeoutMs });
const warnings = () => log.lines.filter((l) => l.level === 40);

async function seedTo(newest: number) {
  server.next(json(upTo(newest)));
  const first = await run();
  expect(first.status).toBe("updated");
}

describe("sync with the feed served on 127.0.0.1", () => {
  it("GIVEN two new rounds THEN returns them oldest first, with a User-Agent, and stores them", async () => {
    await seedTo(432);
    server.next(json(full));
    const result = await run();
    expect(result.status).toBe("updated");
    expect(result.added.map((r) => r.id)).toEqual(["433", "434"]);
    expect(result.edited).toEqual([]);
    expect(server.requests.at(-1)!.headers["user-agent"]).toMatch(/^ee-bot\//);
    t = await t.reopen();
    expect(t.store.newest()!.id).toBe("434");
  });

  it("GIVEN the same body again THEN reports unchanged without re-reading it", async () => {
    await seedTo(434);
    server.next(json(full));
    expect(await run()).toMatchObject({ status: "unchanged", added: [] });
  });

  it("GIVEN validators THEN sends them and a 304 is 'unchanged'", async () => {
    server.next(json(full, { etag: '"v1"', "last-modified": "Fri, 07 Aug 2026 14:00:00 GMT" }));
    await run();
    server.next(status(304));
    expect((await run()).status).toBe("unchanged");
    const headers = server.requests.at(-1)!.headers;
    expect(headers["if-none-match"]).toBe('"v1"');
    expect(headers["if-modified-since"]).toBe("Fri, 07 Aug 2026 14:00:00 GMT");
  });

  const faults: Array<[string, () => void, RegExp]> = [
    ["a non-2xx status", () => server.next(status(503, "busy")), /HTTP 503/],
    ["an HTML page served with 200", () => server.next((_q, res) => { res.writeHead(200, { "content-type": "text/html" }); res.end("<html><body>Page not found</body></html>"); }), /HTML page/],
    ["truncated JSON", () => server.next(json(full.slice(0, full.length / 2))), /not valid JSON/],
    ["an empty rounds list", () => server.next(json('{"classes":"wb-tables","rounds":[]}')), /no rounds/],
    ["a timeout", () => server.next(hang), /did not answer in time/],
  ];
  it.each(faults)("GIVEN %s THEN the store is as it was, no new round, one warning with the reason", async (_name, arrange, reason) => {
    await seedTo(432);
    const before = t.store.all();
    const warningsBefore = warnings().length;
    arrange();
    const result = await run(300);
    expect(result.status).toBe("failed");
    expect(result.reason).toMatch(reason);
    expect(result.added).toEqual([]);
    expect(t.store.all()).toEqual(before);
    expect(warnings().length - warningsBefore).toBe(1);
    expect(String(warnings().at(-1)!.reason)).toMatch(reason);
    // The next good fetch still brings the new rounds.
    server.next(json(full));
    expect((await run()).added.map((r) => r.id)).toEqual(["433", "434"]);
  });

  it("GIVEN a round missing a field THEN only the valid rounds are applied", async () => {
    await seedTo(432);
    const { drawCRS: _drop, ...broken } = raw[0]!;
    server.next(json(feedOf([broken, ...raw.slice(1)])));
    const result = await run();
    expect(result.added.map((r) => r.id)).toEqual(["433"]);
    expect(result.rejected).toEqual([expect.objectContaining({ id: "434", reason: "drawCRS: missing" })]);
    expect(warnings()).toHaveLength(1);
    server.next(json(full));
    expect((await run()).added.map((r) => r.id)).toEqual(["434"]);
  });

  it("GIVEN a stale cache flipping the newest round away and back THEN it is added once and never deleted", async () => {
    await seedTo(433);
    const old = upTo(433);
    const added: string[] = [];
    for (const body of [full, old, full, old, old, full]) {
      server.next(json(body));
      const result = await run();
      added.push(...result.added.map((r) => r.id));
      expect(result.edited).toEqual([]);
      expect(t.store.get("434")).toBeDefined();
    }
    expect(added).toEqual(["434"]);
  });

  it("GIVEN an older copy never seen before THEN it is ignored as stale and edits nothing", async () => {
    await seedTo(434);
    const older = raw.slice(1).map((r) => (r.drawNumber === "262" ? { ...r, drawCutOff: "August 01, 2023 at 12:59:52 UTC" } : r));
    server.next(json(feedOf(older)));
    const result = await run();
    expect(result.status).toBe("stale");
    expect(t.store.get("262")!.tieBreak!.raw).toBe("July 04, 2023 at 19:36:18 UTC");
  });

  it("GIVEN IRCC edits a round THEN sync reports the edit", async () => {
    await seedTo(434);
    server.next(json(feedOf(raw.map((r) => (r.drawNumber === "433" ? { ...r, drawSize: "3,100" } : r)))));
    const result = await run();
    expect(result.added).toEqual([]);
    expect(result.edited).toEqual([expect.objectContaining({ changes: [expect.objectContaining({ field: "size", new: 3100 })] })]);
    expect((await t.store.edits("433"))[0]).toMatchObject({ field: "size", new: 3100 });
  });
});

describe("sync refuses rounds that cannot be true", () => {
  it("GIVEN a new round dated in the future or numbered far past the last one THEN it is set aside, never added", async () => {
    await seedTo(433);
    const future = { ...raw[0]!, drawNumber: "434", drawDate: "2027-03-01" };
    const typo = { ...raw[0]!, drawNumber: "4340" };
    server.next(json(feedOf([typo, future, ...raw.slice(1)])));
    const result = await run();
    expect(result.added).toEqual([]);
    expect(result.rejected.map((r) => r.id).sort()).toEqual(["434", "4340"]);
    expect(result.rejected.find((r) => r.id === "4340")!.reason).toMatch(/no round between #433 and it/);
    expect(result.rejected.find((r) => r.id === "434")!.reason).toMatch(/in the future/);
    expect(t.store.get("4340")).toBeUndefined();
    // The real #434 (dated 2026-08-07, before the clock's 2026-11-21) still comes in.
    server.next(json(full));
    expect((await run()).added.map((r) => r.id)).toEqual(["434"]);
  });
});

describe("sync and IRCC's corrections", () => {
  it("GIVEN #434 published as #443 with a successor #444, then renumbered THEN the copy is applied, not judged stale, and the typo rounds are withdrawn, kept in history", async () => {
    await seedTo(433);
    const r434 = raw[0]!;
    server.next(json(feedOf([{ ...r434, drawNumber: "444" }, { ...r434, drawNumber: "443" }, ...raw.slice(1)])));
    expect((await run()).added.map((r) => r.id)).toEqual(["443", "444"]); // a round follows #443: believed
    server.next(json(full));
    const result = await run();
    expect(result.status).toBe("updated");
    expect(result.added.map((r) => r.id)).toEqual(["434"]);
    expect(t.store.newest()!.id).toBe("434");
    expect(t.store.get("443")!.withdrawn).toMatchObject({ reason: expect.stringMatching(/#434/) });
    expect(t.store.all().map((r) => r.id)).not.toContain("444");
  });

  it("GIVEN a stale copy that happens to hold an old round our store lacks THEN it is still stale and withdraws nothing", async () => {
    server.next(json(feedOf(raw.filter((r) => r.drawNumber !== "300"))));
    await run();
    const before = t.store.all().length;
    server.next(json(feedOf(raw.filter((r) => Number.parseInt(r.drawNumber!, 10) <= 433))));
    const result = await run();
    expect(result.status).toBe("stale");
    expect(t.store.all().length).toBe(before);
    expect(t.store.newest()!.id).toBe("434");
  });
});
