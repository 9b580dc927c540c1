import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h.close());

type Body = { type: number; data?: { embeds: Array<{ title: string; description: string; image?: { url: string } }> }; files?: Array<{ name: string; bytes: number; png: boolean }>; embeds?: Array<{ image?: { url: string }; title: string; description: string }> };

/** The bot's final answer: the callback, or the edit after a deferral (the first chart may take a moment). */
async function answer(data: Record<string, unknown>): Promise<Body> {
  const { body } = await h.interact(2, data);
  if (body.type !== 5) return body as unknown as Body;
  const edit = await h.fake.nextCall((c) => c.method === "PATCH" && /messages\/@original$/.test(c.path) && !!(c.body as Body).files, 15_000);
  return edit.body as Body;
}

describe("charts on Discord", () => {
  it("/trend answers with the PNG attached and shown in the embed", async () => {
    const body = await answer(slash("trend", [{ name: "category", value: "pnp", type: 3 }, { name: "period", value: "2y", type: 3 }]));
    const embed = (body.data?.embeds ?? body.embeds)![0]!;
    expect(embed.image!.url).toBe("attachment://crs-trend.png");
    expect(embed.title).toContain("Provincial Nominee Program");
    expect(body.files).toEqual([expect.objectContaining({ name: "crs-trend.png", png: true })]);
    expect(body.files![0]!.bytes).toBeGreaterThan(10_000);
  });

  it("/pool with a score attaches the pool chart with the score marked", async () => {
    const body = await answer(slash("pool", [{ name: "score", value: 480, type: 4 }]));
    const embed = (body.data?.embeds ?? body.embeds)![0]!;
    expect(embed.image!.url).toBe("attachment://crs-pool.png");
    expect(embed.description).toContain("At or above 480");
    expect(body.files![0]!.png).toBe(true);
  });
});
