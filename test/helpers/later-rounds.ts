import { interaction, PERMS, slash, type FakeDiscord } from "./fake-discord.ts";
import { feedOf, snapshotRaw } from "./fixtures.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A round after the shipped snapshot, as IRCC would publish it: #434's raw fields with another
 * number and date (the snapshot ends at #434; tests need rounds that come after it).
 */
export function laterRound(number: number | string, date: string): Record<string, string> {
  const base = snapshotRaw()[0]!;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const full = `${MONTHS[m - 1]} ${d}, ${y}`;
  const swap = (s: string) => s.replaceAll("q=434", `q=${number}`).replaceAll("#434", `#${number}`).replaceAll(">434<", `>${number}<`);
  return { ...base, drawNumber: String(number), drawNumberURL: swap(base.drawNumberURL!), mitext: swap(base.mitext!), DrawText1: swap(base.DrawText1!), drawDate: date, drawDateFull: full, drawDateTime: `${full} at 10:08:20 UTC` };
}

/** A feed with the snapshot's rounds up to `upTo` and the given later rounds (newest first, as IRCC serves it). */
export function feedThrough(later: Array<Record<string, string>>, upTo = 434): string {
  const older = snapshotRaw().filter((r) => Number.parseInt(r.drawNumber!, 10) <= upTo);
  const newer = [...later].sort((a, b) => Number.parseInt(b.drawNumber!, 10) - Number.parseInt(a.drawNumber!, 10));
  return feedOf([...newer, ...older]);
}

/** Sends a slash command through the fake gateway and returns the text of the answer. */
export async function discordCommand(fake: FakeDiscord, name: string, options: Array<{ name: string; value: unknown; type: number }>, permissions: string = PERMS.manageChannels): Promise<string> {
  const payload = interaction(2, slash(name, options), { permissions });
  const answered = fake.nextCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
  fake.dispatch("INTERACTION_CREATE", payload);
  const body = (await answered).body as { data: { content?: string; embeds?: Array<{ title?: string; description?: string }> } };
  return [body.data.content ?? "", ...(body.data.embeds ?? []).flatMap((e) => [e.title ?? "", e.description ?? ""])].join("\n");
}
