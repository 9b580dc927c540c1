import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedOf, snapshotRaw } from "../helpers/fixtures.ts";
import { json, startFeedServer, type FeedServer } from "../helpers/feed-server.ts";
import { cliSandbox, runBin, runCliInProcess } from "../helpers/run-bin.ts";

let server: FeedServer;
let env: Record<string, string>;

let cleanup: () => void;
beforeAll(async () => {
  server = await startFeedServer();
  ({ env, cleanup } = cliSandbox(server.url));
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

describe("ee-bot draws / stats / sync (the real bin)", () => {
  it("GIVEN a new store THEN seeds from the bundled snapshot and prints the latest round as of its number", async () => {
    const r = await runBin(["draws", "latest"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Latest round: #434");
    expect(r.stdout).toContain("CRS cutoff: 470");
    expect(r.stdout).toContain("As of round #434 (August 7, 2026)");
    expect(r.stdout).toContain("invitations.html?q=434");
  });

  it("GIVEN --json THEN prints the round with its change against the previous round of its kind", async () => {
    const r = await runBin(["draws", "show", "262", "--json"], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.round).toMatchObject({ id: "262", crs: 496 });
    expect(out.crsChange).toBe(-21);
    expect(out.previous.id).toBe("259");
  });

  it("lists rounds by category, year and limit", async () => {
    const r = await runBin(["draws", "list", "--category", "CEC", "--year", "2026", "--limit", "2", "--json"], env);
    const out = JSON.parse(r.stdout) as Array<{ id: string; category: { key: string }; date: string }>;
    expect(out.map((x) => x.id)).toEqual(["432", "428"]);
    const text = await runBin(["draws", "list", "--category", "fst"], env);
    expect(text.stdout).toContain("Last 7 rounds — Federal Skilled Trades Program");
  });

  it("prints a year's figures as of a date", async () => {
    const r = await runBin(["stats", "2025", "--as-of", "2025-06-30"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Express Entry in 2025");
    expect(r.stdout).toContain("As of June 30, 2025");
    expect(r.stdout).toMatch(/straight-line projection/);
  });

  it.each([
    [["draws", "list", "--bogus"], /Unknown option '--bogus'/],
    [["draws", "list", "--limit", "0"], /--limit must be a whole number/],
    [["stats", "1999"], /2015 or later/],
    [["stats", "--as-of", "yesterday"], /YYYY-MM-DD/],
    [["draws", "frobnicate"], /unknown draws command/],
    [["nonsense"], /unknown command "nonsense"/],
  ])("GIVEN %j THEN prints a usage message and exits 2", async (args, message) => {
    const r = await runCliInProcess(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage: ee-bot");
  });

  it("GIVEN an unknown round or category THEN says so and exits 1", async () => {
    const r = await runBin(["draws", "show", "999"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("There is no round #999");
    const c = await runBin(["draws", "latest", "--category", "astronauts"], env);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/“astronauts” is not a round category. Try one of: general, cec/);
  });

  it("GIVEN a wrong setting THEN refuses to start, naming the variable and what it accepts", async () => {
    const r = await runCliInProcess(["draws", "latest"], { ...env, LOG_LEVEL: "chatty", STORE_URL: "postgres://x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent");
    expect(r.stderr).toContain("STORE_URL: must be sqlite://PATH");
  });

  it("ee-bot sync prints what is new, then that nothing changed", async () => {
    const raw = snapshotRaw();
    const extra = { ...raw[0]!, drawNumber: "435", drawDate: "2026-08-20", drawCRS: "510", drawSize: "2,500", drawName: "Canadian Experience Class" };
    server.next(json(feedOf([extra, ...raw])));
    const r = await runBin(["sync"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 new round, 0 edited");
    expect(r.stdout).toContain("new: #435 2026-08-20 Canadian Experience Class, 2500 invitations, CRS 510");
    const again = await runBin(["sync", "--json"], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: "unchanged", added: [] });
    const latest = await runBin(["draws", "latest", "--category", "cec"], env);
    expect(latest.stdout).toContain("Latest round: #435");
  });

  it("ee-bot draws edits lists what IRCC changed in published rounds, newest first", async () => {
    const none = await runCliInProcess(["draws", "edits"], env);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("IRCC has not edited a published round since this store began.");
    const raw = snapshotRaw();
    const extra = { ...raw[0]!, drawNumber: "435", drawDate: "2026-08-20", drawCRS: "510", drawSize: "2,500", drawName: "Canadian Experience Class" };
    server.next(json(feedOf([extra, { ...raw[0]!, drawCRS: "471" }, ...raw.slice(1)])));
    expect((await runBin(["sync"], env)).stdout).toContain("edited: #434 crs: 470 → 471");
    const text = await runCliInProcess(["draws", "edits", "--limit", "5"], env);
    expect(text.stdout).toContain("The latest 1 change IRCC made to published rounds, newest first:");
    expect(text.stdout).toMatch(/#434 crs: 470 → 471 \(seen \d{4}-\d{2}-\d{2}\)/);
    const out = JSON.parse((await runCliInProcess(["draws", "edits", "--json"], env)).stdout);
    expect(out).toEqual([{ roundId: "434", field: "crs", old: 470, new: 471, seenAt: expect.stringMatching(/^\d{4}-/) }]);
    const show = await runBin(["draws", "show", "434"], env);
    expect(show.stdout).toContain("IRCC edited this round after publishing it (1 change):");
  });
});
