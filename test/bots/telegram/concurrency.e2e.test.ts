import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

/** Long polling answers chats concurrently, each chat in order: a chart storm in one chat holds up only that chat. */

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness({ TELEGRAM_FLOOD_MAX: "100" });
});
afterAll(async () => h?.close());

const periods = ["13m", "14m", "15m", "16m", "17m", "19m"];

describe("Telegram long polling", () => {
  it("a storm of uncached charts in one chat does not delay another chat's answer; each chat's answers keep their order", async () => {
    const storm = 951;
    const other = 952;
    const since = h.fake.calls.length;
    const asked = Date.now();
    for (const p of periods) h.fake.push(tg.message(`/trend ${p}`, { from: tg.user(storm) }));
    h.fake.push(tg.message("/latest", { from: tg.user(other) })); // another chat asks right behind the storm
    const answer = await h.fake.nextMessage(other, since, 30_000);
    const answeredAt = Date.now();
    expect(answer.text).toContain("#434");

    const photos = () => h.fake.calls.slice(since).filter((c) => c.method === "sendPhoto" && Number(c.payload.chat_id) === storm);
    await h.fake.waitFor(() => photos().length === periods.length || undefined, 60_000);
    const lastPhotoAt = photos().at(-1)!.at;
    // The other chat was answered long before the storm's last chart: it did not wait behind it.
    expect(answeredAt).toBeLessThan(lastPhotoAt);
    expect(answeredAt - asked).toBeLessThan((lastPhotoAt - asked) / 2);
    // The storm's charts arrive in the order they were asked for (per-chat order).
    const firstDays = photos().map((c) => /from (\d{4}-\d\d-\d\d)/.exec(String(c.payload.caption))![1]!);
    expect(firstDays).toEqual([...firstDays].sort().reverse());
    expect(new Set(firstDays).size).toBe(periods.length);
  }, 90_000);

  it("stops cleanly while a chart is being drawn: the answer under way is sent, and the last update is confirmed", async () => {
    const since = h.fake.calls.length;
    const id = h.fake.push(tg.message("/trend 21m", { from: tg.user(953) }));
    await h.fake.waitFor((calls) => calls.slice(since).some((c) => c.method === "getUpdates" && Number(c.payload.offset) > id) || undefined, 10_000);
    const started = Date.now();
    await h.app.stop();
    expect(Date.now() - started).toBeLessThan(7_000);
    const after = h.fake.calls.slice(since);
    expect(after.some((c) => c.method === "sendPhoto" && Number(c.payload.chat_id) === 953)).toBe(true);
    const last = after.filter((c) => c.method === "getUpdates").at(-1)!;
    expect(Number(last.payload.offset)).toBe(id + 1);
    expect(Number(last.payload.timeout ?? 0)).toBe(0);
  }, 30_000);
});
