import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/bots/discord/definitions.ts";
import { telegramCommands } from "../../../src/bots/telegram/commands-list.ts";
import { USAGE } from "../../../src/cli.ts";
import { createConfig } from "../../../src/config.ts";
import { CONSOLE_HELP, answerLine } from "../../../src/console.ts";
import { openCore, type Core } from "../../../src/core/app.ts";
import { CATALOGUE, commandsOn, findCommand } from "../../../src/core/commands/catalogue.ts";
import { helpText } from "../../../src/core/commands/help.ts";
import { runCommand, runTextCommand } from "../../../src/core/commands/text-router.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";

let core: Core;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ee-bot-catalogue-"));
  core = await openCore(createConfig({ STORE_URL: `sqlite://${join(dir, "store.sqlite")}`, DRAWS_FEED_URL: "http://127.0.0.1:9/none" }), { logger: silentLogger, clock: () => new Date("2026-08-20T12:00:00Z") });
});
afterAll(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the command catalogue", () => {
  it("GIVEN /records, one entry THEN it shows in Discord's definitions, Telegram's menus, the console, every help text and the CLI", async () => {
    const discord = COMMANDS.find((c) => c.name === "records")!;
    expect(discord.description_localizations.fr).toMatch(/^Records des rondes/);
    expect(discord.options!.map((o) => o.name)).toEqual(["category"]);
    expect(telegramCommands("en").map((c) => c.command)).toContain("records");
    expect(telegramCommands("fr").find((c) => c.command === "records")!.description).toMatch(/^Records des rondes/);
    expect(CONSOLE_HELP).toContain("/records [category] — Records over the rounds");
    expect(helpText(CATALOGUE, "telegram", "en")).toContain("/records [category]");
    expect(helpText(CATALOGUE, "telegram", "fr")).toContain("/records [catégorie] — Records des rondes");
    expect(helpText(CATALOGUE, "discord", "fr")).toContain("/records — Records des rondes");
    expect((await core.qa.answer("hello")).reply.lines!.join("\n")).toContain("/records");
    expect(USAGE).toMatch(/^ {2}records \[category\] +Records over the rounds/m);
    const reply = await answerLine(core, "/records cec");
    expect(replyToText(reply!)).toContain("Records of Express Entry rounds — Canadian Experience Class");
  });

  it("GIVEN any command on a surface THEN that surface's help lists it, and only the surfaces that offer it", () => {
    for (const surface of ["discord", "telegram", "console"] as const)
      for (const lang of ["en", "fr"] as const) {
        const help = helpText(CATALOGUE, surface, lang);
        for (const c of CATALOGUE.filter((x) => !x.hidden)) {
          const shown = `/${surface === "discord" && lang === "fr" ? c.words.frName : c.name}`;
          const listed = help.split("\n").some((l) => l.startsWith(`${shown} `));
          expect(listed, `${shown} in ${surface}/${lang} help`).toBe(c.surfaces.includes(surface));
        }
      }
    expect(COMMANDS.map((c) => c.name)).toEqual(commandsOn("discord").map((c) => c.name));
    expect(COMMANDS.map((c) => c.name)).not.toContain("settings");
  });

  it("GIVEN /records THEN the figures are the feed's: lowest and highest cutoff, largest and smallest round, as of the newest round", async () => {
    const rounds = snapshotRounds();
    const reply = (await runTextCommand("records", "", core, { lang: "en", surface: "telegram" }))!;
    const fields = Object.fromEntries(reply.fields!.map((f) => [f.name, f.value]));
    const lowest = Math.min(...rounds.map((r) => r.crs));
    const highest = Math.max(...rounds.map((r) => r.crs));
    const largest = Math.max(...rounds.map((r) => r.size));
    const first = rounds.find((r) => r.crs === lowest)!;
    expect(fields["Lowest cutoff"]).toMatch(new RegExp(`^${lowest} \\(#${first.id}, `));
    expect(fields["Highest cutoff"]).toMatch(new RegExp(`^${highest} \\(#${rounds.find((r) => r.crs === highest)!.id}, `));
    expect(fields["Largest round"]).toContain(`${largest.toLocaleString("en-US")} invitations (#${rounds.find((r) => r.size === largest)!.id}`);
    expect(fields["By category (rounds; cutoff lowest to highest; invitations smallest to largest)"]).toContain(`Canadian Experience Class (${rounds.filter((r) => r.category.key === "cec").length})`);
    expect(reply.footer).toContain(`As of round #${rounds.at(-1)!.id}`);
    const pnp = (await runTextCommand("records", "pnp", core, { lang: "fr", surface: "telegram" }))!;
    const pnpLowest = Math.min(...rounds.filter((r) => r.category.key === "pnp").map((r) => r.crs));
    expect(pnp.title).toBe("Records des rondes d’Entrée express — Programme des candidats des provinces");
    expect(pnp.fields![0]!.value).toMatch(new RegExp(`^${pnpLowest} \\(nº `));
    expect(pnp.footer).toContain(`En date de la ronde nº ${rounds.at(-1)!.id}`);
    const bad = (await runTextCommand("records", "astronauts", core, { lang: "en", surface: "console" }))!;
    expect(bad.error).toBe(true);
    expect(bad.lines![0]).toContain("is not a round category");
  });

  it("GIVEN option values that do not fit THEN the answer names the option and what to give", async () => {
    const draws = findCommand("draws", "discord")!;
    const r = await runCommand(draws, { count: 0 }, core, { lang: "en", surface: "discord" });
    expect(r).toMatchObject({ error: true, lines: ["The count is not valid: give a number from 1 to 50."] });
    const fr = await runCommand(draws, { count: 999 }, core, { lang: "fr", surface: "discord" });
    expect(fr.lines![0]).toBe("L’option nombre n’est pas valide : donnez un nombre de 1 à 50.");
    const draw = await runCommand(findCommand("draw", "discord")!, {}, core, { lang: "en", surface: "discord" });
    expect(draw.lines![0]).toBe("The number is not valid: it is required.");
    expect(await runTextCommand("crs", "", core, { lang: "en", surface: "telegram" })).toBeUndefined(); // the wizard answers it
    expect(await runTextCommand("settings", "", core, { lang: "en", surface: "console" })).toBeUndefined(); // not offered there
  });
});
